#include "frameworks/JsonReader.h"

#include <QCoreApplication>

namespace equimark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FrameworkLoader)
};

QString place(QStringView at, QStringView key) {
    return at.isEmpty() ? key.toString() : at.toString() + u'.' + key.toString();
}
} // namespace

QJsonValue JsonReader::require(const QJsonObject& object, QStringView key, QStringView at) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        fail(place(at, key), Text::tr("is missing"));
    return value;
}

QString JsonReader::string(const QJsonObject& object, QStringView key, const QString& at) {
    const QJsonValue value = require(object, key, at);
    if (value.isUndefined())
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(place(at, key), Text::tr("must be a non-empty text"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const QJsonObject& object, QStringView key) {
    return object.value(key).toString();
}

int JsonReader::positiveInt(const QJsonObject& object, QStringView key, QStringView at) {
    const QJsonValue value = require(object, key, at);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number != static_cast<int>(number)) {
        fail(place(at, key), Text::tr("must be a whole number of at least 1"));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const QJsonObject& object, QStringView key, QStringView at) {
    const QJsonValue value = require(object, key, at);
    if (!value.isUndefined() && !value.isBool())
        fail(place(at, key), Text::tr("must be true or false"));
    return value.toBool();
}

QJsonObject JsonReader::object(const QJsonObject& object, QStringView key, QStringView at) {
    const QJsonValue value = require(object, key, at);
    if (!value.isUndefined() && !value.isObject())
        fail(place(at, key), Text::tr("must be an object"));
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& object, QStringView key, QStringView at) {
    const QJsonValue value = require(object, key, at);
    if (!value.isUndefined() && !value.isArray())
        fail(place(at, key), Text::tr("must be a list"));
    return value.toArray();
}

void JsonReader::forEach(const QJsonObject& object, const QString& key,
                         const std::function<void(const QJsonObject&, const QString&)>& visit,
                         const QString& parent) {
    const QJsonArray items = array(object, key, parent);
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString at = QStringLiteral("%1[%2]").arg(place(parent, key)).arg(i);
        if (!items.at(i).isObject()) {
            fail(at, Text::tr("must be an object"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(u"id").toString();
        if (!id.isEmpty())
            at += QStringLiteral(" (%1)").arg(id);
        visit(item, at);
    }
}

void JsonReader::fail(const QString& where, const QString& message) {
    m_problems << where + QStringLiteral(": ") + message;
}

Error JsonReader::error() const {
    return error(Text::tr("The framework definition is not valid: %1"));
}

Error JsonReader::error(const QString& heading) const {
    QString message = heading.arg(m_problems.value(0));
    if (m_problems.size() > 1)
        message += Text::tr(" (and %1 more problems)").arg(m_problems.size() - 1);
    return Error::make(Error::Code::Invalid, message);
}

} // namespace equimark
