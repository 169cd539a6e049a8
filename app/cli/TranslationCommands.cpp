// Translated framework files (docs/framework-translations.md): a template for a translator
// to fill in, and a check of a finished file against the framework it translates.
#include "CliApp.h"
#include "frameworks/FrameworkLoader.h"
#include "frameworks/FrameworkTranslation.h"

#include <QLocale>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TranslationCommands)
};

// The shipped framework `id`, or a message naming those there are.
Result<Framework> shippedFramework(const QString& id) {
    if (!FrameworkLoader::shippedIds().contains(id))
        return Error::make(Error::Code::Invalid,
                           Text::tr("\"%1\" is not a framework Equimark ships; use one of: %2.")
                               .arg(id, FrameworkLoader::shippedIds().join(QStringLiteral(", "))));
    return FrameworkLoader::shipped(id);
}

Command templateCommand() {
    Command command;
    command.name = QStringLiteral("translation template");
    command.positionals = {QStringLiteral("FRAMEWORK"), QStringLiteral("LANGUAGE")};
    command.description =
        Text::tr("Prints a translation file for the framework FRAMEWORK (e.g. "
                 "lancashire-equality-mark) into LANGUAGE (e.g. cy): every text of the "
                 "framework with an empty translation, to be filled in.");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        auto framework = shippedFramework(args.at(0));
        if (!framework)
            return app.fail(framework.error());
        const QLocale locale(args.at(1));
        if (locale.language() == QLocale::C ||
            QLocale::languageToCode(locale.language()) != args.at(1))
            return app.fail(InvalidRequest,
                            Text::tr("\"%1\" is not a language code; give its two- or "
                                     "three-letter ISO 639 code, e.g. cy for Welsh.")
                                .arg(args.at(1)));
        app.out() << QString::fromUtf8(FrameworkTranslation::templateFor(*framework, args.at(1)));
        return int(Success);
    };
    return command;
}

Command checkCommand() {
    Command command;
    command.name = QStringLiteral("translation check");
    command.positionals = {QStringLiteral("TRANSLATION")};
    command.description = Text::tr("Checks a framework translation file and says how much of "
                                   "its framework it translates.");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        auto translation = FrameworkTranslation::loadFile(args.at(0));
        if (!translation)
            return app.fail(translation.error());
        auto framework = shippedFramework(translation->frameworkId());
        if (!framework)
            return app.fail(framework.error());
        const auto coverage = translation->coverage(*framework);
        app.out() << Text::tr("%1 (%2): %3 of %4 texts translated.")
                         .arg(framework->name, translation->language())
                         .arg(coverage.translated)
                         .arg(coverage.texts)
                  << '\n';
        if (coverage.unmatched > 0)
            app.out() << Text::tr("%n entries match no text of the framework: they are out of "
                                  "date or for another version, and are not used.",
                                  nullptr, coverage.unmatched)
                      << '\n';
        return int(Success);
    };
    return command;
}

} // namespace

void addTranslationCommands(std::vector<Command>& commands) {
    commands.push_back(templateCommand());
    commands.push_back(checkCommand());
}

} // namespace equimark::cli
