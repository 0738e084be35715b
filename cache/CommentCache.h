#pragma once

#include "api/Comment.h"
#include "api/LocalState.h"
#include "api/Page.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// The cached comment threads of posts: what the post view shows, and where the sync
// engine writes the pages of GET /posts/{id}/comments. Local comments (not yet on the
// server) have negative ids, like local posts, and a local state.
class CommentCache
{
public:
    explicit CommentCache(const QSqlDatabase &db);

    // Stores a page of the post's thread and keeps its next cursor. A first page replaces
    // the cached thread, except the person's comments the server does not have yet; a
    // comment whose edit by the person is still on its way keeps the edit.
    bool storeThreadPage(qint64 postId, const Page<Comment> &page, bool firstPage);
    // The thread in the server's order: top-level comments oldest first, each followed by
    // its replies, oldest first.
    QList<Comment> thread(qint64 postId) const;
    // The server's cursor for the next page of the thread; '' when none.
    QString threadCursor(qint64 postId) const;
    // The last of the thread's top-level comments from the server (a positive id) in the
    // server's page order, (createdAt, id): how far the pages loaded so far reach.
    std::optional<Comment> lastServerTopLevel(qint64 postId) const;

    std::optional<Comment> comment(qint64 id) const;
    // Inserts or replaces one comment (a new local one, an edit, a tombstone). A new one
    // with a negative id starts Pending; a stored one keeps its local state.
    bool storeComment(const Comment &comment);
    // Removes a comment and its replies.
    bool removeComment(qint64 id);
    // Removes an author's comments, with the replies under them, from every thread at once,
    // as when the person blocks them (the server leaves the same out of the threads it
    // sends). *postIds, when given, is set to the posts whose threads changed.
    bool removeCommentsByAuthor(qint64 authorId, QList<qint64> *postIds = nullptr);

    bool setLocalState(qint64 id, LocalState state, const QString &error = {});
    // Synced for a comment that is not cached.
    LocalState localState(qint64 id) const;
    QString localError(qint64 id) const;
    // Once the server created a local comment (localId < 0) as serverId: moves it, and the
    // replies that name it as their parent, to serverId and marks it Synced.
    bool replaceCommentId(qint64 localId, qint64 serverId);

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
