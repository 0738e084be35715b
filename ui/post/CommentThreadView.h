#pragma once

#include "api/User.h"

#include <QPersistentModelIndex>
#include <QStyleOptionViewItem>
#include <QWidget>

class QScrollArea;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QToolButton;

namespace Hearth {

class Care;
class CommentDelegate;
class CommentModel;
class MediaImageCache;

// The comments under a post in the post view: a "Comments" title over a CommentModel's
// thread, one row per comment painted by CommentDelegate (replies indented under theirs), or a
// line saying that the thread is still loading or has no comments yet. The list is as tall as
// all its loaded rows and scrolls with the post in the page's one scroll area; Qt paints only
// the rows in sight, and the rows' heights are measured once per width. A comment's menu (the
// "…" button on the row under the mouse or selected, the menu key, or a right click) offers
// Reply and Copy text, Edit and Delete on the person's own, Report and Block on anyone else's;
// R replies to the selected comment, Delete deletes it. The view writes nothing: it asks by
// signals. With a Care, comments fold and open (a click on "Show comment", or Space or Enter
// on the selected one). As the thread changes under the reader, the comment at the top of the
// page's scroll stays where it is, and the list's accessible description says how many
// comments just arrived. Each comment shows its author's avatar, and its @mentions are links
// (and, for the keys, entries of its menu) to those people's pages.
class CommentThreadView : public QWidget
{
    Q_OBJECT

public:
    // The model must outlive the view. Made as a window's child, its edges line up with a
    // PostView's.
    explicit CommentThreadView(CommentModel *model, QWidget *parent = nullptr);

    // The rules that fold comments (followed on Care::changed); null folds none. The Care
    // must outlive the view, or be unset first.
    void setCare(Care *care);
    // The signed-in person's handle, to know which comments are theirs; empty when signed out.
    void setMyHandle(const QString &handle);
    // Where the authors' pictures come from; null (the default) draws initials. The cache
    // must outlive the view.
    void setImages(MediaImageCache *images);
    // Whether commentId is the person's own and not deleted: theirs to edit or delete.
    bool isOwnComment(qint64 commentId) const;
    // The scroll area the thread scrolls in (the page's): it keeps the reader's place in it,
    // and brings the selected comment into sight. Null: neither.
    void setScrollArea(QScrollArea *area);

    // The actions on the comment at index (of the list's model), as a menu the caller pops up.
    QMenu *createCommentMenu(const QModelIndex &index, QWidget *parent);

    // The parts, for the page around it and for tests.
    QListView *listView() const { return m_list; }
    CommentModel *model() const { return m_model; }
    CommentDelegate *delegate() const { return m_delegate; }
    // The "…" button over the row under the mouse, or the selected one while the list has the
    // focus; hidden otherwise. It opens the row's menu.
    QToolButton *actionsButton() const { return m_actions; }
    // What the thread says when it has no rows ("Loading comments…", "No comments yet…");
    // empty while comments are shown.
    QString stateText() const;
    // Makes commentId the current row, gives it the keyboard and scrolls it into sight; false
    // when the thread has no such row (yet).
    bool showComment(qint64 commentId);
    // Scrolls commentId's row into sight again, leaving the focus where it is.
    bool revealComment(qint64 commentId);

Q_SIGNALS:
    // Reply, Edit or Delete was chosen on commentId (the comment box writes; the page asks
    // before a comment is deleted).
    void replyRequested(qint64 commentId);
    void editRequested(qint64 commentId);
    void deleteRequested(qint64 commentId);
    // Someone else's comment: report it (the window asks why), or block its author (the
    // window asks first).
    void reportCommentRequested(qint64 commentId);
    void copyLinkRequested(qint64 commentId);
    void blockRequested(const Hearth::User &person);
    // "View …’s profile" on a comment.
    void authorRequested(const QString &handle);
    // An @mention in a comment was clicked, or chosen in its menu.
    void mentionActivated(const QString &handle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void updateArrivals();
    // Notes the row at the top of the list and where it stands, before rows come or go...
    void holdPlace();
    // ...and scrolls so that it stands there again after.
    void keepPlace();
    // Every row may read differently (the reader's care rules changed).
    void allRowsChanged();
    bool handleKey(const QKeyEvent *key);
    void popUpMenu(const QModelIndex &index, const QPoint &globalPosition);
    // Puts the "…" button on the row at index, or hides it (an invalid index).
    void placeActions(const QModelIndex &index);
    // The row the "…" button belongs to now: under the mouse, else the selected one.
    void updateActions();
    // Scrolls the page's scroll area to show the row at index.
    void bringIntoSight(const QModelIndex &index);
    bool isMine(const QModelIndex &index) const;
    // The view's option for the row at index, as the delegate is given it.
    QStyleOptionViewItem rowOption(const QModelIndex &index) const;
    // The pointing hand over a mention, the arrow elsewhere.
    void updateCursor(const QModelIndex &index, const QPoint &position);

    CommentModel *m_model;
    Care *m_care = nullptr;
    QString m_myHandle;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_state;
    CommentDelegate *m_delegate;
    QToolButton *m_actions;
    QPersistentModelIndex m_actionsRow; // the row the "…" button stands on
    QPersistentModelIndex m_hovered; // the row under the mouse
    QScrollArea *m_scrollArea = nullptr;
    QPersistentModelIndex m_anchor; // the row at the top while rows come or go
    int m_anchorTop = 0;
};

} // namespace Hearth
