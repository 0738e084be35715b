#include "CommentModel.h"

#include "RoleNames.h"
#include "api/LocalState.h"
#include "cache/CommentCache.h"
#include "sync/SyncEngine.h"

#include <QSet>

#include <iterator>

namespace Hearth {

CommentModel::CommentModel(CommentCache &cache, SyncEngine *engine, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_engine(engine)
{
    m_arrivalTimer.setSingleShot(true);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &CommentModel::endArrivals);
    if (!m_engine)
        return;
    connect(m_engine, &SyncEngine::commentsChanged, this, &CommentModel::threadChanged);
    connect(m_engine, &SyncEngine::commentsChanged, this, [this](qint64 postId) {
        if (postId == m_postId) {
            setLoading(false);
            m_answered = true;
        }
    });
    // A comment or reply written, edited or deleted, or the post itself changed: its thread
    // is read again. Until the first load has answered, that load is the fresh copy.
    connect(m_engine, &SyncEngine::postsChanged, this, [this](const QList<qint64> &postIds) {
        if (m_postId <= 0 || !m_answered || !postIds.contains(m_postId))
            return;
        if (m_following)
            m_engine->refreshThread(m_postId);
        else
            m_missed = true;
    });
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Syncing)
            setLoading(false);
    });
}

void CommentModel::setFollowing(bool following)
{
    m_following = following;
    if (following && m_missed && m_engine && m_postId > 0)
        m_engine->refreshThread(m_postId);
    if (following)
        m_missed = false;
}

void CommentModel::setPost(qint64 postId)
{
    show(postId);
    setLoading(m_engine && postId != 0 && m_engine->state() == SyncEngine::State::Syncing);
}

void CommentModel::replacePostId(qint64 localId, qint64 serverId)
{
    if (localId != 0 && localId == m_postId)
        show(serverId);
}

void CommentModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void CommentModel::show(qint64 postId)
{
    beginResetModel();
    m_postId = postId;
    m_comments = m_cache.thread(postId);
    m_states.clear();
    for (const Comment &comment : std::as_const(m_comments))
        m_states.append(m_cache.localState(comment.id));
    m_waitingForServer = false;
    m_answered = false;
    m_missed = false;
    m_complete = m_cache.threadCursor(postId).isEmpty();
    const bool marked = !m_arrivals.isEmpty();
    m_arrivals.clear();
    m_arrivalTimer.stop();
    endResetModel();
    if (marked)
        Q_EMIT arrivalsChanged();
    if (m_engine && postId > 0) {
        m_waitingForServer = true;
        m_engine->fetchComments(postId);
    }
}

int CommentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int CommentModel::rowOf(qint64 commentId) const
{
    for (qsizetype row = 0; row < m_comments.size(); ++row) {
        if (m_comments[row].id == commentId)
            return int(row);
    }
    return -1;
}

QVariant CommentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Comment &comment = m_comments[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return comment.body;
    case IdRole:
        return comment.id;
    case ParentIdRole:
        return comment.parentId.value_or(0);
    case DepthRole:
        return comment.isReply() ? 1 : 0;
    case AuthorNameRole:
        return comment.author.displayName;
    case AuthorHandleRole:
        return comment.author.handle;
    case AuthorIdRole:
        return comment.author.id;
    case AuthorRole:
        return QVariant::fromValue(comment.author);
    case ContentWarningRole:
        return comment.contentWarning;
    case CreatedAtRole:
        return comment.createdAt;
    case EditedRole:
        return comment.isEdited();
    case DeletedRole:
        return comment.deleted;
    case ReplyCountRole:
        return comment.replyCount;
    case LocalStateRole:
        return int(m_states[index.row()]);
    case PendingRole:
        return m_states[index.row()] == LocalState::Pending;
    case FailedRole:
        return m_states[index.row()] == LocalState::Failed;
    case LocalErrorRole:
        return m_states[index.row()] == LocalState::Failed ? m_cache.localError(comment.id)
                                                           : QString();
    case ArrivedRole:
        return m_arrivals.contains(comment.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentModel::roleNames() const
{
    return roleNamesFor<Role>(QAbstractListModel::roleNames());
}

bool CommentModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_engine && m_postId > 0 && !m_waitingForServer
        && !m_cache.threadCursor(m_postId).isEmpty();
}

void CommentModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waitingForServer = true;
    m_engine->fetchComments(m_postId, true);
}

void CommentModel::threadChanged(qint64 postId)
{
    if (postId != m_postId)
        return;
    m_waitingForServer = false;
    const QList<Comment> fresh = m_cache.thread(postId);
    QList<LocalState> states;
    for (const Comment &comment : fresh)
        states.append(m_cache.localState(comment.id));
    QSet<qint64> before;
    for (const Comment &comment : std::as_const(m_comments))
        before.insert(comment.id);
    const bool wasComplete = m_complete;
    m_complete = m_cache.threadCursor(postId).isEmpty();
    const int marked = arrivalCount();
    const QList<qint64> inserted = applyThread(fresh, states);
    // Before the server first answers (this slot runs before the connection that notes the
    // answer), what comes is the thread as it was: nothing is news.
    const QList<qint64> arrived = m_answered && !inserted.isEmpty()
        ? arrivalsAmong(inserted, before, wasComplete)
        : QList<qint64>();
    markArrived(arrived);
    if (arrived.isEmpty() && arrivalCount() != marked)
        Q_EMIT arrivalsChanged(); // a marked comment went
}

