// Housekeeping on a real SQLite file: abandoned uploads and old idempotency answers go,
// everything still in use stays.

#include "server/Housekeeping.h"
#include "server/MediaFiles.h"
#include "server/Sql.h"
#include "server/Store.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestHousekeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgesAbandonedUploadsOnly();
    void purgesOldIdempotencyAnswers();
    void purgedUploadIdsAreNotGivenAgain();
};

namespace {

qint64 addMedia(Store &store, const QDir &dir, qint64 owner, MediaKind kind,
    std::optional<qint64> poster = std::nullopt)
{
    MediaStore::Record record;
    record.ownerId = owner;
    record.media.kind = kind;
    record.media.mimeType = kind == MediaKind::Image ? u"image/jpeg"_s : u"video/mp4"_s;
    record.media.posterId = poster;
    return MediaFiles(store.media(), dir)
        .store(record, "bytes", kind == MediaKind::Image ? "thumb" : "");
}

void age(Store &store, qint64 mediaId, qint64 hours)
{
    Sql::exec(store.connection(), u"UPDATE media SET created_at = ? WHERE id = ?"_s,
        {Sql::nowMs() - hours * 3'600'000, mediaId});
}

} // namespace

void TestHousekeeping::purgesAbandonedUploadsOnly()
{
    QTemporaryDir data;
    QDir media(data.path());
    Store store;
    TestDatabase database(data.path());
    QVERIFY2(store.open(database.location()), qPrintable(database.errorString()));
    const qint64 owner = store.accounts().insertUser(u"owner"_s, u"Owner"_s, "x", false);

    const qint64 abandoned = addMedia(store, media, owner, MediaKind::Image);
    const qint64 fresh = addMedia(store, media, owner, MediaKind::Image);
    const qint64 attached = addMedia(store, media, owner, MediaKind::Image);
    const qint64 oldPoster = addMedia(store, media, owner, MediaKind::Image);
    const qint64 newVideo = addMedia(store, media, owner, MediaKind::Video, oldPoster);
    for (qint64 id : {abandoned, attached, oldPoster})
        age(store, id, 30);
    Sql::exec(store.connection(), u"UPDATE media SET post_id = 1 WHERE id = ?"_s, {attached});
    const qsizetype filesBefore = media.entryList(QDir::Files).size();

    Housekeeping(store, media).runOnce();

    QVERIFY(!store.media().record(abandoned));
    QVERIFY(store.media().record(fresh));
    QVERIFY(store.media().record(attached));
    // A poster stays while the video that needs it may still be attached.
    QVERIFY(store.media().record(oldPoster));
    QVERIFY(store.media().record(newVideo));
    // The abandoned upload's file and thumbnail went with its row; the rest stayed.
    QCOMPARE(media.entryList(QDir::Files).size(), filesBefore - 2);

    // Once the video is old and abandoned too, both go, in one step.
    age(store, newVideo, 30);
    Housekeeping(store, media).runOnce();
    QVERIFY(!store.media().record(newVideo));
    QVERIFY(!store.media().record(oldPoster));
}

void TestHousekeeping::purgesOldIdempotencyAnswers()
{
    QTemporaryDir data;
    Store store;
    TestDatabase database(data.path());
    QVERIFY2(store.open(database.location()), qPrintable(database.errorString()));
    store.idempotency().store(1, u"old"_s, {"fp", 201, {}, "{}"});
    store.idempotency().store(1, u"recent"_s, {"fp", 201, {}, "{}"});
    Sql::exec(store.connection(), u"UPDATE idempotency SET created_at = ? WHERE key = 'old'"_s,
        {Sql::nowMs() - Housekeeping::IdempotencyRetentionMs - 1000});
    Housekeeping(store, QDir(data.path())).runOnce();
    QVERIFY(!store.idempotency().find(1, u"old"_s));
    QVERIFY(store.idempotency().find(1, u"recent"_s));
}

void TestHousekeeping::purgedUploadIdsAreNotGivenAgain()
{
    // api.md: IDs are never reused. The newest upload is purged; the next one gets a new ID,
    // so a client's cached /media/{id} never shows someone else's picture.
    QTemporaryDir data;
    QDir media(data.path());
    Store store;
    TestDatabase database(data.path());
    QVERIFY2(store.open(database.location()), qPrintable(database.errorString()));
    const qint64 owner = store.accounts().insertUser(u"owner"_s, u"Owner"_s, "x", false);
    const qint64 kept = addMedia(store, media, owner, MediaKind::Image);
    const qint64 abandoned = addMedia(store, media, owner, MediaKind::Image);
    QVERIFY(abandoned > kept);
    age(store, abandoned, 30);
    Housekeeping(store, media).runOnce();
    QVERIFY(!store.media().record(abandoned));
    QVERIFY(store.media().record(kept));

    const qint64 next = addMedia(store, media, owner, MediaKind::Image);
    QVERIFY2(next > abandoned, qPrintable(u"upload %1 after purged %2"_s.arg(next).arg(abandoned)));
}

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "tst_housekeeping.moc"
