#include "domain/Framework.h"

#include <algorithm>

namespace equimark {

namespace {
template <typename T> const T* findById(const std::vector<T>& items, const QString& id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Strand* Framework::strand(const QString& id) const {
    return findById(strands, id);
}
const Element* Framework::element(const QString& id) const {
    return findById(elements, id);
}
const AuditStatement* Framework::statement(const QString& id) const {
    return findById(statements, id);
}

std::vector<const AuditStatement*> Framework::statementsFor(const QString& elementId,
                                                            const QString& strandId) const {
    std::vector<const AuditStatement*> result;
    for (const auto& s : statements) {
        if (s.elementId == elementId && s.strandId == strandId)
            result.push_back(&s);
    }
    return result;
}

QString Framework::kindId(Kind kind) {
    switch (kind) {
    case Kind::EqualityMark:
        return QStringLiteral("equality-mark");
    case Kind::RaceCharter:
        return QStringLiteral("race-charter");
    case Kind::Ambitions:
        return QStringLiteral("ambitions");
    }
    return {};
}

std::optional<Framework::Kind> Framework::kindFromId(const QString& id) {
    for (auto kind : {Kind::EqualityMark, Kind::RaceCharter, Kind::Ambitions}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

} // namespace equimark
