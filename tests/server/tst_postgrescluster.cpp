// The private PostgreSQL cluster that PostgreSQL tests run on (tests/support/PostgresCluster):
// it starts from nothing in a folder of its own (as an unprivileged user when the test runs
// as root), Qt's QPSQL driver reaches it through its socket, text round-trips exactly, and it
// is gone when stopped. Also the fact behind docs/api.md's refusal of U+0000.

#include "support/PostgresCluster.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void qtReachesItThroughItsSocket();
    void textRoundTripsButU0000IsRefused();
    void stoppedItTakesNoConnection();

private:
    QSqlDatabase connect(const QString &name);

    PostgresCluster m_cluster;
};

void TestPostgresCluster::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's PostgreSQL driver is missing");
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void TestPostgresCluster::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.stop();
}

QSqlDatabase TestPostgresCluster::connect(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_cluster.socketDirectory());
    db.setUserName(PostgresCluster::user());
    db.setDatabaseName(PostgresCluster::database());
    db.open();
    return db;
}

void TestPostgresCluster::qtReachesItThroughItsSocket()
{
    QVERIFY(m_cluster.isRunning());
    QVERIFY(QFile::exists(m_cluster.socketDirectory() + u"/.s.PGSQL.5432"_s));
    QSqlDatabase db = connect(u"first"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text() + u'\n' + m_cluster.log()));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT version(), current_setting('server_encoding'), "
                       "current_setting('lc_collate'), current_setting('listen_addresses')"_s));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().startsWith(u"PostgreSQL "_s),
        qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toString(), u"UTF8"_s);
    QCOMPARE(query.value(2).toString(), u"C"_s); // byte order, as SQLite compares text
    QCOMPARE(query.value(3).toString(), QString()); // no TCP
}

void TestPostgresCluster::textRoundTripsButU0000IsRefused()
{
    QSqlDatabase db = connect(u"text"_s);
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY2(query.exec(u"CREATE TABLE words (id BIGINT PRIMARY KEY, body TEXT NOT NULL)"_s),
        qPrintable(query.lastError().text()));
    const QString hostile = u"Café 🌱 <b>x</b> '; DROP TABLE words; -- \\ \u202e\u0001"_s;
    query.prepare(u"INSERT INTO words (id, body) VALUES (?, ?)"_s);
    query.addBindValue(1);
    query.addBindValue(hostile);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"SELECT body FROM words WHERE id = 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), hostile);
    // PostgreSQL's text holds no U+0000: the write fails, which is why the API refuses it.
    QSqlQuery nul(db);
    nul.prepare(u"INSERT INTO words (id, body) VALUES (?, ?)"_s);
    nul.addBindValue(2);
    nul.addBindValue(QString(u"a"_s + QChar(0) + u"b"_s));
    QVERIFY(!nul.exec());
    QVERIFY(query.exec(u"SELECT count(*) FROM words"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestPostgresCluster::stoppedItTakesNoConnection()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
    QVERIFY(!m_cluster.isRunning());
    QVERIFY(!QFile::exists(m_cluster.socketDirectory() + u"/.s.PGSQL.5432"_s));
    QSqlDatabase db = connect(u"after"_s);
    QVERIFY(!db.isOpen());
}

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
