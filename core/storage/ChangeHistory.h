#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
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

// The append-only record of every edit. Repositories call record() inside the edit's own
// transaction, so the history and the data can never disagree.
class ChangeHistory {
public:
    explicit ChangeHistory(SchoolFile& file)
        : m_file(file) {}

    Status record(const QString& entity, const QString& entityId, const QString& field,
                  const QVariant& oldValue, const QVariant& newValue);
    Result<std::vector<HistoryEntry>> since(const QDateTime& from, int limit = -1);

private:
    SchoolFile& m_file;
};

} // namespace equimark
