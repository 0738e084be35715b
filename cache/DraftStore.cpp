#include "DraftStore.h"

#include "CacheSql.h"
#include "CacheTransaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString upsert = u"INSERT INTO drafts (key, json, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET json = excluded.json, "
                       "updated_at = excluded.updated_at"_s;

} // namespace

DraftStore::DraftStore(const QSqlDatabase &db) : m_db(db) { }

void DraftStore::changed() const
{
    if (m_changed)
        m_changed();
}

bool DraftStore::save(const QString &key, const QJsonObject &draft)
{
    try {
        CacheSql::exec(m_db, upsert, {key, CacheSql::fromJson(draft), CacheSql::nowMs()});
        changed();
        return true;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("DraftStore::save", error);
        return false;
    }
}

std::optional<QJsonObject> DraftStore::load(const QString &key) const
{
    try {
        const QVariant json
            = CacheSql::scalar(m_db, u"SELECT json FROM drafts WHERE key = ?"_s, {key});
        if (!json.isValid())
            return std::nullopt;
        return CacheSql::toJson(json.toString());
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("DraftStore::load", error);
        return std::nullopt;
    }
}

bool DraftStore::remove(const QString &key)
{
    try {
        const QSqlQuery removed
            = CacheSql::exec(m_db, u"DELETE FROM drafts WHERE key = ?"_s, {key});
        if (removed.numRowsAffected() > 0)
            changed();
        return true;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("DraftStore::remove", error);
        return false;
    }
}

QStringList DraftStore::keys() const
{
    QStringList keys;
    for (const Draft &draft : all())
        keys.append(draft.key);
    return keys;
}

QList<DraftStore::Draft> DraftStore::all() const
{
    QList<Draft> drafts;
    try {
        QSqlQuery query = CacheSql::exec(
            m_db, u"SELECT key, json, updated_at FROM drafts ORDER BY updated_at DESC, key"_s);
        while (query.next()) {
            drafts.append({query.value(0).toString(), CacheSql::toJson(query.value(1).toString()),
                CacheSql::toDateTime(query.value(2))});
        }
        if (query.lastError().isValid())
            qCWarning(lcCache) << "reading the drafts stopped:" << query.lastError().text();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("reading the drafts", error);
    }
    return drafts;
}

bool DraftStore::restore(const QList<Draft> &drafts)
{
    try {
        CacheTransaction transaction(m_db);
        QSqlQuery insert = CacheSql::prepare(m_db, upsert);
        for (const Draft &draft : drafts) {
            CacheSql::run(insert,
                {draft.key, CacheSql::fromJson(draft.content),
                    draft.updatedAt.isValid() ? draft.updatedAt.toMSecsSinceEpoch()
                                              : CacheSql::nowMs()});
        }
        return transaction.commit();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("DraftStore::restore", error);
        return false;
    }
}

} // namespace Hearth
