#include "SchoolFixture.h"

#include "frameworks/FrameworkLoader.h"
#include "storage/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <stdexcept>

namespace equimark::test {

std::vector<Framework> shippedFrameworks() {
    std::vector<Framework> frameworks;
    for (const auto& id : FrameworkLoader::shippedIds()) {
        auto framework = FrameworkLoader::shipped(id);
        if (!framework)
            throw std::runtime_error(framework.errorMessage().toStdString());
        frameworks.push_back(*framework);
    }
    return frameworks;
}

const Framework& equalityMark() {
    static const Framework mark = [] {
        auto loaded = FrameworkLoader::shipped(QStringLiteral("lancashire-equality-mark"));
        if (!loaded)
            throw std::runtime_error(loaded.errorMessage().toStdString());
        return *loaded;
    }();
    return mark;
}

void makeVersionOneSchool(const QString& path, const QString& extraStatement) {
    const QString name = QStringLiteral("make-v1");
    bool made = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        made = db.open() &&
               QSqlQuery(db).exec(
                   QStringLiteral("PRAGMA application_id = %1").arg(SchoolFile::ApplicationId)) &&
               Migrations::apply(db, 0, 1).ok() &&
               QSqlQuery(db).exec(
                   QStringLiteral("INSERT INTO school (id, name, phase, created_at) "
                                  "VALUES (1, 'Version One School', 'primary', '2025-01-01')")) &&
               (extraStatement.isEmpty() || QSqlQuery(db).exec(extraStatement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!made)
        throw std::runtime_error("could not make a version 1 school file");
}

SchoolFixture::SchoolFixture()
    : path(dir.file(QStringLiteral("school.equimark"))) {
    School school;
    school.name = QStringLiteral("Brookfield Test Primary");
    school.urn = QStringLiteral("999001");
    school.localAuthority = QStringLiteral("Testshire");
    auto created = SchoolFile::create(path, school, shippedFrameworks());
    if (!created)
        throw std::runtime_error(created.errorMessage().toStdString());
    file = std::move(*created);
    file->setUserName(QStringLiteral("Test User"));
}

void SchoolFixture::reopen() {
    file.reset();
    auto opened = SchoolFile::open(path);
    if (!opened)
        throw std::runtime_error(opened.errorMessage().toStdString());
    file = std::move(*opened);
    file->setUserName(QStringLiteral("Test User"));
}

} // namespace equimark::test
