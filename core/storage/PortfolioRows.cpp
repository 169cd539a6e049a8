#include "storage/PortfolioRows.h"

#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <iterator>
#include <limits>
#include <map>

namespace equimark::portfolio_rows {

namespace {

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

// Framework lookups by id, ignoring case so that "s2" typed on the command line finds S2.
// The rank puts ids in framework order (unknown ids last).
int criterionRank(const Framework& framework, const QString& id) {
    int rank = 0;
    for (const auto& section : framework.sections) {
        for (const auto& criterion : section.criteria) {
            if (criterion.id.compare(id, Qt::CaseInsensitive) == 0)
                return rank;
            ++rank;
        }
    }
    return -1;
}

QString criterionId(const Framework& framework, int rank) {
    for (const auto& section : framework.sections) {
        if (rank < int(section.criteria.size()))
            return section.criteria[std::size_t(rank)].id;
        rank -= int(section.criteria.size());
    }
    return {};
}

int standardRank(const Framework& framework, const QString& id) {
    const auto& standards = framework.lpStandards;
    for (std::size_t i = 0; i < standards.size(); ++i) {
        if (standards[i].id.compare(id, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

template <typename Rank> void sortByFramework(QStringList& ids, Rank rank) {
    auto key = [&rank](const QString& id) {
        const int r = rank(id);
        return r < 0 ? std::numeric_limits<int>::max() : r;
    };
    std::stable_sort(ids.begin(), ids.end(), [&key](const QString& a, const QString& b) {
        const int ka = key(a);
        const int kb = key(b);
        return ka != kb ? ka < kb : a < b;
    });
}

// Trimmed, without duplicates, as the framework spells them and in its order.
Result<QStringList> canonicalCriteria(const Framework& framework, const QStringList& ids) {
    QList<int> ranks;
    for (const auto& raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        const int rank = criterionRank(framework, id);
        if (rank < 0)
            return Error::make(Error::Code::Invalid,
                               PortfolioRepository::tr("\"%1\" is not a criterion of the %2.")
                                   .arg(id, framework.name));
        if (!ranks.contains(rank))
            ranks << rank;
    }
    std::sort(ranks.begin(), ranks.end());
    QStringList canonical;
    for (int rank : ranks)
        canonical << criterionId(framework, rank);
    return canonical;
}

Result<QStringList> canonicalStandards(const Framework& framework, const QStringList& ids) {
    QList<int> ranks;
    for (const auto& raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        const int rank = standardRank(framework, id);
        if (rank < 0)
            return Error::make(
                Error::Code::Invalid,
                PortfolioRepository::tr("\"%1\" is not a Lead Practitioner standard of the %2.")
                    .arg(id, framework.name));
        if (!ranks.contains(rank))
            ranks << rank;
    }
    std::sort(ranks.begin(), ranks.end());
    QStringList canonical;
    for (int rank : ranks)
        canonical << framework.lpStandards[std::size_t(rank)].id;
    return canonical;
}

// The framework stored under `id`, or null when it is missing or the frameworks could not be
// read (reading records then goes on without framework order).
const Framework* findFramework(const Result<std::vector<Framework>>& frameworks,
                               const QString& id) {
    if (!frameworks)
        return nullptr;
    for (const auto& candidate : *frameworks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace

Error noSuchPractitioner(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       PortfolioRepository::tr(
                           "There is no practitioner %1 in this file; they may have been removed.")
                           .arg(id));
}

Error noSuchPortfolio(qint64 id) {
    return Error::make(
        Error::Code::NotFound,
        PortfolioRepository::tr("There is no portfolio %1 in this file; it may have been removed.")
            .arg(id));
}

Error noSuchItem(qint64 id) {
    return Error::make(
        Error::Code::NotFound,
        PortfolioRepository::tr("There is no evidence of impact %1 in this file; it may have "
                                "been removed.")
            .arg(id));
}

// The race-charter framework a portfolio maps to; an empty id means the file's own.
Result<Framework> raceFramework(SchoolFile& file, const QString& id) {
    const QString wanted = id.trimmed();
    auto framework = wanted.isEmpty()
                         ? FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter)
                         : FrameworkRepository(file).byId(wanted);
    if (!framework) {
        if (framework.error().code != Error::Code::NotFound)
            return framework.error();
        return Error::make(
            Error::Code::Invalid,
            wanted.isEmpty()
                ? PortfolioRepository::tr("This file holds no RACE Charter Mark framework for a "
                                          "Lead Practitioner portfolio to map to.")
                : PortfolioRepository::tr("\"%1\" is not a framework stored in this file.")
                      .arg(wanted));
    }
    if (framework->kind != Framework::Kind::RaceCharter)
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("\"%1\" is not a RACE Charter Mark framework, so a Lead "
                                    "Practitioner portfolio cannot map to it.")
                .arg(framework->name));
    return framework;
}

QString idSet(const QStringList& ids) {
    return ids.join(QStringLiteral(", "));
}

QString idSet(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QStringLiteral(", "));
}

QList<qint64> uniqueIds(const QList<qint64>& ids) {
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (id > 0 && !unique.contains(id))
            unique << id;
    }
    std::sort(unique.begin(), unique.end());
    return unique;
}

QString assessmentText(const StandardAssessment* assessment) {
    if (!assessment)
        return {};
    const QString level = selfAssessmentId(assessment->level);
    return assessment->note.isEmpty() ? level
                                      : QStringLiteral("%1: %2").arg(level, assessment->note);
}

Result<bool> exists(SchoolFile& file, const QString& table, qint64 id) {
    // `table` comes from this file's fixed names, never from input.
    auto found =
        sql::run(file.database(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!found)
        return found.error();
    return found->next();
}

// ---- practitioners ----------------------------------------------------------------------

Status validatePractitioner(const Practitioner& practitioner) {
    if (practitioner.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           PortfolioRepository::tr("The practitioner needs a name."));
    return {};
}

Result<std::vector<Practitioner>> fetchPractitioners(SchoolFile& file, const QString& where,
                                                     const QVariantList& values) {
    auto query = sql::run(file.database(),
                          QStringLiteral("SELECT id, name, role, created_at FROM practitioner") +
                              where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"),
                          values);
    if (!query)
        return query.error();
    std::vector<Practitioner> practitioners;
    while (query->next()) {
        Practitioner practitioner;
        practitioner.id = query->value(0).toLongLong();
        practitioner.name = query->value(1).toString();
        practitioner.role = query->value(2).toString();
        practitioner.createdAt =
            QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs);
        practitioners.push_back(std::move(practitioner));
    }
    return practitioners;
}

// ---- portfolios -------------------------------------------------------------------------

// Portfolios the fixed `where` fragment selects, with assessments and reflections: three
// queries however many there are.
Result<std::vector<Portfolio>> fetchPortfolios(SchoolFile& file, const QString& where,
                                               const QVariantList& values) {
    auto& db = file.database();
    auto query = sql::run(db,
                          QStringLiteral("SELECT id, practitioner_id, framework_id, programme, "
                                         "gateway_on, status, submitted_on, accredited_on, "
                                         "created_at FROM portfolio WHERE ") +
                              where + QStringLiteral(" ORDER BY created_at DESC, id DESC"),
                          values);
    if (!query)
        return query.error();
    std::vector<Portfolio> portfolios;
    QHash<qint64, std::size_t> index;
    while (query->next()) {
        Portfolio portfolio;
        portfolio.id = query->value(0).toLongLong();
        portfolio.practitionerId = query->value(1).toLongLong();
        portfolio.frameworkId = query->value(2).toString();
        portfolio.programme = query->value(3).toString();
        portfolio.gatewayOn = sql::toDate(query->value(4));
        portfolio.status =
            portfolioStatusFromId(query->value(5).toString()).value_or(PortfolioStatus::Drafting);
        portfolio.submittedOn = sql::toDate(query->value(6));
        portfolio.accreditedOn = sql::toDate(query->value(7));
        portfolio.createdAt = QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs);
        index.insert(portfolio.id, portfolios.size());
        portfolios.push_back(std::move(portfolio));
    }
    if (portfolios.empty())
        return portfolios;

    const QString children =
        QStringLiteral(" WHERE portfolio_id IN (SELECT id FROM portfolio WHERE %1)").arg(where);
    auto standards = sql::run(
        db,
        QStringLiteral("SELECT portfolio_id, standard_id, level, note FROM portfolio_standard") +
            children,
        values);
    if (!standards)
        return standards.error();
    while (standards->next()) {
        auto at = index.constFind(standards->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        StandardAssessment assessment;
        assessment.standardId = standards->value(1).toString();
        assessment.level = selfAssessmentFromId(standards->value(2).toString())
                               .value_or(SelfAssessment::NotAssessed);
        assessment.note = standards->value(3).toString();
        portfolios[*at].assessments.push_back(std::move(assessment));
    }

    auto reflections =
        sql::run(db,
                 QStringLiteral("SELECT portfolio_id, prompt, answer FROM portfolio_reflection") +
                     children + QStringLiteral(" ORDER BY portfolio_id, prompt"),
                 values);
    if (!reflections)
        return reflections.error();
    while (reflections->next()) {
        auto at = index.constFind(reflections->value(0).toLongLong());
        const int prompt = reflections->value(1).toInt();
        // A damaged row must not make the list of answers absurdly long.
        if (at == index.constEnd() || prompt < 0 || prompt > 1000)
            continue;
        auto& answers = portfolios[*at].reflections;
        while (answers.size() <= prompt)
            answers << QString();
        answers[prompt] = reflections->value(2).toString();
    }

    // Reading never fails for want of the framework: assessments then stay by id.
    auto frameworks = FrameworkRepository(file).all();
    for (auto& portfolio : portfolios) {
        const Framework* framework = findFramework(frameworks, portfolio.frameworkId);
        auto rank = [framework](const QString& id) {
            const int r = framework ? standardRank(*framework, id) : -1;
            return r < 0 ? std::numeric_limits<int>::max() : r;
        };
        std::stable_sort(portfolio.assessments.begin(), portfolio.assessments.end(),
                         [&rank](const StandardAssessment& a, const StandardAssessment& b) {
                             const int ra = rank(a.standardId);
                             const int rb = rank(b.standardId);
                             return ra != rb ? ra < rb : a.standardId < b.standardId;
                         });
    }
    return portfolios;
}

// The portfolio as it will be stored: checked against the file, trimmed, in framework order.
Result<Portfolio> cleanedPortfolio(SchoolFile& file, const Portfolio& portfolio) {
    Portfolio clean = portfolio;
    clean.programme = portfolio.programme.trimmed();
    if (clean.programme.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("The portfolio needs the name of the programme it is for, "
                                    "such as \"RACE Lead Practitioner accreditation\"."));
    auto owner = exists(file, QStringLiteral("practitioner"), portfolio.practitionerId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return noSuchPractitioner(portfolio.practitionerId);
    auto framework = raceFramework(file, portfolio.frameworkId);
    if (!framework)
        return framework.error();
    clean.frameworkId = framework->id;

    if (clean.status == PortfolioStatus::Accredited && !clean.accreditedOn.isValid())
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("An accredited portfolio needs the date of accreditation."));
    if (clean.submittedOn.isValid() && clean.accreditedOn.isValid() &&
        clean.accreditedOn < clean.submittedOn)
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("The portfolio cannot be accredited on %1, before it was "
                                    "submitted on %2.")
                .arg(dateText(clean.accreditedOn), dateText(clean.submittedOn)));

    clean.assessments.clear();
    std::map<int, StandardAssessment> byRank;
    for (const auto& assessment : portfolio.assessments) {
        const QString id = assessment.standardId.trimmed();
        const int rank = standardRank(*framework, id);
        if (rank < 0)
            return Error::make(
                Error::Code::Invalid,
                PortfolioRepository::tr("\"%1\" is not a Lead Practitioner standard of the %2.")
                    .arg(id, framework->name));
        StandardAssessment kept = assessment;
        kept.standardId = framework->lpStandards[std::size_t(rank)].id;
        kept.note = assessment.note.trimmed();
        if (kept.level == SelfAssessment::NotAssessed && kept.note.isEmpty())
            byRank.erase(rank);
        else
            byRank[rank] = kept;
    }
    for (auto& [rank, assessment] : byRank)
        clean.assessments.push_back(std::move(assessment));

    const int prompts = int(framework->reflectivePrompts.size());
    clean.reflections.clear();
    for (int i = 0; i < portfolio.reflections.size(); ++i) {
        const QString answer = portfolio.reflections[i].trimmed();
        if (!answer.isEmpty() && i >= prompts)
            return Error::make(
                Error::Code::Invalid,
                PortfolioRepository::tr("The %1 has %n reflective question(s); there is no "
                                        "question %2 to answer.",
                                        nullptr, prompts)
                    .arg(framework->name)
                    .arg(i + 1));
        if (i < prompts)
            clean.reflections << answer;
    }
    while (!clean.reflections.isEmpty() && clean.reflections.last().isEmpty())
        clean.reflections.removeLast();
    return clean;
}

Status writeAssessments(QSqlDatabase& db, const Portfolio& portfolio) {
    for (const auto& assessment : portfolio.assessments) {
        auto written = sql::run(db,
                                QStringLiteral("INSERT INTO portfolio_standard (portfolio_id, "
                                               "standard_id, level, note) VALUES (?, ?, ?, ?)"),
                                {portfolio.id, assessment.standardId,
                                 selfAssessmentId(assessment.level), assessment.note});
        if (!written)
            return written.error();
    }
    return {};
}

Status writeReflections(QSqlDatabase& db, const Portfolio& portfolio) {
    for (int i = 0; i < portfolio.reflections.size(); ++i) {
        if (portfolio.reflections[i].isEmpty())
            continue;
        auto written = sql::run(db,
                                QStringLiteral("INSERT INTO portfolio_reflection (portfolio_id, "
                                               "prompt, answer) VALUES (?, ?, ?)"),
                                {portfolio.id, i, portfolio.reflections[i]});
        if (!written)
            return written.error();
    }
    return {};
}

Status insertPortfolio(SchoolFile& file, const Portfolio& portfolio, qint64* id) {
    auto& db = file.database();
    const QDateTime createdAt =
        portfolio.createdAt.isValid() ? portfolio.createdAt : QDateTime::currentDateTimeUtc();
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO portfolio (id, practitioner_id, framework_id, programme, "
                       "gateway_on, status, submitted_on, accredited_on, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {portfolio.id > 0 ? QVariant(portfolio.id) : QVariant(), portfolio.practitionerId,
         portfolio.frameworkId, portfolio.programme, sql::date(portfolio.gatewayOn),
         portfolioStatusId(portfolio.status), sql::date(portfolio.submittedOn),
         sql::date(portfolio.accreditedOn), createdAt.toUTC().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    Portfolio stored = portfolio;
    stored.id = inserted->lastInsertId().toLongLong();
    if (auto written = writeAssessments(db, stored); !written)
        return written;
    if (auto written = writeReflections(db, stored); !written)
        return written;
    if (auto logged = ChangeHistory(file).record(portfolioEntity, QString::number(stored.id), {},
                                                 QVariant(), stored.programme);
        !logged)
        return logged;
    *id = stored.id;
    return {};
}

// ---- evidence of impact -----------------------------------------------------------------

// Items the fixed `where` fragment (on impact_item) selects, with their criteria, standards
// and evidence: four queries however many there are.
Result<std::vector<ImpactItem>> fetchItems(SchoolFile& file, const QString& where,
                                           const QVariantList& values) {
    auto& db = file.database();
    auto query = sql::run(
        db,
        QStringLiteral("SELECT i.id, i.portfolio_id, i.title, i.with_whom, i.impact, i.how_known, "
                       "i.started_on, i.ended_on, p.framework_id FROM impact_item i JOIN "
                       "portfolio p ON p.id = i.portfolio_id WHERE ") +
            where + QStringLiteral(" ORDER BY i.started_on IS NULL, i.started_on, i.id"),
        values);
    if (!query)
        return query.error();
    std::vector<ImpactItem> items;
    std::vector<QString> frameworkIds;
    QHash<qint64, std::size_t> index;
    while (query->next()) {
        ImpactItem item;
        item.id = query->value(0).toLongLong();
        item.portfolioId = query->value(1).toLongLong();
        item.title = query->value(2).toString();
        item.withWhom = query->value(3).toString();
        item.impact = query->value(4).toString();
        item.howKnown = query->value(5).toString();
        item.startedOn = sql::toDate(query->value(6));
        item.endedOn = sql::toDate(query->value(7));
        index.insert(item.id, items.size());
        items.push_back(std::move(item));
        frameworkIds.push_back(query->value(8).toString());
    }
    if (items.empty())
        return items;

    const QString links =
        QStringLiteral(" WHERE impact_id IN (SELECT i.id FROM impact_item i WHERE %1)").arg(where);
    struct Link {
        const char* table;
        const char* column;
    };
    const Link tables[] = {{"impact_criterion", "criterion_id"},
                           {"impact_standard", "standard_id"},
                           {"impact_evidence", "evidence_id"}};
    for (std::size_t table = 0; table < std::size(tables); ++table) {
        const auto& link = tables[table];
        auto rows = sql::run(db,
                             QStringLiteral("SELECT impact_id, %1 FROM %2")
                                     .arg(QLatin1String(link.column), QLatin1String(link.table)) +
                                 links + QStringLiteral(" ORDER BY 1, 2"),
                             values);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            auto at = index.constFind(rows->value(0).toLongLong());
            if (at == index.constEnd())
                continue;
            auto& item = items[*at];
            if (table == 0)
                item.criterionIds << rows->value(1).toString();
            else if (table == 1)
                item.standardIds << rows->value(1).toString();
            else
                item.evidenceIds << rows->value(1).toLongLong();
        }
    }

    auto frameworks = FrameworkRepository(file).all();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Framework* framework = findFramework(frameworks, frameworkIds[i]);
        if (!framework)
            continue;
        sortByFramework(items[i].criterionIds,
                        [framework](const QString& id) { return criterionRank(*framework, id); });
        sortByFramework(items[i].standardIds,
                        [framework](const QString& id) { return standardRank(*framework, id); });
    }
    return items;
}

// The item as it will be stored. With `dropMissingEvidence` (putting back a removed item),
// evidence removed from the store meanwhile is left out instead of refused.
Result<ImpactItem> cleanedItem(SchoolFile& file, const ImpactItem& item, bool dropMissingEvidence) {
    ImpactItem clean = item;
    clean.title = item.title.trimmed();
    if (clean.title.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("The evidence of impact needs a title: what was done."));
    clean.withWhom = item.withWhom.trimmed();
    clean.impact = item.impact.trimmed();
    clean.howKnown = item.howKnown.trimmed();
    if (clean.startedOn.isValid() && clean.endedOn.isValid() && clean.endedOn < clean.startedOn)
        return Error::make(
            Error::Code::Invalid,
            PortfolioRepository::tr("\"%1\" ends on %2, before it starts on %3.")
                .arg(clean.title, dateText(clean.endedOn), dateText(clean.startedOn)));

    auto owner =
        sql::run(file.database(), QStringLiteral("SELECT framework_id FROM portfolio WHERE id = ?"),
                 {item.portfolioId});
    if (!owner)
        return owner.error();
    if (!owner->next())
        return noSuchPortfolio(item.portfolioId);
    auto framework = raceFramework(file, owner->value(0).toString());
    if (!framework)
        return framework.error();
    auto criteria = canonicalCriteria(*framework, item.criterionIds);
    if (!criteria)
        return criteria.error();
    clean.criterionIds = *criteria;
    auto standards = canonicalStandards(*framework, item.standardIds);
    if (!standards)
        return standards.error();
    clean.standardIds = *standards;

    clean.evidenceIds.clear();
    for (qint64 evidenceId : uniqueIds(item.evidenceIds)) {
        auto found = exists(file, QStringLiteral("evidence"), evidenceId);
        if (!found)
            return found.error();
        if (*found)
            clean.evidenceIds << evidenceId;
        else if (!dropMissingEvidence)
            return Error::make(
                Error::Code::Invalid,
                PortfolioRepository::tr("There is no evidence %1 in the evidence store to link "
                                        "to \"%2\"; it may have been removed.")
                    .arg(evidenceId)
                    .arg(clean.title));
    }
    return clean;
}

Status writeItemLinks(QSqlDatabase& db, const ImpactItem& item) {
    for (const auto& criterion : item.criterionIds) {
        auto written = sql::run(
            db,
            QStringLiteral("INSERT INTO impact_criterion (impact_id, criterion_id) VALUES (?, ?)"),
            {item.id, criterion});
        if (!written)
            return written.error();
    }
    for (const auto& standard : item.standardIds) {
        auto written = sql::run(
            db,
            QStringLiteral("INSERT INTO impact_standard (impact_id, standard_id) VALUES (?, ?)"),
            {item.id, standard});
        if (!written)
            return written.error();
    }
    for (qint64 evidenceId : item.evidenceIds) {
        // Evidence removed from the store since stays removed.
        auto written =
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO impact_evidence (impact_id, "
                                    "evidence_id) SELECT ?, id FROM evidence WHERE id = ?"),
                     {item.id, evidenceId});
        if (!written)
            return written.error();
    }
    return {};
}

