#pragma once

#include "api/Changes.h"
#include "api/Comment.h"
#include "api/FeedQuery.h"
#include "api/Newsletter.h"
#include "api/Page.h"
#include "api/Post.h"
#include "api/Profile.h"
#include "api/Requests.h"
#include "api/Result.h"
#include "api/Session.h"
#include "api/Topic.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkDiskCache;
class QNetworkReply;

namespace Hearth {

// The network service class: one asynchronous method per endpoint of docs/api.md over
// one QNetworkAccessManager. Each method calls back exactly once with the decoded value
// or an ApiError, on the GUI thread, and never while the caller waits: there is no
// nested event loop. The callback is dropped if its context object is destroyed first.
//
// Every write carries an Idempotency-Key: the caller's (the outbox keeps one per write so
// that a retry after a lost answer never duplicates), or a fresh one.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    // What a write that answers with no content gives.
    struct Done
    {
    };

    // PUT or DELETE /posts/{id}/reaction.
    struct ReactionState
    {
        qint64 postId = 0;
        Reactions reactions;
    };

    explicit ApiClient(const QUrl &server, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }

    // Plain HTTP is refused for anything but loopback unless the person allowed it:
    // a token must not cross a network in the clear by accident.
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }
    bool allowsInsecure() const { return m_allowInsecure; }
    static bool isSecure(const QUrl &server);

    // The bearer token for every request; empty when signed out. Never logged.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // A request that transfers nothing for this long fails with a network error.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Photos and videos go through a QNetworkDiskCache here, so those already seen show
    // offline. Without a directory, nothing is cached on disk.
    void setMediaCacheDirectory(const QString &directory, qint64 maximumBytes = 256 * 1024 * 1024);

    // Accounts
    void registerUser(const Registration &registration, QObject *context, Callback<Session> done);
    void login(const Login &login, QObject *context, Callback<Session> done);
    void logout(QObject *context, Callback<Done> done);
    void me(QObject *context, Callback<User> done);
    // Lists come a page at a time: pass the previous page's nextCursor for the next.
    void blockedUsers(const QString &cursor, QObject *context, Callback<Page<User>> done);

    // Topics
    void topics(const QString &slugPrefix, const QString &cursor, QObject *context,
        Callback<Page<Topic>> done);
    void topic(const QString &slug, QObject *context, Callback<Topic> done);
    void setMembership(const QString &slug, bool joined, const QString &idempotencyKey,
        QObject *context, Callback<Topic> done);
    void feed(
        const QString &slug, const FeedQuery &query, QObject *context, Callback<Page<Post>> done);
    void newsletters(const QString &slug, const QString &cursor, QObject *context,
        Callback<Page<Newsletter>> done);
    void setSubscription(qint64 newsletterId, bool subscribed, const QString &idempotencyKey,
        QObject *context, Callback<Newsletter> done);

    // Posts and reactions
    void post(qint64 id, QObject *context, Callback<Post> done);
    void createPost(
        const NewPost &post, const QString &idempotencyKey, QObject *context, Callback<Post> done);
    void editPost(qint64 id, qint64 version, const PostPatch &patch, const QString &idempotencyKey,
        QObject *context, Callback<Post> done);
    void deletePost(
        qint64 id, const QString &idempotencyKey, QObject *context, Callback<Done> done);
    // A kind sets (or changes) my reaction; nothing removes it.
    void react(qint64 postId, std::optional<ReactionKind> kind, const QString &idempotencyKey,
        QObject *context, Callback<ReactionState> done);

    // Comments
    void comments(
        qint64 postId, const QString &cursor, QObject *context, Callback<Page<Comment>> done);
    void createComment(qint64 postId, const NewComment &comment, const QString &idempotencyKey,
        QObject *context, Callback<Comment> done);
    void editComment(qint64 id, qint64 version, const CommentPatch &patch,
        const QString &idempotencyKey, QObject *context, Callback<Comment> done);
    void deleteComment(
        qint64 id, const QString &idempotencyKey, QObject *context, Callback<Done> done);

    // Safety
    void report(ReportTarget target, qint64 id, const Report &report, const QString &idempotencyKey,
        QObject *context, Callback<qint64> done);
    void setBlocked(qint64 userId, bool blocked, const QString &idempotencyKey, QObject *context,
        Callback<Done> done);

    // Media
    void uploadMedia(const QByteArray &bytes, const QByteArray &mimeType,
        std::optional<qint64> posterId, const QString &idempotencyKey, QObject *context,
        Callback<Media> done);
    // The bytes of a photo, video or thumbnail, from the disk cache when it has them.
    void mediaBytes(qint64 id, bool thumbnail, QObject *context, Callback<QByteArray> done);

    // Sync
    void changes(
        qint64 since, const QStringList &topicSlugs, QObject *context, Callback<Changes> done);
    // The same, held by the server up to wait while there is nothing to report (a long
    // poll, docs/api.md "Waiting for changes"); given up when no answer comes within wait
    // and a margin, whatever the transfer timeout.
    void waitForChanges(
        qint64 since, std::chrono::seconds wait, QObject *context, Callback<Changes> done);

    // Notifications (GET /notifications, newest first; POST /notifications/read)
    void notifications(
        const QString &cursor, int limit, QObject *context, Callback<Page<Notification>> done);
    void markNotificationsRead(qint64 upTo, const QString &idempotencyKey, QObject *context,
        Callback<NotificationState> done);

    // A fresh key for a write: the outbox stores one per write and reuses it on retries.
    static QString newIdempotencyKey();

    // What to tell a person about an error, in their language: the client's own words
    // where it knows the situation better than the server's message can.
    static QString describe(const ApiError &error);

