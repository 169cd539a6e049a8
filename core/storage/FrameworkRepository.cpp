#include "storage/FrameworkRepository.h"

#include "frameworks/FrameworkLoader.h"
#include "frameworks/FrameworkTranslation.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace equimark {

namespace {
// Every change to the framework table goes through one of the functions holding one of
// these: the parsed copies are dropped before it starts and again when it ends, committed
// or rolled back, so nothing read in between outlives it.
class ForgetParsedFrameworks {
public:
    explicit ForgetParsedFrameworks(SchoolFile& file)
        : m_file(file) {
        m_file.parsedFrameworks().reset();
    }
    ~ForgetParsedFrameworks() { m_file.parsedFrameworks().reset(); }
    ForgetParsedFrameworks(const ForgetParsedFrameworks&) = delete;
    ForgetParsedFrameworks& operator=(const ForgetParsedFrameworks&) = delete;

private:
    SchoolFile& m_file;
};
} // namespace

Status FrameworkRepository::add(const Framework& framework) {
    const ForgetParsedFrameworks forget(m_file);
    auto result =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO framework (id, kind, name, version, "
                                "definition, added_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {framework.id, Framework::kindId(framework.kind), framework.name,
                  framework.version, QString::fromUtf8(framework.source), sql::timestamp()});
    if (!result)
        return result.error();
    return {};
}

Result<std::shared_ptr<const std::vector<Framework>>> FrameworkRepository::parsed() {
    // Parsing the definitions is by far the dearest read in the file, and every judgement
    // asks for its framework: parse once, and again only after a change.
    auto version = m_file.dataVersion();
    if (!version)
        return version.error();
    auto& cache = m_file.parsedFrameworks();
    if (cache && cache->dataVersion == *version)
        return cache->frameworks;
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, definition FROM framework ORDER BY rowid"));
    if (!query)
        return query.error();
    std::vector<Framework> frameworks;
    while (query->next()) {
        auto loaded = FrameworkLoader::load(query->value(1).toString().toUtf8());
        if (!loaded)
            return Error::make(Error::Code::Damaged,
                               SchoolFile::tr("The copy of framework \"%1\" stored in the file is "
                                              "not valid: %2")
                                   .arg(query->value(0).toString(), loaded.errorMessage()));
        // Shown in the interface's language when a translation of the wording is installed;
        // the stored definition (loaded->source) stays as it is.
        if (const auto* translation = FrameworkTranslation::installed(loaded->id, QLocale()))
            translation->apply(*loaded);
        frameworks.push_back(std::move(*loaded));
    }
    auto shared = std::make_shared<const std::vector<Framework>>(std::move(frameworks));
    cache = SchoolFile::ParsedFrameworks{*version, shared};
    return shared;
}

Result<std::vector<Framework>> FrameworkRepository::all() {
    auto frameworks = parsed();
    if (!frameworks)
        return frameworks.error();
    return **frameworks;
}

Result<std::shared_ptr<const Framework>> FrameworkRepository::shared(const QString& id) {
    auto frameworks = parsed();
    if (!frameworks)
        return frameworks.error();
    for (const auto& framework : **frameworks) {
        if (framework.id == id)
            return std::shared_ptr<const Framework>(*frameworks, &framework);
    }
    return Error::make(Error::Code::NotFound,
                       SchoolFile::tr("The file does not use a framework called \"%1\".").arg(id));
}

Result<Framework> FrameworkRepository::byId(const QString& id) {
    auto framework = shared(id);
    if (!framework)
        return framework.error();
    return **framework;
}

Result<std::shared_ptr<const Framework>> FrameworkRepository::shared(Framework::Kind kind) {
    auto frameworks = parsed();
    if (!frameworks)
        return frameworks.error();
    for (const auto& framework : **frameworks) {
        if (framework.kind == kind)
            return std::shared_ptr<const Framework>(*frameworks, &framework);
    }
    return Error::make(
        Error::Code::NotFound,
        SchoolFile::tr("The file uses no %1 framework.").arg(Framework::kindId(kind)));
}

Result<Framework> FrameworkRepository::ofKind(Framework::Kind kind) {
    auto framework = shared(kind);
    if (!framework)
        return framework.error();
    return **framework;
}

