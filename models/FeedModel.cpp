#include "FeedModel.h"

#include "PostWording.h"
#include "RoleNames.h"
#include "api/Hashtags.h"
#include "api/PersonText.h"
#include "cache/FeedCache.h"
#include "cache/ProfileCache.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Words from the network as a sentence: with a full stop, unless they end with their own
// (inside the isolate that holds them, or not).
QString sentence(const QString &words)
{
    const QString trimmed = words.trimmed();
    QStringView last = trimmed;
    while (!last.isEmpty() && last.back() == QChar(0x2069))
        last.chop(1);
    static const QString ends = u".!?…"_s;
    return !last.isEmpty() && ends.contains(last.back()) ? trimmed : trimmed + u'.';
}

// When, in words a screen reader says whole: "2 hours ago" where the card shows "2 h ago".
QString spokenTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds >= 60 && seconds < 3600)
        return FeedModel::tr("%Ln minutes ago", nullptr, int(seconds / 60));
    if (seconds >= 3600 && seconds < 86'400)
        return FeedModel::tr("%Ln hours ago", nullptr, int(seconds / 3600));
    return PostWording::relativeTime(when, now, QLocale::LongFormat);
}

// The card for screen readers: one sentence in the order the card shows it (kind, title,
// author, when, counts), then what else the card carries: "Story “Holding on through
// winter” by River, 2 hours ago, with 12 reactions and 3 comments. Edited."
QString spokenCard(const FeedRow &post, LocalState state, bool quietCounts)
{
    const QString kind = PostWording::kindName(post.kind);
    const QString when = spokenTime(post.createdAt, QDateTime::currentDateTimeUtc());
    // A person's words are runs of their own: a title ending in U+202E does not turn the
    // rest of the sentence around for a braille display.
    const QString title = PersonText::isolated(post.title);
    const QString author = PersonText::isolated(post.authorName);
    QString text = quietCounts
        ? FeedModel::tr("%1 “%2” by %3, %4.", "kind, title, author, when")
              .arg(kind, title, author, when)
        : FeedModel::tr(
            "%1 “%2” by %3, %4, with %5 and %6.", "kind, title, author, when, reactions, comments")
              .arg(kind, title, author, when, PostWording::reactions(int(post.reactionCount)),
                  PostWording::comments(int(post.commentCount)));
    if (post.teamPrompt)
        text += u' ' + FeedModel::tr("From the community team.");
    if (post.edited)
        text += u' ' + FeedModel::tr("Edited.");
    if (!post.contentWarning.isEmpty())
        text += u' '
            + sentence(FeedModel::tr("Content warning: %1")
                           .arg(PersonText::isolated(post.contentWarning)));
    if (post.hasMedia && post.mediaIsVideo)
        text += u' ' + FeedModel::tr("With a video.");
    else if (post.hasMedia && !post.mediaAltText.isEmpty())
        text += u' '
            + sentence(
                FeedModel::tr("With a photo: %1").arg(PersonText::isolated(post.mediaAltText)));
    else if (post.hasMedia)
        text += u' ' + FeedModel::tr("With a photo.");
    if (state == LocalState::Pending)
        text += u' ' + FeedModel::tr("Waiting to send.");
    else if (state == LocalState::Failed)
        text += u' ' + FeedModel::tr("Not sent.");
    return text;
}

} // namespace

