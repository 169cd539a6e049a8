#include "frameworks/FrameworkLoader.h"

#include "frameworks/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace equimark {

namespace {

const QRegularExpression& idPattern() {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern;
}

// Checks a list's ids: present, well-formed (when a pattern is given) and unique.
template <typename T>
void checkIds(JsonReader& reader, const QString& list, const std::vector<T>& items,
              const QRegularExpression* pattern) {
    QSet<QString> seen;
    for (size_t i = 0; i < items.size(); ++i) {
        const QString& id = items[i].id;
        const QString where = QStringLiteral("%1[%2]").arg(list).arg(i);
        if (pattern && !pattern->match(id).hasMatch())
            reader.fail(where, FrameworkLoader::tr("id \"%1\" must be lower-case letters, digits "
                                                   "and hyphens")
                                   .arg(id));
        else if (seen.contains(id))
            reader.fail(where, FrameworkLoader::tr("id \"%1\" is used twice").arg(id));
        seen.insert(id);
    }
}

void readEqualityMark(JsonReader& r, const QJsonObject& root, Framework& f) {
    r.forEach(root, QStringLiteral("ratingScale"), [&](const QJsonObject& o, const QString& at) {
        f.ratingScale.push_back({r.string(o, u"id", at), r.string(o, u"label", at),
                                 r.string(o, u"letter", at), r.string(o, u"meaning", at)});
    });
    r.forEach(root, QStringLiteral("strands"), [&](const QJsonObject& o, const QString& at) {
        f.strands.push_back({r.string(o, u"id", at), r.string(o, u"name", at),
                             r.string(o, u"badge", at), r.optionalString(o, u"description")});
    });
    r.forEach(root, QStringLiteral("elements"), [&](const QJsonObject& o, const QString& at) {
        f.elements.push_back({r.string(o, u"id", at), r.string(o, u"name", at),
                              r.optionalString(o, u"description")});
    });
    r.forEach(root, QStringLiteral("statements"), [&](const QJsonObject& o, const QString& at) {
        f.statements.push_back({r.string(o, u"id", at), r.string(o, u"element", at),
                                r.string(o, u"strand", at), r.string(o, u"text", at),
                                r.optionalString(o, u"guidance")});
    });
    const QJsonObject rules = r.object(root, u"awardRules", QString());
    f.awardRules.badgeValidityYears = r.positiveInt(rules, u"badgeValidityYears", u"awardRules");
    f.awardRules.markWindowYears = r.positiveInt(rules, u"markWindowYears", u"awardRules");
    f.awardRules.reaccreditationYears =
        r.positiveInt(rules, u"reaccreditationYears", u"awardRules");
    f.awardRules.markRequiresAllStrands =
        r.boolean(rules, u"markRequiresAllStrands", u"awardRules");
    if (!r.ok())
        return;

    const QStringList ragIds{QStringLiteral("red"), QStringLiteral("amber"),
                             QStringLiteral("green")};
    QStringList scaleIds;
    for (const auto& level : f.ratingScale)
        scaleIds << level.id;
    if (scaleIds != ragIds)
        r.fail(QStringLiteral("ratingScale"),
               FrameworkLoader::tr("must list red, amber and green, in that order"));
    if (f.strands.empty())
        r.fail(QStringLiteral("strands"), FrameworkLoader::tr("must name at least one strand"));
    if (f.elements.empty())
        r.fail(QStringLiteral("elements"), FrameworkLoader::tr("must name at least one element"));
    checkIds(r, QStringLiteral("strands"), f.strands, &idPattern());
    checkIds(r, QStringLiteral("elements"), f.elements, &idPattern());
    checkIds(r, QStringLiteral("statements"), f.statements, nullptr);

    QSet<QString> cells;
    for (size_t i = 0; i < f.statements.size(); ++i) {
        const auto& s = f.statements[i];
        const QString where = QStringLiteral("statements[%1] (%2)").arg(i).arg(s.id);
        if (!f.element(s.elementId))
            r.fail(where, FrameworkLoader::tr("element \"%1\" is not defined").arg(s.elementId));
        if (!f.strand(s.strandId))
            r.fail(where, FrameworkLoader::tr("strand \"%1\" is not defined").arg(s.strandId));
        cells.insert(s.elementId + u'/' + s.strandId);
    }
    for (const auto& element : f.elements) {
        for (const auto& strand : f.strands) {
            if (!cells.contains(element.id + u'/' + strand.id))
                r.fail(QStringLiteral("statements"),
                       FrameworkLoader::tr("element \"%1\" has no statement for strand \"%2\"")
                           .arg(element.id, strand.id));
        }
    }
}

std::vector<LevelDefinition> readLevels(JsonReader& r, const QJsonObject& root,
                                        const QString& key) {
    std::vector<LevelDefinition> levels;
    r.forEach(root, key, [&](const QJsonObject& o, const QString& at) {
        levels.push_back({r.string(o, u"id", at), r.string(o, u"label", at),
                          r.optionalString(o, u"description"), r.optionalString(o, u"requires")});
    });
    checkIds(r, key, levels, &idPattern());
    return levels;
}

void readRaceCharter(JsonReader& r, const QJsonObject& root, Framework& f) {
    f.rubric = readLevels(r, root, QStringLiteral("rubric"));
    f.awardLevels = readLevels(r, root, QStringLiteral("awardLevels"));
    f.reassessmentYears = r.positiveInt(root, u"reassessmentYears", QString());
    f.accreditationYears = r.positiveInt(root, u"accreditationYears", QString());
    r.forEach(root, QStringLiteral("lpGroups"), [&](const QJsonObject& o, const QString& at) {
        f.lpGroups.push_back({r.string(o, u"id", at), r.string(o, u"name", at)});
    });
    r.forEach(root, QStringLiteral("lpStandards"), [&](const QJsonObject& o, const QString& at) {
        f.lpStandards.push_back({r.string(o, u"id", at), r.string(o, u"group", at),
                                 r.string(o, u"name", at), r.optionalString(o, u"description"),
                                 r.boolean(o, u"textKnown", at)});
    });
    r.forEach(root, QStringLiteral("sections"), [&](const QJsonObject& o, const QString& at) {
        CharterSection section{r.string(o, u"id", at), r.string(o, u"name", at), {}};
        r.forEach(
            o, QStringLiteral("criteria"),
            [&](const QJsonObject& c, const QString& cAt) {
                CharterCriterion criterion{r.string(c, u"id", cAt),
                                           r.string(c, u"text", cAt),
                                           r.boolean(c, u"textKnown", cAt),
                                           {}};
                r.forEach(
                    c, QStringLiteral("lpMapping"),
                    [&](const QJsonObject& m, const QString& mAt) {
                        criterion.lpMapping.push_back({r.string(m, u"standard", mAt),
                                                       r.optionalString(m, u"element"),
                                                       r.optionalString(m, u"exemplar")});
                    },
                    at + QStringLiteral(".") + cAt);
                section.criteria.push_back(std::move(criterion));
            },
            at);
        f.sections.push_back(std::move(section));
    });
    const auto prompts = r.array(root, u"reflectivePrompts", QString());
    for (const auto& prompt : prompts)
        f.reflectivePrompts << prompt.toString();
    if (!r.ok())
        return;

    for (std::size_t i = 0; i < f.awardLevels.size(); ++i) {
        const auto& level = f.awardLevels[i];
        if (!level.requiredLevel.isEmpty() && !f.rubricLevel(level.requiredLevel))
            r.fail(QStringLiteral("awardLevels[%1] (%2)").arg(i).arg(level.id),
                   FrameworkLoader::tr("requires \"%1\", which is not a level of the rubric")
                       .arg(level.requiredLevel));
    }
    checkIds(r, QStringLiteral("lpGroups"), f.lpGroups, &idPattern());
    checkIds(r, QStringLiteral("lpStandards"), f.lpStandards, nullptr);
    checkIds(r, QStringLiteral("sections"), f.sections, nullptr);
    QSet<QString> criterionIds;
    for (const auto& standard : f.lpStandards) {
        const bool known = std::any_of(f.lpGroups.begin(), f.lpGroups.end(),
                                       [&](const LpGroup& g) { return g.id == standard.groupId; });
        if (!known)
            r.fail(QStringLiteral("lpStandards (%1)").arg(standard.id),
                   FrameworkLoader::tr("group \"%1\" is not defined").arg(standard.groupId));
    }
    for (const auto& section : f.sections) {
        for (const auto& criterion : section.criteria) {
            const QString where = QStringLiteral("criterion %1").arg(criterion.id);
            if (criterionIds.contains(criterion.id))
                r.fail(where, FrameworkLoader::tr("id \"%1\" is used twice").arg(criterion.id));
            criterionIds.insert(criterion.id);
            for (const auto& mapping : criterion.lpMapping) {
                const bool known =
                    std::any_of(f.lpStandards.begin(), f.lpStandards.end(),
                                [&](const LpStandard& s) { return s.id == mapping.standardId; });
                if (!known)
                    r.fail(where, FrameworkLoader::tr("LP standard \"%1\" is not defined")
                                      .arg(mapping.standardId));
            }
        }
    }
}

void readAmbitions(JsonReader& r, const QJsonObject& root, Framework& f) {
    f.statuses = readLevels(r, root, QStringLiteral("statuses"));
    r.forEach(root, QStringLiteral("ambitions"), [&](const QJsonObject& o, const QString& at) {
        Ambition ambition{r.string(o, u"id", at),
                          r.positiveInt(o, u"number", at),
                          r.string(o, u"title", at),
                          r.string(o, u"summary", at),
                          {}};
        r.forEach(
            o, QStringLiteral("criteria"),
            [&](const QJsonObject& c, const QString& cAt) {
                ambition.criteria.push_back({r.string(c, u"id", cAt), r.string(c, u"text", cAt),
                                             r.optionalString(c, u"measure")});
            },
            at);
        f.ambitions.push_back(std::move(ambition));
    });
    if (!r.ok())
        return;
    checkIds(r, QStringLiteral("ambitions"), f.ambitions, &idPattern());
    for (const auto& ambition : f.ambitions)
        checkIds(r, QStringLiteral("ambitions (%1).criteria").arg(ambition.id), ambition.criteria,
                 nullptr);
}

} // namespace

