#include "domain/AccreditationSummary.h"

#include <QCoreApplication>

namespace equimark {

QString summaryStatusId(SummaryStatus status) {
    switch (status) {
    case SummaryStatus::Submitted:
        return QStringLiteral("submitted");
    case SummaryStatus::Verified:
        return QStringLiteral("verified");
    case SummaryStatus::Returned:
        return QStringLiteral("returned");
    case SummaryStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

std::optional<SummaryStatus> summaryStatusFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto status : {SummaryStatus::Draft, SummaryStatus::Submitted, SummaryStatus::Verified,
                        SummaryStatus::Returned}) {
        if (summaryStatusId(status) == key)
            return status;
    }
    return std::nullopt;
}

QString summaryStatusLabel(SummaryStatus status) {
    switch (status) {
    case SummaryStatus::Submitted:
        return QCoreApplication::translate("AccreditationSummary", "Submitted");
    case SummaryStatus::Verified:
        return QCoreApplication::translate("AccreditationSummary", "Verified");
    case SummaryStatus::Returned:
        return QCoreApplication::translate("AccreditationSummary", "Returned to the school");
    case SummaryStatus::Draft:
        break;
    }
    return QCoreApplication::translate("AccreditationSummary", "Draft");
}

QString summaryEventLabel(const QString& event) {
    if (event == u"submitted")
        return QCoreApplication::translate("AccreditationSummary", "Submitted");
    if (event == u"verified")
        return QCoreApplication::translate("AccreditationSummary", "Verified");
    if (event == u"returned")
        return QCoreApplication::translate("AccreditationSummary", "Returned to the school");
    if (event == u"withdrawn")
        return QCoreApplication::translate("AccreditationSummary", "Verification withdrawn");
    return event;
}

} // namespace equimark
