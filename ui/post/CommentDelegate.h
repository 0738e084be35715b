#pragma once

#include "care/ContentFold.h"

#include <QCache>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace Hearth {

class Avatar;
class Care;
class MediaImageCache;

// Paints a comment of CommentModel in the post view: the author's avatar beside the author, the
// relative time and "(edited)", the body word-wrapped as plain text with each @mention a link to
// that person's page, and a "Reply" link; replies are indented under their comment with a
// thread line from its author's avatar, a deleted comment reads "Comment deleted", and the
// person's own comment still waiting or refused says so; someone's comment that just arrived
// is tinted for a few seconds. With a Care, a comment that folds (a content warning, a muted
// word) shows only its headline, why it is folded and a "Show comment" link. Rows have the height
// of their text; heights are kept per (comment, width), so scrolling does not lay text out again.
class CommentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // view gives the width to wrap the text in (a list's sizeHint option carries none).
    explicit CommentDelegate(QAbstractItemView *view);

    // The rules that fold comments; null (the default) folds none. The view is not told:
    // the caller lays it out again when it sets one, and on Care::changed.
    void setCare(const Care *care) { m_care = care; }
    const Care *care() const { return m_care; }
    // Where the authors' pictures come from (it must outlive the delegate); null (the
    // default) draws every avatar as initials. The view is painted again when one comes.
    void setImages(MediaImageCache *images);
    // The fold of the comment at index; none without a Care.
    ContentFold fold(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // "River · 3 min ago · (edited)", then "Waiting to send" or "Not sent" for the
    // person's own comments the server does not have yet.
    static QString headline(const QModelIndex &index, const QDateTime &now);
    // The whole row in words, for screen readers: "Reply from River, 3 min ago: …". A folded
    // comment says why it is folded and how to show it, never its body.
    static QString accessibleText(
        const QModelIndex &index, const QDateTime &now, const ContentFold &fold = {});

    // Where the row at rect draws its text (indented for a reply) and its "Reply" link;
    // the link's rectangle is empty when the comment takes no reply (a deleted one).
    static QRect contentRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QRect replyLinkRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // Where the row draws its author's avatar: at the left of the text, as tall as a line and
    // three quarters.
    static QRect avatarRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // The handle (lowercase, without '@') of the @mention drawn at position in the row, or
    // empty when none is there (nor in a folded or deleted comment).
    QString mentionAt(
        const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &position) const;
    // Where a folded comment draws its "Show comment" link; empty when it is not folded.
    QRect showLinkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The width of the bar at the left edge of a comment that just arrived.
    static constexpr int ArrivalBarWidth = 3;

    // How many heights were laid out (not found in the cache), and how many rows were
    // painted: for tests.
    int layoutCount() const { return m_layoutCount; }
    int paintCount() const { return m_paintCount; }

Q_SIGNALS:
    // The "Reply" link of the comment at index was clicked.
    void replyClicked(const QModelIndex &index);
    // The "Show comment" link of the folded comment at index was clicked.
    void showClicked(const QModelIndex &index);
    // An @mention in a comment was clicked: handle's page is asked for.
    void mentionClicked(const QString &handle);

private:
    // The text the body area shows: the body, or "Comment deleted".
    static QString bodyText(const QModelIndex &index);
    static QRect contentRect(const QRect &rect, const QFont &font, const QModelIndex &index);
    // The row less its margins, indented for a reply: the avatar, then the text.
    static QRect columnRect(const QRect &rect, const QFont &font, const QModelIndex &index);
    // Where the body's first line starts, below the headline (and the warning).
    static int bodyTop(const QStyleOptionViewItem &option, const QModelIndex &index);
    // Lays out the body of index in width; gives the height it takes.
    static int layoutBody(QTextLayout &layout, const QFont &font, int width);
    int rowHeight(const QFont &font, const QModelIndex &index, int width) const;
    int rowWidth(const QStyleOptionViewItem &option) const;

    struct CachedHeight
    {
        QString signature; // what the height was laid out for: font, text, warning
        int height = 0;
    };

    QAbstractItemView *m_view;
    const Care *m_care = nullptr;
    Avatar *m_avatars; // a child: the authors' discs, kept drawn
    mutable QCache<std::pair<qint64, int>, CachedHeight> m_heights{2'000};
    mutable int m_layoutCount = 0;
    mutable int m_paintCount = 0;
};

} // namespace Hearth
