#pragma once

#include "ui/window/Navigation.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

class QMenu;

namespace Hearth {

class NotificationCenter;
class NotificationDelegate;
class MediaImageCache;
class NotificationModel;

// The notifications page (Go → Notifications, or the bell): what happened to the person's
// posts and comments, newest first, one row each (NotificationDelegate), unread rows marked.
// Enter, a click or a double click opens the post, at the comment when there is one
// (locationRequested()); a click on the person's avatar opens their page, and a row's menu
// (right click, the menu key) offers both. Shown, the page asks to mark everything it shows
// read.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    // center may be null (no cache yet): the page then says there is nothing.
    explicit NotificationsPage(NotificationCenter *center, QWidget *parent = nullptr);

    NotificationModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    // What the page says when it has no rows; empty while rows are shown.
    QString stateText() const;
    // Gives the keys to the list (its first row current).
    void focusList();
    // Where the people's pictures come from; null (the default) draws initials. The cache must
    // outlive the page.
    void setImages(MediaImageCache *images);
    // The actions on the row at index, as a menu the caller pops up: Open, and the person's page.
    QMenu *createMenu(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void locationRequested(const Hearth::Location &location);
    // The page was shown: what it shows may be marked read.
    void seen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The post (at the comment, when there is one) the entry at index is about.
    static Location placeOf(const QModelIndex &index);
    void activate(const QModelIndex &index);
    void openActor(const QModelIndex &index);
    // The row whose avatar is at position (in the list's viewport); invalid when none is.
    QModelIndex avatarAt(const QPoint &position) const;
    void updateState();

    NotificationCenter *m_center;
    NotificationModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_state;
    NotificationDelegate *m_delegate;
};

} // namespace Hearth
