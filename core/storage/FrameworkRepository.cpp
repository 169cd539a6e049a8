#include "storage/FrameworkRepository.h"

#include "frameworks/FrameworkLoader.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

namespace equimark {

Status FrameworkRepository::add(const Framework& framework) {
    auto result =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO framework (id, kind, name, version, "
                                "definition, added_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {framework.id, Framework::kindId(framework.kind), framework.name,
                  framework.version, QString::fromUtf8(framework.source), sql::timestamp()});
    if (!result)
        return result.error();
    return {};
}

Result<std::vector<Framework>> FrameworkRepository::all() {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, definition FROM framework ORDER BY rowid"));
    if (!query)
        return query.error();
    std::vector<Framework> frameworks;
    while (query->next()) {
        auto loaded = FrameworkLoader::load(query->value(1).toString().toUtf8());
        if (!loaded)
            return Error::make(Error::Code::Damaged,
                               SchoolFile::tr("The copy of framework \"%1\" stored in the file is "
                                              "not valid: %2")
                                   .arg(query->value(0).toString(), loaded.errorMessage()));
        frameworks.push_back(std::move(*loaded));
    }
    return frameworks;
}

Result<Framework> FrameworkRepository::byId(const QString& id) {
    auto frameworks = all();
    if (!frameworks)
        return frameworks.error();
    for (auto& framework : *frameworks) {
        if (framework.id == id)
            return std::move(framework);
    }
    return Error::make(Error::Code::NotFound,
                       SchoolFile::tr("The file does not use a framework called \"%1\".").arg(id));
}

Result<Framework> FrameworkRepository::ofKind(Framework::Kind kind) {
    auto frameworks = all();
    if (!frameworks)
        return frameworks.error();
    for (auto& framework : *frameworks) {
        if (framework.kind == kind)
            return std::move(framework);
    }
    return Error::make(
        Error::Code::NotFound,
        SchoolFile::tr("The file uses no %1 framework.").arg(Framework::kindId(kind)));
}

} // namespace equimark
