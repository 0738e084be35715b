#include "NotificationDelegate.h"

#include "models/NotificationModel.h"
#include "ui/look/Avatar.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QPainter>
#include <QPainterPath>

namespace Hearth {

namespace {

constexpr int DotSize = 8;

QFont summaryFont(const QFont &base, bool unread)
{
    QFont font = Metrics::font(Metrics::TextRole::Body, base);
    font.setBold(unread);
    return font;
}

QFont previewFont(const QFont &base, bool folded)
{
    QFont font = Metrics::font(Metrics::TextRole::Body, base);
    font.setItalic(folded);
    return font;
}

} // namespace

NotificationDelegate::NotificationDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    setImages(nullptr);
}

void NotificationDelegate::setImages(MediaImageCache *images)
{
    delete m_avatars;
    m_avatars = new Avatar(images, this);
    connect(m_avatars, &Avatar::changed, this, &NotificationDelegate::avatarsChanged);
    Q_EMIT avatarsChanged();
}

NotificationDelegate::Layout NotificationDelegate::layout(const QStyleOptionViewItem &option)
{
    const QRect inner = option.rect.adjusted(
        Metrics::spaceL, Metrics::spaceM, -Metrics::spaceL, -Metrics::spaceM);
    const int summaryHeight = QFontMetrics(summaryFont(option.font, true)).height();
    const int previewHeight = QFontMetrics(previewFont(option.font, true)).height();
    const int timeHeight
        = QFontMetrics(Metrics::font(Metrics::TextRole::Caption, option.font)).height();
    Layout layout;
    // The disc as tall as what happened and its preview.
    const int side = summaryHeight + Metrics::spaceXS + previewHeight;
    const int avatarLeft = inner.left() + DotSize + Metrics::spaceM;
    const int textLeft = avatarLeft + side + Metrics::spaceM;
    const int textWidth = inner.right() - textLeft + 1;
    layout.dot = QRect(inner.left(), inner.top() + (summaryHeight - DotSize) / 2, DotSize, DotSize);
    layout.avatar = QRect(avatarLeft, inner.top(), side, side);
    layout.summary = QRect(textLeft, inner.top(), textWidth, summaryHeight);
    layout.preview
        = QRect(textLeft, layout.summary.bottom() + 1 + Metrics::spaceXS, textWidth, previewHeight);
    layout.time
        = QRect(textLeft, layout.preview.bottom() + 1 + Metrics::spaceXS, textWidth, timeHeight);
    return layout;
}

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QStyleOptionViewItem at = option;
    at.rect = QRect(0, 0, Metrics::readingWidthMinimum, 0);
    return {Metrics::readingWidthMinimum, layout(at).time.bottom() + 1 + Metrics::spaceM};
}

void NotificationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool unread = !index.data(NotificationModel::ReadRole).toBool();
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(option.rect, Colors::cardBackground(palette, selected, hovered));
    const Layout at = layout(option);
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Colors::accent(palette));
        painter->drawEllipse(at.dot);
    }
    m_avatars->paint(painter, at.avatar, index.data(NotificationModel::ActorRole).value<User>());
    painter->setFont(summaryFont(option.font, unread));
    painter->setPen(palette.color(QPalette::Text));
    const QString summary = index.data(Qt::DisplayRole).toString();
    painter->drawText(at.summary, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font()).elidedText(summary, Qt::ElideRight, at.summary.width()));
    // The preview, quieter than what happened; why it does not show, in italics.
    const bool folded = index.data(NotificationModel::PreviewFoldedRole).toBool();
    painter->setFont(previewFont(option.font, folded));
    painter->setPen(folded ? Colors::secondaryText(palette) : palette.color(QPalette::Text));
    painter->drawText(at.preview, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetrics(painter->font())
            .elidedText(index.data(NotificationModel::PreviewRole).toString(), Qt::ElideRight,
                at.preview.width()));
    painter->setFont(Metrics::font(Metrics::TextRole::Caption, option.font));
    painter->setPen(Colors::secondaryText(palette));
    painter->drawText(at.time, Qt::AlignLeft | Qt::AlignVCenter,
        index.data(NotificationModel::TimeTextRole).toString());
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(Colors::focusRing(palette), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            QRectF(option.rect).adjusted(1, 1, -1, -1), Metrics::radiusSmall, Metrics::radiusSmall);
    }
    painter->restore();
}

} // namespace Hearth
