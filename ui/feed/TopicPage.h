#pragma once

#include "FeedView.h"
#include "api/Enums.h"
#include "api/User.h"
#include "ui/window/Navigation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Hearth {

class Care;
class CardMenu;
class FeedCache;
class FeedModel;
class MediaImageCache;
class PostCardDelegate;
class SegmentedControl;
class SyncEngine;
class TopicHeader;
class TopicModel;

// The topic page: its header, "What's new in X", one row of controls (the kinds All,
// Stories, Posts, Videos; the orders Latest, Trending) and the feed of post cards, the
// header and the controls lined up with the feed's reading column. Everything shown comes
// from the cache at once; the sync engine refreshes it behind. When there is nothing to
// show, the page says why: nothing with this filter, still loading, or offline with nothing
// saved.
//
// Once the reader has scrolled the feed past the header's height, the header folds into a
// compact bar (name, Join, Create a post), and the cards on the screen stay where they are;
// at the top of the feed (scroll value 0), or when Tab comes to the bar, it is whole again.
//
// Keys on the feed: J / K or the arrows move between cards, Enter opens one, Space and
// Shift+Space page, the menu key lists what a card links to.
class TopicPage : public QWidget
{
    Q_OBJECT

public:
    // engine may be null (nothing is fetched); images may be null (cards show placeholders).
    // The page reads cache only through its models (FeedModel, TopicModel).
    TopicPage(
        FeedCache &cache, SyncEngine *engine, MediaImageCache *images, QWidget *parent = nullptr);

    // The rules that fold cards, blur photos and hide counts (see Care); null for none.
    // A folded card opens its fold when activated, and a blurred photo shows itself,
    // instead of opening the post. care must outlive the page.
    void setCare(Care *care);
    // The signed-in person's handle: their own cards offer no Report and no Block, and
    // their new posts show at the top at once.
    void setMyHandle(const QString &handle);

    void showTopic(const QString &slug);
    // Shows a place: the topic, with its filter and order, scrolled to its card.
    void showLocation(const Location &location);
    // Where the page is now, to come back to.
    Location location() const;
    QString slug() const;
    // Fetches the header and the shown feed from the server again (F5).
    void refresh();

    TopicHeader *header() const { return m_header; }
    FeedModel *model() const { return m_model; }
    FeedView *feedView() const { return m_feed; }
    SegmentedControl *kindTabs() const { return m_kinds; }
    SegmentedControl *sortTabs() const { return m_sorts; }
    // How far the feed scrolls, beyond the header's whole height, before the header folds:
    // the gap between folding and unfolding (at 0), so a scroll near the top never makes
    // the header fold and unfold in turn.
    static int collapseMargin();
    // "3 new posts": shown over the feed's top while newer posts by others wait to be shown
    // (FeedModel::newPostCount()); clicking it, or Home, shows them from the top.
    QPushButton *newPostsButton() const { return m_newPosts; }
    void showNewPosts();
    // The words shown instead of the feed when it is empty (empty when the feed shows).
    QString emptyStateText() const;
    // Whether the cache was just rebuilt after a repair: an empty feed then says that saved
    // posts come back, not that nothing was ever saved.
    void setCacheRebuilt(bool rebuilt);

Q_SIGNALS:
    void postActivated(qint64 postId);
    // "See full photo" on a card: the window shows the post's photo, not the post.
    void photoRequested(qint64 postId);
    void hashtagActivated(const QString &tag);
    void joinRequested(const QString &slug, bool join);
    void newslettersRequested(const QString &slug);
    void createPostRequested(const QString &slug);
    // A kind sets my reaction to the post; nothing removes it.
    void reactRequested(qint64 postId, std::optional<Hearth::ReactionKind> kind);
    // From a card's menu: report the post, or block its author.
    void reportRequested(qint64 postId);
    void blockRequested(const Hearth::User &author);
    // Copy link: a card's post, or the topic (from the header).
    void copyLinkRequested(const Hearth::Location &location);
    // The filter or the order changed: the window records it in its history.
    void locationChanged();
    // A card's author (a click on the name, or "View … profile" in the card's menu).
    void authorActivated(const QString &handle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilters();
    void setUpFeed();
    void connectHeader();
    void connectEngine();
    void showFeed();
    void refreshHeader();
    void updateEmptyState();
    void moveCurrent(int rows);
    void pageBy(int direction);
    void showCardMenu(const QModelIndex &index, const QPoint &globalPosition);
    // The kinds of reaction, mine checked: picking mine again takes it back.
    void showReactionMenu(const QModelIndex &index, const QPoint &globalPosition);
    void scrollToPost(qint64 postId);
    // Enter or a click on a card: opens its fold, or the post.
    void activate(const QModelIndex &index);
    // A click on a card's picture: shows a blurred one, asks for a photo (photoRequested), or
    // opens the post of a video (which plays there) or of a folded card's fold.
    void activateMedia(const QModelIndex &index);
    void updateNewPostsButton(int count);
    void placeNewPostsButton();
    // The header whole or compact, as the feed's scroll position asks.
    void followScroll(int value);
    // Folds or unfolds the header now, the cards on the screen kept where they are.
    void setHeaderCompact(bool compact);
    // The header and the controls over the feed's column of cards.
    void alignToColumn();

    SyncEngine *m_engine;
    TopicModel *m_topic;
    QWidget *m_top;
    QVBoxLayout *m_topLayout;
    TopicHeader *m_header;
    QLabel *m_sectionTitle;
    SegmentedControl *m_kinds;
    SegmentedControl *m_sorts;
    QStackedWidget *m_body;
    FeedView *m_feed;
    QLabel *m_emptyState;
    QPushButton *m_newPosts;
    FeedModel *m_model;
    PostCardDelegate *m_delegate;
    CardMenu *m_cardMenu;
    bool m_followingScroll = true;
    bool m_lastSyncFailed = false;
    bool m_cacheRebuilt = false;
    Care *m_care = nullptr;
    QString m_myHandle;
};

} // namespace Hearth
