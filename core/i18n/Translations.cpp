#include "i18n/Translations.h"

#include <QCoreApplication>

namespace equimark {

namespace {
const QString folder = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("equimark");
} // namespace

Translations::Translations(const QLocale& locale) {
    if (m_english.load(folder + QStringLiteral("/equimark_en.qm")))
        QCoreApplication::installTranslator(&m_english);
    // English is the source language: its .qm holds only plural forms, loaded above.
    if (locale.language() != QLocale::English &&
        m_chosen.load(locale, prefix, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(&m_chosen);
        m_translated = true;
    }
}

Translations::~Translations() {
    QCoreApplication::removeTranslator(&m_chosen);
    QCoreApplication::removeTranslator(&m_english);
}

} // namespace equimark