FeedModel::FeedModel(FeedCache &cache, SyncEngine *engine, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_engine(engine)
{
    if (m_engine) {
        connect(m_engine, &SyncEngine::feedPageStored, this, &FeedModel::pageStored);
        connect(m_engine, &SyncEngine::postsChanged, this, &FeedModel::refreshPosts);
        connect(m_engine, &SyncEngine::postsRemoved, this, &FeedModel::removePosts);
    }
}

void FeedModel::setFeed(const FeedKey &feed)
{
    m_key = feed;
    showCachedStart();
    refresh();
}

void FeedModel::refresh()
{
    if (m_engine && hasFeed())
        m_engine->refreshTopic(m_key);
}

void FeedModel::showNewPosts()
{
    showCachedStart();
}

void FeedModel::setNewPosts(QSet<qint64> ids)
{
    if (ids == m_newPosts)
        return;
    m_newPosts = std::move(ids);
    Q_EMIT newPostCountChanged(newPostCount());
}

bool FeedModel::inTopic(const Post &post) const
{
    if (m_key.authorId != 0)
        return post.author.id == m_key.authorId;
    return std::any_of(post.hashtags.begin(), post.hashtags.end(),
        [this](const QString &tag) { return Hashtags::slug(tag) == m_key.slug; });
}

bool FeedModel::belongsAtTop(const Post &post) const
{
    if (m_key.kind != FeedKind::All && feedKindFor(post.kind) != m_key.kind)
        return false;
    if (!inTopic(post))
        return false;
    // Newer than the first row (rows are newest first; an own post still pending is a row
    // whose time is this computer's, so the first synced row is the one compared).
    for (int row = 0; row < int(m_ids.size()); ++row) {
        if (m_states[row] != LocalState::Synced)
            continue;
        const FeedRow &first = rowData(row);
        return std::pair(post.createdAt, post.id) > std::pair(first.createdAt, first.id);
    }
    return true;
}

void FeedModel::takeNewPosts(const QList<qint64> &postIds)
{
    if (!hasFeed())
        return;
    // New posts take the server's next ids: a post with an id below every row's is an older
    // one changed (a reaction, a comment), which needs no read to tell. Local ids (below 0)
    // are the person's own, just written.
    qint64 newestId = 0;
    for (qint64 id : std::as_const(m_ids))
        newestId = std::max(newestId, id);
    QSet<qint64> others = m_newPosts;
    QList<std::pair<Post, LocalState>> mine;
    for (qint64 id : postIds) {
        if ((id > 0 && id <= newestId) || m_rowOf.contains(id) || others.contains(id))
            continue;
        const std::optional<Post> post = m_cache.post(id);
        if (!post || !belongsAtTop(*post))
            continue;
        const LocalState state = m_cache.localState(id);
        const bool own = state != LocalState::Synced
            || (!m_myHandle.isEmpty() && post->author.handle == m_myHandle);
        // An empty feed has no reader's place to keep: what comes is shown.
        if (own || m_ids.isEmpty())
            mine.append({*post, state});
        else if (m_key.sort == FeedSort::Latest)
            others.insert(id);
    }
    setNewPosts(std::move(others));
    if (mine.isEmpty())
        return;
    // Newest first, above the rows there are.
    std::sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first.createdAt, a.first.id) > std::pair(b.first.createdAt, b.first.id);
    });
    beginInsertRows({}, 0, int(mine.size()) - 1);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        m_ids.insert(i, mine[i].first.id);
        m_states.insert(i, mine[i].second);
        keep(mine[i].first);
    }
    reindexFrom(0);
    endInsertRows();
}

void FeedModel::showCachedStart()
{
    setNewPosts({});
    beginResetModel();
    m_ids.clear();
    m_states.clear();
    m_rowOf.clear();
    m_window.clear();
    m_end = FeedPosition::start();
    m_cacheExhausted = false;
    m_waitingForServer = false;
    // The first page is part of the reset: views see the new feed whole, in one change.
    FeedPosition last;
    int rowsRead = 0;
    const QList<Post> page = readCache(m_end, PageSize, &last, &rowsRead);
    // A row the cache could not decode makes the page short, not the feed's end.
    m_cacheExhausted = rowsRead < PageSize;
    if (rowsRead > 0)
        m_end = last;
    for (const Post &post : page) {
        if (m_rowOf.contains(post.id))
            continue;
        m_rowOf.insert(post.id, int(m_ids.size()));
        m_ids.append(post.id);
        m_states.append(m_cache.localState(post.id));
        keep(post);
    }
    endResetModel();
}

