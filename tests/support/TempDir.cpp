#include "TempDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <stdexcept>

namespace equimark::test {

TempDir::TempDir() {
    if (!m_dir.isValid())
        throw std::runtime_error("could not create a temporary folder");
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("could not write a test file");
}

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

} // namespace equimark::test
