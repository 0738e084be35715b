// GET /search on PostgreSQL (server/PostgresSearch) against FTS5: for the same texts and
// the same typed queries, PostgreSQL's tsvector index finds exactly the rows SQLite's FTS5
// index (as server schema step 4 configures it) finds, hard cases included: apostrophes,
// hyphens, accents, decimals, addresses, scripts without spaces, emoji and the word being
// typed. And what it ranks first, and the input syntax it writes.

#include "api/SearchQuery.h"
#include "server/PostgresSearch.h"
#include "support/PostgresCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Titles and bodies written for this test.
const QList<std::pair<QString, QString>> &texts()
{
    static const QList<std::pair<QString, QString>> texts{
        {u"Don't panic"_s, u"Breathing slowly helped me through the worst of it."_s},
        {u"Self-care on a Sunday"_s, u"A walk, a bath, an early night. Self care is boring."_s},
        {u"3.5 hours of sleep"_s, u"Again. Version 2.0 of me needs a nap at 14:30."_s},
        {u"Write to me"_s, u"river.stone@example.org or https://example.org/path?q=1"_s},
        {u"Naïve café thoughts"_s, u"The façade of being fine; Ünïcödé résumé of a day."_s},
        {u"日本語のテキスト"_s, u"東京で 散歩 した。"_s},
        {u"🌱 growth"_s, u"Small green 🌱 things, emoji-only 🌧️ days."_s},
        {u"ＦＵＬＬ width"_s, u"Ｔｙｐｅｄ on a phone keyboard."_s},
        {u"Straße names"_s, u"ΣΊΣΥΦΟΣ and σίσυφος push the same stone."_s},
        {u"snake_case and CamelCase"_s, u"under_scores, dash-es and dots.in.words"_s},
        {u"Quiet bramble"_s, u"brambles, brambling, bramblewick"_s},
        {u"Empty body"_s, QString()},
    };
    return texts;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestPostgresSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsWhatFts5Finds_data();
    void findsWhatFts5Finds();
    void titlesRankAboveBodies();
    void writesPostgresInputSyntax();

private:
    QList<qint64> fts5(const QString &typed);
    QList<qint64> postgres(const QString &typed);

    PostgresCluster m_cluster;
    QSqlDatabase m_sqlite;
    QSqlDatabase m_postgres;
};

void TestPostgresSearch::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    m_postgres = QSqlDatabase::addDatabase(u"QPSQL"_s, u"postgres"_s);
    m_postgres.setHostName(m_cluster.socketDirectory());
    m_postgres.setUserName(PostgresCluster::user());
    m_postgres.setDatabaseName(PostgresCluster::database());
    QVERIFY2(m_postgres.open(), qPrintable(m_postgres.lastError().text()));
    m_sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sqlite"_s);
    m_sqlite.setDatabaseName(u":memory:"_s);
    QVERIFY(m_sqlite.open());

    QSqlQuery lite(m_sqlite);
    QVERIFY2(lite.exec(u"CREATE VIRTUAL TABLE docs USING fts5(title, body, "
                       "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"_s),
        qPrintable(lite.lastError().text()));
    QSqlQuery pg(m_postgres);
    QVERIFY2(pg.exec(u"CREATE TABLE docs (id BIGINT PRIMARY KEY, search TSVECTOR NOT NULL)"_s),
        qPrintable(pg.lastError().text()));
    for (qsizetype i = 0; i < texts().size(); ++i) {
        const auto &[title, body] = texts().at(i);
        lite.prepare(u"INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)"_s);
        lite.addBindValue(i + 1);
        lite.addBindValue(title);
        lite.addBindValue(body.isNull() ? u""_s : body);
        QVERIFY2(lite.exec(), qPrintable(lite.lastError().text()));
        pg.prepare(u"INSERT INTO docs (id, search) VALUES (?, CAST(? AS tsvector))"_s);
        pg.addBindValue(i + 1);
        pg.addBindValue(PostgresSearch::document({{title, 'A'}, {body, 'D'}}));
        QVERIFY2(pg.exec(), qPrintable(pg.lastError().text()));
    }
}

void TestPostgresSearch::cleanupTestCase()
{
    m_sqlite = {};
    m_postgres = {};
    QSqlDatabase::removeDatabase(u"sqlite"_s);
    QSqlDatabase::removeDatabase(u"postgres"_s);
}

QList<qint64> TestPostgresSearch::fts5(const QString &typed)
{
    QSqlQuery query(m_sqlite);
    query.prepare(u"SELECT rowid FROM docs WHERE docs MATCH ?"_s);
    query.addBindValue(SearchQuery::ftsMatch(typed));
    QList<qint64> ids;
    if (!query.exec())
        qWarning() << "FTS5:" << query.lastError().text();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return sorted(ids);
}

QList<qint64> TestPostgresSearch::postgres(const QString &typed)
{
    QSqlQuery query(m_postgres);
    query.prepare(u"SELECT id FROM docs WHERE search @@ CAST(? AS tsquery)"_s);
    query.addBindValue(PostgresSearch::query(typed));
    QList<qint64> ids;
    if (!query.exec())
        qWarning() << "PostgreSQL:" << query.lastError().text();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return sorted(ids);
}

