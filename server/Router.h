#pragma once

#include "HttpReply.h"
#include "Request.h"

#include <QHttpServerRequest>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace Hearth {

// Work a handler hands off the server's only thread because it would hold every other
// request up (hashing a password takes tens of milliseconds). Only for routes that take no
// token (register, login): their writes are not idempotent-keyed.
struct DeferredReply
{
    // Runs on a worker thread and must not touch the store or anything else of the server's.
    // What it returns runs back on the server's thread, inside a transaction that commits
    // when the reply is a success, and gives the reply.
    std::function<std::function<HttpReply()>()> work;
};

// A reply that waits for a change to commit (GET /changes?wait=N): the request is held,
// without a thread, until poll() has something to say or the time is up (ChangeWaiters).
struct WaitReply
{
    // Runs on the server's thread after a write commits, and once more when the time is up
    // (last): gives the reply, or nothing to go on waiting. It must keep copies of what it
    // needs of the request, which the server reuses for the connection's next one.
    std::function<std::optional<HttpReply>(bool last)> poll;
    int seconds = 0;
    QString clientAddress; // waiters are counted per address
    // The topics the request is narrowed to (GET /changes?topics=): a write that touches none
    // of them, and deletes no post, cannot give it anything to say. Empty: every topic.
    QList<qint64> topicIds;
    // The signed-in caller (0: none): a change of their notifications concerns the request
    // whatever its topics.
    qint64 viewerId = 0;
};

// What a handler answers: a reply now, a reply once deferred work is done, or a reply once
// something changes.
using Answer = std::variant<HttpReply, DeferredReply, WaitReply>;

// Maps a method and a path to a handler. Patterns are written like
// "/api/v1/posts/{id}/comments": "{id}" matches a positive integer below 2^53 and any
// other "{name}" one non-empty segment. A path that matches with another method gives
// the methods it allows, for a 405.
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Answer(Request &)>;

    enum class Access {
        Public, // anyone; a token, when sent, must be valid
        SignedIn, // a valid token is required
        Anonymous // the token is not looked at (register, login)
    };

    void add(Method method, const QString &pattern, Access access, Handler handler);

    struct Route
    {
        Method method;
        QStringList segments;
        Access access;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList parameters;
        QList<Method> allowed; // when the path matched but the method did not
    };
    Match match(Method method, const QString &encodedPath) const;

    static QByteArray methodName(Method method);

private:
    static bool matches(const Route &route, const QStringList &segments, QStringList *parameters);

    QList<Route> m_routes;
};

} // namespace Hearth
