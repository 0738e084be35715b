#include "ApiClient.h"

#include "api/Json.h"
#include "api/JsonReader.h"
#include "api/Limits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Pages of long stories are large; anything far beyond this is not a Hearth answer.
constexpr qint64 MaxResponseBytes = 32 * 1024 * 1024;

// Set on a reply cut because its context went: its end says nothing about the server.
constexpr char AbandonedProperty[] = "hearthAbandoned";

// How much longer than its wait a held /changes request is given before it is given up.
constexpr std::chrono::seconds WaitMargin{15};

ApiError networkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Code::Network,
            ApiClient::tr("The community took too long to answer. Please try again."));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return ApiError(ApiError::Code::Network,
            ApiClient::tr("Can't reach the community right now. Hearth will try again when "
                          "you're back online."));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Code::Network,
            ApiClient::tr("The community's secure connection could not be checked, so Hearth "
                          "did not connect."));
    default:
        break;
    }
    return ApiError(ApiError::Code::Network,
        ApiClient::tr("Something went wrong with the connection. Please try again."));
}

Result<ApiClient::Done> decodeDone(const QJsonValue &)
{
    return ApiClient::Done{};
}

Result<ApiClient::ReactionState> decodeReactionState(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    ApiClient::ReactionState state;
    state.postId = reader.id(u"postId"_s);
    state.reactions = reader.nested(u"reactions"_s, &Json::decode<Reactions>);
    if (!reader.ok())
        return reader.error();
    return state;
}

Result<qint64> decodeCreatedId(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    const qint64 id = reader.id(u"id"_s);
    if (!reader.ok())
        return reader.error();
    return id;
}

QString pathPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ApiClient::ApiClient(const QUrl &server, QObject *parent)
    : QObject(parent), m_server(server.adjusted(QUrl::StripTrailingSlash))
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient() = default;

bool ApiClient::isSecure(const QUrl &server)
{
    if (server.scheme() == u"https")
        return true;
    const QHostAddress address(server.host());
    return server.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

void ApiClient::setMediaCacheDirectory(const QString &directory, qint64 maximumBytes)
{
    if (!m_mediaCache) {
        m_mediaCache = new QNetworkDiskCache(this);
        m_network.setCache(m_mediaCache);
    }
    m_mediaCache->setCacheDirectory(directory);
    m_mediaCache->setMaximumCacheSize(maximumBytes);
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiClient::Call ApiClient::write(const QByteArray &method, const QString &path,
    const QJsonObject &body, const QString &idempotencyKey)
{
    Call call;
    call.method = method;
    call.path = path;
    if (!body.isEmpty() || method == "POST") {
        call.body = Json::serialize(body);
        call.contentType = "application/json";
    }
    call.idempotencyKey = idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    return call;
}

void ApiClient::send(const Call &call, QObject *context, RawHandler handler)
{
    if (!isSecure(m_server) && !m_allowInsecure) {
        // Called back later, as every answer is, so callers see one behaviour.
        QMetaObject::invokeMethod(
            context ? context : this,
            [handler] {
                handler(ApiError(ApiError::Code::Network,
                            tr("This community does not use a secure connection (HTTPS), "
                               "so Hearth will not send your sign-in to it.")),
                    nullptr);
            },
            Qt::QueuedConnection);
        return;
    }

    QUrl url = m_server;
    url.setPath(m_server.path() + u"/api/v1"_s + call.path, QUrl::TolerantMode);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int((call.timeout.count() > 0 ? call.timeout : m_timeout).count()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
        call.cacheable ? QNetworkRequest::PreferCache : QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, call.cacheable);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey.toLatin1());
    if (!call.contentType.isEmpty())
        request.setRawHeader("Content-Type", call.contentType);
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);

    // GET goes through get(): only that operation is eligible for the disk cache.
    QNetworkReply *reply = call.method == "GET" ? m_network.get(request)
        : call.body.isEmpty() && call.method != "POST"
        ? m_network.sendCustomRequest(request, call.method)
        : m_network.sendCustomRequest(request, call.method, call.body);
    // A reply that grows past the limit is cut: no server of ours sends that much.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxResponseBytes)
            reply->abort();
    });
    // Deleted when done whether or not its context is still there to hear about it.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const bool answered
            = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
        // An answer from the disk cache says nothing about the server, nor does a request
        // this client gave up (its context went).
        if (!reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool()
            && !reply->property(AbandonedProperty).toBool())
            Q_EMIT reachabilityObserved(answered);
    });
    connect(reply, &QNetworkReply::finished, context ? context : this, [reply, handler] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            handler(networkError(reply), reply);
            return;
        }
        const QByteArray body = reply->readAll();
        if (status >= 400) {
            handler(Json::decodeError(body, status), reply);
            return;
        }
        handler(body, reply);
    });
    // A context that goes away takes its callback with it: the reply is cut without a word.
    if (context && context != this) {
        connect(context, &QObject::destroyed, reply, [reply, context] {
            QObject::disconnect(reply, nullptr, context, nullptr);
            reply->setProperty(AbandonedProperty, true);
            reply->abort();
        });
    }
}

