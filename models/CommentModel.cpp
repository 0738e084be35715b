#include "CommentModel.h"

#include "RoleNames.h"
#include "api/LocalState.h"
#include "cache/CommentCache.h"
#include "sync/SyncEngine.h"

namespace Hearth {

CommentModel::CommentModel(CommentCache &cache, SyncEngine *engine, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_engine(engine)
{
    if (!m_engine)
        return;
    connect(m_engine, &SyncEngine::commentsChanged, this, &CommentModel::threadChanged);
    connect(m_engine, &SyncEngine::commentsChanged, this, [this](qint64 postId) {
        if (postId == m_postId)
            setLoading(false);
    });
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Syncing)
            setLoading(false);
    });
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
    endResetModel();
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

    // The common cases keep the view where it is: the same rows changed, or rows added at
    // the end (a new comment, the next page). Anything else is a reset.
    bool samePrefix = fresh.size() >= m_comments.size();
    for (qsizetype i = 0; samePrefix && i < m_comments.size(); ++i)
        samePrefix = fresh[i].id == m_comments[i].id;
    if (!samePrefix) {
        beginResetModel();
        m_comments = fresh;
        m_states = states;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < m_comments.size(); ++i) {
        if (!(fresh[i] == m_comments[i]) || states[i] != m_states[i]) {
            m_comments[i] = fresh[i];
            m_states[i] = states[i];
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (fresh.size() > m_comments.size()) {
        const int first = int(m_comments.size());
        beginInsertRows({}, first, int(fresh.size()) - 1);
        m_comments = fresh;
        m_states = states;
        endInsertRows();
    }
}

} // namespace Hearth