Result<Framework> FrameworkLoader::load(const QByteArray& json) {
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Code::Invalid,
                           tr("The framework file is not valid JSON (at character %1: %2).")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!document.isObject())
        return Error::make(Error::Code::Invalid, tr("The framework file must hold a JSON object."));
    const QJsonObject root = document.object();

    JsonReader r;
    Framework f;
    f.source = json;
    f.formatVersion = r.positiveInt(root, u"formatVersion", QString());
    if (r.ok() && f.formatVersion != 1)
        return Error::make(Error::Code::Invalid,
                           tr("The framework file has format version %1; this Equimark reads "
                              "version 1.")
                               .arg(f.formatVersion));
    f.id = r.string(root, u"id", QString());
    f.name = r.string(root, u"name", QString());
    f.version = r.string(root, u"version", QString());
    f.publisher = r.optionalString(root, u"publisher");
    f.notes = r.optionalString(root, u"notes");
    const QString status = r.string(root, u"textStatus", QString());
    const QString kind = r.string(root, u"kind", QString());
    if (!r.ok())
        return r.error();
    if (!idPattern().match(f.id).hasMatch())
        r.fail(QStringLiteral("id"),
               tr("\"%1\" must be lower-case letters, digits and hyphens").arg(f.id));
    if (status != u"complete" && status != u"partial")
        r.fail(QStringLiteral("textStatus"), tr("must be \"complete\" or \"partial\""));
    f.textComplete = status == u"complete";
    const auto parsedKind = Framework::kindFromId(kind);
    if (!parsedKind)
        return Error::make(Error::Code::Invalid,
                           tr("The framework file is of an unknown kind \"%1\".").arg(kind));
    f.kind = *parsedKind;

    switch (f.kind) {
    case Framework::Kind::EqualityMark:
        readEqualityMark(r, root, f);
        break;
    case Framework::Kind::RaceCharter:
        readRaceCharter(r, root, f);
        break;
    case Framework::Kind::Ambitions:
        readAmbitions(r, root, f);
        break;
    }
    if (!r.ok())
        return r.error();
    return f;
}