int FeedModel::appendFromCache()
{
    FeedPosition last;
    int rowsRead = 0;
    const QList<Post> page = readCache(m_end, PageSize, &last, &rowsRead);
    // A row the cache could not decode makes the page short, not the feed's end.
    m_cacheExhausted = rowsRead < PageSize;
    // Rows already shown are not shown twice (a refreshed ranking may hold them again).
    QList<const Post *> fresh;
    QSet<qint64> seen;
    for (const Post &post : page) {
        if (!m_rowOf.contains(post.id) && !seen.contains(post.id)) {
            fresh.append(&post);
            seen.insert(post.id);
        }
    }
    if (rowsRead > 0)
        m_end = last;
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Post *post : std::as_const(fresh)) {
        m_rowOf.insert(post->id, int(m_ids.size()));
        m_ids.append(post->id);
        m_states.append(m_cache.localState(post->id));
        keep(*post);
    }
    endInsertRows();
    return int(fresh.size());
}

QList<Post> FeedModel::readCache(
    const FeedPosition &after, int limit, FeedPosition *last, int *rowsRead) const
{
    if (m_key.authorId != 0) {
        return ProfileCache(m_cache.connection())
            .authorPosts(m_key.authorId, m_key.kind, after, limit, last, rowsRead);
    }
    return m_cache.feed(m_key, after, limit, last, rowsRead);
}

void FeedModel::keep(const Post &post) const
{
    m_window.insert(post.id, new FeedRow(FeedRow::of(post)));
}

const FeedRow &FeedModel::rowData(int row) const
{
    const qint64 id = m_ids[row];
    if (const FeedRow *kept = m_window.object(id))
        return *kept;
    // Out of the window: read again, by id (the rows near the reader come in a page at a
    // time as they are appended, so this is a row scrolled back to).
    if (const std::optional<Post> post = m_cache.post(id)) {
        keep(*post);
        if (const FeedRow *kept = m_window.object(id))
            return *kept;
    }
    m_missing = FeedRow();
    m_missing.id = id;
    return m_missing;
}

void FeedModel::reindexFrom(int row)
{
    for (int i = row; i < int(m_ids.size()); ++i)
        m_rowOf.insert(m_ids[i], i);
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void FeedModel::refreshSpokenText()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::AccessibleTextRole});
}

void FeedModel::setQuietCounts(bool quiet)
{
    if (quiet == m_quietCounts)
        return;
    m_quietCounts = quiet;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::AccessibleTextRole});
}

int FeedModel::rowOf(qint64 postId) const
{
    return m_rowOf.value(postId, -1);
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == IdRole)
        return m_ids[row];
    if (role == LocalStateRole)
        return int(m_states[row]);
    const FeedRow &post = rowData(row);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return post.title;
    case KindRole:
        return int(post.kind);
    case AuthorNameRole:
        return post.authorName;
    case AuthorHandleRole:
        return post.authorHandle;
    case AuthorIsTeamRole:
        return post.authorIsTeam;
    case CreatedAtRole:
        return post.createdAt;
    case BodyRole:
        return post.body;
    case HashtagsRole:
        return post.hashtags;
    case ContentWarningRole:
        return post.contentWarning;
    case HasMediaRole:
        return post.hasMedia;
    case MediaIdRole:
        return post.hasMedia ? QVariant(post.mediaId) : QVariant();
    case MediaIsVideoRole:
        return post.mediaIsVideo;
    case MediaWidthRole:
        return post.mediaWidth;
    case MediaHeightRole:
        return post.mediaHeight;
    case MediaAltTextRole:
        return post.mediaAltText;
    case MediaSensitiveRole:
        return post.mediaSensitive;
    case EditedRole:
        return post.edited;
    case ReactionCountRole:
        return post.reactionCount;
    case TopReactionsRole:
        return post.topReactions;
    case MyReactionRole:
        return post.myReaction;
    case CommentCountRole:
        return post.commentCount;
    case TeamPromptRole:
        return post.teamPrompt;
    case LocalErrorRole:
        return m_states[row] == LocalState::Failed ? m_cache.localError(post.id) : QString();
    case AuthorIdRole:
        return post.authorId;
    case AuthorRole:
        return QVariant::fromValue(
            User{post.authorId, post.authorHandle, post.authorName, post.authorIsTeam,
                post.authorAvatarId > 0 ? std::optional(post.authorAvatarId) : std::nullopt});
    case Qt::AccessibleTextRole:
        if (m_spoken) {
            if (QString spoken = m_spoken(index); !spoken.isEmpty())
                return spoken;
        }
        return spokenCard(rowData(row), m_states[row], m_quietCounts);
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    return roleNamesFor<Role>(QAbstractListModel::roleNames());
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !hasFeed())
        return false;
    if (!m_cacheExhausted)
        return true;
    return m_engine && !m_waitingForServer && m_engine->canFetchMore(m_key);
}

void FeedModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !hasFeed())
        return;
    if (!m_cacheExhausted && appendFromCache() > 0)
        return;
    // The cache has no more: the server's next page, shown when stored.
    if (m_engine && !m_waitingForServer && m_engine->canFetchMore(m_key)) {
        m_waitingForServer = true;
        m_engine->fetchMore(m_key);
    }
}

void FeedModel::pageStored(const FeedKey &feed)
{
    if (feed != m_key)
        return;
    m_waitingForServer = false;
    // A first page replaces what the feed starts with: newer posts, a new ranking. The first
    // page is what tells: reading every row shown again would cost, for each page the
    // server sends, in proportion to how far the reader has scrolled.
    const QList<Post> head = readCache(FeedPosition::start(), PageSize);
    const qsizetype compared = std::min<qsizetype>(m_ids.size(), PageSize);
    bool sameStart = head.size() >= compared;
    for (qsizetype i = 0; sameStart && i < compared; ++i)
        sameStart = head[i].id == m_ids[i];
    if (!sameStart) {
        showCachedStart();
        return;
    }
    m_cacheExhausted = false;
    appendFromCache();
}

void FeedModel::refreshPosts(const QList<qint64> &postIds)
{
    for (qint64 id : postIds) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const std::optional<Post> post = m_cache.post(id);
        // Gone, or edited out of this topic: the row goes.
        if (!post || !inTopic(*post)) {
            removePosts({id});
            continue;
        }
        keep(*post);
        m_states[row] = m_cache.localState(id);
        Q_EMIT dataChanged(index(row), index(row));
    }
    // After the rows there were: a post that becomes a row now is read once, not again.
    takeNewPosts(postIds);
}

void FeedModel::removePosts(const QList<qint64> &postIds)
{
    // From the last row up, so that the rows still to go keep their numbers; the id → row
    // index is brought up to date once, from the first row removed (a blocked author's
    // posts can be many rows of a long feed).
    QSet<qint64> unseen = m_newPosts;
    for (qint64 id : postIds)
        unseen.remove(id);
    setNewPosts(std::move(unseen));
    QList<int> rows;
    for (qint64 id : postIds) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        const qint64 id = m_ids[row];
        m_ids.removeAt(row);
        m_states.removeAt(row);
        m_rowOf.remove(id);
        m_window.remove(id);
        endRemoveRows();
    }
    reindexFrom(rows.last());
}

void FeedModel::replacePostId(qint64 localId, qint64 serverId)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    // Learnt from the server before the outbox heard its answer: it is this row.
    if (m_newPosts.contains(serverId)) {
        QSet<qint64> unseen = m_newPosts;
        unseen.remove(serverId);
        setNewPosts(std::move(unseen));
    }
    if (const std::optional<Post> post = m_cache.post(serverId)) {
        // The server's id may be a row already (the feed was refreshed first): one row stays.
        if (const int other = rowOf(serverId); other >= 0 && other != row) {
            removePosts({localId});
            refreshPosts({serverId});
            return;
        }
        m_rowOf.remove(localId);
        m_window.remove(localId);
        m_ids[row] = serverId;
        m_rowOf.insert(serverId, row);
        keep(*post);
        m_states[row] = m_cache.localState(serverId);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

} // namespace Hearth
