#include "DraftRowDelegate.h"

#include "models/DraftListModel.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Hearth {

using Metrics::TextRole;

namespace {

constexpr int Padding = Metrics::spaceL;
constexpr int Gap = Metrics::spaceXS;

} // namespace

QSize DraftRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics where(Metrics::font(TextRole::Label, option.font));
    const QFontMetrics body(Metrics::font(TextRole::Body, option.font));
    const QFontMetrics caption(Metrics::font(TextRole::Caption, option.font));
    // As wide as the view shows: the text is elided, never wrapped, so the height is fixed.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    return {view ? view->viewport()->width() : option.rect.width(),
        2 * Padding + where.height() + Gap + body.height() + Gap + caption.height()};
}

void DraftRowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    painter->save();
    painter->fillRect(opt.rect, Colors::cardBackground(palette, selected, hovered));
    painter->setPen(Colors::cardEdge(palette, false));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    const QRect text = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    int y = text.top();
    const auto line = [&](TextRole role, const QColor &colour, const QString &words) {
        const QFont font = Metrics::font(role, opt.font);
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRect(text.left(), y, text.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(words, Qt::ElideRight, text.width()));
        y += metrics.height() + Gap;
    };
    line(TextRole::Label, palette.color(QPalette::Text),
        index.data(DraftListModel::WhereRole).toString());
    const QString words = index.data(DraftListModel::FirstWordsRole).toString();
    line(TextRole::Body, palette.color(QPalette::Text),
        words.isEmpty() ? tr("(nothing written yet)") : words);
    const QDateTime saved = index.data(DraftListModel::SavedAtRole).toDateTime();
    line(TextRole::Caption, Colors::secondaryText(palette),
        tr("Saved %1").arg(QLocale().toString(saved.toLocalTime(), QLocale::ShortFormat)));
    painter->restore();
}

} // namespace Hearth