namespace {

const QString entity = QStringLiteral("framework");

// Ids the file's records use, with the sentence fragment that names them.
Result<std::vector<std::pair<QString, QString>>> usedIds(QSqlDatabase& db,
                                                         const QString& frameworkId) {
    std::vector<std::pair<QString, QString>> used;
    // Fixed statements, never user input. Judgement rows with neither level nor notes hold
    // nothing the school entered and are dropped with their criterion.
    const struct {
        const char* sql;
        bool standard;
    } queries[] = {
        {"SELECT criterion_id FROM charter_judgement WHERE framework_id = ? AND (level <> '' "
         "OR evidence_notes <> '')",
         false},
        {"SELECT criterion_id FROM charter_evidence WHERE framework_id = ?", false},
        {"SELECT criterion_id FROM charter_action WHERE framework_id = ?", false},
        {"SELECT c.criterion_id FROM impact_criterion c JOIN impact_item i ON i.id = "
         "c.impact_id JOIN portfolio p ON p.id = i.portfolio_id WHERE p.framework_id = ?",
         false},
        {"SELECT s.standard_id FROM impact_standard s JOIN impact_item i ON i.id = s.impact_id "
         "JOIN portfolio p ON p.id = i.portfolio_id WHERE p.framework_id = ?",
         true},
        {"SELECT s.standard_id FROM portfolio_standard s JOIN portfolio p ON p.id = "
         "s.portfolio_id WHERE p.framework_id = ? AND (s.level <> '' OR s.note <> '')",
         true},
    };
    for (const auto& q : queries) {
        auto rows = sql::run(db, QString::fromLatin1(q.sql), {frameworkId});
        if (!rows)
            return rows.error();
        while (rows->next())
            used.emplace_back(q.standard ? QStringLiteral("standard") : QStringLiteral("criterion"),
                              rows->value(0).toString());
    }
    auto status = sql::run(db,
                           QStringLiteral("SELECT target_level, awarded_level FROM "
                                          "charter_status WHERE framework_id = ?"),
                           {frameworkId});
    if (!status)
        return status.error();
    while (status->next()) {
        for (int column : {0, 1}) {
            const QString level = status->value(column).toString();
            if (!level.isEmpty())
                used.emplace_back(QStringLiteral("award"), level);
        }
    }
    return used;
}

struct TextChange {
    QString field;
    QString before;
    QString after;
};

// What a coordinator would call a change of wording, entry by entry.
std::vector<TextChange> textChanges(const Framework& before, const Framework& after) {
    std::vector<TextChange> changes;
    auto compare = [&changes](const QString& field, const QString& a, const QString& b) {
        if (a != b)
            changes.push_back({field, a, b});
    };
    compare(QStringLiteral("name"), before.name, after.name);
    compare(QStringLiteral("version"), before.version, after.version);
    for (const auto& section : after.sections) {
        const auto* old = before.section(section.id);
        compare(QStringLiteral("section %1 name").arg(section.id), old ? old->name : QString(),
                section.name);
    }
    for (const auto& section : before.sections) {
        if (!after.section(section.id))
            compare(QStringLiteral("section %1 name").arg(section.id), section.name, QString());
    }
    for (const auto* criterion : after.allCriteria()) {
        const auto* old = before.criterion(criterion->id);
        compare(QStringLiteral("criterion %1").arg(criterion->id), old ? old->text : QString(),
                criterion->text);
    }
    for (const auto* criterion : before.allCriteria()) {
        if (!after.criterion(criterion->id))
            compare(QStringLiteral("criterion %1").arg(criterion->id), criterion->text, QString());
    }
    for (const auto& standard : after.lpStandards) {
        const auto* old = before.lpStandard(standard.id);
        compare(QStringLiteral("standard %1 name").arg(standard.id), old ? old->name : QString(),
                standard.name);
        compare(QStringLiteral("standard %1 description").arg(standard.id),
                old ? old->description : QString(), standard.description);
    }
    for (const auto& standard : before.lpStandards) {
        if (!after.lpStandard(standard.id))
            compare(QStringLiteral("standard %1 name").arg(standard.id), standard.name, QString());
    }
    return changes;
}

} // namespace

