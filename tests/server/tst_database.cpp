// The server's SQLite database, opened through the Database class on a real file: how the
// connection is set up (acknowledged writes survive a power cut) and what the migrations do
// to a database made by an earlier release.

#include "server/Database.h"
#include "server/SearchStore.h"
#include "server/TrendingScore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAreDurableOnCommit();
    void freshSchemaNeverReusesIds();
    void oldDatabaseKeepsIdsRisingPastDeletedOnes();
    void migrationScoresExistingPostsForTrending();
    void migrationIndexesExistingPostsAndTopicsForSearch();
    void migrationReplacesNulInStoredText();
};

namespace {

// Runs sql on db and gives the first column of each row; fails the test on an error.
QVariantList rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << sql << query.lastError().text();
    QVariantList values;
    while (query.next())
        values.append(query.value(0));
    return values;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    const QVariantList values = rows(db, sql);
    return values.isEmpty() ? QVariant() : values.first();
}

// The id SQLite gives to a row inserted by sql, or 0 when it fails.
qint64 insert(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

// What a migration must keep: every row of every table, and every index.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList lines;
    const QVariantList tables = rows(db,
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"_s);
    for (const QVariant &table : tables) {
        QSqlQuery query(db);
        query.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table.toString()));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            lines.append(table.toString() + u": "_s + values.join(u'|'));
        }
    }
    for (const QVariant &index :
        rows(db,
            u"SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index' ORDER BY 1"_s))
        lines.append(u"index "_s + index.toString());
    return lines;
}

QStringList foreignKeys(const QSqlDatabase &db)
{
    QStringList keys;
    for (const QVariant &table :
        rows(db, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s)) {
        QSqlQuery query(db);
        query.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table.toString()));
        while (query.next()) {
            keys.append(u"%1.%2 -> %3.%4 on delete %5"_s.arg(table.toString(),
                query.value(u"from"_s).toString(), query.value(u"table"_s).toString(),
                query.value(u"to"_s).toString(), query.value(u"on_delete"_s).toString()));
        }
    }
    keys.sort();
    return keys;
}

} // namespace

