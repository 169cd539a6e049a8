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

const CharterCriterion* Framework::criterion(const QString& id) const {
    for (const auto& s : sections) {
        if (const auto* found = findById(s.criteria, id))
            return found;
    }
    return nullptr;
}
const CharterSection* Framework::section(const QString& id) const {
    return findById(sections, id);
}
const LpStandard* Framework::lpStandard(const QString& id) const {
    return findById(lpStandards, id);
}
const LevelDefinition* Framework::rubricLevel(const QString& id) const {
    return findById(rubric, id);
}
const LevelDefinition* Framework::awardLevel(const QString& id) const {
    return findById(awardLevels, id);
}

int Framework::rubricRank(const QString& levelId) const {
    if (levelId.isEmpty())
        return -1;
    for (std::size_t i = 0; i < rubric.size(); ++i) {
        if (rubric[i].id == levelId)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<const CharterCriterion*> Framework::allCriteria() const {
    std::vector<const CharterCriterion*> result;
    for (const auto& s : sections) {
        for (const auto& c : s.criteria)
            result.push_back(&c);
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
