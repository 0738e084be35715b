#include "HearthStyle.h"

#include "Appearance.h"
#include "Colors.h"
#include "Icons.h"
#include "Metrics.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// A scrollbar's breadth, and the least length of its handle.
constexpr int ScrollBarExtent = 12;
constexpr int ScrollBarSliderMin = 32;
// The gap between the handle and the track's long edges: the handle grows under the
// pointer, which is how a person sees it can be taken.
constexpr int HandleInset = 3;
constexpr int HandleInsetHovered = 2;
// The side of radio buttons and check boxes.
constexpr int IndicatorSize = 16;
// The room a menu's arrow takes beside a tool button's words.
constexpr int MenuArrowRoom = Metrics::spaceXL + Metrics::spaceS;
// A field's frame: its border and a focus ring inside it, and a little air.
constexpr int TextEditFrame = 3;
constexpr int LineEditFrame = 2;

bool isTextEditor(const QWidget *widget)
{
    return qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget);
}

QPalette::ColorGroup groupOf(const QStyleOption *option)
{
    return option->state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
}

// A chevron pointing down, centred in box, in the round caps of Hearth's icons.
void drawChevronDown(QPainter *painter, const QRectF &box, const QColor &ink)
{
    const qreal half = 4;
    const QPointF centre = box.center();
    QPainterPath path;
    path.moveTo(centre.x() - half, centre.y() - half / 2);
    path.lineTo(centre.x(), centre.y() + half / 2);
    path.lineTo(centre.x() + half, centre.y() - half / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

void drawChevronUp(QPainter *painter, const QRectF &box, const QColor &ink)
{
    painter->save();
    painter->translate(box.center());
    painter->rotate(180);
    painter->translate(-box.center());
    drawChevronDown(painter, box, ink);
    painter->restore();
}

// The border of a disabled control: still there, quieter.
QColor quieter(const QPalette &palette, const QColor &color)
{
    return Appearance::mix(color, palette.color(QPalette::Window), 0.5);
}

} // namespace

HearthStyle::HearthStyle() : QProxyStyle(QStyleFactory::create(u"Fusion"_s)) { }

void HearthStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    // A text editor took its frame's width before it was one (in QFrame's constructor):
    // setting the same frame again reads the width this style gives editors.
    if (auto *frame = qobject_cast<QFrame *>(widget); frame && isTextEditor(widget))
        frame->setFrameStyle(frame->frameStyle());
    if (qobject_cast<QScrollBar *>(widget))
        widget->setAttribute(Qt::WA_Hover);
}

int HearthStyle::pixelMetric(
    PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_ScrollBarExtent:
        return ScrollBarExtent;
    case PM_ScrollBarSliderMin:
        return ScrollBarSliderMin;
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return IndicatorSize;
    case PM_DefaultFrameWidth:
        if (isTextEditor(widget))
            return TextEditFrame;
        if (qobject_cast<const QLineEdit *>(widget))
            return LineEditFrame;
        break;
    default:
        break;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

int HearthStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
    QStyleHintReturn *returnData) const
{
    switch (hint) {
    case SH_DialogButtonBox_ButtonsHaveIcons:
        // Words say what a dialog's buttons do; Qt's stock tick and cross add nothing.
        return 0;
    case SH_ScrollBar_ContextMenu:
        return 1;
    default:
        break;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QSize HearthStyle::sizeFromContents(
    ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_PushButton:
        // Comfortable: room on the sides, and a height a finger or a tired hand finds.
        result.rwidth() += Metrics::spaceL;
        result.setHeight(std::max(result.height(), option->fontMetrics.height() + Metrics::spaceL));
        break;
    case CT_ToolButton:
        if (const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option); button
            && (button->features & QStyleOptionToolButton::HasMenu)
            && !(button->features & QStyleOptionToolButton::MenuButtonPopup)) {
            result.rwidth() += MenuArrowRoom;
        }
        break;
    default:
        break;
    }
    return result;
}

