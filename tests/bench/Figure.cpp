#include "Figure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace equimark::bench {

namespace {
std::vector<double> sorted(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values;
}
double rounded(double value) {
    return std::round(value * 1000.0) / 1000.0;
}
} // namespace

Figure Figure::named(const QString& name, const QString& unit, const QString& target) {
    Figure figure;
    figure.name = name;
    figure.unit = unit;
    figure.target = target;
    return figure;
}

double Figure::quantile(double share) const {
    if (values.empty())
        return 0;
    const auto order = sorted(values);
    const auto rank = size_t(std::ceil(share * double(order.size())));
    return order[std::clamp<size_t>(rank, 1, order.size()) - 1];
}

double Figure::median() const {
    if (values.empty())
        return 0;
    const auto order = sorted(values);
    const size_t middle = order.size() / 2;
    return order.size() % 2 ? order[middle] : (order[middle - 1] + order[middle]) / 2;
}

double Figure::min() const {
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

double Figure::max() const {
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

QString Figure::json() const {
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("median"), rounded(median())},
                       {QStringLiteral("min"), rounded(min())},
                       {QStringLiteral("max"), rounded(max())},
                       {QStringLiteral("runs"), int(values.size())},
                       {QStringLiteral("unit"), unit}};
    if (values.size() >= 100)
        object.insert(QStringLiteral("p99"), rounded(quantile(0.99)));
    if (!floor.isEmpty() && floorMedian > 0) {
        object.insert(QStringLiteral("floor"), floor);
        object.insert(QStringLiteral("floorRatio"), rounded(median() / floorMedian));
    }
    if (!target.isEmpty())
        object.insert(QStringLiteral("target"), target);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace equimark::bench
