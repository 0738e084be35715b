// The outbox table: order preserved, entries updated and removed, local ids rewritten
// once the server gave real ones, everything kept across restarts; the rows of every kind,
// as earlier Hearths wrote them, read as typed writes and written back unchanged.

#include "api/Limits.h"
#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void enqueueKeepsOrderAndGivesKeys();
    void pendingLeavesFailedOut();
    void updateRoundTrips();
    void removeNeverReusesIds();
    void keysAreUnique();
    void replaceLocalIdRewritesReferences();
    void survivesReopen();
    void typedWritesReadTheRowsOfEveryVersion();
    void aKindFromANewerHearthIsKeptAsItIs();
    void typedWritesRoundTrip();

private:
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

namespace {

OutboxEntry entry(const QString &kind, const QString &target, const QJsonObject &payload = {})
{
    OutboxEntry entry;
    entry.kind = kind;
    entry.target = target;
    entry.payload = payload;
    return entry;
}

// The entry, or an empty one: a missing entry fails the comparison instead of crashing.
OutboxEntry entryOf(const OutboxStore &outbox, qint64 id)
{
    return outbox.entry(id).value_or(OutboxEntry());
}

QList<qint64> idsOf(const QList<OutboxEntry> &entries)
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

} // namespace

void TestOutboxStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
}

void TestOutboxStore::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestOutboxStore::reopen()
{
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
    QVERIFY(!m_database->recovery().happened);
}

void TestOutboxStore::enqueueKeepsOrderAndGivesKeys()
{
    OutboxStore outbox(m_database->connection());
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        const qint64 id
            = outbox.enqueue(entry(u"react"_s, u"post:%1"_s.arg(i % 3), QJsonObject{{u"n"_s, i}}));
        QVERIFY(id > 0);
        ids.append(id);
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    const QList<OutboxEntry> all = outbox.all();
    QCOMPARE(idsOf(all), ids);
    QSet<QString> keys;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).payload.value(u"n"_s).toInt(), i);
        QVERIFY(!QUuid::fromString(all.at(i).idempotencyKey).isNull());
        keys.insert(all.at(i).idempotencyKey);
        QVERIFY(all.at(i).createdAt.isValid());
        QCOMPARE(all.at(i).state, OutboxEntry::Pending);
        QCOMPARE(all.at(i).attempts, 0);
        QVERIFY(!all.at(i).nextAttemptAt.isValid());
    }
    QCOMPARE(keys.size(), 20);

    // A key and a creation time given by the caller are kept.
    OutboxEntry given = entry(u"createPost"_s, u"post:-1"_s);
    given.idempotencyKey = u"8d4f1f7e-3c1b-4d5e-9a51-1c2b3d4e5f60"_s;
    given.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0, 123), Qt::UTC);
    const qint64 id = outbox.enqueue(given);
    given.id = id;
    QCOMPARE(outbox.entry(id), std::make_optional(given));
    QVERIFY(!outbox.entry(id + 1000));
}