QRect HearthStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option,
    SubControl subControl, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar)
        return QProxyStyle::subControlRect(control, option, subControl, widget);

    // No arrow buttons: the groove is the whole bar, and the handle moves along all of it.
    const QRect whole = bar->rect;
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const int length = horizontal ? whole.width() : whole.height();
    int handle = length;
    const qint64 range = qint64(bar->maximum) - bar->minimum;
    if (range > 0) {
        handle = int(qint64(bar->pageStep) * length / (range + bar->pageStep));
        handle = std::clamp(handle, std::min(ScrollBarSliderMin, length), length);
    }
    const int start = sliderPositionFromValue(
        bar->minimum, bar->maximum, bar->sliderPosition, length - handle, bar->upsideDown);
    const auto along = [&](int from, int extent) {
        return horizontal ? QRect(whole.left() + from, whole.top(), extent, whole.height())
                          : QRect(whole.left(), whole.top() + from, whole.width(), extent);
    };
    QRect rect;
    switch (subControl) {
    case SC_ScrollBarGroove:
        rect = whole;
        break;
    case SC_ScrollBarSlider:
        rect = along(start, handle);
        break;
    case SC_ScrollBarSubPage:
        rect = along(0, start);
        break;
    case SC_ScrollBarAddPage:
        rect = along(start + handle, length - start - handle);
        break;
    default:
        // SC_ScrollBarAddLine, SC_ScrollBarSubLine, SC_ScrollBarFirst, SC_ScrollBarLast.
        return {};
    }
    return visualRect(bar->direction, whole, rect);
}

QRect HearthStyle::subElementRect(
    SubElement element, const QStyleOption *option, const QWidget *widget) const
{
    QRect rect = QProxyStyle::subElementRect(element, option, widget);
    if (element == SE_LineEditContents) {
        // Words do not touch a field's rounded border.
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
            frame && frame->lineWidth > 0) {
            rect.adjust(Metrics::spaceXS, 0, -Metrics::spaceXS, 0);
        }
    }
    return rect;
}

