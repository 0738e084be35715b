#pragma once

#include "api/Enums.h"
#include "api/FeedKey.h"
#include "api/LocalState.h"
#include "api/Post.h"
#include "cache/FeedPosition.h"

#include <QAbstractListModel>

#include <functional>

namespace Hearth {

class FeedCache;
class SyncEngine;

// The posts of one topic feed (a kind filter and a sort), read from the cache a page at a
// time. Shown a feed, it asks the sync engine for the server's first page; when the cache
// runs out, for the next one; and shows each once stored. Changes the sync engine or the outbox
// name are applied to the rows in place; posts removed elsewhere leave the list.
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
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 20;

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

    // What a screen reader hears of a row (Qt::AccessibleTextRole) can be told otherwise by
    // the view: a folded card says why it is folded, never the words it keeps back. The
    // function gives the sentence for a post, or an empty string for the usual one.
    using SpokenText = std::function<QString(const Post &post)>;
    void setSpokenText(SpokenText spoken) { m_spoken = std::move(spoken); }
    // Quiet counts: the usual sentence leaves out the numbers of reactions and comments.
    void setQuietCounts(bool quiet);
    // What setSpokenText's function says changed (a fold opened, a word muted): screen
    // readers are told the rows' sentences changed.
    void refreshSpokenText();

public Q_SLOTS:
    // Rereads these posts from the cache: rows update in place, or go when removed.
    void refreshPosts(const QList<qint64> &postIds);
    void removePosts(const QList<qint64> &postIds);
    void replacePostId(qint64 localId, qint64 serverId);

private:
    void pageStored(const FeedKey &feed);
    // Shows the feed's first page from the cache, in one reset.
    void showCachedStart();
    // Appends the next cache page; gives how many rows came.
    int appendFromCache();

    FeedCache &m_cache;
    SyncEngine *m_engine = nullptr;
    FeedKey m_key;
    QList<Post> m_posts;
    QList<LocalState> m_states;
    FeedPosition m_end; // after the last row shown
    bool m_cacheExhausted = false;
    bool m_waitingForServer = false;
    SpokenText m_spoken;
    bool m_quietCounts = false;
};

} // namespace Hearth
