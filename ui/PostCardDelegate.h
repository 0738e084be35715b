#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

// Paints a post card from FeedModel's roles: the kind label, author and relative time,
// the title, a few lines of the body, the hashtags, "(edited)", the reactions and comments
// line, and a mark on the person's own posts still waiting or refused. Text from the
// network is drawn as plain text, never interpreted.
class PostCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PostCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "3 min ago", "yesterday", or a date, in the locale's words.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The card's first line: "Story · Quiet Harbour · 2 h ago".
    static QString headline(const QModelIndex &index, const QDateTime &now);
    // "42 reactions · 16 comments", with plural forms.
    static QString countsLine(const QModelIndex &index);

    static constexpr int Margin = 12;
    static constexpr int BodyLines = 3;
};

} // namespace Hearth