Status FrameworkRepository::replace(const Framework& updated) {
    const ForgetParsedFrameworks forget(m_file);
    auto current = byId(updated.id);
    if (!current)
        return current.error();
    if (current->kind != updated.kind)
        return Error::make(Error::Code::Invalid,
                           tr("The new definition of \"%1\" is a %2 framework, but the file uses "
                              "it as a %3 framework.")
                               .arg(current->name, Framework::kindId(updated.kind),
                                    Framework::kindId(current->kind)));
    if (current->kind != Framework::Kind::RaceCharter)
        return Error::make(Error::Code::Invalid,
                           tr("Only the wording of the RACE Charter Mark can be replaced; \"%1\" "
                              "stays as it is.")
                               .arg(current->name));
    // What is stored is the source text, so that is what must be valid.
    auto loaded = FrameworkLoader::load(updated.source);
    if (!loaded)
        return Error::make(Error::Code::Invalid,
                           tr("The new wording of \"%1\" is not a valid framework: %2")
                               .arg(current->name, loaded.errorMessage()));
    if (loaded->id != current->id || loaded->kind != current->kind)
        return Error::make(Error::Code::Invalid,
                           tr("The new definition is of framework \"%1\", not \"%2\".")
                               .arg(loaded->id, current->id));
    if (loaded->source == current->source)
        return {};

    auto& db = m_file.database();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    auto used = usedIds(db, current->id);
    if (!used)
        return used.error();
    QStringList missing;
    for (const auto& [kind, id] : *used) {
        bool kept = true;
        QString name;
        if (kind == u"criterion") {
            kept = loaded->criterion(id) != nullptr;
            name = tr("criterion %1").arg(id);
        } else if (kind == u"standard") {
            kept = loaded->lpStandard(id) != nullptr;
            name = tr("LP standard %1").arg(id);
        } else {
            kept = loaded->awardLevel(id) != nullptr;
            name = tr("award level \"%1\"").arg(id);
        }
        if (!kept && !missing.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("The new wording of \"%1\" leaves out %2, which the school's "
                              "self-evaluation or portfolios still use. Keep them in the "
                              "framework, or remove the records that use them first.")
                               .arg(current->name, missing.join(QStringLiteral(", "))));

    // Empty judgement rows of criteria that go away hold nothing the school entered.
    auto judged = sql::run(db,
                           QStringLiteral("SELECT criterion_id FROM charter_judgement WHERE "
                                          "framework_id = ?"),
                           {current->id});
    if (!judged)
        return judged.error();
    QStringList stale;
    while (judged->next()) {
        if (!loaded->criterion(judged->value(0).toString()))
            stale << judged->value(0).toString();
    }
    for (const auto& id : stale) {
        auto removed = sql::run(db,
                                QStringLiteral("DELETE FROM charter_judgement WHERE "
                                               "framework_id = ? AND criterion_id = ?"),
                                {current->id, id});
        if (!removed)
            return removed.error();
    }

    auto written =
        sql::run(db,
                 QStringLiteral("UPDATE framework SET definition = ?, name = ?, "
                                "version = ? WHERE id = ?"),
                 {QString::fromUtf8(loaded->source), loaded->name, loaded->version, current->id});
    if (!written)
        return written.error();
    ChangeHistory history(m_file);
    const auto changes = textChanges(*current, *loaded);
    for (const auto& change : changes) {
        if (auto s = history.record(entity, current->id, change.field, change.before, change.after);
            !s)
            return s;
    }
    if (changes.empty()) {
        // Only guidance (e.g. the LP mapping) or notes changed: still say that it did.
        if (auto s = history.record(entity, current->id, QStringLiteral("definition"),
                                    current->version, loaded->version);
            !s)
            return s;
    }
    return t.commit();
}

Result<Framework> FrameworkRepository::addShipped(Framework::Kind kind) {
    const ForgetParsedFrameworks forget(m_file);
    if (auto existing = ofKind(kind); existing)
        return Error::make(Error::Code::Invalid,
                           tr("The file already uses the %1.").arg(existing->name));
    else if (existing.error().code != Error::Code::NotFound)
        return existing.error();
    for (const auto& id : FrameworkLoader::shippedIds()) {
        auto framework = FrameworkLoader::shipped(id);
        if (!framework)
            return framework.error();
        if (framework->kind != kind)
            continue;
        Transaction t(m_file);
        if (auto s = t.begin(); !s)
            return s.error();
        if (auto s = add(*framework); !s)
            return s.error();
        if (auto s = ChangeHistory(m_file).record(entity, framework->id, QString(), QVariant(),
                                                  framework->name);
            !s)
            return s.error();
        if (auto s = t.commit(); !s)
            return s.error();
        return framework;
    }
    return Error::make(Error::Code::NotFound,
                       tr("Equimark does not ship a %1 framework.").arg(Framework::kindId(kind)));
}

Status FrameworkRepository::remove(const QString& id) {
    const ForgetParsedFrameworks forget(m_file);
    auto framework = byId(id);
    if (!framework)
        return framework.error();
    if (framework->kind == Framework::Kind::EqualityMark)
        return Error::make(Error::Code::Invalid,
                           tr("The %1 is the framework this school file is built on, so it "
                              "stays in the file.")
                               .arg(framework->name));

    auto& db = m_file.database();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    // Every table with a framework_id (see Migrations.cpp), with the words that name its
    // records. Fixed statements, never user input.
    const struct {
        const char* sql;
        const char* records;
    } references[] = {
        {"SELECT COUNT(*) FROM audit WHERE framework_id = ?", QT_TR_NOOP("audits")},
        {"SELECT COUNT(*) FROM accreditation_summary WHERE framework_id = ?",
         QT_TR_NOOP("accreditation summaries")},
        {"SELECT COUNT(*) FROM badge WHERE framework_id = ?", QT_TR_NOOP("badges")},
        {"SELECT COUNT(*) FROM charter_judgement WHERE framework_id = ? AND (level <> '' OR "
         "evidence_notes <> '')",
         QT_TR_NOOP("self-evaluation judgements")},
        {"SELECT COUNT(*) FROM charter_evidence WHERE framework_id = ?",
         QT_TR_NOOP("self-evaluation evidence links")},
        {"SELECT COUNT(*) FROM charter_action WHERE framework_id = ?",
         QT_TR_NOOP("self-evaluation action links")},
        {"SELECT COUNT(*) FROM charter_status WHERE framework_id = ? AND (target_level <> '' OR "
         "awarded_level <> '' OR awarded_on IS NOT NULL)",
         QT_TR_NOOP("award target or award")},
        {"SELECT COUNT(*) FROM portfolio WHERE framework_id = ?",
         QT_TR_NOOP("Lead Practitioner portfolios")},
        {"SELECT COUNT(*) FROM ambition_judgement WHERE framework_id = ? AND (status <> "
         "'not-started' OR evidence_notes <> '')",
         QT_TR_NOOP("ambition judgements")},
        {"SELECT COUNT(*) FROM ambition_evidence WHERE framework_id = ?",
         QT_TR_NOOP("ambition evidence links")},
        {"SELECT COUNT(*) FROM ambition_action WHERE framework_id = ?",
         QT_TR_NOOP("ambition action links")},
    };
    QStringList users;
    for (const auto& reference : references) {
        auto count = sql::run(db, QString::fromLatin1(reference.sql), {id});
        if (!count)
            return count.error();
        if (count->next() && count->value(0).toLongLong() > 0)
            users << tr(reference.records);
    }
    if (!users.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("The %1 cannot be removed from the file while the school's %2 "
                              "use it. Remove those records first.")
                               .arg(framework->name, users.join(QStringLiteral(", "))));

    for (const char* statement : {"DELETE FROM charter_judgement WHERE framework_id = ?",
                                  "DELETE FROM ambition_judgement WHERE framework_id = ?",
                                  "DELETE FROM charter_status WHERE framework_id = ?",
                                  "DELETE FROM framework WHERE id = ?"}) {
        if (auto removed = sql::run(db, QString::fromLatin1(statement), {id}); !removed)
            return removed.error();
    }
    if (auto s = ChangeHistory(m_file).record(entity, id, QString(), framework->name, QVariant());
        !s)
        return s;
    return t.commit();
}

} // namespace equimark
