#pragma once

#include "FeedRow.h"
#include "api/Enums.h"
#include "api/FeedKey.h"
#include "api/LocalState.h"
#include "api/Post.h"
#include "cache/FeedPosition.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QSet>

#include <functional>

namespace Hearth {

class FeedCache;
class SyncEngine;

// The posts of one topic feed (a kind filter and a sort), read from the cache a page at a
// time. Shown a feed, it asks the sync engine for the server's first page; when the cache
// runs out, for the next one; and shows each once stored. Changes the sync engine or the outbox
// name are applied to the rows in place; posts removed elsewhere leave the list.
//
// New posts that belong at the top come in two ways. The person's own (written here, or
// on another of their devices) are rows at once: they pressed Post and expect to see it.
// Other people's, arriving while someone reads, are counted (newPostCount()) and not shown
// until showNewPosts(): the rows under the reader never move because someone else wrote.
//
// Its cost does not grow with the rows loaded: each row is its post's id and local state,
// found by id in O(1); what a card draws of a post (FeedRow) is kept for the most recently
// read rows only (RowWindow of them) and read again from the cache by id when a row out of
// that window is asked for. The whole post is the post view's, from the cache.
class FeedModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Every field a post card shows.
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // PostKind, as int
        AuthorNameRole, // the author's display name
        AuthorHandleRole,
        AuthorIsTeamRole, // a community-team account
        CreatedAtRole, // QDateTime, UTC
        TitleRole,
        BodyRole, // plain text; Markdown for stories
        HashtagsRole, // QStringList, without '#'
        ContentWarningRole, // empty when there is none
        HasMediaRole,
        MediaIdRole, // the photo, or a video's poster: what a card shows
        MediaIsVideoRole,
        MediaWidthRole,
        MediaHeightRole,
        MediaAltTextRole,
        MediaSensitiveRole,
        EditedRole,
        ReactionCountRole,
        TopReactionsRole, // QStringList of reaction wire names, most common first, at most 3
        MyReactionRole, // wire name, or empty
        CommentCountRole,
        TeamPromptRole,
        LocalStateRole, // LocalState, as int: pending and failed marks
        LocalErrorRole, // the server's reason when the write failed
        AuthorIdRole,
        AuthorRole, // User: the author as the card shows them (id, handle, name, team, picture)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 20;
    // How many rows' FeedRow are kept: many screens of cards.
    static constexpr int RowWindow = 1'000;

    FeedModel(FeedCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    // Shows another feed: the first page comes from the cache at once, and the server's first
    // page (with the topic's header) is asked of the sync engine, to be shown once stored.
    void setFeed(const FeedKey &feed);
    FeedKey key() const { return m_key; }
    // Asks the sync engine for the server's first page of the feed shown again (F5).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The row of a post, or -1.
    int rowOf(qint64 postId) const;
    // How many rows' card data the model holds now (at most RowWindow), for tests and
    // benchmarks: the rest are ids, read again from the cache when asked for.
    int keptRowCount() const { return int(m_window.size()); }

    // What a screen reader hears of a row (Qt::AccessibleTextRole) can be told otherwise by
    // the view: a folded card says why it is folded, never the words it keeps back. The
    // function gives the sentence for a row, or an empty string for the usual one.
    using SpokenText = std::function<QString(const QModelIndex &index)>;
    void setSpokenText(SpokenText spoken) { m_spoken = std::move(spoken); }
    // The signed-in person's handle (empty when signed out): their new posts become rows at
    // once, other people's wait for showNewPosts().
    void setMyHandle(const QString &handle) { m_myHandle = handle; }
    // Newer posts by others, for the feed's top, not shown yet (Latest only: a trending
    // feed's order is the server's, learnt with its next first page).
    int newPostCount() const { return int(m_newPosts.size()); }
    // Shows the feed from its top again, the new posts included.
    void showNewPosts();

    // Quiet counts: the usual sentence leaves out the numbers of reactions and comments.
    void setQuietCounts(bool quiet);
    // What setSpokenText's function says changed (a fold opened, a word muted): screen
    // readers are told the rows' sentences changed.
    void refreshSpokenText();

Q_SIGNALS:
    void newPostCountChanged(int count);

public Q_SLOTS:
    // Rereads these posts from the cache: rows update in place, or go when removed. A post
    // that is no row yet and belongs at the top is a new one: a row at once when it is the
    // person's, counted in newPostCount() otherwise.
    void refreshPosts(const QList<qint64> &postIds);
    void removePosts(const QList<qint64> &postIds);
    void replacePostId(qint64 localId, qint64 serverId);

private:
    void pageStored(const FeedKey &feed);
    // Shows the feed's first page from the cache, in one reset.
    void showCachedStart();
    // Appends the next cache page; gives how many rows came.
    int appendFromCache();
    // Whether a feed is shown: a topic's, or an author's (FeedKey::authorId).
    bool hasFeed() const { return !m_key.slug.isEmpty() || m_key.authorId != 0; }
    // A page of the feed shown, from the cache (FeedCache::feed(), or for an author's posts
    // ProfileCache::authorPosts()).
    QList<Post> readCache(const FeedPosition &after, int limit, FeedPosition *last = nullptr,
        int *rowsRead = nullptr) const;
    // The card's data of row: kept, or read from the cache now.
    const FeedRow &rowData(int row) const;
    void keep(const Post &post) const;
    // The id → row index from row on (after rows were removed or replaced).
    void reindexFrom(int row);
    // Whether post carries the feed's topic among its hashtags.
    bool inTopic(const Post &post) const;
    // Whether post goes in this feed, above every row shown.
    bool belongsAtTop(const Post &post) const;
    // Posts that are no rows yet: the person's become rows at the top, others' are counted.
    void takeNewPosts(const QList<qint64> &postIds);
    void setNewPosts(QSet<qint64> ids);

    FeedCache &m_cache;
    SyncEngine *m_engine = nullptr;
    FeedKey m_key;
    QList<qint64> m_ids; // the rows' posts, in order
    QList<LocalState> m_states;
    QHash<qint64, int> m_rowOf;
    // What cards draw, for the rows read most recently; by post id.
    mutable QCache<qint64, FeedRow> m_window{RowWindow};
    mutable FeedRow m_missing; // a row whose post the cache no longer has
    FeedPosition m_end; // after the last row shown
    bool m_cacheExhausted = false;
    bool m_waitingForServer = false;
    SpokenText m_spoken;
    bool m_quietCounts = false;
    QString m_myHandle;
    QSet<qint64> m_newPosts; // others' new posts, not rows until showNewPosts()
};

} // namespace Hearth