template<typename T>
void ApiClient::sendJson(
    const Call &call, QObject *context, Callback<T> done, Result<T> (*decode)(const QJsonValue &))
{
    send(call, context, [done, decode](Result<QByteArray> body, QNetworkReply *) {
        if (!body) {
            done(body.error());
            return;
        }
        if (body->isEmpty()) {
            done(decode(QJsonObject()));
            return;
        }
        const Result<QJsonObject> object = Json::parseObject(*body, MaxResponseBytes);
        if (!object) {
            done(ApiError(ApiError::Code::Network,
                tr("The community sent an answer Hearth could not read."), object.error().field()));
            return;
        }
        Result<T> decoded = decode(*object);
        if (!decoded) {
            // A server that breaks the contract is a problem for the person to know about,
            // with the detail kept for whoever reports it.
            done(ApiError(ApiError::Code::Network,
                tr("The community sent an answer Hearth could not read."),
                decoded.error().field()));
            return;
        }
        done(std::move(decoded));
    });
}

QString ApiClient::describe(const ApiError &error)
{
    switch (error.code()) {
    case ApiError::Code::Unauthorized:
        return tr("Your session has ended. Please sign in again.");
    case ApiError::Code::InvalidCredentials:
        return tr("That handle and password don't match. Please check them and try again.");
    case ApiError::Code::HandleTaken:
        return tr("That handle is already taken. Please choose another one.");
    case ApiError::Code::Forbidden:
        return tr("Only the person who wrote this can change it.");
    case ApiError::Code::NotFound:
        return tr("This is no longer here. It may have been deleted.");
    case ApiError::Code::VersionConflict:
        return tr("This was changed elsewhere while you were editing. Your text is kept: "
                  "review the newer version and save again.");
    case ApiError::Code::RateLimited:
        return tr("Too many attempts in a short time. Please wait a few minutes and try again.");
    case ApiError::Code::PayloadTooLarge:
        return tr("This is too large to send.");
    case ApiError::Code::UnsupportedMediaType:
        return tr("This kind of file can't be shared here.");
    case ApiError::Code::Internal:
        return tr("Something went wrong on the community's side. Please try again later.");
    case ApiError::Code::Network:
    case ApiError::Code::ValidationFailed:
    case ApiError::Code::BadRequest:
    case ApiError::Code::InvalidJson:
    case ApiError::Code::MethodNotAllowed:
    case ApiError::Code::HeadersTooLarge:
    case ApiError::Code::RangeNotSatisfiable:
    case ApiError::Code::IdempotencyKeyReused:
    case ApiError::Code::PreconditionRequired:
    case ApiError::Code::RequestTimeout:
    case ApiError::Code::Unknown:
        break;
    }
    // The server's own words say what was wrong with what was sent.
    return error.message().isEmpty() ? tr("Something went wrong. Please try again.")
                                     : error.message();
}

void ApiClient::registerUser(
    const Registration &registration, QObject *context, Callback<Session> done)
{
    Call call = write("POST", u"/auth/register"_s, Json::toJson(registration), {});
    sendJson(call, context, std::move(done), &Json::decode<Session>);
}

