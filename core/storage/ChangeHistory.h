#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace equimark {

class SchoolFile;

struct HistoryEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity;   // "judgement", "action", ...
    QString entityId; // the record's id (or statement id)
    QString field;    // empty for "created"/"deleted"
    QString oldValue;
    QString newValue;
};

// Which entries to read. Every part is optional; an empty filter is the whole history.
struct HistoryFilter {
    QDate from;               // the first day included (local time), invalid = no limit
    QDate to;                 // the last day included (local time), invalid = no limit
    QString who;              // exactly this person; empty = anyone
    QStringList entities;     // any of these entities ("judgement", "action", ...); empty = all
    QString text;             // contained (ignoring case) in the id, field, values or person
    qint64 afterId = 0;       // only entries recorded after this one (for following new edits)
    qint64 beforeId = 0;      // only entries recorded before this one (for reading page by page)
    bool oldestFirst = false; // the default is newest first, as the History page shows it
    int limit = -1;           // -1 = no limit
    int offset = 0;
};

// The append-only record of every edit. Repositories call record() inside the edit's own
// transaction, so the history and the data can never disagree.
class ChangeHistory {
public:
    explicit ChangeHistory(SchoolFile& file)
        : m_file(file) {}

    Status record(const QString& entity, const QString& entityId, const QString& field,
                  const QVariant& oldValue, const QVariant& newValue);
    Result<std::vector<HistoryEntry>> since(const QDateTime& from, int limit = -1);

    // The entries the filter lets through, in the order it asks for (by id, which is the
    // order the edits were made in, whatever the clocks of the laptops said).
    Result<std::vector<HistoryEntry>> find(const HistoryFilter& filter);
    // How many entries the filter lets through (limit and offset ignored).
    Result<qint64> count(const HistoryFilter& filter);
    // Everyone who has made an edit, sorted ignoring case.
    Result<QStringList> people();

private:
    SchoolFile& m_file;
};

} // namespace equimark