void TestOutboxStore::pendingLeavesFailedOut()
{
    OutboxStore outbox(m_database->connection());
    const qint64 a = outbox.enqueue(entry(u"createPost"_s, u"post:-1"_s));
    OutboxEntry failed = entry(u"editPost"_s, u"post:7"_s);
    failed.state = OutboxEntry::Failed;
    const qint64 b = outbox.enqueue(failed);
    OutboxEntry inFlight = entry(u"react"_s, u"post:8"_s);
    inFlight.state = OutboxEntry::InFlight;
    const qint64 c = outbox.enqueue(inFlight);
    const qint64 d = outbox.enqueue(entry(u"join"_s, u"topic:therapy"_s));
    QCOMPARE(idsOf(outbox.pending()), (QList<qint64>{a, c, d}));
    QCOMPARE(idsOf(outbox.all()), (QList<qint64>{a, b, c, d}));
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(outbox.failedCount(), 1);

    // Back online, every write still to send may go at once; a refused one keeps its state.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(300);
    for (qint64 id : {a, b, c}) {
        OutboxEntry waiting = entryOf(outbox, id);
        waiting.nextAttemptAt = later;
        QVERIFY(outbox.update(waiting));
    }
    QVERIFY(outbox.clearBackoffs());
    QVERIFY(!entryOf(outbox, a).nextAttemptAt.isValid());
    QVERIFY(!entryOf(outbox, c).nextAttemptAt.isValid());
    QCOMPARE(entryOf(outbox, b).nextAttemptAt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
}

void TestOutboxStore::updateRoundTrips()
{
    OutboxStore outbox(m_database->connection());
    const qint64 id = outbox.enqueue(
        entry(u"createComment"_s, u"post:42"_s, QJsonObject{{u"body"_s, u"First try"_s}}));
    OutboxEntry changed = entryOf(outbox, id);
    QCOMPARE(changed.id, id);
    changed.state = OutboxEntry::Failed;
    changed.attempts = 5;
    changed.nextAttemptAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0, 0, 5), Qt::UTC);
    changed.lastError = u"validation_failed: body is too long"_s;
    changed.payload = QJsonObject{{u"body"_s, u"Edited by the person"_s}};
    changed.idempotencyKey = u"a-new-key-for-an-edited-write"_s;
    QVERIFY(outbox.update(changed));
    QCOMPARE(outbox.entry(id), std::make_optional(changed));
    QVERIFY(outbox.pending().isEmpty());

    changed.state = OutboxEntry::Pending;
    changed.nextAttemptAt = QDateTime();
    changed.lastError.clear();
    QVERIFY(outbox.update(changed));
    QCOMPARE(outbox.entry(id), std::make_optional(changed));
    QCOMPARE(outbox.pending(), QList<OutboxEntry>{changed});

    OutboxEntry missing = changed;
    missing.id = id + 1;
    QVERIFY(!outbox.update(missing));
}

void TestOutboxStore::removeNeverReusesIds()
{
    OutboxStore outbox(m_database->connection());
    const qint64 a = outbox.enqueue(entry(u"react"_s, u"post:1"_s));
    const qint64 b = outbox.enqueue(entry(u"react"_s, u"post:2"_s));
    QVERIFY(outbox.remove(b));
    QCOMPARE(idsOf(outbox.all()), QList<qint64>{a});
    // The removed id is not given again: an id always names one write.
    const qint64 c = outbox.enqueue(entry(u"react"_s, u"post:3"_s));
    QVERIFY(c > b);
    QVERIFY(outbox.remove(a));
    QVERIFY(outbox.remove(a));
    QCOMPARE(idsOf(outbox.all()), QList<qint64>{c});
}