QIcon HearthStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // Hearth's icons where a stock one is asked for by Qt itself (message boxes, a line
    // edit's clear button, a toolbar's overflow, Qt's own file dialog where the desktop
    // offers none), none on dialog buttons.
    switch (standardIcon) {
    case SP_MessageBoxInformation:
        return Icons::icon(u"dialog-information"_s);
    case SP_MessageBoxWarning:
        return Icons::icon(u"dialog-warning"_s);
    case SP_MessageBoxCritical:
        return Icons::icon(u"dialog-error"_s);
    case SP_MessageBoxQuestion:
        return Icons::icon(u"dialog-question"_s);
    case SP_MediaPlay:
        return Icons::icon(u"media-playback-start"_s);
    case SP_MediaPause:
        return Icons::icon(u"media-playback-pause"_s);
    case SP_MediaVolume:
        return Icons::icon(u"audio-volume-high"_s);
    case SP_MediaVolumeMuted:
        return Icons::icon(u"audio-volume-muted"_s);
    case SP_BrowserReload:
        return Icons::icon(u"view-refresh"_s);
    case SP_LineEditClearButton:
        return Icons::icon(u"edit-clear"_s);
    case SP_ArrowBack:
    case SP_ArrowLeft:
        return Icons::icon(u"go-previous"_s);
    case SP_ArrowForward:
    case SP_ArrowRight:
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::icon(u"go-next"_s);
    case SP_ArrowDown:
    case SP_ToolBarVerticalExtensionButton:
        return Icons::icon(u"go-down"_s);
    case SP_ArrowUp:
        return Icons::icon(u"go-up"_s);
    case SP_FileDialogBack:
        return Icons::icon(u"go-previous"_s);
    case SP_FileDialogToParent:
        return Icons::icon(u"go-up"_s);
    case SP_FileDialogNewFolder:
        return Icons::icon(u"folder-new"_s);
    case SP_FileDialogDetailedView:
        return Icons::icon(u"view-list-details"_s);
    case SP_FileDialogListView:
        return Icons::icon(u"view-list-icons"_s);
    case SP_DirIcon:
    case SP_DirOpenIcon:
    case SP_DirClosedIcon:
        return Icons::icon(u"folder"_s);
    case SP_FileIcon:
        return Icons::icon(u"text-x-generic"_s);
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
    case SP_TabCloseButton:
        return Icons::icon(u"window-close"_s);
    case SP_DialogOkButton:
    case SP_DialogCancelButton:
    case SP_DialogHelpButton:
    case SP_DialogOpenButton:
    case SP_DialogSaveButton:
    case SP_DialogCloseButton:
    case SP_DialogApplyButton:
    case SP_DialogResetButton:
    case SP_DialogDiscardButton:
    case SP_DialogYesButton:
    case SP_DialogNoButton:
    case SP_DialogAbortButton:
    case SP_DialogRetryButton:
    case SP_DialogIgnoreButton:
    case SP_DialogSaveAllButton:
    case SP_DialogYesToAllButton:
    case SP_DialogNoToAllButton:
        return {};
    default:
        break;
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void HearthStyle::drawField(
    const QStyleOption *option, QPainter *painter, const QRect &rect, const QColor &fill) const
{
    const QPalette &palette = option->palette;
    const bool enabled = option->state & State_Enabled;
    const bool focused = enabled && (option->state & State_HasFocus);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF edge = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor border = Colors::fieldBorder(palette);
    painter->setPen(QPen(enabled ? border : quieter(palette, border), 1));
    painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    painter->drawRoundedRect(edge, Metrics::radiusSmall, Metrics::radiusSmall);
    if (focused) {
        // The ring lies over the border and one pixel inside it: two pixels of the accent.
        painter->setPen(QPen(Colors::focusRing(palette), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), Metrics::radiusSmall - 0.5,
            Metrics::radiusSmall - 0.5);
    }
    painter->restore();
}

void HearthStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    const QPalette &palette = option->palette;
    switch (element) {
    case PE_PanelLineEdit:
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
            frame && frame->lineWidth > 0) {
            drawField(
                option, painter, option->rect, palette.color(groupOf(option), QPalette::Base));
            return;
        }
        // A frameless editor inside a combo box or a spin box: the outer control is the field.
        painter->fillRect(option->rect, palette.brush(groupOf(option), QPalette::Base));
        return;
    case PE_FrameLineEdit:
        drawField(option, painter, option->rect, QColor());
        return;
    case PE_Frame:
        if (isTextEditor(widget)) {
            drawField(
                option, painter, option->rect, palette.color(groupOf(option), QPalette::Base));
            return;
        }
        break;
    case PE_PanelButtonCommand: {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        const bool isDefault = button && (button->features & QStyleOptionButton::DefaultButton);
        const bool flat = button && (button->features & QStyleOptionButton::Flat);
        const bool enabled = option->state & State_Enabled;
        const bool hovered = enabled && (option->state & State_MouseOver);
        const bool pressed = option->state & (State_Sunken | State_On);
        const bool focused = enabled && (option->state & State_HasFocus);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF edge = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = Metrics::radiusSmall;
        if (flat && !hovered && !pressed) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::NoBrush);
        } else if (isDefault && enabled) {
            painter->setPen(QPen(Colors::accent(palette), 1));
            painter->setBrush(Colors::defaultButtonFill(palette, hovered, pressed));
        } else if (flat) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Colors::flatButtonFill(palette, pressed));
        } else {
            const QColor border = Colors::buttonBorder(palette);
            painter->setPen(QPen(enabled ? border : quieter(palette, border), 1));
            painter->setBrush(Colors::buttonFill(palette, hovered, pressed));
        }
        painter->drawRoundedRect(edge, radius, radius);
        if (focused) {
            painter->setPen(QPen(Colors::focusRing(palette), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(
                QRectF(option->rect).adjusted(1, 1, -1, -1), radius - 0.5, radius - 0.5);
            if (isDefault) {
                // On the accent's own fill, the ring needs an inner line to be seen.
                painter->setPen(QPen(Colors::defaultButtonText(palette), 1));
                painter->drawRoundedRect(
                    QRectF(option->rect).adjusted(2.5, 2.5, -2.5, -2.5), radius - 2, radius - 2);
            }
        }
        painter->restore();
        return;
    }
    case PE_PanelButtonTool: {
        const bool enabled = option->state & State_Enabled;
        const bool pressed = option->state & (State_Sunken | State_On);
        const bool hovered = enabled && (option->state & State_MouseOver);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF edge = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (option->state & State_AutoRaise) {
            // Flat until the pointer comes, then a calm rounded fill.
            if (hovered || pressed) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(Colors::flatButtonFill(palette, pressed));
                painter->drawRoundedRect(edge, Metrics::radiusSmall, Metrics::radiusSmall);
            }
        } else {
            const QColor border = Colors::buttonBorder(palette);
            painter->setPen(QPen(enabled ? border : quieter(palette, border), 1));
            painter->setBrush(Colors::buttonFill(palette, hovered, pressed));
            painter->drawRoundedRect(edge, Metrics::radiusSmall, Metrics::radiusSmall);
        }
        painter->restore();
        return;
    }
    case PE_IndicatorRadioButton:
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck: {
        const bool enabled = option->state & State_Enabled;
        const bool on = option->state & State_On;
        const bool partly = option->state & State_NoChange;
        const bool hovered = enabled && (option->state & State_MouseOver);
        const int side = std::min({option->rect.width(), option->rect.height(), IndicatorSize});
        QRectF box(0, 0, side, side);
        box.moveCenter(QRectF(option->rect).center());
        box.adjust(0.75, 0.75, -0.75, -0.75);
        const bool radio = element == PE_IndicatorRadioButton;
        const qreal radius = radio ? box.width() / 2 : Metrics::radiusSmall - 1;
        const QColor accent = Colors::accent(palette);
        QColor border = hovered ? accent : Colors::fieldBorder(palette);
        if (!enabled)
            border = quieter(palette, border);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (on || partly) {
            const QColor fill = enabled ? accent : quieter(palette, accent);
            painter->setPen(QPen(fill, 1.5));
            painter->setBrush(fill);
        } else {
            painter->setPen(QPen(border, 1.5));
            painter->setBrush(palette.color(groupOf(option), QPalette::Base));
        }
        painter->drawRoundedRect(box, radius, radius);
        const QColor mark = Colors::onAccent(palette);
        if (radio && on) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(mark);
            const qreal dot = box.width() * 0.18;
            painter->drawEllipse(box.center(), dot, dot);
        } else if (!radio && partly) {
            painter->setPen(QPen(mark, 2, Qt::SolidLine, Qt::RoundCap));
            const qreal y = box.center().y();
            painter->drawLine(QPointF(box.left() + box.width() * 0.28, y),
                QPointF(box.right() - box.width() * 0.28, y));
        } else if (!radio && on) {
            painter->setPen(QPen(mark, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            QPainterPath check;
            check.moveTo(box.left() + box.width() * 0.25, box.top() + box.height() * 0.52);
            check.lineTo(box.left() + box.width() * 0.43, box.top() + box.height() * 0.70);
            check.lineTo(box.left() + box.width() * 0.76, box.top() + box.height() * 0.32);
            painter->drawPath(check);
        }
        painter->restore();
        return;
    }
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void HearthStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
    const QWidget *widget) const
{
    if (element == CE_PushButtonLabel) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option); button
            && (button->features & QStyleOptionButton::DefaultButton)
            && (button->state & State_Enabled)) {
            // The default button's words on the accent's fill.
            QStyleOptionButton onAccent = *button;
            onAccent.palette.setColor(
                QPalette::ButtonText, Colors::defaultButtonText(option->palette));
            QProxyStyle::drawControl(element, &onAccent, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void HearthStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
    QPainter *painter, const QWidget *widget) const
{
    switch (control) {
    case CC_ScrollBar:
        drawScrollBar(option, painter, widget);
        return;
    case CC_ToolButton:
        if (const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option); button
            && (button->features & QStyleOptionToolButton::HasMenu)
            && !(button->features & QStyleOptionToolButton::MenuButtonPopup)) {
            drawMenuToolButton(option, painter, widget);
            return;
        }
        break;
    case CC_ComboBox:
        if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option)) {
            const QPalette &palette = option->palette;
            const bool enabled = option->state & State_Enabled;
            const bool hovered = enabled && (option->state & State_MouseOver);
            if (combo->editable) {
                drawField(
                    option, painter, option->rect, palette.color(groupOf(option), QPalette::Base));
            } else {
                // A choice of a few: drawn as a button, with the field's ring when focused.
                QStyleOptionButton asButton;
                asButton.QStyleOption::operator=(*option);
                asButton.state &= ~State_HasFocus;
                if (hovered)
                    asButton.state |= State_MouseOver;
                drawPrimitive(PE_PanelButtonCommand, &asButton, painter, widget);
                if (enabled && (option->state & State_HasFocus)) {
                    QStyleOption ring(*option);
                    drawField(&ring, painter, option->rect, QColor());
                }
            }
            const QRect arrow = subControlRect(CC_ComboBox, combo, SC_ComboBoxArrow, widget);
            drawChevronDown(painter, arrow, palette.color(groupOf(option), QPalette::ButtonText));
            return;
        }
        break;
    case CC_SpinBox:
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option)) {
            const QPalette &palette = option->palette;
            if (spin->frame)
                drawField(
                    option, painter, option->rect, palette.color(groupOf(option), QPalette::Base));
            if (spin->buttonSymbols != QAbstractSpinBox::NoButtons) {
                const QRect up = subControlRect(CC_SpinBox, spin, SC_SpinBoxUp, widget);
                const QRect down = subControlRect(CC_SpinBox, spin, SC_SpinBoxDown, widget);
                const QColor ink = palette.color(QPalette::Active, QPalette::ButtonText);
                const QColor off = palette.color(QPalette::Disabled, QPalette::ButtonText);
                const bool enabled = option->state & State_Enabled;
                drawChevronUp(painter, up,
                    enabled && (spin->stepEnabled & QAbstractSpinBox::StepUpEnabled) ? ink : off);
                drawChevronDown(painter, down,
                    enabled && (spin->stepEnabled & QAbstractSpinBox::StepDownEnabled) ? ink : off);
            }
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

void HearthStyle::drawScrollBar(
    const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (!bar)
        return;
    const QPalette &palette = option->palette;
    painter->fillRect(option->rect, Colors::scrollTrack(palette));
    if (bar->maximum <= bar->minimum || !(option->state & State_Enabled))
        return;
    const bool barHovered = option->state & State_MouseOver;
    const bool handleActive = (bar->activeSubControls & SC_ScrollBarSlider)
        && (option->state & (State_MouseOver | State_Sunken));
    const int inset = barHovered ? HandleInsetHovered : HandleInset;
    QRectF handle = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
    if (bar->orientation == Qt::Horizontal)
        handle.adjust(HandleInsetHovered, inset, -HandleInsetHovered, -inset);
    else
        handle.adjust(inset, HandleInsetHovered, -inset, -HandleInsetHovered);
    const qreal radius = std::min(handle.width(), handle.height()) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Colors::scrollHandle(palette, handleActive));
    painter->drawRoundedRect(handle, radius, radius);
    painter->restore();
}