void TestDatabase::writesAreDurableOnCommit()
{
    // In WAL mode, synchronous = NORMAL may lose the last commits in a power cut, after the
    // client was told 201; FULL syncs the log on every commit. The pragma is per connection,
    // so it is read on the connection the server uses.
    QTemporaryDir data;
    Database database;
    QVERIFY2(database.open(data.filePath(u"hearth.db"_s)), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestDatabase::freshSchemaNeverReusesIds()
{
    QTemporaryDir data;
    Database database;
    QVERIFY2(database.open(data.filePath(u"hearth.db"_s)), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    const qint64 user = insert(db,
        u"INSERT INTO users (handle, display_name, password_hash, created_at) "
        "VALUES ('fern', 'Fern', 'x', 0)"_s);
    QVERIFY(user > 0);
    // Every table whose ids the API hands out, and whose rows can go.
    const QList<std::pair<QString, QString>> tables{
        {u"posts"_s,
            u"INSERT INTO posts (kind, author_id, title, body, created_at, seq) "
            "VALUES ('post', %1, 't', 'b', 0, 1)"_s.arg(user)},
        {u"media"_s,
            u"INSERT INTO media (owner_id, kind, mime_type, width, height, byte_size, file, "
            "created_at) VALUES (%1, 'image', 'image/jpeg', 1, 1, 1, 'f', 0)"_s.arg(user)},
        {u"reports"_s,
            u"INSERT INTO reports (reporter_id, reason, created_at) VALUES (%1, 'spam', 0)"_s.arg(
                user)},
        {u"users"_s,
            u"INSERT INTO users (handle, display_name, password_hash, created_at) "
            "VALUES ('moss', 'Moss', 'x', 0)"_s},
    };
    for (const auto &[table, sql] : tables) {
        const qint64 first = insert(db, sql);
        QVERIFY2(first > 0, qPrintable(table));
        QVERIFY(QSqlQuery(db).exec(u"DELETE FROM %1 WHERE id = %2"_s.arg(table).arg(first)));
        QVERIFY2(insert(db, sql) > first, qPrintable(table));
    }
    QVERIFY(insert(db, u"INSERT INTO topics (slug, name, tag) VALUES ('t', 'T', 'T')"_s) > 0);
    const qint64 newsletter = insert(
        db, u"INSERT INTO newsletters (topic_id, title, cadence) VALUES (1, 'N', 'weekly')"_s);
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM newsletters"_s));
    QVERIFY(insert(db,
                u"INSERT INTO newsletters (topic_id, title, cadence) VALUES (1, 'N', 'weekly')"_s)
        > newsletter);
    const qint64 post = insert(db,
        u"INSERT INTO posts (kind, author_id, title, body, created_at, seq) "
        "VALUES ('post', %1, 't', 'b', 0, 1)"_s.arg(user));
    const QString comment = u"INSERT INTO comments (post_id, author_id, body, created_at) "
                            "VALUES (%1, %2, 'c', 0)"_s.arg(post)
                                .arg(user);
    const qint64 firstComment = insert(db, comment);
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM comments WHERE id = %1"_s.arg(firstComment)));
    QVERIFY(insert(db, comment) > firstComment);
}

void TestDatabase::oldDatabaseKeepsIdsRisingPastDeletedOnes()
{
    // A database as the first release made it (schema version 1), where the newest post,
    // comment and upload were deleted: the ids they had must never come back.
    QTemporaryDir data;
    const QString path = data.filePath(u"hearth.db"_s);
    QStringList before;
    QStringList keysBefore;
    {
        Database old;
        QVERIFY2(old.open(path, 1), qPrintable(old.errorString()));
        QSqlDatabase db = old.connection();
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), 1);
        const QStringList setup{
            u"INSERT INTO users (id, handle, display_name, password_hash, created_at) "
            "VALUES (1, 'fern', 'Fern', 'h1', 10), (2, 'moss', 'Moss', 'h2', 11)"_s,
            u"INSERT INTO tokens (hash, user_id, created_at) VALUES (x'01', 1, 12)"_s,
            u"INSERT INTO topics (id, slug, name, tag, posts, seq) "
            "VALUES (1, 'rest', 'Rest', 'Rest', 2, 5)"_s,
            u"INSERT INTO memberships (topic_id, user_id, created_at) VALUES (1, 2, 13)"_s,
            u"INSERT INTO media (id, owner_id, kind, mime_type, width, height, byte_size, file, "
            "post_id, created_at) VALUES "
            "(1, 1, 'image', 'image/jpeg', 4, 3, 100, 'a.jpg', 1, 14), "
            "(2, 1, 'image', 'image/jpeg', 4, 3, 100, 'b.jpg', NULL, 15)"_s,
            u"INSERT INTO posts (id, kind, author_id, title, body, media_id, created_at, seq) "
            "VALUES (1, 'post', 1, 'One', '#Rest', 1, 20, 1), "
            "(2, 'post', 2, 'Two', '#Rest', NULL, 21, 2)"_s,
            u"INSERT INTO post_topics (topic_id, post_id, kind, created_at, position, tag) "
            "VALUES (1, 1, 'post', 20, 0, 'Rest'), (1, 2, 'post', 21, 0, 'Rest')"_s,
            u"INSERT INTO reactions (post_id, user_id, kind, created_at) "
            "VALUES (1, 2, 'hug', 22)"_s,
            u"INSERT INTO comments (id, post_id, parent_id, author_id, body, created_at, "
            "reply_count) VALUES (1, 1, NULL, 2, 'Top', 23, 1), (2, 1, 1, 1, 'Reply', 24, 0)"_s,
            // Posts 3 and 4 were deleted (4 the newest, and reported); comment 5 was
            // reported, then deleted.
            u"INSERT INTO deleted_posts (post_id, seq, topic_ids) VALUES (3, 3, '1'), (4, 4, '1')"_s,
            u"INSERT INTO reports (id, reporter_id, post_id, comment_id, reason, created_at) "
            "VALUES (1, 2, 4, NULL, 'spam', 25), (2, 2, NULL, 5, 'spam', 26)"_s,
            u"INSERT INTO newsletters (id, topic_id, title, cadence) VALUES (3, 1, 'Rest notes', "
            "'weekly')"_s,
            u"INSERT INTO subscriptions (newsletter_id, user_id, created_at) VALUES (3, 2, 27)"_s,
            u"INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (1, 2, 28)"_s,
            u"UPDATE meta SET value = 5 WHERE key = 'change_seq'"_s,
        };
        for (const QString &sql : setup) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        before = snapshot(db);
        keysBefore = foreignKeys(db);
        // The flaw being fixed, shown on the old schema: the next post takes deleted post
        // 3's id.
        QVERIFY(db.transaction());
        QCOMPARE(insert(db,
                     u"INSERT INTO posts (kind, author_id, title, body, created_at, seq) "
                     "VALUES ('post', 1, 'Again', '#Rest', 29, 6)"_s),
            3);
        QVERIFY(db.rollback());
    }

    // Step 2 is the one under test: later steps add columns and indexes of their own.
    Database database;
    QVERIFY2(database.open(path, 2), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), 2);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QVERIFY(rows(db, u"PRAGMA foreign_key_check"_s).isEmpty());
    // Every row and every index is still there; every foreign key still points where it did.
    QCOMPARE(snapshot(db), before);
    QCOMPARE(foreignKeys(db), keysBefore);
    for (const QString &table :
        {u"users"_s, u"media"_s, u"posts"_s, u"comments"_s, u"newsletters"_s, u"reports"_s}) {
        QVERIFY2(scalar(db, u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                     .toString()
                     .contains(u"AUTOINCREMENT"_s),
            qPrintable(table));
    }

    // New ids start past every id the database knows was handed out.
    QCOMPARE(insert(db,
                 u"INSERT INTO posts (kind, author_id, title, body, created_at, seq) "
                 "VALUES ('post', 1, 'Three', '#Rest', 30, 6)"_s),
        5);
    QCOMPARE(insert(db,
                 u"INSERT INTO comments (post_id, author_id, body, created_at) "
                 "VALUES (2, 1, 'New', 31)"_s),
        6);
    QCOMPARE(insert(db,
                 u"INSERT INTO media (owner_id, kind, mime_type, width, height, byte_size, file, "
                 "created_at) VALUES (1, 'image', 'image/png', 1, 1, 1, 'c.png', 32)"_s),
        3);
    QCOMPARE(insert(db,
                 u"INSERT INTO users (handle, display_name, password_hash, created_at) "
                 "VALUES ('reed', 'Reed', 'h3', 33)"_s),
        3);
    QCOMPARE(insert(db,
                 u"INSERT INTO reports (reporter_id, post_id, reason, created_at) "
                 "VALUES (1, 2, 'other', 34)"_s),
        3);
    QCOMPARE(
        insert(db,
            u"INSERT INTO newsletters (topic_id, title, cadence) VALUES (1, 'More', 'monthly')"_s),
        4);

    // The foreign keys are enforced and still cascade: deleting post 1 takes its topics,
    // reactions and comments; deleting a user takes their tokens and posts.
    QSqlQuery orphan(db);
    QVERIFY(!orphan.exec(u"INSERT INTO comments (post_id, author_id, body, created_at) "
                         "VALUES (999, 1, 'Orphan', 35)"_s));
    QVERIFY(QSqlQuery(db).exec(u"UPDATE posts SET media_id = NULL WHERE id = 1"_s));
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM posts WHERE id = 1"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM post_topics WHERE post_id = 1"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reactions WHERE post_id = 1"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM comments WHERE post_id = 1"_s).toInt(), 0);
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM users WHERE id = 1"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM tokens"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM posts WHERE author_id = 1"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM blocks"_s).toInt(), 0);
    QVERIFY(rows(db, u"PRAGMA foreign_key_check"_s).isEmpty());
}