void ApiClient::login(const Login &login, QObject *context, Callback<Session> done)
{
    sendJson(write("POST", u"/auth/login"_s, Json::toJson(login), {}), context, std::move(done),
        &Json::decode<Session>);
}

void ApiClient::logout(QObject *context, Callback<Done> done)
{
    sendJson(write("POST", u"/auth/logout"_s, {}, {}), context, std::move(done), &decodeDone);
}

void ApiClient::me(QObject *context, Callback<User> done)
{
    sendJson(Call{"GET", u"/me"_s, {}, {}, {}, {}, {}, false}, context, std::move(done),
        &Json::decode<User>);
}

void ApiClient::blockedUsers(const QString &cursor, QObject *context, Callback<Page<User>> done)
{
    Call call{"GET", u"/me/blocks"_s, {}, {}, {}, {}, {}, false};
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor);
    sendJson(call, context, std::move(done), &Json::decodePage<User>);
}

void ApiClient::topics(
    const QString &slugPrefix, const QString &cursor, QObject *context, Callback<Page<Topic>> done)
{
    Call call{"GET", u"/topics"_s, {}, {}, {}, {}, {}, false};
    call.query.addQueryItem(u"limit"_s, QString::number(Limits::MaxPageSize));
    if (!slugPrefix.isEmpty())
        call.query.addQueryItem(u"q"_s, slugPrefix);
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor);
    sendJson(call, context, std::move(done), &Json::decodePage<Topic>);
}

void ApiClient::topic(const QString &slug, QObject *context, Callback<Topic> done)
{
    sendJson(Call{"GET", u"/topics/"_s + pathPart(slug), {}, {}, {}, {}, {}, false}, context,
        std::move(done), &Json::decode<Topic>);
}

void ApiClient::setMembership(const QString &slug, bool joined, const QString &idempotencyKey,
    QObject *context, Callback<Topic> done)
{
    sendJson(write(joined ? "PUT" : "DELETE", u"/topics/"_s + pathPart(slug) + u"/membership"_s, {},
                 idempotencyKey),
        context, std::move(done), &Json::decode<Topic>);
}

void ApiClient::feed(
    const QString &slug, const FeedQuery &query, QObject *context, Callback<Page<Post>> done)
{
    Call call{"GET", u"/topics/"_s + pathPart(slug) + u"/feed"_s, query.toUrlQuery(), {}, {}, {},
        {}, false};
    sendJson(call, context, std::move(done), &Json::decodePage<Post>);
}

void ApiClient::newsletters(
    const QString &slug, const QString &cursor, QObject *context, Callback<Page<Newsletter>> done)
{
    Call call{"GET", u"/topics/"_s + pathPart(slug) + u"/newsletters"_s, {}, {}, {}, {}, {}, false};
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor);
    sendJson(call, context, std::move(done), &Json::decodePage<Newsletter>);
}

void ApiClient::setSubscription(qint64 newsletterId, bool subscribed, const QString &idempotencyKey,
    QObject *context, Callback<Newsletter> done)
{
    sendJson(write(subscribed ? "PUT" : "DELETE",
                 u"/newsletters/%1/subscription"_s.arg(newsletterId), {}, idempotencyKey),
        context, std::move(done), &Json::decode<Newsletter>);
}

void ApiClient::post(qint64 id, QObject *context, Callback<Post> done)
{
    sendJson(Call{"GET", u"/posts/%1"_s.arg(id), {}, {}, {}, {}, {}, false}, context,
        std::move(done), &Json::decode<Post>);
}

void ApiClient::createPost(
    const NewPost &post, const QString &idempotencyKey, QObject *context, Callback<Post> done)
{
    sendJson(write("POST", u"/posts"_s, Json::toJson(post), idempotencyKey), context,
        std::move(done), &Json::decode<Post>);
}

void ApiClient::editPost(qint64 id, qint64 version, const PostPatch &patch,
    const QString &idempotencyKey, QObject *context, Callback<Post> done)
{
    Call call = write("PATCH", u"/posts/%1"_s.arg(id), Json::toJson(patch), idempotencyKey);
    call.headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    sendJson(call, context, std::move(done), &Json::decode<Post>);
}

