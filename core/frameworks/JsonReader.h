#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace equimark {

// Reads typed values out of a JSON document and collects every problem with the place it
// was found ("statements[41] (leadership.race.9): ..."), so a framework author sees all
// mistakes at once instead of one per attempt.
class JsonReader {
public:
    // Required, non-empty string.
    QString string(const QJsonObject& object, QStringView key, const QString& at);
    QString optionalString(const QJsonObject& object, QStringView key);
    int positiveInt(const QJsonObject& object, QStringView key, QStringView at);
    bool boolean(const QJsonObject& object, QStringView key, QStringView at);
    QJsonObject object(const QJsonObject& object, QStringView key, QStringView at);
    QJsonArray array(const QJsonObject& object, QStringView key, QStringView at);

    // Calls `visit` for each object of the array `key`, with its place ("key[3] (id)").
    void forEach(const QJsonObject& object, const QString& key,
                 const std::function<void(const QJsonObject&, const QString&)>& visit,
                 const QString& parent = {});

    void fail(const QString& where, const QString& message);
    bool ok() const { return m_problems.isEmpty(); }
    // "The framework definition is not valid: <first problem> (and N more problems)".
    Error error() const;
    // The same, for another kind of file: `heading` holds %1 for the first problem.
    Error error(const QString& heading) const;

private:
    QJsonValue require(const QJsonObject& object, QStringView key, QStringView at);
    QStringList m_problems;
};

} // namespace equimark
