#include "frameworks/FrameworkEditor.h"

#include "frameworks/FrameworkLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace equimark {

namespace {

const QString kSections = QStringLiteral("sections");
const QString kCriteria = QStringLiteral("criteria");
const QString kStandards = QStringLiteral("lpStandards");

Error invalid(const QString& message) {
    return Error::make(Error::Code::Invalid, message);
}

// Index of the object with this id in `array`, or -1.
qsizetype indexOf(const QJsonArray& array, const QString& id) {
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

// Where a criterion sits: section index and index within the section's criteria.
struct Place {
    qsizetype section = -1;
    qsizetype criterion = -1;
};

Place findCriterion(const QJsonObject& root, const QString& criterionId) {
    const QJsonArray sections = root.value(kSections).toArray();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const qsizetype c =
            indexOf(sections.at(s).toObject().value(kCriteria).toArray(), criterionId);
        if (c >= 0)
            return {s, c};
    }
    return {};
}

} // namespace

FrameworkEditor::FrameworkEditor(const Framework& framework)
    : m_root(QJsonDocument::fromJson(framework.source).object()) {}

namespace {

Status checkKind(const QJsonObject& root) {
    if (root.value(QStringLiteral("kind")).toString() !=
        Framework::kindId(Framework::Kind::RaceCharter))
        return invalid(
            FrameworkEditor::tr("Only the wording of a RACE Charter Mark framework can be "
                                "edited here."));
    return {};
}

} // namespace

Status FrameworkEditor::setSectionName(const QString& sectionId, const QString& name) {
    if (auto s = checkKind(m_root); !s)
        return s;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter a name for section %1.").arg(sectionId));
    QJsonArray sections = m_root.value(kSections).toArray();
    const qsizetype at = indexOf(sections, sectionId);
    if (at < 0)
        return invalid(tr("There is no section %1 in this framework.").arg(sectionId));
    QJsonObject section = sections.at(at).toObject();
    section.insert(QStringLiteral("name"), trimmed);
    sections.replace(at, section);
    m_root.insert(kSections, sections);
    return {};
}

Status FrameworkEditor::addSection(const QString& sectionId, const QString& name) {
    if (auto s = checkKind(m_root); !s)
        return s;
    const QString id = sectionId.trimmed();
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]*$"));
    if (!number.match(id).hasMatch())
        return invalid(
            tr("A section number must be a whole number such as 2, not \"%1\".").arg(sectionId));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter a name for section %1.").arg(id));
    QJsonArray sections = m_root.value(kSections).toArray();
    if (indexOf(sections, id) >= 0)
        return invalid(tr("There is already a section %1 in this framework.").arg(id));
    sections.append(QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("name"), trimmed}, {kCriteria, QJsonArray()}});
    m_root.insert(kSections, sections);
    return {};
}

Status FrameworkEditor::setCriterionText(const QString& criterionId, const QString& text) {
    if (auto s = checkKind(m_root); !s)
        return s;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter the wording of criterion %1.").arg(criterionId));
    const Place place = findCriterion(m_root, criterionId);
    if (place.section < 0)
        return invalid(tr("There is no criterion %1 in this framework.").arg(criterionId));
    QJsonArray sections = m_root.value(kSections).toArray();
    QJsonObject section = sections.at(place.section).toObject();
    QJsonArray criteria = section.value(kCriteria).toArray();
    QJsonObject criterion = criteria.at(place.criterion).toObject();
    criterion.insert(QStringLiteral("text"), trimmed);
    criterion.insert(QStringLiteral("textKnown"), true);
    criteria.replace(place.criterion, criterion);
    section.insert(kCriteria, criteria);
    sections.replace(place.section, section);
    m_root.insert(kSections, sections);
    return {};
}

Status FrameworkEditor::addCriterion(const QString& sectionId, const QString& criterionId,
                                     const QString& text) {
    if (auto s = checkKind(m_root); !s)
        return s;
    const QString id = criterionId.trimmed();
    QJsonArray sections = m_root.value(kSections).toArray();
    const qsizetype at = indexOf(sections, sectionId);
    if (at < 0)
        return invalid(tr("There is no section %1 in this framework.").arg(sectionId));
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)\\.([1-9][0-9]*)$"));
    const auto match = pattern.match(id);
    if (!match.hasMatch() || match.captured(1) != sectionId)
        return invalid(tr("A criterion of section %1 is numbered %1.<number>, such as %1.5; "
                          "\"%2\" is not.")
                           .arg(sectionId, criterionId));
    if (findCriterion(m_root, id).section >= 0)
        return invalid(tr("There is already a criterion %1 in this framework.").arg(id));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter the wording of criterion %1.").arg(id));
    QJsonObject section = sections.at(at).toObject();
    QJsonArray criteria = section.value(kCriteria).toArray();
    criteria.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("text"), trimmed},
                                {QStringLiteral("textKnown"), true},
                                {QStringLiteral("lpMapping"), QJsonArray()}});
    section.insert(kCriteria, criteria);
    sections.replace(at, section);
    m_root.insert(kSections, sections);
    return {};
}

Status FrameworkEditor::setStandard(const QString& standardId, const QString& name,
                                    const QString& description) {
    if (auto s = checkKind(m_root); !s)
        return s;
    QJsonArray standards = m_root.value(kStandards).toArray();
    const qsizetype at = indexOf(standards, standardId);
    if (at < 0)
        return invalid(tr("There is no LP standard %1 in this framework.").arg(standardId));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter the name of LP standard %1.").arg(standardId));
    QJsonObject standard = standards.at(at).toObject();
    standard.insert(QStringLiteral("name"), trimmed);
    standard.insert(QStringLiteral("description"), description.trimmed());
    standard.insert(QStringLiteral("textKnown"), true);
    standards.replace(at, standard);
    m_root.insert(kStandards, standards);
    return {};
}

Result<Framework> FrameworkEditor::result() const {
    return FrameworkLoader::load(QJsonDocument(m_root).toJson(QJsonDocument::Indented));
}

} // namespace equimark
