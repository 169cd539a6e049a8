#include "domain/Person.h"

#include <QCoreApplication>

namespace equimark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Person)
};
} // namespace

QString bodyId(Body body) {
    return body == Body::Governor ? QStringLiteral("governor") : QStringLiteral("staff");
}

Body bodyFromId(const QString& id, bool* ok) {
    const bool governor = id == u"governor";
    if (ok)
        *ok = governor || id == u"staff";
    return governor ? Body::Governor : Body::Staff;
}

QString bodyLabel(Body body) {
    return body == Body::Governor ? Text::tr("Governor") : Text::tr("Staff");
}

bool Person::inPostDuring(const QDate& from, const QDate& to) const {
    if (joinedOn.isValid() && to.isValid() && joinedOn > to)
        return false;
    if (leftOn.isValid() && from.isValid() && leftOn < from)
        return false;
    return true;
}

} // namespace equimark
