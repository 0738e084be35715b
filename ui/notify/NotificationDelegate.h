#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

class Avatar;
class MediaImageCache;

// One row of the notifications page: a dot for an unread entry, the person's avatar, what
// happened (in bold while
// unread); under it the post's title and the first words of the comment (or, in italics, why
// they do not show), elided to one line; and when. Every row has the same height for the font.
class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NotificationDelegate(QObject *parent = nullptr);

    // Where the people's pictures come from (it must outlive the delegate); null, the
    // default, draws initials.
    void setImages(MediaImageCache *images);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where a row draws its words and its time, and its unread dot, for tests.
    struct Layout
    {
        QRect dot;
        QRect avatar;
        QRect summary;
        QRect preview;
        QRect time;
    };
    static Layout layout(const QStyleOptionViewItem &option);

Q_SIGNALS:
    // A picture came: the rows are to be painted again.
    void avatarsChanged();

private:
    Avatar *m_avatars = nullptr; // a child: the discs, kept drawn
};

} // namespace Hearth
