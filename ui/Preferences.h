#pragma once

#include "domain/AcademicYear.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace equimark {

// The user's preferences (QSettings): who they are, the year they work in, the language,
// recent files, and remembered layouts (column widths, splitters).
class Preferences {
public:
    static QString userName();
    static void setUserName(const QString& name);

    // The academic year pages open on; by default the one containing today.
    static AcademicYear defaultYear();
    static void setDefaultYear(const AcademicYear& year);
    static bool hasDefaultYear();
    static void clearDefaultYear();

    static QString language(); // "" = follow the system
    static void setLanguage(const QString& code);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);

    // Remembered widget states, e.g. ("audit/splitter", splitter->saveState()).
    static QByteArray state(const QString& key);
    static void setState(const QString& key, const QByteArray& value);

    // The user's data folder, where the demo school lives.
    static QString dataFolder();
    static QString demoSchoolPath();
};

} // namespace equimark
