#include "ChangeBroadcast.h"

#include "Database.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBroadcast, "hearth.server.wait")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString Channel = u"hearth_changes"_s;
// PostgreSQL takes a payload of up to 8000 bytes; past this, the announcement says only
// "everything" (a deletion touches every waiter anyway).
constexpr qsizetype MaxPayload = 7000;

QJsonArray idArray(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QSet<qint64> idSet(const QJsonValue &value)
{
    QSet<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.insert(id.toInteger());
    return ids;
}

} // namespace

ChangeBroadcast::ChangeBroadcast(Database &database, QObject *parent)
    : QObject(parent)
    , m_main(database.connection())
    , m_sender(QUuid::createUuid().toByteArray(QUuid::Id128))
{
    if (Sql::dialect(m_main) != Sql::Dialect::PostgreSQL)
        return;
    m_listener = database.openSibling(u"listen"_s);
    if (!m_listener.isOpen() || !m_listener.driver()->subscribeToNotification(Channel)) {
        qCWarning(lcBroadcast).noquote()
            << "cannot listen for other processes' changes:" << database.errorString()
            << "- held requests wake for this process's writes only";
        return;
    }
    connect(m_listener.driver(),
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        this,
        [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
            notification(channel, payload);
        });
    m_listening = true;
}

QByteArray ChangeBroadcast::encode(const ChangeLog::Touched &touched, const QByteArray &sender)
{
    QJsonObject object{{u"from"_s, QString::fromLatin1(sender)}, {u"last"_s, touched.last},
        {u"topics"_s, idArray(touched.topicIds)}, {u"deletion"_s, touched.deletion},
        {u"shared"_s, touched.shared}, {u"users"_s, idArray(touched.userIds)}};
    QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (payload.size() > MaxPayload) {
        // Too many to name: wake everyone, as a deletion does.
        object.insert(u"topics"_s, QJsonArray());
        object.insert(u"users"_s, QJsonArray());
        object.insert(u"deletion"_s, true);
        payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return payload;
}

std::optional<ChangeLog::Touched> ChangeBroadcast::decode(
    const QByteArray &payload, QByteArray *sender)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    if (!object.contains(u"last"_s))
        return std::nullopt;
    *sender = object.value(u"from"_s).toString().toLatin1();
    ChangeLog::Touched touched;
    touched.last = object.value(u"last"_s).toInteger();
    touched.topicIds = idSet(object.value(u"topics"_s));
    touched.deletion = object.value(u"deletion"_s).toBool();
    touched.shared = object.value(u"shared"_s).toBool();
    touched.userIds = idSet(object.value(u"users"_s));
    return touched;
}

void ChangeBroadcast::announce(const ChangeLog::Touched &touched)
{
    if (!m_listening || !touched.any())
        return;
    Sql::exec(m_main, u"SELECT pg_notify(?, ?)"_s,
        {Channel, QString::fromUtf8(encode(touched, m_sender))});
}

void ChangeBroadcast::notification(const QString &channel, const QVariant &payload)
{
    if (channel != Channel)
        return;
    QByteArray sender;
    const auto touched = decode(payload.toString().toUtf8(), &sender);
    if (!touched || sender == m_sender)
        return;
    Q_EMIT heard(*touched);
}

} // namespace Hearth
