#include "TopicRowDelegate.h"

#include "models/TopicDirectoryModel.h"
#include "ui/feed/TopicHeader.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextLayout>

namespace Hearth {

using Metrics::TextRole;

namespace {

constexpr int Padding = Metrics::spaceL;
constexpr int Gap = Metrics::spaceXS;

TopicCounts countsOf(const QModelIndex &index)
{
    TopicCounts counts;
    counts.members = index.data(TopicDirectoryModel::MembersRole).toLongLong();
    counts.posts = index.data(TopicDirectoryModel::PostsRole).toLongLong();
    counts.stories = index.data(TopicDirectoryModel::StoriesRole).toLongLong();
    counts.videos = index.data(TopicDirectoryModel::VideosRole).toLongLong();
    return counts;
}

} // namespace

QString TopicRowDelegate::joinText(bool joined)
{
    return joined ? tr("Joined") : tr("Join");
}

QStringList TopicRowDelegate::descriptionLines(const QString &text, const QFont &font, int width)
{
    if (text.trimmed().isEmpty() || width <= 0)
        return {};
    // One paragraph: the description's own line breaks would take the two lines away.
    const QString flat = text.simplified();
    QTextLayout layout(flat, font);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == 1) {
            // The second line holds the rest, cut with "…" when it does not fit.
            const QString rest = flat.mid(line.textStart());
            lines.append(QFontMetrics(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QSize TopicRowDelegate::joinButtonSize(const QStyleOptionViewItem &option) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QFontMetrics metrics(option.font);
    const int textWidth = std::max(
        metrics.horizontalAdvance(joinText(true)), metrics.horizontalAdvance(joinText(false)));
    QStyleOptionButton button;
    button.fontMetrics = metrics;
    return style->sizeFromContents(
        QStyle::CT_PushButton, &button, QSize(textWidth, metrics.height()), widget);
}

QRect TopicRowDelegate::joinButtonRect(
    const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QSize size = joinButtonSize(option);
    const QRect row = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    return QRect(QPoint(row.right() - size.width() + 1, row.top()), size);
}

QSize TopicRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics name(Metrics::font(TextRole::Label, option.font));
    const QFontMetrics body(Metrics::font(TextRole::Body, option.font));
    const QFontMetrics caption(Metrics::font(TextRole::Caption, option.font));
    // As wide as the view shows (the list lays its rows out again when that changes): the
    // description's two lines, and so the height, depend on it.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view        ? view->viewport()->width()
        : option.rect.width() > 0 ? option.rect.width()
                                  : 600;
    const int textWidth = width - 3 * Padding - joinButtonSize(option).width();
    const int lines
        = int(descriptionLines(index.data(TopicDirectoryModel::DescriptionRole).toString(),
            Metrics::font(TextRole::Body, option.font), textWidth)
                  .size());
    const int text
        = name.height() + Gap + lines * (body.lineSpacing()) + (lines ? Gap : 0) + caption.height();
    return {width, 2 * Padding + std::max(text, joinButtonSize(option).height())};
}

void TopicRowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(opt.rect, Colors::cardBackground(palette, selected, hovered));
    painter->setPen(Colors::cardEdge(palette, false));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());

    const QRect button = joinButtonRect(opt, index);
    const QRect text(opt.rect.left() + Padding, opt.rect.top() + Padding,
        button.left() - Padding - opt.rect.left() - Padding, opt.rect.height() - 2 * Padding);
    int y = text.top();

    const QFont nameFont = Metrics::font(TextRole::Label, opt.font);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics nameMetrics(nameFont);
    painter->drawText(QRect(text.left(), y, text.width(), nameMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(
            index.data(TopicDirectoryModel::NameRole).toString(), Qt::ElideRight, text.width()));
    y += nameMetrics.height() + Gap;

    const QFont bodyFont = Metrics::font(TextRole::Body, opt.font);
    const QFontMetrics bodyMetrics(bodyFont);
    const QStringList lines = descriptionLines(
        index.data(TopicDirectoryModel::DescriptionRole).toString(), bodyFont, text.width());
    painter->setFont(bodyFont);
    for (const QString &line : lines) {
        painter->drawText(QRect(text.left(), y, text.width(), bodyMetrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += bodyMetrics.lineSpacing();
    }
    if (!lines.isEmpty())
        y += Gap;

    const QFont captionFont = Metrics::font(TextRole::Caption, opt.font);
    const QFontMetrics captionMetrics(captionFont);
    painter->setFont(captionFont);
    painter->setPen(Colors::secondaryText(palette));
    painter->drawText(QRect(text.left(), y, text.width(), captionMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        captionMetrics.elidedText(
            TopicHeader::figures(countsOf(index)), Qt::ElideRight, text.width()));

    // The button as the style draws a push button, checked when joined.
    const bool joined = index.data(TopicDirectoryModel::JoinedRole).toBool();
    QStyleOptionButton push;
    push.rect = button;
    push.text = joinText(joined);
    push.palette = palette;
    push.fontMetrics = opt.fontMetrics;
    push.state = QStyle::State_Enabled | (joined ? QStyle::State_On : QStyle::State_Off);
    painter->setFont(opt.font);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &push, painter, opt.widget);
    painter->restore();
}

bool TopicRowDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && joinButtonRect(option, index).contains(mouse->position().toPoint())) {
            // The press and the double click are the button's: the row is not activated.
            if (event->type() == QEvent::MouseButtonRelease)
                Q_EMIT joinClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Hearth
