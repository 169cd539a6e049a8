#include "Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace equimark {

namespace {
constexpr int MaxRecentFiles = 8;
} // namespace

QString Preferences::userName() {
    return QSettings().value(QStringLiteral("user/name")).toString();
}

void Preferences::setUserName(const QString& name) {
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

AcademicYear Preferences::defaultYear() {
    const auto stored =
        AcademicYear::parse(QSettings().value(QStringLiteral("user/year")).toString());
    return stored ? *stored : AcademicYear::containing(QDate::currentDate());
}

void Preferences::setDefaultYear(const AcademicYear& year) {
    QSettings().setValue(QStringLiteral("user/year"), year.toString());
}

bool Preferences::hasDefaultYear() {
    return QSettings().contains(QStringLiteral("user/year"));
}

void Preferences::clearDefaultYear() {
    QSettings().remove(QStringLiteral("user/year"));
}

QString Preferences::language() {
    return QSettings().value(QStringLiteral("user/language")).toString();
}

void Preferences::setLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("user/language"), code);
}

QStringList Preferences::recentFiles() {
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void Preferences::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void Preferences::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QByteArray Preferences::state(const QString& key) {
    return QSettings().value(QStringLiteral("state/") + key).toByteArray();
}

void Preferences::setState(const QString& key, const QByteArray& value) {
    // Views report their layout on every resize, mostly unchanged; each write that does
    // happen rewrites the settings file, so write only what changed.
    QSettings settings;
    const QString name = QStringLiteral("state/") + key;
    if (settings.value(name).toByteArray() != value)
        settings.setValue(name, value);
}

QString Preferences::dataFolder() {
    // ~/.local/share/Equimark on Linux, %LOCALAPPDATA%\Equimark on Windows: one folder a
    // coordinator can find, whatever the organisation name in the settings.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Equimark"));
}

QString Preferences::demoSchoolPath() {
    return QDir(dataFolder()).filePath(QStringLiteral("Demo School.equimark"));
}

} // namespace equimark
