#pragma once

#include "Result.h"
#include "domain/Framework.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>

namespace equimark {

// A framework's wording in another language (docs/framework-translations.md): each English
// text as the framework ships it, with its translation, much as a Qt .ts file pairs an
// interface's strings. A text is translated only while it is exactly the English the
// translator saw, so wording a school has entered itself, or a newer framework's changed
// wording, is shown as it is rather than with a stale translation.
class FrameworkTranslation {
    Q_DECLARE_TR_FUNCTIONS(FrameworkTranslation)

public:
    static Result<FrameworkTranslation> load(const QByteArray& json);
    static Result<FrameworkTranslation> loadFile(const QString& path);
    // A file for a translator to fill in: every text of `framework`, translations empty.
    static QByteArray templateFor(const Framework& framework, const QString& language);

    // The installed translation of framework `frameworkId` into `locale`'s language, if
    // any: <data>/equimark/frameworks/<id>_<language>.json in the user's then the system's
    // data folders (XDG_DATA_HOME, XDG_DATA_DIRS), then those built in. Read once per
    // process; English needs none. A file that does not load is skipped with a warning.
    static const FrameworkTranslation* installed(const QString& frameworkId, const QLocale& locale);
    // Reads the installed translations again (tests; a language chosen anew).
    static void forgetInstalled();

    // Replaces each text of `framework` that has a translation; returns how many did.
    int apply(Framework& framework) const;
    // How many of the framework's texts this translates, and how many of its own entries
    // match no text of the framework (out of date, or for another version).
    struct Coverage {
        int texts = 0;
        int translated = 0;
        int unmatched = 0;
    };
    Coverage coverage(const Framework& framework) const;

    QString frameworkId() const { return m_frameworkId; }
    QString language() const { return m_language; }
    int size() const { return int(m_texts.size()); }

private:
    QString m_frameworkId;
    QString m_language;
    QHash<QString, QString> m_texts; // English source -> translation
};

} // namespace equimark
