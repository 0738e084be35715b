#pragma once

#include "api/Enums.h"
#include "api/Profile.h"
#include "ui/window/Navigation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Hearth {

class Avatar;
class CardMenu;
class Care;
class FeedCache;
class FeedModel;
class FeedView;
class MediaImageCache;
class PostCardDelegate;
class ProfileModel;
class SegmentedControl;
class SyncEngine;

// A person's page: their avatar, name and @handle, their bio, when they joined, the topics
// they follow (when they show them, or to themselves), and their posts with the kind filter,
// in the feed's own cards (FeedView, PostCardDelegate and FeedModel over the cached posts by
// them, then the server's pages). Offline it shows what is cached, and says so. Someone else's
// page offers Block (or Unblock); one's own, "Edit profile". Everything comes from the cache
// (ProfileCache), refreshed by the sync engine behind.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    // engine and images may be null (nothing fetched; initials and placeholders).
    ProfilePage(
        FeedCache &cache, SyncEngine *engine, MediaImageCache *images, QWidget *parent = nullptr);

    void setCare(Care *care);
    // The signed-in person's handle: their own page is editable.
    void setMyHandle(const QString &handle);

    // Shows handle's page with the kind filter of location.feed.
    void showLocation(const Location &location);
    Location location() const;
    QString handle() const { return m_handle; }
    std::optional<Profile> profile() const;
    // Reads the cached profile again (an edit, or the server's copy stored).
    void reloadProfile(const QString &handle);
    // Asks the server for the profile and the first page of posts again (F5).
    void refresh();

    FeedModel *model() const { return m_model; }
    FeedView *feedView() const { return m_feed; }
    SegmentedControl *kindTabs() const { return m_kinds; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *handleLabel() const { return m_handleLabel; }
    QLabel *bioLabel() const { return m_bio; }
    QLabel *joinedLabel() const { return m_joined; }
    QLabel *topicsLabel() const { return m_topics; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *avatarLabel() const { return m_avatarLabel; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *blockButton() const { return m_block; }
    // The words shown instead of the posts when there are none (empty when they show).
    QString emptyStateText() const;

    // The side of the avatar at the page's top.
    static constexpr int AvatarSide = 72;

Q_SIGNALS:
    void postActivated(qint64 postId);
    void photoRequested(qint64 postId);
    void hashtagActivated(const QString &tag);
    void reactRequested(qint64 postId, std::optional<Hearth::ReactionKind> kind);
    void reportRequested(qint64 postId);
    void blockRequested(const Hearth::User &person);
    void copyLinkRequested(const Hearth::Location &location);
    void unblockRequested(const Hearth::User &person);
    // "Edit profile" on one's own page.
    void editRequested();
    // The kind filter changed: the window records it in its history.
    void locationChanged();

private:
    void showFeed();
    void showHeader();
    void updateAvatar();
    void updateNotice();
    void updateEmptyState();
    void activate(const QModelIndex &index);
    void showCardMenu(const QModelIndex &index, const QPoint &globalPosition);
    bool isOffline() const;

    SyncEngine *m_engine;
    MediaImageCache *m_images;
    Avatar *m_avatar;
    QLabel *m_avatarLabel;
    QLabel *m_name;
    QLabel *m_handleLabel;
    QLabel *m_bio;
    QLabel *m_joined;
    QLabel *m_topics;
    QLabel *m_notice;
    QPushButton *m_edit;
    QPushButton *m_block;
    SegmentedControl *m_kinds;
    QStackedWidget *m_body;
    FeedView *m_feed;
    QLabel *m_emptyState;
    FeedModel *m_model;
    PostCardDelegate *m_delegate;
    CardMenu *m_cardMenu;
    Care *m_care = nullptr;
    QString m_handle;
    QString m_myHandle;
    ProfileModel *m_person;
    qint64 m_authorId = 0; // whose posts the model lists
};

} // namespace Hearth