void HearthStyle::drawMenuToolButton(
    const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option);
    // The panel, as a tool button draws it: a flat one only under the pointer.
    State panelState = button->state;
    if ((panelState & State_AutoRaise)
        && (!(panelState & State_MouseOver) || !(panelState & State_Enabled))) {
        panelState &= ~State_Raised;
    }
    if (panelState & (State_Sunken | State_On | State_Raised)) {
        QStyleOptionToolButton panel = *button;
        panel.state = panelState;
        drawPrimitive(PE_PanelButtonTool, &panel, painter, widget);
    }
    if (button->state & State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(*button);
        focus.rect.adjust(3, 3, -3, -3);
        drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
    }
    // The words (and icon) keep their room; the arrow has its own at the trailing end.
    const QRect whole = button->rect;
    const QRect arrowArea(whole.right() + 1 - MenuArrowRoom, whole.top(),
        MenuArrowRoom - Metrics::spaceXS, whole.height());
    QStyleOptionToolButton label = *button;
    label.rect = visualRect(button->direction, whole,
        QRect(whole.left(), whole.top(), whole.width() - MenuArrowRoom + Metrics::spaceS,
            whole.height()));
    drawControl(CE_ToolButtonLabel, &label, painter, widget);
    drawChevronDown(painter, visualRect(button->direction, whole, arrowArea),
        button->palette.color(groupOf(button), QPalette::ButtonText));
}

} // namespace Hearth