void TestDatabase::migrationScoresExistingPostsForTrending()
{
    // Posts of a schema-2 database, with counts from none to past 2^40: step 3 gives each of
    // their feed rows the score TrendingScore computes, in SQL alone, and indexes it; and
    // keeps each post's hashtags and reactions of each kind with it.
    QTemporaryDir data;
    const QString path = data.filePath(u"hearth.db"_s);
    const QList<std::array<qint64, 3>> posts{// reactions, comments, created at
        {0, 0, 0}, {1, 0, 1'700'000'000'000}, {0, 1, 1'700'000'014'399}, {3, 2, 1'700'000'014'400},
        {7, 0, 1'765'000'000'000}, {1000, 250, 1'765'000'123'456},
        {(qint64(1) << 40) + 5, 9, 1'765'000'000'001}, {5, 5, 999}};
    {
        Database old;
        QVERIFY2(old.open(path, 2), qPrintable(old.errorString()));
        QSqlDatabase db = old.connection();
        QStringList setup{
            u"INSERT INTO users (id, handle, display_name, password_hash, created_at) "
            "VALUES (1, 'fern', 'Fern', 'h1', 10)"_s,
            u"INSERT INTO topics (id, slug, name, tag, seq) VALUES (1, 'rest', 'Rest', 'Rest', 1), "
            "(2, 'calm', 'Calm', 'Calm', 1)"_s,
        };
        for (qsizetype i = 0; i < posts.size(); ++i) {
            const auto &[reactions, comments, createdAt] = posts[i];
            setup.append(u"INSERT INTO posts (id, kind, author_id, title, body, created_at, "
                         "reaction_count, comment_count, seq) VALUES (%1, 'post', 1, 't', 'b', "
                         "%2, %3, %4, %1)"_s.arg(i + 1)
                             .arg(createdAt)
                             .arg(reactions)
                             .arg(comments));
            for (int topic = 1; topic <= 2; ++topic) {
                setup.append(u"INSERT INTO post_topics (topic_id, post_id, kind, created_at, "
                             "position, tag) VALUES (%1, %2, 'post', %3, %4, 'T')"_s.arg(topic)
                                 .arg(i + 1)
                                 .arg(createdAt)
                                 .arg(topic - 1));
            }
        }
        // Post 1's hashtags, and reactions of two kinds on post 2.
        setup.append(u"UPDATE post_topics SET tag = 'Rest' WHERE post_id = 1 AND topic_id = 1"_s);
        setup.append(u"UPDATE post_topics SET tag = 'Calm' WHERE post_id = 1 AND topic_id = 2"_s);
        setup.append(u"INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES "
                     "(2, 1, 'hug', 1), (2, 2, 'heart', 1), (2, 3, 'hug', 1)"_s);
        setup.append(u"INSERT INTO users (id, handle, display_name, password_hash, created_at) "
                     "VALUES (2, 'moss', 'Moss', 'h2', 10), (3, 'reed', 'Reed', 'h3', 10)"_s);
        std::swap(setup[setup.size() - 1], setup[setup.size() - 2]);
        for (const QString &sql : std::as_const(setup)) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
    }

    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QVERIFY(Database::schemaVersion() >= 3);
    // What a page shows of hashtags and reactions, kept with each post.
    QCOMPARE(scalar(db, u"SELECT hashtags FROM posts WHERE id = 1"_s).toString(), u"Rest Calm"_s);
    QCOMPARE(scalar(db, u"SELECT hashtags FROM posts WHERE id = 2"_s).toString(), u"T T"_s);
    QCOMPARE(scalar(db, u"SELECT reaction_kinds FROM posts WHERE id = 2"_s).toString(),
        u"heart:1,hug:2"_s);
    QCOMPARE(scalar(db, u"SELECT reaction_kinds FROM posts WHERE id = 1"_s).toString(), QString());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const auto &[reactions, comments, createdAt] = posts[i];
        const QVariantList scores = rows(db,
            u"SELECT trending FROM post_topics WHERE post_id = %1 ORDER BY topic_id"_s.arg(i + 1));
        const qint64 expected = TrendingScore::score(reactions, comments, createdAt);
        QCOMPARE(scores, QVariantList({expected, expected}));
    }
    const QVariantList indexes = rows(db,
        u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'post_topics' "
        "ORDER BY name"_s);
    QVERIFY(indexes.contains(u"post_topics_trending"_s));
    QVERIFY(indexes.contains(u"post_topics_trending_kind"_s));
}