void TestPostgresSearch::findsWhatFts5Finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("findsSome");
    QTest::newRow("apostrophe") << u"don't"_s << true;
    QTest::newRow("apostrophe's half") << u"don"_s << true;
    QTest::newRow("hyphenated") << u"self-care"_s << true;
    QTest::newRow("hyphen's halves") << u"self care"_s << true;
    QTest::newRow("decimal") << u"3.5"_s << true;
    QTest::newRow("decimal's part") << u"5 hours"_s << true;
    QTest::newRow("version") << u"2.0"_s << true;
    QTest::newRow("address") << u"river.stone@example.org"_s << true;
    QTest::newRow("address's part") << u"example"_s << true;
    QTest::newRow("url") << u"https://example.org/path"_s << true;
    QTest::newRow("accents typed") << u"naïve café"_s << true;
    QTest::newRow("accents not typed") << u"naive cafe facade"_s << true;
    QTest::newRow("capitals") << u"ÜNÏCÖDÉ RÉSUMÉ"_s << true;
    QTest::newRow("no spaces") << u"日本語のテキスト"_s << true;
    QTest::newRow("no spaces, prefix") << u"日本"_s << true;
    QTest::newRow("emoji only") << u"🌱"_s << false;
    QTest::newRow("emoji and word") << u"🌱 growth"_s << true;
    QTest::newRow("sharp s") << u"straße"_s << true;
    QTest::newRow("sharp s spelt out") << u"strasse"_s << false;
    QTest::newRow("greek capitals") << u"σίσυφος"_s << true;
    QTest::newRow("final sigma") << u"ΣΊΣΥΦΟΣ"_s << true;
    QTest::newRow("fullwidth, case folded") << u"ｆｕｌｌ"_s << true;
    QTest::newRow("fullwidth is not ASCII") << u"full typed"_s << false;
    QTest::newRow("underscore") << u"snake_case"_s << true;
    QTest::newRow("camel case") << u"camelcase"_s << true;
    QTest::newRow("dots in a word") << u"dots.in.words"_s << true;
    QTest::newRow("prefix") << u"brambl"_s << true;
    QTest::newRow("whole then prefix") << u"quiet brambl"_s << true;
    QTest::newRow("prefix not last") << u"brambl quiet"_s << false;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("nothing") << u"zzyzxqv"_s << false;
    QTest::newRow("quotes and stars") << u"\"Don't\" *panic* -"_s << true;
    QTest::newRow("operators are words") << u"panic OR NEAR(*"_s << false;
    QTest::newRow("punctuation only") << u"?!…"_s << false;
}

void TestPostgresSearch::findsWhatFts5Finds()
{
    QFETCH(QString, typed);
    QFETCH(bool, findsSome);
    const QList<qint64> expected = fts5(typed);
    QCOMPARE(postgres(typed), expected);
    QCOMPARE(!expected.isEmpty(), findsSome);
}

void TestPostgresSearch::titlesRankAboveBodies()
{
    QSqlQuery query(m_postgres);
    QVERIFY(query.exec(u"DELETE FROM docs"_s));
    const QString inBody = PostgresSearch::document(
        {{u"A morning"_s, 'A'}, {u"The kettle sang while the rain kept on."_s, 'D'}});
    const QString inTitle
        = PostgresSearch::document({{u"Kettle"_s, 'A'}, {u"Nothing else to say."_s, 'D'}});
    query.prepare(u"INSERT INTO docs (id, search) VALUES (1, CAST(? AS tsvector)), "
                  "(2, CAST(? AS tsvector))"_s);
    query.addBindValue(inBody);
    query.addBindValue(inTitle);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.prepare(u"SELECT id FROM docs WHERE search @@ CAST(? AS tsquery) "
                  "ORDER BY ts_rank('{0.25, 0, 0, 1}', search, CAST(? AS tsquery), 1) DESC"_s);
    query.addBindValue(PostgresSearch::query(u"kettle"_s));
    query.addBindValue(PostgresSearch::query(u"kettle"_s));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QCOMPARE(ids, (QList<qint64>{2, 1}));
}

void TestPostgresSearch::writesPostgresInputSyntax()
{
    // Each lexeme once, in order, with every position and its field's weight.
    QCOMPARE(PostgresSearch::document({{u"Café au-lait"_s, 'A'}, {u"au revoir"_s, 'D'}}),
        u"'au':2A,4D 'cafe':1A 'lait':3A 'revoir':5D"_s);
    QCOMPARE(PostgresSearch::document({{QString(), 'A'}}), QString());
    // A typed word's tokens adjacent, words all needed, the last token a prefix.
    QCOMPARE(PostgresSearch::query(u"don't Pani"_s), u"'don' <-> 't' & 'pani':*"_s);
    QCOMPARE(PostgresSearch::query(u"  ?! "_s), QString());
}

QTEST_GUILESS_MAIN(TestPostgresSearch)
#include "tst_postgressearch.moc"
