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

inline QJsonObject registerUser(HttpClient &client, const QString &handle)
{
    const HttpClient::Reply reply = client.post(QStringLiteral("/api/v1/auth/register"),
        {{QStringLiteral("handle"), handle},
            {QStringLiteral("password"), QStringLiteral("a long enough password")},
            {QStringLiteral("displayName"), QString(handle.left(1).toUpper() + handle.mid(1))}});
    if (reply.status != 201)
        qWarning() << "registering" << handle << "gave" << reply.status << reply.body;
    client.setToken(reply.json().value(QStringLiteral("token")).toString());
    return reply.json().value(QStringLiteral("user")).toObject();
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
