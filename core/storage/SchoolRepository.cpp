#include "storage/SchoolRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace equimark {

namespace {
QVariant levelValue(const std::optional<SupportLevel>& level) {
    return level ? QVariant(supportLevelId(*level)) : QVariant();
}
} // namespace

Status SchoolRepository::create(const School& school) {
    auto result =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO school (id, name, urn, phase, local_authority, "
                                "support_level, support_year, meeting_frequency, "
                                "created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {school.name.trimmed(), school.urn.trimmed(), phaseId(school.phase),
                  school.localAuthority.trimmed(), levelValue(school.supportLevel),
                  school.supportYear, school.meetingFrequency, sql::timestamp()});
    if (!result)
        return result.error();
    return {};
}

Result<School> SchoolRepository::load() {
    auto query =
        sql::run(m_file.database(),
                 QStringLiteral("SELECT name, urn, phase, local_authority, support_level, "
                                "support_year, meeting_frequency FROM school WHERE id = 1"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(Error::Code::Damaged,
                           SchoolFile::tr("The file holds no school details."));
    School school;
    school.name = query->value(0).toString();
    school.urn = query->value(1).toString();
    school.phase = phaseFromId(query->value(2).toString()).value_or(Phase::Primary);
    school.localAuthority = query->value(3).toString();
    school.supportLevel = supportLevelFromId(query->value(4).toString());
    school.supportYear = query->value(5).toString();
    school.meetingFrequency = query->value(6).toString();
    return school;
}

Status SchoolRepository::update(const School& school) {
    if (school.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, SchoolFile::tr("The school needs a name."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = load();
    if (!current)
        return current.error();

    struct Field {
        const char* column;
        QVariant before;
        QVariant after;
    };
    const Field fields[] = {
        {"name", current->name, school.name.trimmed()},
        {"urn", current->urn, school.urn.trimmed()},
        {"phase", phaseId(current->phase), phaseId(school.phase)},
        {"local_authority", current->localAuthority, school.localAuthority.trimmed()},
        {"support_level", levelValue(current->supportLevel), levelValue(school.supportLevel)},
        {"support_year", current->supportYear, school.supportYear},
        {"meeting_frequency", current->meetingFrequency, school.meetingFrequency},
    };
    ChangeHistory history(m_file);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written = sql::run(m_file.database(),
                                QStringLiteral("UPDATE school SET %1 = ? WHERE id = 1").arg(column),
                                {field.after});
        if (!written)
            return written.error();
        if (auto logged = history.record(QStringLiteral("school"), QStringLiteral("1"), column,
                                         field.before, field.after);
            !logged)
            return logged;
    }
    return transaction.commit();
}

} // namespace equimark
