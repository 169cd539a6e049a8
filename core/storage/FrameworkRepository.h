#pragma once

#include "Result.h"
#include "domain/Framework.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// The frameworks a school file uses, stored as the exact JSON they were loaded from so
// the file reads the same way whatever later releases ship.
class FrameworkRepository {
    Q_DECLARE_TR_FUNCTIONS(FrameworkRepository)

public:
    explicit FrameworkRepository(SchoolFile& file)
        : m_file(file) {}

    Status add(const Framework& framework);
    Result<std::vector<Framework>> all();
    Result<Framework> byId(const QString& id);
    // The framework `id` as parsed for this connection, shared instead of copied (a
    // framework is thousands of strings): for the reads every edit makes.
    Result<std::shared_ptr<const Framework>> shared(const QString& id);
    Result<std::shared_ptr<const Framework>> shared(Framework::Kind kind);
    // The file's (first) framework of a kind: e.g. the equality mark its audits use.
    Result<Framework> ofKind(Framework::Kind kind);

    // Stores new wording for a framework the file already uses (edited in the app with
    // FrameworkEditor, or imported from a framework file): same id and kind, valid, and
    // keeping every criterion, LP standard and award level the file's records still use.
    // One transaction, with a history row (entity "framework") per changed text.
    // Only race-charter frameworks can be replaced so far.
    Status replace(const Framework& updated);
    // Starts using the framework of this kind that ships with Equimark, for a file made
    // without it. Refused (Invalid) when the file already has a framework of that kind.
    Result<Framework> addShipped(Framework::Kind kind);
    // Stops using a framework (the undo of addShipped). Refused (Invalid) while an audit,
    // accreditation summary, badge, RACE Charter judgement, link or award, or portfolio
    // refers to it, and for the equality mark, which the whole file is built on. Judgement
    // and award rows left empty (an edit that was undone) hold nothing the school entered
    // and go with it. One transaction, with a history row.
    Status remove(const QString& id);

private:
    // Every framework of the file, parsed once and again only after a change.
    Result<std::shared_ptr<const std::vector<Framework>>> parsed();
    SchoolFile& m_file;
};

} // namespace equimark
