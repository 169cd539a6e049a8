#include "frameworks/FrameworkTranslation.h"

#include "frameworks/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <functional>
#include <map>

namespace equimark {

namespace {

const QString formatName = QStringLiteral("equimark-framework-translation");

// Every text of a framework a reader sees, in framework order; ids, letters and numbers
// are never translated.
void forEachText(Framework& f, const std::function<void(QString&)>& visit) {
    visit(f.name);
    for (auto& level : f.ratingScale) {
        visit(level.label);
        visit(level.meaning);
    }
    for (auto& strand : f.strands) {
        visit(strand.name);
        visit(strand.badge);
        visit(strand.description);
    }
    for (auto& element : f.elements) {
        visit(element.name);
        visit(element.description);
    }
    for (auto& statement : f.statements) {
        visit(statement.text);
        visit(statement.guidance);
    }
    for (auto* levels : {&f.rubric, &f.awardLevels, &f.statuses}) {
        for (auto& level : *levels) {
            visit(level.label);
            visit(level.description);
        }
    }
    for (auto& section : f.sections) {
        visit(section.name);
        for (auto& criterion : section.criteria) {
            visit(criterion.text);
            for (auto& mapping : criterion.lpMapping)
                visit(mapping.exemplar);
        }
    }
    for (auto& group : f.lpGroups)
        visit(group.name);
    for (auto& standard : f.lpStandards) {
        visit(standard.name);
        visit(standard.description);
    }
    for (auto& prompt : f.reflectivePrompts)
        visit(prompt);
    for (auto& ambition : f.ambitions) {
        visit(ambition.title);
        visit(ambition.summary);
        for (auto& criterion : ambition.criteria)
            visit(criterion.text);
    }
}

// Installed translations by "<framework>_<language>"; null where there is none.
std::map<QString, std::optional<FrameworkTranslation>>& installedCache() {
    static std::map<QString, std::optional<FrameworkTranslation>> cache;
    return cache;
}

} // namespace

Result<FrameworkTranslation> FrameworkTranslation::load(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Code::Invalid,
                           tr("The framework translation is not JSON: %1 at character %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonObject root = document.object();
    JsonReader reader;
    if (reader.string(root, u"format", QString()) != formatName && reader.ok())
        reader.fail(QStringLiteral("format"), tr("must be \"%1\"").arg(formatName));
    FrameworkTranslation translation;
    translation.m_frameworkId = reader.string(root, u"framework", QString());
    translation.m_language = reader.string(root, u"language", QString());
    reader.forEach(root, QStringLiteral("texts"), [&](const QJsonObject& item, const QString& at) {
        const QString source = reader.string(item, u"source", at);
        const QString text = reader.optionalString(item, u"translation").trimmed();
        if (source.isEmpty() || text.isEmpty())
            return; // an entry not yet translated
        const auto existing = translation.m_texts.constFind(source);
        if (existing != translation.m_texts.constEnd() && *existing != text)
            reader.fail(at, tr("translates \"%1\" a second time, differently").arg(source));
        translation.m_texts.insert(source, text);
    });
    if (!reader.ok())
        return reader.error(tr("The framework translation is not valid: %1"));
    return translation;
}

Result<FrameworkTranslation> FrameworkTranslation::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           tr("Cannot read the framework translation "
                              "%1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return load(file.readAll());
}

QByteArray FrameworkTranslation::templateFor(const Framework& framework, const QString& language) {
    Framework copy = framework;
    QJsonArray texts;
    QSet<QString> seen;
    forEachText(copy, [&](QString& text) {
        if (text.trimmed().isEmpty() || seen.contains(text))
            return;
        seen.insert(text);
        texts.append(QJsonObject{{QStringLiteral("source"), text},
                                 {QStringLiteral("translation"), QString()}});
    });
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("framework"), framework.id},
                           {QStringLiteral("frameworkVersion"), framework.version},
                           {QStringLiteral("language"), language},
                           {QStringLiteral("texts"), texts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const FrameworkTranslation* FrameworkTranslation::installed(const QString& frameworkId,
                                                            const QLocale& locale) {
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return nullptr;
    const QString language = QLocale::languageToCode(locale.language());
    const QString name = QStringLiteral("%1_%2.json").arg(frameworkId, language);
    auto& cache = installedCache();
    auto found = cache.find(name);
    if (found == cache.end()) {
        QStringList candidates = QStandardPaths::locateAll(
            QStandardPaths::GenericDataLocation, QStringLiteral("equimark/frameworks/") + name);
        candidates << QStringLiteral(":/frameworks/translations/") + name;
        std::optional<FrameworkTranslation> chosen;
        for (const QString& path : candidates) {
            if (!QFile::exists(path))
                continue;
            auto loaded = loadFile(path);
            if (loaded && loaded->frameworkId() == frameworkId) {
                chosen = std::move(*loaded);
                break;
            }
            qWarning("Equimark: %s is not used: %s", qPrintable(QDir::toNativeSeparators(path)),
                     loaded ? "it is for another framework" : qPrintable(loaded.errorMessage()));
        }
        found = cache.emplace(name, std::move(chosen)).first;
    }
    return found->second ? &*found->second : nullptr;
}

void FrameworkTranslation::forgetInstalled() {
    installedCache().clear();
}

int FrameworkTranslation::apply(Framework& framework) const {
    int translated = 0;
    forEachText(framework, [&](QString& text) {
        const auto found = m_texts.constFind(text);
        if (found != m_texts.constEnd()) {
            text = *found;
            ++translated;
        }
    });
    return translated;
}

FrameworkTranslation::Coverage FrameworkTranslation::coverage(const Framework& framework) const {
    Coverage coverage;
    Framework copy = framework;
    QSet<QString> texts;
    forEachText(copy, [&](QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(text);
    });
    coverage.texts = int(texts.size());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (texts.contains(it.key()))
            ++coverage.translated;
        else
            ++coverage.unmatched;
    }
    return coverage;
}

} // namespace equimark
