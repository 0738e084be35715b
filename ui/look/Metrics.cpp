#include "Metrics.h"

#include <QApplication>

namespace Hearth::Metrics {

namespace {

struct Step
{
    qreal scale;
    QFont::Weight weight;
};

Step step(TextRole role)
{
    // A modular scale of about 1.2 between steps: distinct at a glance, never shouting.
    switch (role) {
    case TextRole::Caption:
        return {0.9, QFont::Normal};
    case TextRole::Body:
        return {1.0, QFont::Normal};
    case TextRole::Reading:
        return {1.25, QFont::Normal};
    case TextRole::Label:
        return {1.15, QFont::DemiBold};
    case TextRole::Title:
        return {1.5, QFont::DemiBold};
    case TextRole::PageTitle:
        return {1.75, QFont::Bold};
    }
    return {1.0, QFont::Normal};
}

} // namespace

QFont font(TextRole role)
{
    return font(role, QApplication::font());
}

QFont font(TextRole role, const QFont &base)
{
    const Step s = step(role);
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * s.scale);
    else
        font.setPixelSize(qRound(base.pixelSize() * s.scale));
    font.setWeight(s.weight);
    return font;
}

} // namespace Hearth::Metrics
