#include "SearchDelegate.h"

#include "SearchModel.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Hearth {

namespace {

using Kind = SearchRow::Kind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(SearchModel::KindRole).toInt());
}

// a moved towards b by t (0..1).
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont headingFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    return font;
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

// One line of an excerpt, its marked words in bold on the highlight's colour.
void drawExcerpt(QPainter *painter, const QString &marked, const QRect &rect, const QFont &font,
    const QPalette &palette, const QColor &ink)
{
    QList<std::pair<int, int>> ranges;
    const QString plain = SearchRow::unmarked(marked, &ranges);
    const QFontMetrics metrics(font);
    QString shown = plain;
    // Elided at the end, the marks kept where they still fall.
    if (metrics.horizontalAdvance(plain) > rect.width())
        shown = metrics.elidedText(plain, Qt::ElideRight, rect.width());
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : std::as_const(ranges)) {
        if (start >= shown.size() - 1)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = std::min<int>(length, int(shown.size()) - 1 - start);
        range.format.setFontWeight(QFont::Bold);
        range.format.setBackground(
            blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.35));
        formats.append(range);
    }
    QTextLayout layout(shown, font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width() * 2.0); // one line; the text is elided already
    layout.endLayout();
    painter->setPen(ink);
    layout.draw(painter, rect.topLeft());
}

} // namespace

QSize SearchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = QFontMetrics(option.font).height();
    switch (kindOf(index)) {
    case Kind::Heading:
        return {option.rect.width(),
            QFontMetrics(headingFont(option.font)).height() + Metrics::spaceM + Metrics::spaceS};
    case Kind::Divider:
        return {option.rect.width(), line + 2 * Metrics::spaceM};
    case Kind::Notice:
        return {option.rect.width(), 2 * line + 2 * Metrics::spaceS};
    case Kind::Topic:
    case Kind::Post:
    case Kind::Person:
        break;
    }
    return {option.rect.width(), 2 * line + 2 * Metrics::spaceS + Metrics::spaceXS};
}

void SearchDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const QRect area = option.rect.adjusted(Metrics::spaceL, 0, -Metrics::spaceL, 0);
    const QColor secondary = Colors::secondaryText(palette);
    const QString text = index.data(Qt::DisplayRole).toString();
    switch (kindOf(index)) {
    case Kind::Heading: {
        const QFont font = headingFont(option.font);
        painter->setFont(font);
        painter->setPen(secondary);
        const QRect rect = area.adjusted(0, Metrics::spaceM, 0, 0);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width()));
        break;
    }
    case Kind::Divider: {
        const QFont font = boldFont(option.font);
        painter->setFont(font);
        painter->setPen(Colors::accent(palette));
        const int width = QFontMetrics(font).horizontalAdvance(text);
        const int middle = area.center().y();
        painter->drawText(
            QRect(area.left(), area.top(), width, area.height()), Qt::AlignVCenter, text);
        painter->setPen(QPen(Colors::fieldBorder(palette), 1));
        if (area.left() + width + Metrics::spaceM < area.right())
            painter->drawLine(area.left() + width + Metrics::spaceM, middle, area.right(), middle);
        break;
    }
    case Kind::Notice: {
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(secondary);
        painter->drawText(area.adjusted(0, Metrics::spaceS, 0, -Metrics::spaceS),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
        break;
    }
    case Kind::Topic:
    case Kind::Post:
    case Kind::Person: {
        const bool selected = option.state & QStyle::State_Selected;
        if (selected || (option.state & QStyle::State_MouseOver)) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected
                    ? blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.18)
                    : Colors::cardBackground(palette, false, true));
            painter->drawRoundedRect(option.rect.adjusted(Metrics::spaceS, 1, -Metrics::spaceS, -1),
                Metrics::radiusSmall, Metrics::radiusSmall);
        }
        const int line = QFontMetrics(option.font).height();
        const QRect first(area.left(), area.top() + Metrics::spaceS, area.width(), line);
        const QRect second(area.left(), first.bottom() + 1 + Metrics::spaceXS, area.width(), line);
        const bool folded = index.data(SearchModel::FoldedRole).toBool();
        QFont titleFont = boldFont(option.font);
        titleFont.setItalic(folded);
        painter->setFont(titleFont);
        painter->setPen(folded ? secondary : palette.color(QPalette::Text));
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(titleFont).elidedText(text, Qt::ElideRight, first.width()));
        const QString detail = index.data(SearchModel::DetailRole).toString();
        painter->setFont(option.font);
        if (kindOf(index) == Kind::Post && !folded) {
            drawExcerpt(painter, detail, second, option.font, palette, secondary);
        } else if (folded) {
            painter->setPen(secondary);
            painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                tr("Folded, as in the feed: open it to choose whether to read it"));
        } else {
            painter->setPen(secondary);
            painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(option.font).elidedText(detail, Qt::ElideRight, second.width()));
        }
        break;
    }
    }
    painter->restore();
}

} // namespace Hearth