void ApiClient::deletePost(
    qint64 id, const QString &idempotencyKey, QObject *context, Callback<Done> done)
{
    sendJson(write("DELETE", u"/posts/%1"_s.arg(id), {}, idempotencyKey), context, std::move(done),
        &decodeDone);
}

void ApiClient::react(qint64 postId, std::optional<ReactionKind> kind,
    const QString &idempotencyKey, QObject *context, Callback<ReactionState> done)
{
    const QString path = u"/posts/%1/reaction"_s.arg(postId);
    const Call call = kind ? write("PUT", path, {{u"kind"_s, toWire(*kind)}}, idempotencyKey)
                           : write("DELETE", path, {}, idempotencyKey);
    sendJson(call, context, std::move(done), &decodeReactionState);
}

void ApiClient::comments(
    qint64 postId, const QString &cursor, QObject *context, Callback<Page<Comment>> done)
{
    Call call{"GET", u"/posts/%1/comments"_s.arg(postId), {}, {}, {}, {}, {}, false};
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor);
    sendJson(call, context, std::move(done), &Json::decodePage<Comment>);
}

void ApiClient::createComment(qint64 postId, const NewComment &comment,
    const QString &idempotencyKey, QObject *context, Callback<Comment> done)
{
    sendJson(
        write("POST", u"/posts/%1/comments"_s.arg(postId), Json::toJson(comment), idempotencyKey),
        context, std::move(done), &Json::decode<Comment>);
}

void ApiClient::editComment(qint64 id, qint64 version, const CommentPatch &patch,
    const QString &idempotencyKey, QObject *context, Callback<Comment> done)
{
    Call call = write("PATCH", u"/comments/%1"_s.arg(id), Json::toJson(patch), idempotencyKey);
    call.headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    sendJson(call, context, std::move(done), &Json::decode<Comment>);
}

void ApiClient::deleteComment(
    qint64 id, const QString &idempotencyKey, QObject *context, Callback<Done> done)
{
    sendJson(write("DELETE", u"/comments/%1"_s.arg(id), {}, idempotencyKey), context,
        std::move(done), &decodeDone);
}

void ApiClient::report(ReportTarget target, qint64 id, const Report &report,
    const QString &idempotencyKey, QObject *context, Callback<qint64> done)
{
    const QString path
        = (target == ReportTarget::Post ? u"/posts/%1/reports"_s : u"/comments/%1/reports"_s)
              .arg(id);
    sendJson(write("POST", path, Json::toJson(report), idempotencyKey), context, std::move(done),
        &decodeCreatedId);
}

void ApiClient::setBlocked(qint64 userId, bool blocked, const QString &idempotencyKey,
    QObject *context, Callback<Done> done)
{
    sendJson(
        write(blocked ? "PUT" : "DELETE", u"/users/%1/block"_s.arg(userId), {}, idempotencyKey),
        context, std::move(done), &decodeDone);
}

void ApiClient::uploadMedia(const QByteArray &bytes, const QByteArray &mimeType,
    std::optional<qint64> posterId, const QString &idempotencyKey, QObject *context,
    Callback<Media> done)
{
    Call call;
    call.method = "POST";
    call.path = u"/media"_s;
    call.body = bytes;
    call.contentType = mimeType;
    call.idempotencyKey = idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    if (posterId)
        call.query.addQueryItem(u"posterId"_s, QString::number(*posterId));
    sendJson(call, context, std::move(done), &Json::decode<Media>);
}

void ApiClient::mediaBytes(qint64 id, bool thumbnail, QObject *context, Callback<QByteArray> done)
{
    Call call{"GET", u"/media/%1"_s.arg(id), {}, {}, {}, {}, {}, true};
    if (thumbnail)
        call.query.addQueryItem(u"size"_s, u"thumb"_s);
    send(
        call, context, [done](Result<QByteArray> body, QNetworkReply *) { done(std::move(body)); });
}