Result<Framework> FrameworkLoader::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           tr("The framework file %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto loaded = load(file.readAll());
    if (!loaded)
        return Error::make(loaded.error().code, QDir::toNativeSeparators(path) +
                                                    QStringLiteral(": ") + loaded.errorMessage());
    return loaded;
}

QStringList FrameworkLoader::shippedIds() {
    // Fixed order: the equality mark first, as new files list it first.
    return {QStringLiteral("lancashire-equality-mark"), QStringLiteral("race-charter-mark"),
            QStringLiteral("race-equality-ambitions")};
}

Result<Framework> FrameworkLoader::shipped(const QString& id) {
    static const QHash<QString, QString> files{
        {QStringLiteral("lancashire-equality-mark"),
         QStringLiteral(":/frameworks/lancashire-equality-mark.json")},
        {QStringLiteral("race-charter-mark"),
         QStringLiteral(":/frameworks/race-charter-mark.json")},
        {QStringLiteral("race-equality-ambitions"),
         QStringLiteral(":/frameworks/leadership-ambitions.json")},
    };
    const auto it = files.constFind(id);
    if (it == files.constEnd())
        return Error::make(Error::Code::NotFound,
                           tr("Equimark does not ship a framework called \"%1\".").arg(id));
    return loadFile(*it);
}

} // namespace equimark
