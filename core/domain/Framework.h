#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

// A framework definition as loaded from JSON (see docs/framework-format.md). One struct
// serves the three kinds; the parts a kind does not use stay empty.

struct RatingLevel {
    QString id; // red, amber, green
    QString label;
    QString letter;
    QString meaning;
};

struct Strand {
    QString id;
    QString name;
    QString badge;
    QString description;
};

struct Element {
    QString id;
    QString name;
    QString description;
};

struct AuditStatement {
    QString id; // <element>.<strand>.<n>
    QString elementId;
    QString strandId;
    QString text;
    QString guidance;
};

struct AwardRules {
    int badgeValidityYears = 3;
    bool markRequiresAllStrands = true;
    int markWindowYears = 3;
    int reaccreditationYears = 3;
};

struct LpMapping {
    QString standardId; // S1..S10
    QString element;
    QString exemplar;
};

struct CharterCriterion {
    QString id; // 1.1
    QString text;
    bool textKnown = true;
    std::vector<LpMapping> lpMapping;
};

struct CharterSection {
    QString id;
    QString name;
    std::vector<CharterCriterion> criteria;
};

struct LevelDefinition {
    QString id;
    QString label;
    QString description;
    // Award levels only: the rubric level every criterion with known wording must reach for
    // this award (JSON key "requires"; `requires` itself is a C++20 keyword). Empty = no rule.
    QString requiredLevel;
};

struct LpGroup {
    QString id;
    QString name;
};

struct LpStandard {
    QString id;
    QString groupId;
    QString name;
    QString description;
    bool textKnown = true;
};

struct AmbitionCriterion {
    QString id;
    QString text;
    QString measure; // outcome measure id, may be empty
};

struct Ambition {
    QString id;
    int number = 0;
    QString title;
    QString summary;
    std::vector<AmbitionCriterion> criteria;
};

struct Framework {
    enum class Kind { EqualityMark, RaceCharter, Ambitions };

    int formatVersion = 1;
    QString id;
    Kind kind = Kind::EqualityMark;
    QString name;
    QString version;
    QString publisher;
    QString notes;
    bool textComplete = true;

    // equality-mark
    std::vector<RatingLevel> ratingScale;
    std::vector<Strand> strands;
    std::vector<Element> elements;
    std::vector<AuditStatement> statements;
    AwardRules awardRules;

    // race-charter
    std::vector<LevelDefinition> rubric;
    std::vector<LevelDefinition> awardLevels;
    int reassessmentYears = 3;
    std::vector<CharterSection> sections;
    std::vector<LpGroup> lpGroups;
    std::vector<LpStandard> lpStandards;
    QStringList reflectivePrompts;
    int accreditationYears = 3;

    // ambitions
    std::vector<Ambition> ambitions;
    std::vector<LevelDefinition> statuses;

    // The exact JSON this was loaded from: what a school file stores.
    QByteArray source;

    const Strand* strand(const QString& id) const;
    const Element* element(const QString& id) const;
    const AuditStatement* statement(const QString& id) const;
    // Statements of one grid cell, in framework order.
    std::vector<const AuditStatement*> statementsFor(const QString& elementId,
                                                     const QString& strandId) const;
    // race-charter lookups; null when the id is not defined.
    const CharterCriterion* criterion(const QString& id) const;
    const CharterSection* section(const QString& id) const;
    const LpStandard* lpStandard(const QString& id) const;
    const LevelDefinition* rubricLevel(const QString& id) const;
    const LevelDefinition* awardLevel(const QString& id) const;
    // Position of a rubric level, lowest first; -1 for an empty or unknown id.
    int rubricRank(const QString& levelId) const;
    // Every criterion of every section, in framework order.
    std::vector<const CharterCriterion*> allCriteria() const;

    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString& id);
};

} // namespace equimark