QList<qint64> CommentModel::applyThread(
    const QList<Comment> &fresh, const QList<LocalState> &states)
{
    QSet<qint64> freshIds;
    for (const Comment &comment : fresh)
        freshIds.insert(comment.id);

    // Rows gone, bottom up, a run at a time.
    for (qsizetype last = m_comments.size() - 1; last >= 0;) {
        if (freshIds.contains(m_comments[last].id)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !freshIds.contains(m_comments[first - 1].id))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_comments.remove(first, last - first + 1);
        m_states.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    for (auto it = m_arrivals.begin(); it != m_arrivals.end();)
        it = freshIds.contains(it.key()) ? std::next(it) : m_arrivals.erase(it);

    // The rows left keep their order in a thread (its order is by creation): should one
    // not, the view cannot follow a move of it, and is reset.
    QSet<qint64> kept;
    for (const Comment &comment : std::as_const(m_comments))
        kept.insert(comment.id);
    qsizetype next = 0;
    for (const Comment &comment : fresh) {
        if (!kept.contains(comment.id))
            continue;
        if (m_comments[next].id != comment.id) {
            QList<qint64> inserted;
            for (const Comment &c : fresh) {
                if (!kept.contains(c.id))
                    inserted.append(c.id);
            }
            beginResetModel();
            m_comments = fresh;
            m_states = states;
            endResetModel();
            return inserted;
        }
        ++next;
    }

    // New rows where they belong (a reply under its comment), changed rows in place.
    QList<qint64> inserted;
    qsizetype row = 0;
    for (qsizetype i = 0; i < fresh.size();) {
        if (row < m_comments.size() && m_comments[row].id == fresh[i].id) {
            if (!(fresh[i] == m_comments[row]) || states[i] != m_states[row]) {
                m_comments[row] = fresh[i];
                m_states[row] = states[i];
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
            ++row;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < fresh.size() && !kept.contains(fresh[end].id))
            ++end;
        beginInsertRows({}, int(row), int(row + end - i - 1));
        for (qsizetype k = i; k < end; ++k) {
            m_comments.insert(row + (k - i), fresh[k]);
            m_states.insert(row + (k - i), states[k]);
            inserted.append(fresh[k].id);
        }
        endInsertRows();
        row += end - i;
        i = end;
    }
    return inserted;
}

QList<qint64> CommentModel::arrivalsAmong(
    const QList<qint64> &inserted, const QSet<qint64> &before, bool threadWasComplete) const
{
    // Rows after the last one shown before are a page the reader asked for, unless the
    // thread was already whole (there was no page to ask for), or they are replies to a
    // comment shown before.
    qsizetype lastBefore = -1;
    for (qsizetype row = 0; row < m_comments.size(); ++row) {
        if (before.contains(m_comments[row].id))
            lastBefore = row;
    }
    QList<qint64> arrived;
    for (qint64 id : inserted) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const Comment &comment = m_comments[row];
        const bool ownOrLocal = comment.id < 0 || m_states[row] != LocalState::Synced
            || (!m_myHandle.isEmpty() && comment.author.handle == m_myHandle);
        const bool fromNextPage = !threadWasComplete && row > lastBefore
            && !(comment.parentId && before.contains(*comment.parentId));
        if (!ownOrLocal && !fromNextPage)
            arrived.append(id);
    }
    return arrived;
}

void CommentModel::markArrived(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (qint64 id : ids) {
        m_arrivals.insert(id, QDeadlineTimer(m_arrivalDuration));
        const int row = rowOf(id);
        Q_EMIT dataChanged(index(row), index(row), {ArrivedRole});
    }
    if (!m_arrivalTimer.isActive())
        m_arrivalTimer.start(m_arrivalDuration);
    Q_EMIT arrivalsChanged();
}

void CommentModel::endArrivals()
{
    QList<qint64> ended;
    qint64 soonest = -1;
    for (auto it = m_arrivals.cbegin(); it != m_arrivals.cend(); ++it) {
        const qint64 left = it.value().remainingTime();
        if (left <= 0)
            ended.append(it.key());
        else if (soonest < 0 || left < soonest)
            soonest = left;
    }
    for (qint64 id : std::as_const(ended)) {
        m_arrivals.remove(id);
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {ArrivedRole});
    }
    if (soonest >= 0)
        m_arrivalTimer.start(std::chrono::milliseconds(soonest));
    if (!ended.isEmpty())
        Q_EMIT arrivalsChanged();
}

} // namespace Hearth
