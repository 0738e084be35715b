// Drafts: saved as the person types, newest first, kept across restarts.

#include "cache/CacheDatabase.h"
#include "cache/DraftStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesLoadsAndReplaces();
    void keysAreNewestFirst();
    void removes();
    void keepsLongAndUnusualText();
    void survivesReopen();
    void restoreKeepsTimes();
};

namespace {

QJsonObject draft(const QString &title)
{
    return QJsonObject{{u"kind"_s, u"story"_s}, {u"title"_s, title},
        {u"hashtags"_s, QJsonArray{u"Therapy"_s, u"SelfCare"_s}},
        {u"media"_s, QJsonObject{{u"localFile"_s, u"/home/me/Pictures/lake.jpg"_s}}}};
}

} // namespace

void TestDraftStore::savesLoadsAndReplaces()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY(database.open(dir.filePath(u"cache.sqlite"_s)));
    DraftStore drafts(database.connection());
    QVERIFY(!drafts.load(u"post:new"_s));
    QVERIFY(drafts.save(u"post:new"_s, draft(u"A calmer week"_s)));
    QCOMPARE(drafts.load(u"post:new"_s), std::make_optional(draft(u"A calmer week"_s)));
    QVERIFY(drafts.save(u"post:new"_s, draft(u"A calmer week, mostly"_s)));
    QCOMPARE(drafts.load(u"post:new"_s), std::make_optional(draft(u"A calmer week, mostly"_s)));
    QCOMPARE(drafts.keys(), QStringList{u"post:new"_s});
    QVERIFY(drafts.save(u"empty"_s, QJsonObject()));
    QCOMPARE(drafts.load(u"empty"_s), std::make_optional(QJsonObject()));
}

void TestDraftStore::keysAreNewestFirst()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY(database.open(dir.filePath(u"cache.sqlite"_s)));
    DraftStore drafts(database.connection());
    for (const QString &key : {u"a"_s, u"b"_s, u"c"_s}) {
        QVERIFY(drafts.save(key, draft(key)));
        QTest::qSleep(5);
    }
    QCOMPARE(drafts.keys(), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    // Saving again makes a draft the newest.
    QVERIFY(drafts.save(u"a"_s, draft(u"again"_s)));
    QCOMPARE(drafts.keys(), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    const QList<DraftStore::Draft> all = drafts.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().content, draft(u"again"_s));
    QVERIFY(all.first().updatedAt > all.last().updatedAt);
    QVERIFY(qAbs(all.first().updatedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
}

void TestDraftStore::removes()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY(database.open(dir.filePath(u"cache.sqlite"_s)));
    DraftStore drafts(database.connection());
    QVERIFY(drafts.save(u"comment:post:42"_s, draft(u"x"_s)));
    QVERIFY(drafts.save(u"post:new"_s, draft(u"y"_s)));
    QVERIFY(drafts.remove(u"comment:post:42"_s));
    QVERIFY(!drafts.load(u"comment:post:42"_s));
    QCOMPARE(drafts.keys(), QStringList{u"post:new"_s});
    QVERIFY(drafts.remove(u"nothing here"_s));
}

void TestDraftStore::keepsLongAndUnusualText()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY(database.open(dir.filePath(u"cache.sqlite"_s)));
    DraftStore drafts(database.connection());
    const QString body
        = QString(u"Line with \"quotes\", <b>tags</b>, emoji 🌿, ünïcödé, \t tabs\n"_s)
              .repeated(600);
    QVERIFY(body.size() > 30'000);
    const QJsonObject long_{{u"body"_s, body}, {u"nul"_s, QString(u"a\0b"_s)}};
    const QString key = u"story:new:ünïcödé 🌿 '\"; DROP TABLE drafts; --"_s;
    QVERIFY(drafts.save(key, long_));
    QCOMPARE(drafts.load(key), std::make_optional(long_));
    QCOMPARE(drafts.keys(), QStringList{key});
}

void TestDraftStore::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        CacheDatabase database;
        QVERIFY(database.open(path));
        QVERIFY(DraftStore(database.connection()).save(u"post:new"_s, draft(u"Kept"_s)));
    }
    CacheDatabase database;
    QVERIFY(database.open(path));
    QCOMPARE(DraftStore(database.connection()).load(u"post:new"_s),
        std::make_optional(draft(u"Kept"_s)));
}

void TestDraftStore::restoreKeepsTimes()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY(database.open(dir.filePath(u"cache.sqlite"_s)));
    DraftStore drafts(database.connection());
    const QDateTime earlier = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    const QList<DraftStore::Draft> salvaged{
        {u"old"_s, draft(u"old"_s), earlier}, {u"older"_s, draft(u"older"_s), earlier.addDays(-1)}};
    QVERIFY(drafts.restore(salvaged));
    QCOMPARE(drafts.all(), salvaged);
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
