#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace equimark::test {

// A folder that lives for one test, for real school files on disk.
class TempDir {
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);
// SHA-256 of a file's bytes: "byte-identical afterwards" checks.
QByteArray fileHash(const QString& path);

} // namespace equimark::test