void ApiClient::changes(
    qint64 since, const QStringList &topicSlugs, QObject *context, Callback<Changes> done)
{
    sendChanges(since, topicSlugs, {}, context, std::move(done));
}

void ApiClient::waitForChanges(
    qint64 since, std::chrono::seconds wait, QObject *context, Callback<Changes> done)
{
    sendChanges(since, {}, wait, context, std::move(done));
}

void ApiClient::sendChanges(qint64 since, const QStringList &topicSlugs, std::chrono::seconds wait,
    QObject *context, Callback<Changes> done)
{
    Call call{"GET", u"/changes"_s, {}, {}, {}, {}, {}, false};
    call.query.addQueryItem(u"since"_s, QString::number(since));
    if (!topicSlugs.isEmpty())
        call.query.addQueryItem(u"topics"_s, topicSlugs.join(u','));
    if (wait.count() > 0) {
        call.query.addQueryItem(u"wait"_s, QString::number(wait.count()));
        call.timeout = std::max<std::chrono::milliseconds>(m_timeout, wait + WaitMargin);
    }
    sendJson(call, context, std::move(done), &Json::decode<Changes>);
}

ApiClient::Call ApiClient::searchCall(
    const QString &type, const QString &text, const QString &cursor, int limit)
{
    Call call{"GET", u"/search"_s, {}, {}, {}, {}, {}, false};
    // Encoded here: QUrlQuery would leave '+' (a space to many servers), '&' and '=' of
    // what the person typed as they are.
    call.query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    call.query.addQueryItem(u"type"_s, type);
    call.query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, Limits::MaxPageSize)));
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return call;
}

void ApiClient::searchPosts(const QString &text, const QString &cursor, int limit, QObject *context,
    Callback<Page<Post>> done)
{
    sendJson(searchCall(u"posts"_s, text, cursor, limit), context, std::move(done),
        &Json::decodePage<Post>);
}

void ApiClient::searchTopics(const QString &text, const QString &cursor, int limit,
    QObject *context, Callback<Page<Topic>> done)
{
    sendJson(searchCall(u"topics"_s, text, cursor, limit), context, std::move(done),
        &Json::decodePage<Topic>);
}

void ApiClient::searchUsers(const QString &text, const QString &cursor, int limit, QObject *context,
    Callback<Page<User>> done)
{
    sendJson(searchCall(u"users"_s, text, cursor, limit), context, std::move(done),
        &Json::decodePage<User>);
}

void ApiClient::notifications(
    const QString &cursor, int limit, QObject *context, Callback<Page<Notification>> done)
{
    Call call{"GET", u"/notifications"_s, {}, {}, {}, {}, {}, false};
    call.query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor);
    sendJson(call, context, std::move(done), &Json::decodePage<Notification>);
}

void ApiClient::markNotificationsRead(
    qint64 upTo, const QString &idempotencyKey, QObject *context, Callback<NotificationState> done)
{
    sendJson(
        write("POST", u"/notifications/read"_s, QJsonObject{{u"upTo"_s, upTo}}, idempotencyKey),
        context, std::move(done), &Json::decode<NotificationState>);
}

void ApiClient::profile(const QString &handle, QObject *context, Callback<Profile> done)
{
    sendJson(Call{"GET", u"/users/"_s + pathPart(handle), {}, {}, {}, {}, {}, false}, context,
        std::move(done), &Json::decode<Profile>);
}

void ApiClient::userPosts(
    qint64 userId, const FeedQuery &query, QObject *context, Callback<Page<Post>> done)
{
    QUrlQuery parameters = query.toUrlQuery();
    parameters.removeAllQueryItems(u"sort"_s);
    Call call{"GET", u"/users/%1/posts"_s.arg(userId), parameters, {}, {}, {}, {}, false};
    sendJson(call, context, std::move(done), &Json::decodePage<Post>);
}

void ApiClient::updateProfile(const ProfilePatch &patch, const QString &idempotencyKey,
    QObject *context, Callback<Profile> done)
{
    sendJson(write("PATCH", u"/me"_s, Json::toJson(patch), idempotencyKey), context,
        std::move(done), &Json::decode<Profile>);
}

} // namespace Hearth