Q_SIGNALS:
    // After every request: whether it reached the server (any HTTP answer) or not.
    void reachabilityObserved(bool reached);

public:
    // Search (GET /search): what the person typed, a page at a time, best match first. The
    // text is sent as typed; the server reads it by SearchQuery's rules, as the cache does.
    // A page is limit long at most (Limits::MaxPageSize); pass its nextCursor for the next.
    void searchPosts(const QString &text, const QString &cursor, int limit, QObject *context,
        Callback<Page<Post>> done);
    void searchTopics(const QString &text, const QString &cursor, int limit, QObject *context,
        Callback<Page<Topic>> done);
    void searchUsers(const QString &text, const QString &cursor, int limit, QObject *context,
        Callback<Page<User>> done);
    // Profiles
    void profile(const QString &handle, QObject *context, Callback<Profile> done);
    // A page of the person's posts, newest first (query's kind filter; its sort is ignored).
    void userPosts(
        qint64 userId, const FeedQuery &query, QObject *context, Callback<Page<Post>> done);
    void updateProfile(const ProfilePatch &patch, const QString &idempotencyKey, QObject *context,
        Callback<Profile> done);

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString idempotencyKey; // writes only
        bool cacheable = false; // media through the disk cache
        std::chrono::milliseconds timeout{0}; // 0: the client's transfer timeout
    };

    // Sends call; handler gets the HTTP status (0 when no answer came) and the body,
    // or the ApiError that ended it.
    using RawHandler = std::function<void(Result<QByteArray>, QNetworkReply *)>;
    void send(const Call &call, QObject *context, RawHandler handler);

    template<typename T>
    void sendJson(const Call &call, QObject *context, Callback<T> done,
        Result<T> (*decode)(const QJsonValue &));

    static Call write(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QString &idempotencyKey);
    // GET /changes, held up to wait when wait is above 0.
    void sendChanges(qint64 since, const QStringList &topicSlugs, std::chrono::seconds wait,
        QObject *context, Callback<Changes> done);
    // GET /search of one type.
    static Call searchCall(
        const QString &type, const QString &text, const QString &cursor, int limit);

    QUrl m_server;
    QString m_token;
    bool m_allowInsecure = false;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
    QNetworkAccessManager m_network;
    QNetworkDiskCache *m_mediaCache = nullptr;
};

} // namespace Hearth
