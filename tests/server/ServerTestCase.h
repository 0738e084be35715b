#pragma once

#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

// What the server suites share: a fresh server per suite and signed-in clients.
namespace Hearth::Testing {

// A member registered on the server and signed in on client; named after the handle
// ("river" → "River") unless displayName is given.
inline QJsonObject registerUser(
    HttpClient &client, const QString &handle, const QString &displayName = {})
{
    const HttpClient::Reply reply = client.post(QStringLiteral("/api/v1/auth/register"),
        {{QStringLiteral("handle"), handle},
            {QStringLiteral("password"), QStringLiteral("a long enough password")},
            {QStringLiteral("displayName"),
                displayName.isEmpty() ? QString(handle.left(1).toUpper() + handle.mid(1))
                                      : displayName}});
    if (reply.status != 201)
        qWarning() << "registering" << handle << "gave" << reply.status << reply.body;
    client.setToken(reply.json().value(QStringLiteral("token")).toString());
    return reply.json().value(QStringLiteral("user")).toObject();
}

// The id a create answered with (0, with a warning, when it did not).
inline qint64 idOf(const HttpClient::Reply &reply)
{
    if (reply.status != 201)
        qWarning() << "creating gave" << reply.status << reply.body;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

// A comment on postId (a reply to parentId when given), written by client's member.
inline qint64 writeComment(
    HttpClient &client, qint64 postId, const QString &body, qint64 parentId = 0)
{
    QJsonObject object{{QStringLiteral("body"), body}};
    if (parentId)
        object.insert(QStringLiteral("parentId"), parentId);
    return idOf(client.post(QStringLiteral("/api/v1/posts/%1/comments").arg(postId), object));
}

inline QJsonObject newPost(const QString &title, const QString &body,
    const QString &kind = QStringLiteral("post"), const QStringList &hashtags = {})
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("hashtags"), QJsonArray::fromStringList(hashtags)}};
}

// The ids of a JSON page's items, in order.
inline QList<qint64> idsOf(const QJsonObject &page, const QString &key = QStringLiteral("items"))
{
    QList<qint64> ids;
    for (const QJsonValue &item : page.value(key).toArray())
        ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

inline QSet<qint64> setOf(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace Hearth::Testing
