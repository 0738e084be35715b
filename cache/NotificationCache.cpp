#include "NotificationCache.h"

#include "CacheSql.h"
#include "api/Json.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString UnreadKey = u"notifications.unread"_s;
const QString LatestKey = u"notifications.latest"_s;
const QString ReadMarkKey = u"notifications.readMark"_s;
const QString AnnouncedKey = u"notifications.announced"_s;

std::optional<qint64> readState(const QSqlDatabase &db, const QString &key)
{
    const QVariant value
        = CacheSql::scalar(db, u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

void writeState(const QSqlDatabase &db, const QString &key, qint64 value)
{
    CacheSql::exec(db,
        u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, QString::number(value)});
}

std::optional<Notification> decodeRow(const QString &json, qint64 readMark)
{
    const Result<Notification> item = Json::decodeBody<Notification>(json.toUtf8());
    if (!item)
        return std::nullopt;
    Notification notification = *item;
    notification.read = notification.read || notification.id <= readMark;
    return notification;
}

} // namespace

NotificationCache::NotificationCache(const QSqlDatabase &db) : m_db(db) { }

bool NotificationCache::store(const QList<Notification> &items, bool firstPage)
{
    return CacheSql::transact(m_db, "NotificationCache::store", [&] {
        if (firstPage) {
            // The first page is the truth from its oldest entry up: what it lacks there is
            // gone on the server.
            qint64 oldest = 0;
            for (const Notification &item : items)
                oldest = oldest == 0 ? item.id : std::min(oldest, item.id);
            CacheSql::exec(m_db, u"DELETE FROM notifications WHERE id >= ?"_s, {oldest});
        }
        QSqlQuery insert = CacheSql::prepare(
            m_db, u"INSERT OR REPLACE INTO notifications (id, json) VALUES (?, ?)"_s);
        for (const Notification &item : items) {
            CacheSql::run(insert,
                {item.id,
                    QString::fromUtf8(
                        QJsonDocument(Json::toJson(item)).toJson(QJsonDocument::Compact))});
        }
        CacheSql::exec(m_db,
            u"DELETE FROM notifications WHERE id NOT IN "
            "(SELECT id FROM notifications ORDER BY id DESC LIMIT ?)"_s,
            {MaxKept});
        return true;
    });
}

QList<Notification> NotificationCache::newest(int limit) const
{
    return CacheSql::read("NotificationCache::newest", QList<Notification>(), [&] {
        const qint64 mark = readState(m_db, ReadMarkKey).value_or(0);
        QList<Notification> items;
        QSqlQuery query = CacheSql::exec(
            m_db, u"SELECT json FROM notifications ORDER BY id DESC LIMIT ?"_s, {limit});
        while (query.next()) {
            if (auto item = decodeRow(query.value(0).toString(), mark))
                items.append(*item);
        }
        return items;
    });
}

std::optional<Notification> NotificationCache::find(qint64 id) const
{
    return CacheSql::read("NotificationCache::find", std::optional<Notification>(), [&] {
        const QVariant json
            = CacheSql::scalar(m_db, u"SELECT json FROM notifications WHERE id = ?"_s, {id});
        if (!json.isValid())
            return std::optional<Notification>();
        return decodeRow(json.toString(), readState(m_db, ReadMarkKey).value_or(0));
    });
}

bool NotificationCache::setServerState(const NotificationState &state)
{
    return CacheSql::transact(m_db, "NotificationCache::setServerState", [&] {
        writeState(m_db, UnreadKey, state.unread);
        writeState(m_db, LatestKey, state.latest);
        return true;
    });
}

bool NotificationCache::hasServerState() const
{
    return CacheSql::read("NotificationCache::hasServerState", false,
        [&] { return readState(m_db, LatestKey).has_value(); });
}

NotificationState NotificationCache::state() const
{
    return CacheSql::read("NotificationCache::state", NotificationState(), [&] {
        NotificationState state;
        state.unread = readState(m_db, UnreadKey).value_or(0);
        state.latest = readState(m_db, LatestKey).value_or(0);
        const qint64 mark = readState(m_db, ReadMarkKey).value_or(0);
        if (mark >= state.latest) {
            state.unread = 0;
        } else if (mark > 0) {
            // Read here up to mark, not yet told: what stays unread is what is newer.
            qint64 newer = CacheSql::scalar(
                m_db, u"SELECT count(*) FROM notifications WHERE id > ?"_s, {mark})
                               .toLongLong();
            // An entry the server has that the list here does not hold yet is one at least.
            const qint64 newestHere
                = CacheSql::scalar(m_db, u"SELECT coalesce(max(id), 0) FROM notifications"_s)
                      .toLongLong();
            if (state.latest > newestHere)
                newer = std::max<qint64>(newer, 1);
            state.unread = std::min(state.unread, newer);
        }
        return state;
    });
}

bool NotificationCache::markRead(qint64 upTo)
{
    return CacheSql::transact(m_db, "NotificationCache::markRead", [&] {
        if (upTo > readState(m_db, ReadMarkKey).value_or(0))
            writeState(m_db, ReadMarkKey, upTo);
        return true;
    });
}

qint64 NotificationCache::readMark() const
{
    return CacheSql::read("NotificationCache::readMark", qint64(0),
        [&] { return readState(m_db, ReadMarkKey).value_or(0); });
}

qint64 NotificationCache::announcedUpTo() const
{
    return CacheSql::read("NotificationCache::announcedUpTo", qint64(0),
        [&] { return readState(m_db, AnnouncedKey).value_or(0); });
}

bool NotificationCache::setAnnouncedUpTo(qint64 id)
{
    return CacheSql::transact(m_db, "NotificationCache::setAnnouncedUpTo", [&] {
        if (id > readState(m_db, AnnouncedKey).value_or(0))
            writeState(m_db, AnnouncedKey, id);
        return true;
    });
}

} // namespace Hearth