void TestOutboxStore::keysAreUnique()
{
    OutboxStore outbox(m_database->connection());
    OutboxEntry first = entry(u"react"_s, u"post:1"_s);
    first.idempotencyKey = u"same-key"_s;
    QVERIFY(outbox.enqueue(first) > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE constraint failed"_s));
    QCOMPARE(outbox.enqueue(first), 0);
    QCOMPARE(outbox.all().size(), 1);
}

void TestOutboxStore::replaceLocalIdRewritesReferences()
{
    OutboxStore outbox(m_database->connection());
    const qint64 create = outbox.enqueue(entry(u"createPost"_s, u"post:-1"_s,
        QJsonObject{{u"localId"_s, -1}, {u"title"_s, u"New here"_s}}));
    const qint64 comment = outbox.enqueue(entry(u"createComment"_s, u"post:-1"_s,
        QJsonObject{{u"postId"_s, -1},
            {u"comment"_s, QJsonObject{{u"body"_s, u"Adding a detail"_s}, {u"parentId"_s, -7}}}}));
    const qint64 other = outbox.enqueue(
        entry(u"react"_s, u"post:-10"_s, QJsonObject{{u"postId"_s, -10}, {u"kind"_s, u"hug"_s}}));
    const qint64 commentEdit = outbox.enqueue(
        entry(u"editComment"_s, u"comment:-1"_s, QJsonObject{{u"commentId"_s, -1}}));
    const qint64 nested = outbox.enqueue(entry(u"createComment"_s, u"post:42"_s,
        QJsonObject{{u"postId"_s, 42}, {u"parentId"_s, -7},
            {u"related"_s, QJsonArray{QJsonObject{{u"postId"_s, -1}}, -1}}}));

    QCOMPARE(outbox.replaceLocalId(OutboxStore::LocalItem::Post, -1, 900), 3);
    QCOMPARE(entryOf(outbox, create).target, u"post:900"_s);
    // Only references are rewritten: the entry's record of its own local id stays.
    QCOMPARE(entryOf(outbox, create).payload.value(u"localId"_s).toInteger(), -1);
    QCOMPARE(entryOf(outbox, comment).target, u"post:900"_s);
    QCOMPARE(entryOf(outbox, comment).payload.value(u"postId"_s).toInteger(), 900);
    QCOMPARE(entryOf(outbox, other).target, u"post:-10"_s);
    QCOMPARE(entryOf(outbox, other).payload.value(u"postId"_s).toInteger(), -10);
    QCOMPARE(entryOf(outbox, commentEdit).target, u"comment:-1"_s);
    QCOMPARE(entryOf(outbox, commentEdit).payload.value(u"commentId"_s).toInteger(), -1);
    const QJsonArray related = entryOf(outbox, nested).payload.value(u"related"_s).toArray();
    QCOMPARE(related.at(0).toObject().value(u"postId"_s).toInteger(), 900);
    QCOMPARE(related.at(1).toInteger(), -1); // a bare number is not a named reference
    QCOMPARE(entryOf(outbox, nested).target, u"post:42"_s);

    // A comment's id also travels as a reply's parentId.
    QCOMPARE(outbox.replaceLocalId(OutboxStore::LocalItem::Comment, -7, 300), 2);
    QCOMPARE(entryOf(outbox, comment)
                 .payload.value(u"comment"_s)
                 .toObject()
                 .value(u"parentId"_s)
                 .toInteger(),
        300);
    QCOMPARE(entryOf(outbox, nested).payload.value(u"parentId"_s).toInteger(), 300);
    QCOMPARE(outbox.replaceLocalId(OutboxStore::LocalItem::Comment, -1, 301), 1);
    QCOMPARE(entryOf(outbox, commentEdit).target, u"comment:301"_s);
    QCOMPARE(entryOf(outbox, commentEdit).payload.value(u"commentId"_s).toInteger(), 301);
    QCOMPARE(outbox.replaceLocalId(OutboxStore::LocalItem::Post, -1, 900), 0);
    // Order and keys are untouched.
    QCOMPARE(idsOf(outbox.all()), (QList<qint64>{create, comment, other, commentEdit, nested}));
}

void TestOutboxStore::survivesReopen()
{
    QList<OutboxEntry> before;
    {
        OutboxStore outbox(m_database->connection());
        for (int i = 0; i < 5; ++i) {
            OutboxEntry e = entry(u"createComment"_s, u"post:%1"_s.arg(i),
                QJsonObject{{u"body"_s, u"Note %1 🌿"_s.arg(i)}});
            e.attempts = i;
            e.state = i == 2 ? OutboxEntry::InFlight : OutboxEntry::Pending;
            outbox.enqueue(e);
        }
        QVERIFY(outbox.remove(outbox.all().at(1).id));
        before = outbox.all();
    }
    reopen();
    OutboxStore outbox(m_database->connection());
    QCOMPARE(outbox.all(), before);
    QCOMPARE(outbox.pending(), before);
}

namespace {

// A row as the outbox of earlier Hearths wrote it, and the write it holds.
struct StoredRow
{
    QString kind;
    QString target;
    QJsonObject payload;
    PendingWrite write;
};

QList<StoredRow> rowsOfEveryKind()
{
    QString longComment;
    while (longComment.size() <= Limits::MaxCommentLength)
        longComment += u"Every word of this stays mine. "_s;
    PostPatch retitled;
    retitled.title = u"Tuesday, better"_s;
    retitled.media = std::optional<MediaAttachment>();
    const QJsonObject noPostMedia{{u"title"_s, u"Tuesday, better"_s}, {u"media"_s, QJsonValue()}};
    MediaUpload video{u"3c1f-video"_s, "video/mp4", u"key-video"_s, 71, u"9a0e-poster"_s,
        "image/png", u"key-poster"_s, 70, u"Steam over a kettle."_s, true, true};
    return {
        {u"createPost"_s, u"post:-3"_s,
            {{u"post"_s,
                 QJsonObject{{u"kind"_s, u"story"_s}, {u"title"_s, u"Evening notes"_s},
                     {u"body"_s, u"A slow day. #Rest"_s}, {u"hashtags"_s, QJsonArray{u"Rest"_s}},
                     {u"contentWarning"_s, u""_s}}},
                {u"localId"_s, -3}},
            CreatePost{{PostKind::Story, u"Evening notes"_s, u"A slow day. #Rest"_s, {u"Rest"_s},
                           {}, std::nullopt},
                -3, std::nullopt}},
        {u"createPost"_s, u"post:-4"_s,
            {{u"post"_s,
                 QJsonObject{{u"kind"_s, u"video"_s}, {u"title"_s, u"The kettle"_s},
                     {u"body"_s, u""_s}, {u"hashtags"_s, QJsonArray{}},
                     {u"contentWarning"_s, u""_s}}},
                {u"localId"_s, -4},
                {u"upload"_s,
                    QJsonObject{{u"file"_s, u"3c1f-video"_s}, {u"mimeType"_s, u"video/mp4"_s},
                        {u"key"_s, u"key-video"_s}, {u"mediaId"_s, 71},
                        {u"poster"_s, u"9a0e-poster"_s}, {u"posterMimeType"_s, u"image/png"_s},
                        {u"posterKey"_s, u"key-poster"_s}, {u"posterMediaId"_s, 70},
                        {u"altText"_s, u"Steam over a kettle."_s}, {u"sensitive"_s, true},
                        {u"renewed"_s, true}}}},
            CreatePost{{PostKind::Video, u"The kettle"_s, {}, {}, {}, std::nullopt}, -4, video}},
        {u"editPost"_s, u"post:42"_s, {{u"postId"_s, 42}, {u"patch"_s, noPostMedia}},
            EditPost{42, retitled}},
        {u"deletePost"_s, u"post:42"_s, {{u"postId"_s, 42}}, DeletePost{42}},
        {u"react"_s, u"post:42"_s,
            {{u"postId"_s, 42}, {u"kind"_s, u"hug"_s}, {u"base"_s, QJsonValue()}},
            SetReaction{42, ReactionKind::Hug, std::nullopt}},
        // Longer than the community takes: read back whole all the same.
        {u"createComment"_s, u"post:-3"_s,
            {{u"postId"_s, -3}, {u"commentId"_s, -5},
                {u"comment"_s,
                    QJsonObject{{u"body"_s, longComment}, {u"contentWarning"_s, u""_s},
                        {u"parentId"_s, -2}}}},
            CreateComment{-3, -5, {longComment, -2, {}}}},
        {u"editComment"_s, u"comment:9"_s,
            {{u"commentId"_s, 9}, {u"patch"_s, QJsonObject{{u"body"_s, u"Kinder words"_s}}}},
            EditComment{9, {u"Kinder words"_s, std::nullopt}}},
        {u"deleteComment"_s, u"comment:9"_s, {{u"commentId"_s, 9}}, DeleteComment{9}},
        {u"setMembership"_s, u"topic:therapy"_s, {{u"slug"_s, u"therapy"_s}, {u"joined"_s, true}},
            SetMembership{u"therapy"_s, true}},
        {u"setSubscription"_s, u"newsletter:3"_s,
            {{u"newsletterId"_s, 3}, {u"subscribed"_s, false}}, SetSubscription{3, false}},
        {u"report"_s, u"comment:9"_s,
            {{u"commentId"_s, 9},
                {u"report"_s, QJsonObject{{u"reason"_s, u"spam"_s}, {u"note"_s, u"Selling"_s}}}},
            ReportContent{ReportTarget::Comment, 9, {ReportReason::Spam, u"Selling"_s}}},
        {u"setBlocked"_s, u"user:12"_s,
            {{u"userId"_s, 12}, {u"blocked"_s, true},
                {u"user"_s,
                    QJsonObject{{u"id"_s, 12}, {u"handle"_s, u"ember"_s},
                        {u"displayName"_s, u"Ember"_s}, {u"team"_s, false}}}},
            SetBlocked{{12, u"ember"_s, u"Ember"_s, false}, true}},
        // Before the user went with the write: the id alone.
        {u"setBlocked"_s, u"user:13"_s, {{u"userId"_s, 13}, {u"blocked"_s, false}},
            SetBlocked{{13, {}, {}, false}, false}},
    };
}

} // namespace

void TestOutboxStore::typedWritesReadTheRowsOfEveryVersion()
{
    OutboxStore outbox(m_database->connection());
    const QList<StoredRow> rows = rowsOfEveryKind();
    for (const StoredRow &row : rows)
        QVERIFY(outbox.enqueue(entry(row.kind, row.target, row.payload)) > 0);

    const QList<QueuedWrite> writes = outbox.allWrites();
    QCOMPARE(writes.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY2(writes.at(i).write == rows.at(i).write, qPrintable(rows.at(i).kind));
        // Written back (as a send or a refusal does), each row is what it was.
        QueuedWrite refused = writes.at(i);
        refused.state = OutboxEntry::Failed;
        refused.lastError = u"Not now."_s;
        QVERIFY(outbox.update(refused));
        const OutboxEntry stored = entryOf(outbox, refused.id);
        QCOMPARE(stored.kind, rows.at(i).kind);
        QCOMPARE(stored.target, rows.at(i).target);
        QCOMPARE(stored.payload, rows.at(i).payload);
        QCOMPARE(stored.state, OutboxEntry::Failed);
        QCOMPARE(stored.lastError, u"Not now."_s);
    }
    QCOMPARE(outbox.lowestLocalId(), -5);
}

void TestOutboxStore::aKindFromANewerHearthIsKeptAsItIs()
{
    OutboxStore outbox(m_database->connection());
    const QJsonObject payload{{u"postId"_s, 42}, {u"until"_s, u"2027-01-01"_s}};
    const qint64 id = outbox.enqueue(entry(u"pinPost"_s, u"post:42"_s, payload));
    const std::optional<QueuedWrite> write = outbox.write(id);
    QVERIFY(write);
    QCOMPARE(targetOf(write->write), (WriteTarget{WriteTarget::Thing::Post, 42, {}}));
    QVERIFY(std::holds_alternative<UnknownWrite>(write->write));

    QueuedWrite attempted = *write;
    attempted.state = OutboxEntry::InFlight;
    attempted.attempts = 1;
    QVERIFY(outbox.update(attempted));
    const OutboxEntry stored = entryOf(outbox, id);
    QCOMPARE(stored.kind, u"pinPost"_s);
    QCOMPARE(stored.target, u"post:42"_s);
    QCOMPARE(stored.payload, payload);
    QCOMPARE(stored.state, OutboxEntry::InFlight);
    QCOMPARE(stored.attempts, 1);
}

void TestOutboxStore::typedWritesRoundTrip()
{
    OutboxStore outbox(m_database->connection());
    QList<qint64> ids;
    for (const StoredRow &row : rowsOfEveryKind()) {
        const qint64 id = outbox.enqueue(row.write, QString());
        QVERIFY(id > 0);
        const std::optional<QueuedWrite> stored = outbox.write(id);
        QVERIFY(stored);
        QVERIFY2(stored->write == row.write, qPrintable(row.kind));
        QVERIFY(!QUuid::fromString(stored->idempotencyKey).isNull());
        QCOMPARE(entryOf(outbox, id).target, row.target);
        ids.append(id);
    }
    reopen();
    OutboxStore reopened(m_database->connection());
    QCOMPARE(reopened.pendingWrites().size(), ids.size());
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
