#pragma once

#include "api/Comment.h"
#include "api/Post.h"
#include "api/User.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace Hearth {

// The people the person has blocked, as this client knows them: the blocks the server has,
// and those still waiting in the outbox. The sync engine stores nothing they wrote, and
// the settings list shows them by name, offline too.
//
// Each user is kept with when the block was made here (or, for a block made elsewhere,
// when this client learnt of it), which orders the list.
class BlockList
{
public:
    // A block or unblock the server has not taken yet (waiting, in flight, or refused).
    struct Choice
    {
        User user;
        bool blocked = true;
    };

    explicit BlockList(const QSqlDatabase &db);

    // Adds user (a user blocked already keeps their place, with the name given now).
    bool block(const User &user);
    bool unblock(qint64 userId);
    bool contains(qint64 userId) const;
    QSet<qint64> ids() const;
    // Most recently blocked first. The users carry id, handle and display name.
    QList<User> all() const;

    // Makes the list what the server says (GET /me/blocks, most recent first), then applies
    // the choices the server has not taken yet, in the order they were made: a waiting block
    // is never dropped, a waiting unblock never comes back. A user the list holds already
    // keeps their place; the others take the server's order, after the refresh's time.
    bool replaceFromServer(const QList<User> &serverList, const QList<Choice> &waiting);

    // The posts by no one in blocked.
    static QList<Post> withoutBlocked(const QList<Post> &posts, const QSet<qint64> &blocked);
    // The comments by no one in blocked, nor replying to a comment left out: what the server
    // leaves out of a thread for a person who blocked someone.
    static QList<Comment> withoutBlocked(
        const QList<Comment> &comments, const QSet<qint64> &blocked);

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
