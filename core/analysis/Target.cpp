#include "analysis/Target.h"

#include <QCoreApplication>
#include <algorithm>

namespace equimark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Target)
};
} // namespace

QString Target::label(Status status) {
    switch (status) {
    case Status::Met:
        return Text::tr("Met: in line");
    case Status::OnTrack:
        return Text::tr("On track: gap narrowing");
    case Status::OffTrack:
        return Text::tr("Off track");
    case Status::NoData:
        break;
    }
    return Text::tr("No figures to judge");
}

double Target::shortfall(double gap) const {
    return std::max(0.0, higherIsBetter ? -gap : gap);
}

Target::Status Target::status(const std::vector<std::optional<double>>& gaps) const {
    if (gaps.empty() || !gaps.back())
        return Status::NoData;
    const double now = shortfall(*gaps.back());
    if (now <= tolerance + 1e-12)
        return Status::Met;
    if (gaps.size() >= 2 && gaps[gaps.size() - 2] && now < shortfall(*gaps[gaps.size() - 2]))
        return Status::OnTrack;
    return Status::OffTrack;
}

} // namespace equimark
