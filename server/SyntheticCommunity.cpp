#include "SyntheticCommunity.h"

#include "Passwords.h"
#include "Sql.h"
#include "Store.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QStringList tags{u"Therapy"_s, u"Anxiety"_s, u"Depression"_s, u"PTSD"_s, u"Grief"_s,
    u"ChronicIllness"_s, u"BipolarDisorder"_s, u"Caregiving"_s, u"Loneliness"_s, u"Sleep"_s,
    u"SelfCare"_s, u"SmallWins"_s, u"CheckInWithMe"_s};

const QStringList words{u"today"_s, u"small"_s, u"step"_s, u"walk"_s, u"tea"_s, u"quiet"_s,
    u"morning"_s, u"evening"_s, u"rest"_s, u"talk"_s, u"friend"_s, u"breath"_s, u"kind"_s,
    u"week"_s, u"hope"_s, u"slow"_s, u"gentle"_s, u"light"_s, u"window"_s, u"garden"_s};

QString sentence(QRandomGenerator &random, int length)
{
    QStringList picked;
    for (int i = 0; i < length; ++i)
        picked.append(words[random.bounded(int(words.size()))]);
    QString text = picked.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw Sql::Error(u"cannot prepare: "_s + sql);
    return query;
}

void run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        throw Sql::Error(u"synthetic insert failed"_s);
}

} // namespace

SyntheticCommunity::SyntheticCommunity(Store &store) : m_store(store) { }

void SyntheticCommunity::generate(int postCount)
{
    const QSqlDatabase db = m_store.connection();
    QRandomGenerator random(1125);
    Sql::Transaction transaction(db);

    const QByteArray hash = Passwords::hash(u"synthetic-member"_s);
    QList<qint64> users;
    const qint64 firstUser
        = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM users"_s).toLongLong();
    for (int i = 0; i < 50; ++i) {
        users.append(m_store.accounts().insertUser(
            u"synthetic_%1"_s.arg(firstUser + i), u"Member %1"_s.arg(firstUser + i), hash, false));
    }
    QList<qint64> topicIds;
    for (const QString &tag : tags)
        topicIds.append(m_store.topics().ensureTopic(tag));

    QSqlQuery insertPost = prepare(db,
        u"INSERT INTO posts (kind, author_id, title, body, created_at, "
        "reaction_count, comment_count, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertTopic = prepare(db,
        u"INSERT OR IGNORE INTO post_topics (topic_id, post_id, kind, "
        "created_at, position, tag) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertReaction = prepare(db,
        u"INSERT OR IGNORE INTO reactions (post_id, user_id, kind, "
        "created_at) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery insertComment = prepare(db,
        u"INSERT INTO comments (post_id, author_id, body, created_at) "
        "VALUES (?, ?, ?, ?)"_s);

    const qint64 now = Sql::nowMs();
    const qint64 year = 365LL * 24 * 3'600'000;
    qint64 seq = m_store.changes().current();
    for (int n = 0; n < postCount; ++n) {
        const qint64 createdAt = now - random.bounded(year);
        const bool story = random.bounded(7) == 0;
        const QString kind = story ? u"story"_s : u"post"_s;
        const int tagCount = 1 + random.bounded(3);
        QList<int> chosen;
        while (chosen.size() < tagCount) {
            const int pick = random.bounded(int(tags.size()));
            if (!chosen.contains(pick))
                chosen.append(pick);
        }
        QString body = sentence(random, story ? 60 : 14);
        for (int pick : std::as_const(chosen))
            body += u" #"_s + tags[pick];
        const int reactions = random.bounded(6);
        const int comments = random.bounded(4);
        run(insertPost,
            {kind, users[random.bounded(int(users.size()))], sentence(random, 5), body, createdAt,
                reactions, comments, ++seq});
        const qint64 postId = insertPost.lastInsertId().toLongLong();
        for (int i = 0; i < chosen.size(); ++i)
            run(insertTopic, {topicIds[chosen[i]], postId, kind, createdAt, i, tags[chosen[i]]});
        for (int r = 0; r < reactions; ++r) {
            run(insertReaction,
                {postId, users[r * 7 % users.size()],
                    QStringList{u"heart"_s, u"hug"_s, u"me_too"_s}[r % 3], createdAt});
        }
        for (int c = 0; c < comments; ++c) {
            run(insertComment,
                {postId, users[random.bounded(int(users.size()))], sentence(random, 10),
                    createdAt + (c + 1) * 60'000});
        }
    }

    // Bulk inserts skip the per-row bookkeeping: bring counts and the sequence up to date.
    Sql::exec(db,
        u"UPDATE posts SET reaction_count = (SELECT COUNT(*) FROM reactions r "
        "WHERE r.post_id = posts.id) WHERE seq > ?"_s,
        {m_store.changes().current()});
    for (const char *column : {"posts", "stories"}) {
        const QString kind = qstrcmp(column, "posts") == 0 ? u"post"_s : u"story"_s;
        Sql::exec(db,
            u"UPDATE topics SET %1 = (SELECT COUNT(*) FROM post_topics pt WHERE "
            "pt.topic_id = topics.id AND pt.kind = ?), seq = ?"_s.arg(QLatin1StringView(column)),
            {kind, seq});
    }
    Sql::exec(db, u"UPDATE meta SET value = ? WHERE key = 'change_seq'"_s, {seq});
    transaction.commit();
}

} // namespace Hearth