void TestDatabase::migrationIndexesExistingPostsAndTopicsForSearch()
{
    // A database of the schema before search: the step that brings the indexes in fills them
    // from the rows there are, and from then on the triggers follow every write.
    QTemporaryDir data;
    const QString path = data.filePath(u"hearth.db"_s);
    {
        Database old;
        QVERIFY2(old.open(path, 3), qPrintable(old.errorString()));
        for (const QString &sql : {
                 u"INSERT INTO users (id, handle, display_name, password_hash, created_at) "
                 "VALUES (1, 'fern', 'Fern', 'h1', 10)"_s,
                 u"INSERT INTO topics (id, slug, name, tag, description, seq) VALUES "
                 "(1, 'rest', 'Rest', 'Rest', 'Naps and lanternlight', 1)"_s,
                 u"INSERT INTO posts (id, kind, author_id, title, body, created_at, seq) VALUES "
                 "(1, 'post', 1, 'Mossgrove', 'An older quietude', 5, 1), "
                 "(2, 'post', 1, 'Other', 'Nothing alike', 6, 2)"_s,
             }) {
            QSqlQuery query(old.connection());
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
    }
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    SearchStore search(database.connection());
    QCOMPARE(search.posts(u"quietud"_s, 10, {}, 0)->items, QList<qint64>{1});
    QCOMPARE(search.posts(u"mossgrove"_s, 10, {}, 0)->items, QList<qint64>{1});
    QCOMPARE(search.topics(u"lanternlight"_s, 10, {})->items, QStringList{u"rest"_s});
    QSqlQuery write(database.connection());
    QVERIFY(write.exec(u"UPDATE posts SET body = 'A newer calm' WHERE id = 1"_s));
    QVERIFY(search.posts(u"quietude"_s, 10, {}, 0)->items.isEmpty());
    QCOMPARE(search.posts(u"newer"_s, 10, {}, 0)->items, QList<qint64>{1});
    QVERIFY(write.exec(u"DELETE FROM posts WHERE id = 1"_s));
    QVERIFY(search.posts(u"newer"_s, 10, {}, 0)->items.isEmpty());
}

void TestDatabase::migrationReplacesNulInStoredText()
{
    // Text stored before U+0000 was refused: it comes back with U+FFFD in its place, so that
    // every answer decodes (clients refuse U+0000 as the server does); the rest is untouched.
    QTemporaryDir data;
    const QString path = data.filePath(u"hearth.db"_s);
    const QString nul = u"Small"_s + QChar(0) + u"steps"_s;
    const QString replaced = u"Small\uFFFDsteps"_s;
    {
        Database old;
        QVERIFY2(old.open(path, 6), qPrintable(old.errorString()));
        const auto exec = [&old](const QString &sql, const QVariantList &values) {
            QSqlQuery query(old.connection());
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            return query.exec() || (qWarning() << query.lastError().text(), false);
        };
        QVERIFY(
            exec(u"INSERT INTO users (id, handle, display_name, password_hash, created_at, bio) "
                 "VALUES (1, 'fern', ?, 'h1', 10, ?), (2, 'moss', 'Moss', 'h2', 11, 'Plain')"_s,
                {nul, nul}));
        QVERIFY(exec(u"INSERT INTO posts (id, kind, author_id, title, body, content_warning, "
                     "created_at, seq) VALUES (1, 'post', 1, ?, ?, ?, 5, 1), "
                     "(2, 'post', 2, 'Quiet title', 'Quiet body', '', 6, 2)"_s,
            {nul, nul, nul}));
        QVERIFY(exec(u"INSERT INTO comments (id, post_id, author_id, body, content_warning, "
                     "created_at) VALUES (1, 1, 2, ?, ?, 7)"_s,
            {nul, nul}));
        QCOMPARE(
            scalar(old.connection(), u"SELECT title FROM posts WHERE id = 1"_s).toString(), nul);
    }
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(rows(db, u"SELECT display_name FROM users ORDER BY id"_s),
        (QVariantList{replaced, u"Moss"_s}));
    QCOMPARE(
        rows(db, u"SELECT bio FROM users ORDER BY id"_s), (QVariantList{replaced, u"Plain"_s}));
    QCOMPARE(rows(db,
                 u"SELECT title || '|' || body || '|' || content_warning FROM posts "
                 "ORDER BY id"_s),
        (QVariantList{
            QString(replaced + u'|' + replaced + u'|' + replaced), u"Quiet title|Quiet body|"_s}));
    QCOMPARE(rows(db, u"SELECT body || '|' || content_warning FROM comments"_s),
        (QVariantList{QString(replaced + u'|' + replaced)}));
    // The search index follows the rewritten row.
    SearchStore search(db);
    QCOMPARE(search.posts(u"steps"_s, 10, {}, 0)->items, QList<qint64>{1});
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
