#pragma once

#include <QLocale>
#include <QTranslator>

namespace equimark {

// The interface translations one process installs: the English plural forms ("1 member",
// "7 members") always, and over them the locale's language when Equimark ships it (Welsh).
// The GUI passes the language chosen in Preferences; the CLI follows the system locale.
class Translations {
public:
    explicit Translations(const QLocale& locale);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // True when the locale's own translation was found and installed.
    bool translated() const { return m_translated; }

private:
    QTranslator m_english;
    QTranslator m_chosen;
    bool m_translated = false;
};

} // namespace equimark
