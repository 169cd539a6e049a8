#include "domain/Rating.h"

#include <QCoreApplication>

namespace equimark {

QString ratingId(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return QStringLiteral("red");
    case Rating::Amber:
        return QStringLiteral("amber");
    case Rating::Green:
        return QStringLiteral("green");
    case Rating::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Rating> ratingFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto r : {Rating::None, Rating::Red, Rating::Amber, Rating::Green}) {
        if (ratingId(r) == key)
            return r;
    }
    return std::nullopt;
}

QString ratingLetter(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return QStringLiteral("R");
    case Rating::Amber:
        return QStringLiteral("A");
    case Rating::Green:
        return QStringLiteral("G");
    case Rating::None:
        break;
    }
    return QStringLiteral("\u2013");
}

QString ratingLabel(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return QCoreApplication::translate("Rating", "Red");
    case Rating::Amber:
        return QCoreApplication::translate("Rating", "Amber");
    case Rating::Green:
        return QCoreApplication::translate("Rating", "Green");
    case Rating::None:
        break;
    }
    return QCoreApplication::translate("Rating", "Not yet judged");
}

} // namespace equimark
