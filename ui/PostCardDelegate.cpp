#include "PostCardDelegate.h"

#include "api/Enums.h"
#include "cache/LocalState.h"
#include "models/FeedModel.h"

#include <QDateTime>
#include <QPainter>
#include <QTextLayout>

namespace Hearth {

namespace {

QString kindLabel(PostKind kind)
{
    switch (kind) {
    case PostKind::Story:
        return PostCardDelegate::tr("Story");
    case PostKind::Video:
        return PostCardDelegate::tr("Video");
    case PostKind::Post:
        break;
    }
    return PostCardDelegate::tr("Post");
}

// Lays out text as plain text in width, at most maxLines lines, the last one elided.
int drawParagraph(
    QPainter *painter, const QFont &font, const QString &text, QRect rect, int maxLines)
{
    const QFontMetrics metrics(font);
    // Control characters from the network are shown as spaces, never acted on.
    QString plain = text;
    for (QChar &c : plain) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            c = u' ';
    }
    QTextLayout layout(plain, font);
    layout.beginLayout();
    int y = 0;
    int lines = 0;
    QList<std::pair<QTextLine, int>> placed;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        placed.append({line, y});
        y += metrics.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    painter->setFont(font);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const auto &[line, lineY] = placed[i];
        const bool last = i == placed.size() - 1;
        const QString lineText = plain.mid(line.textStart(), line.textLength());
        const bool more = last && line.textStart() + line.textLength() < plain.size();
        const QString shown = more
            ? metrics.elidedText(lineText + QStringLiteral(" …"), Qt::ElideRight, rect.width())
            : lineText;
        painter->drawText(
            QRect(rect.left(), rect.top() + lineY, rect.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown.trimmed());
    }
    return y;
}

} // namespace

PostCardDelegate::PostCardDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString PostCardDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86'400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 2 * 86'400)
        return tr("yesterday");
    if (seconds < 7 * 86'400)
        return tr("%n days ago", nullptr, int(seconds / 86'400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString PostCardDelegate::headline(const QModelIndex &index, const QDateTime &now)
{
    const auto kind = PostKind(index.data(FeedModel::KindRole).toInt());
    QString line = kindLabel(kind) + QStringLiteral(" · ")
        + index.data(FeedModel::AuthorNameRole).toString() + QStringLiteral(" · ")
        + relativeTime(index.data(FeedModel::CreatedAtRole).toDateTime(), now);
    if (index.data(FeedModel::EditedRole).toBool())
        line += QStringLiteral(" ") + tr("(edited)");
    return line;
}

QString PostCardDelegate::countsLine(const QModelIndex &index)
{
    // Both forms carry %n, so every language's translation can give its own plural forms.
    const int reactions = index.data(FeedModel::ReactionCountRole).toInt();
    const int comments = index.data(FeedModel::CommentCountRole).toInt();
    return (reactions == 1 ? tr("%n reaction", nullptr, reactions)
                           : tr("%n reactions", nullptr, reactions))
        + QStringLiteral(" · ")
        + (comments == 1 ? tr("%n comment", nullptr, comments)
                         : tr("%n comments", nullptr, comments));
}

QSize PostCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    QFont title = option.font;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    const QFontMetrics titleMetrics(title);
    // headline, title, body lines, hashtags, counts, and the margins between.
    const int height = 2 * Margin + metrics.lineSpacing() * (3 + BodyLines)
        + titleMetrics.lineSpacing() + 4 * (Margin / 2);
    // The width follows the view's; the list does not scroll sideways.
    return {std::max(option.rect.width(), 200), height};
}

void PostCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const QRect card = option.rect.adjusted(Margin / 2, Margin / 2, -Margin / 2, -Margin / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(selected ? palette.color(QPalette::AlternateBase)
            : hovered          ? palette.color(QPalette::Base).darker(103)
                               : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 8, 8);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8);
    }

    const QRect content = card.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics metrics(option.font);
    int y = content.top();
    const QColor secondary = palette.color(QPalette::PlaceholderText);

    painter->setFont(option.font);
    painter->setPen(secondary);
    QString headlineText = headline(index, QDateTime::currentDateTimeUtc());
    if (index.data(FeedModel::TeamPromptRole).toBool())
        headlineText = tr("From the community team") + QStringLiteral(" · ") + headlineText;
    const auto state = LocalState(index.data(FeedModel::LocalStateRole).toInt());
    if (state == LocalState::Pending)
        headlineText += QStringLiteral(" · ") + tr("Waiting to send");
    else if (state == LocalState::Failed)
        headlineText += QStringLiteral(" · ") + tr("Not sent");
    painter->drawText(QRect(content.left(), y, content.width(), metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(headlineText, Qt::ElideRight, content.width()));
    y += metrics.lineSpacing() + Margin / 2;

    QFont title = option.font;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    const QFontMetrics titleMetrics(title);
    painter->setFont(title);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(content.left(), y, content.width(), titleMetrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        titleMetrics.elidedText(
            index.data(FeedModel::TitleRole).toString(), Qt::ElideRight, content.width()));
    y += titleMetrics.lineSpacing() + Margin / 2;

    const QString warning = index.data(FeedModel::ContentWarningRole).toString();
    const QString body = warning.isEmpty() ? index.data(FeedModel::BodyRole).toString()
                                           : tr("Content warning: %1").arg(warning);
    painter->setPen(palette.color(QPalette::Text));
    drawParagraph(painter, option.font, body,
        QRect(content.left(), y, content.width(), metrics.lineSpacing() * BodyLines), BodyLines);
    y += metrics.lineSpacing() * BodyLines + Margin / 2;

    QStringList tags;
    for (const QString &tag : index.data(FeedModel::HashtagsRole).toStringList())
        tags.append(QStringLiteral("#") + tag);
    painter->setPen(palette.color(QPalette::Link));
    painter->drawText(QRect(content.left(), y, content.width(), metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(tags.join(QStringLiteral("  ")), Qt::ElideRight, content.width()));
    y += metrics.lineSpacing() + Margin / 2;

    painter->setPen(secondary);
    painter->drawText(QRect(content.left(), y, content.width(), metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, countsLine(index));
    painter->restore();
}

} // namespace Hearth
