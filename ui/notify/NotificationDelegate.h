#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

// One row of the notifications page: a dot for an unread entry, what happened (in bold while
// unread); under it the post's title and the first words of the comment (or, in italics, why
// they do not show), elided to one line; and when. Every row has the same height for the font.
class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where a row draws its words and its time, and its unread dot, for tests.
    struct Layout
    {
        QRect dot;
        QRect summary;
        QRect preview;
        QRect time;
    };
    static Layout layout(const QStyleOptionViewItem &option);
};

} // namespace Hearth
