#include "demo/LargeSchool.h"

#include "demo/DemoSchool.h"
#include "domain/AcademicYear.h"
#include "domain/GridRule.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FileOps.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SummaryGridRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace equimark {

namespace {

const QStringList People{QStringLiteral("Amira Haddad"), QStringLiteral("Tom Ellison"),
                         QStringLiteral("Daniel Wright"), QStringLiteral("Grace Okafor")};

class Grower {
public:
    Grower(SchoolFile& file, const LargeSchool::Size& size, const QDate& today)
        : m_file(file)
        , m_size(size)
        , m_today(today)
        , m_random(20261201) {}

    Status run() {
        auto mark = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
        if (!mark)
            return mark.error();
        m_mark = std::move(*mark);
        if (auto status = audits(); !status)
            return status;
        if (auto status = actions(); !status)
            return status;
        return evidence();
    }

private:
    Rating rating() {
        const quint32 roll = m_random.bounded(10u);
        return roll < 2 ? Rating::Red : roll < 6 ? Rating::Amber : Rating::Green;
    }

    // The demo holds this year and last; the earlier years are added before them, oldest
    // first, each judged in full and its grid agreed, as a school that kept going would have.
    Status audits() {
        AuditRepository audits(m_file);
        SummaryGridRepository grid(m_file);
        const AcademicYear thisYear = AcademicYear::containing(m_today);
        const int earlier = std::max(0, m_size.auditYears - 2);
        for (int back = earlier + 1; back >= 2; --back) {
            AcademicYear year = thisYear;
            for (int i = 0; i < back; ++i)
                year = year.previous();
            m_file.setUserName(People[back % People.size()]);
            auto audit = audits.startAudit(year, AuditRepository::CarryForward::Nothing);
            if (!audit)
                return audit.error();
            for (const auto& statement : m_mark.statements) {
                const Rating judged = rating();
                const QString note =
                    LargeSchool::tr("%1: seen in the %2 review of %3; minutes and work samples "
                                    "kept by the equality coordinator.")
                        .arg(ratingLabel(judged), year.toString(), statement.id);
                if (auto set = audits.setJudgement(audit->id, statement.id, judged, note); !set)
                    return set;
            }
            auto counts = grid.counts(audit->id);
            if (!counts)
                return counts.error();
            for (const auto& element : m_mark.elements) {
                for (const auto& strand : m_mark.strands) {
                    const Rating agreed =
                        suggestedRating(counts->value(GridKey{element.id, strand.id}));
                    if (auto set = grid.setCell(audit->id, element.id, strand.id, agreed,
                                                LargeSchool::tr("Agreed at the summer meeting."));
                        !set)
                        return set;
                }
            }
        }
        return {};
    }

    Status actions() {
        ActionRepository repository(m_file);
        auto existing = repository.all();
        if (!existing)
            return existing.error();
        const int wanted = m_size.actions - int(existing->size());
        std::vector<Action> plan;
        for (int n = 0; n < wanted; ++n) {
            const auto& element = m_mark.elements[size_t(n) % m_mark.elements.size()];
            const auto& strand = m_mark.strands[size_t(n / 3) % m_mark.strands.size()];
            Action action;
            action.title =
                LargeSchool::tr("Action %1: %2 for %3").arg(n + 1).arg(element.name, strand.name);
            action.strandIds = {strand.id};
            action.elementId = element.id;
            action.owner = People[size_t(n) % People.size()];
            action.startOn = m_today.addDays(-3650 + n * 3650 / std::max(1, wanted));
            action.dueOn = action.startOn.addDays(90 + n % 200);
            action.successCriteria =
                LargeSchool::tr("Pupils and staff in the %1 strand report the change in the "
                                "termly survey; the audit statement moves up a rating.")
                    .arg(strand.name);
            action.status = action.dueOn < m_today ? ActionStatus::Complete
                                                   : ActionStatus(n % 2); // not started, going
            plan.push_back(std::move(action));
        }
        m_file.setUserName(People[0]);
        auto ids = repository.addAll(plan);
        if (!ids)
            return ids.error();
        for (size_t i = 0; i < ids->size(); ++i) {
            const int notes = 1 + int(i % 2);
            for (int n = 0; n < notes; ++n) {
                const QDate noted = std::min(m_today, plan[i].startOn.addDays(30 * (n + 1)));
                if (auto added = repository.addProgress(
                        (*ids)[i], noted,
                        LargeSchool::tr("Progress review %1: on track, evidence filed.")
                            .arg(n + 1));
                    !added)
                    return added.error();
            }
            m_actionIds << (*ids)[i];
        }
        return {};
    }

    Status evidence() {
        EvidenceRepository store(m_file);
        m_file.setUserName(People[2]);
        const qint64 each =
            m_size.evidenceItems > 0 ? m_size.attachmentBytes / m_size.evidenceItems : 0;
        for (int n = 0; n < m_size.evidenceItems; ++n) {
            EvidenceItem item;
            item.title = LargeSchool::tr("Evidence %1: work samples and notes").arg(n + 1);
            item.kind = EvidenceKind(n % 8);
            item.datedOn = m_today.addDays(-n * 7);
            item.description = LargeSchool::tr("Collected for the %1 review.")
                                   .arg(AcademicYear::containing(item.datedOn).toString());
            item.statementIds = {m_mark.statements[size_t(n) % m_mark.statements.size()].id};
            item.strandIds = {m_mark.strands[size_t(n) % m_mark.strands.size()].id};
            if (!m_actionIds.isEmpty())
                item.actionIds = {m_actionIds[n % m_actionIds.size()]};
            auto id = store.add(item);
            if (!id)
                return id.error();
            if (each <= 0)
                continue;
            // Photographs and scans do not compress: random bytes stand in for them.
            QByteArray bytes(qsizetype(each), Qt::Uninitialized);
            m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()),
                               qsizetype(bytes.size() / qsizetype(sizeof(quint32))));
            if (auto added = store.addAttachment(*id, QStringLiteral("scan-%1.jpg").arg(n + 1),
                                                 bytes, QStringLiteral("image/jpeg"));
                !added)
                return added.error();
        }
        return {};
    }

    SchoolFile& m_file;
    LargeSchool::Size m_size;
    QDate m_today;
    QRandomGenerator m_random;
    Framework m_mark;
    QList<qint64> m_actionIds;
};

} // namespace

Status LargeSchool::build(const QString& path, const Size& size, const QDate& today) {
    if (QFileInfo::exists(path))
        return Error::make(
            Error::Code::Invalid,
            tr("%1 already exists; choose another name for the large school.").arg(path));
    const QString temporary = fileops::temporarySibling(path, QStringLiteral("large"));
    if (auto demo = DemoSchool::build(temporary, today); !demo)
        return demo;
    {
        auto opened = SchoolFile::open(temporary);
        if (!opened) {
            QFile::remove(temporary);
            return opened.error();
        }
        (*opened)->setUnpublished(true);
        if (auto grown = Grower(**opened, size, today).run(); !grown) {
            opened = Error{};
            QFile::remove(temporary);
            return Error::make(
                grown.error().code,
                tr("The large school could not be built: %1").arg(grown.errorMessage()));
        }
    }
    if (auto synced = fileops::syncFile(temporary); !synced) {
        QFile::remove(temporary);
        return synced;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::make(Error::Code::Io,
                           tr("The large school could not be saved as %1.").arg(path));
    }
    return {};
}

} // namespace equimark