Status insertItem(SchoolFile& file, const ImpactItem& item, qint64* id) {
    auto& db = file.database();
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO impact_item (id, portfolio_id, title, with_whom, impact, "
                       "how_known, started_on, ended_on, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.id > 0 ? QVariant(item.id) : QVariant(), item.portfolioId, item.title, item.withWhom,
         item.impact, item.howKnown, sql::date(item.startedOn), sql::date(item.endedOn),
         sql::timestamp()});
    if (!inserted)
        return inserted.error();
    ImpactItem stored = item;
    stored.id = inserted->lastInsertId().toLongLong();
    if (auto linked = writeItemLinks(db, stored); !linked)
        return linked;
    if (auto logged = ChangeHistory(file).record(impactEntity, QString::number(stored.id), {},
                                                 QVariant(), stored.title);
        !logged)
        return logged;
    *id = stored.id;
    return {};
}

Status writeChangedFields(SchoolFile& file, const QString& table, const QString& entity, qint64 id,
                          const std::vector<Field>& fields) {
    QStringList assignments;
    QVariantList values;
    ChangeHistory history(file);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        assignments << QStringLiteral("%1 = ?").arg(column);
        values << field.after;
        if (auto logged =
                history.record(entity, QString::number(id), column, field.before, field.after);
            !logged)
            return logged;
    }
    if (assignments.isEmpty())
        return {};
    values << id;
    // Table and column names come from fixed tables in this file, never from input.
    auto written = sql::run(file.database(),
                            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                .arg(table, assignments.join(QStringLiteral(", "))),
                            values);
    if (!written)
        return written.error();
    return {};
}

Error alreadyThere(const QString& what, qint64 id) {
    return Error::make(
        Error::Code::Invalid,
        PortfolioRepository::tr("\"%1\" cannot be put back: number %2 is already in use in "
                                "this file.")
            .arg(what)
            .arg(id));
}

} // namespace equimark::portfolio_rows
