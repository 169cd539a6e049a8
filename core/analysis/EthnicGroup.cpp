#include "analysis/EthnicGroup.h"

#include <QCoreApplication>

namespace equimark {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("EthnicGroup", text);
}
} // namespace

QString EthnicGroup::code() const {
    return QString::fromLatin1(m_code);
}

QString EthnicGroup::name() const {
    return translated(m_name);
}

QString EthnicGroup::major() const {
    return translated(m_major);
}

const std::vector<EthnicGroup>& EthnicGroup::all() {
    static const char* const white = QT_TRANSLATE_NOOP("EthnicGroup", "White");
    static const char* const mixed = QT_TRANSLATE_NOOP("EthnicGroup", "Mixed");
    static const char* const asian = QT_TRANSLATE_NOOP("EthnicGroup", "Asian");
    static const char* const black = QT_TRANSLATE_NOOP("EthnicGroup", "Black");
    static const char* const other = QT_TRANSLATE_NOOP("EthnicGroup", "Other");
    static const char* const unknown = QT_TRANSLATE_NOOP("EthnicGroup", "Not known");
    static const std::vector<EthnicGroup> groups{
        {"WBRI", QT_TRANSLATE_NOOP("EthnicGroup", "White British"), white},
        {"WIRI", QT_TRANSLATE_NOOP("EthnicGroup", "White Irish"), white},
        {"WIRT", QT_TRANSLATE_NOOP("EthnicGroup", "Traveller of Irish heritage"), white},
        {"WROM", QT_TRANSLATE_NOOP("EthnicGroup", "Gypsy/Roma"), white},
        {"WOTH", QT_TRANSLATE_NOOP("EthnicGroup", "Any other White background"), white},
        {"MWBC", QT_TRANSLATE_NOOP("EthnicGroup", "White and Black Caribbean"), mixed, true},
        {"MWBA", QT_TRANSLATE_NOOP("EthnicGroup", "White and Black African"), mixed},
        {"MWAS", QT_TRANSLATE_NOOP("EthnicGroup", "White and Asian"), mixed},
        {"MOTH", QT_TRANSLATE_NOOP("EthnicGroup", "Any other mixed background"), mixed},
        {"AIND", QT_TRANSLATE_NOOP("EthnicGroup", "Indian"), asian},
        {"APKN", QT_TRANSLATE_NOOP("EthnicGroup", "Pakistani"), asian},
        {"ABAN", QT_TRANSLATE_NOOP("EthnicGroup", "Bangladeshi"), asian},
        {"CHNE", QT_TRANSLATE_NOOP("EthnicGroup", "Chinese"), asian},
        {"AOTH", QT_TRANSLATE_NOOP("EthnicGroup", "Any other Asian background"), asian},
        {"BCRB", QT_TRANSLATE_NOOP("EthnicGroup", "Black Caribbean"), black, true},
        {"BAFR", QT_TRANSLATE_NOOP("EthnicGroup", "Black African"), black},
        {"BOTH", QT_TRANSLATE_NOOP("EthnicGroup", "Any other Black background"), black},
        {"OOTH", QT_TRANSLATE_NOOP("EthnicGroup", "Any other ethnic group"), other},
        {"REFU", QT_TRANSLATE_NOOP("EthnicGroup", "Refused"), unknown},
        {"NOBT", QT_TRANSLATE_NOOP("EthnicGroup", "Information not yet obtained"), unknown},
    };
    return groups;
}

const EthnicGroup* EthnicGroup::find(const QString& codeOrName) {
    const QString wanted = codeOrName.trimmed();
    for (const EthnicGroup& group : all()) {
        if (group.code().compare(wanted, Qt::CaseInsensitive) == 0 ||
            QString::fromUtf8(group.m_name).compare(wanted, Qt::CaseInsensitive) == 0 ||
            group.name().compare(wanted, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

} // namespace equimark
