// PageSalvage: the person's rows read straight from the pages of real words files made here
// and damaged as SQLite meets it in practice, without the header or the schema pages; and
// hostile bytes, which must neither crash it nor make it invent a row.

#include "cache/CacheDatabase.h"
#include "cache/DraftStore.h"
#include "cache/OutboxStore.h"
#include "cache/PageSalvage.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestPageSalvage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsEveryRowOfAHealthyFile();
    void readsWithoutTheHeader();
    void readsWithoutTheSchemaPage();
    void saysWhenTheFileWasCutShort();
    void countsRowsWhoseOverflowPagesAreGone();
    void emptyAndTinyFilesGiveNothing();
    void hostileBytesInventNothing();

private:
    QByteArray bytes() const;
    void write(const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_words;
    QList<OutboxEntry> m_outbox;
    QList<DraftStore::Draft> m_drafts;
};

namespace {

// Long enough to spill over several overflow pages.
QString longLetter()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += u"Day %1: I walked to the river and sat a while; it helped more than I thought. "_s
                    .arg(i);
    return text;
}

} // namespace

void TestPageSalvage::init()
{
    // A words file as the app leaves it: a few waiting writes (one with a long letter), a
    // failed one, a sent one removed, and drafts (one long).
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    CacheDatabase database;
    QVERIFY(database.open(m_dir->filePath(u"cache.sqlite"_s)));
    m_words = database.wordsPath();
    OutboxStore outbox(database.connection());
    for (int i = 0; i < 6; ++i) {
        OutboxEntry entry;
        entry.kind = i == 2 ? u"createPost"_s : u"createComment"_s;
        entry.target = u"post:%1"_s.arg(70 + i);
        entry.payload = {{u"postId"_s, 70 + i},
            {u"body"_s, i == 2 ? longLetter() : u"Thinking of you, %1 ♥"_s.arg(i)}};
        entry.state = i == 4 ? OutboxEntry::Failed : OutboxEntry::Pending;
        entry.attempts = i;
        entry.lastError = i == 4 ? u"Too long for a comment"_s : QString();
        if (i == 3)
            entry.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        QVERIFY(outbox.enqueue(entry) > 0);
    }
    QVERIFY(outbox.remove(1)); // sent: secure_delete leaves nothing of it to bring back
    OutboxEntry inFlight = outbox.entry(6).value();
    inFlight.state = OutboxEntry::InFlight;
    QVERIFY(outbox.update(inFlight));
    m_outbox = outbox.all();
    DraftStore drafts(database.connection());
    QVERIFY(drafts.save(u"post:new"_s, {{u"title"_s, u"Small wins"_s}, {u"body"_s, longLetter()}}));
    QVERIFY(drafts.save(u"comment:post:71"_s, {{u"text"_s, u"Me too."_s}}));
    m_drafts = drafts.all();
    QCOMPARE(m_outbox.size(), 5);
    QCOMPARE(m_drafts.size(), 2);
}

QByteArray TestPageSalvage::bytes() const
{
    QFile file(m_words);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPageSalvage::write(const QByteArray &bytes) const
{
    QFile file(m_words);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestPageSalvage::readsEveryRowOfAHealthyFile()
{
    const PageSalvage::Result result = PageSalvage::read(m_words);
    QCOMPARE(result.pageSize, 4096);
    QCOMPARE(result.outbox, m_outbox);
    QCOMPARE(result.drafts, m_drafts);
    QVERIFY(!result.incomplete());
}

void TestPageSalvage::readsWithoutTheHeader()
{
    QByteArray file = bytes();
    file.replace(0, 100, QByteArray(100, '\0'));
    write(file);
    const PageSalvage::Result result = PageSalvage::read(m_words);
    // The page size is found by trying them all.
    QCOMPARE(result.pageSize, 4096);
    QCOMPARE(result.outbox, m_outbox);
    QCOMPARE(result.drafts, m_drafts);
    QVERIFY(!result.incomplete());
}

void TestPageSalvage::readsWithoutTheSchemaPage()
{
    QByteArray file = bytes();
    file.replace(0, 4096, QByteArray(4096, '\0'));
    write(file);
    const PageSalvage::Result result = PageSalvage::read(m_words);
    QCOMPARE(result.outbox, m_outbox);
    QCOMPARE(result.drafts, m_drafts);
}

void TestPageSalvage::saysWhenTheFileWasCutShort()
{
    // 8 KiB: the header and the outbox's leaf page (page 2) are left.
    write(bytes().left(8 * 1024));
    const PageSalvage::Result result = PageSalvage::read(m_words);
    QVERIFY(result.truncated);
    QVERIFY(result.incomplete());
    // The rows on page 2 are whole but for the long letter, whose overflow pages are gone.
    QCOMPARE(result.outbox.size(), m_outbox.size() - 1);
    for (const OutboxEntry &entry : result.outbox)
        QVERIFY(m_outbox.contains(entry));
    QCOMPARE(result.rowsCutShort, 1);

    // Cut in the middle of a page, the header's page count aside.
    QByteArray odd = bytes();
    write(odd.left(odd.size() - 1000));
    QVERIFY(PageSalvage::read(m_words).truncated);
}

void TestPageSalvage::countsRowsWhoseOverflowPagesAreGone()
{
    // The long letter's and the long draft's overflow pages, zeroed wherever they are.
    QByteArray file = bytes();
    const QByteArray needle = u"Day 150: I walked"_s.toUtf8();
    int zeroed = 0;
    for (qsizetype at = file.indexOf(needle); at >= 0; at = file.indexOf(needle, at + 1)) {
        const qsizetype page = at / 4096 * 4096;
        file.replace(page, 4096, QByteArray(4096, '\0'));
        ++zeroed;
    }
    QCOMPARE(zeroed, 2);
    write(file);
    const PageSalvage::Result result = PageSalvage::read(m_words);
    // A zeroed overflow page ends the chain (its next-page number is 0): the two letters
    // cannot be read whole, are counted as cut short, and the other rows are all there.
    QCOMPARE(result.rowsCutShort, 2);
    QVERIFY(result.incomplete());
    for (const OutboxEntry &entry : result.outbox)
        QVERIFY(m_outbox.contains(entry));
    for (const DraftStore::Draft &draft : result.drafts)
        QVERIFY(m_drafts.contains(draft));
    QCOMPARE(result.outbox.size(), m_outbox.size() - 1);
    QCOMPARE(result.drafts.size(), m_drafts.size() - 1);
}

void TestPageSalvage::emptyAndTinyFilesGiveNothing()
{
    write({});
    PageSalvage::Result result = PageSalvage::read(m_words);
    QVERIFY(result.outbox.isEmpty() && result.drafts.isEmpty());
    QVERIFY(!result.incomplete());

    write(bytes().left(60));
    result = PageSalvage::read(m_words);
    QVERIFY(result.outbox.isEmpty() && result.drafts.isEmpty());

    QVERIFY(PageSalvage::read(m_dir->filePath(u"no-such-file"_s)).outbox.isEmpty());
}

void TestPageSalvage::hostileBytesInventNothing()
{
    // Garbled in every way a file can be: runs of random bytes anywhere (cell pointers,
    // varints, sizes, overflow page numbers), single bytes flipped, the header's page size
    // changed, nothing but noise. Under AddressSanitizer this also shows every read is in
    // bounds.
    const QByteArray healthy = bytes();
    QRandomGenerator random(1307);
    for (int round = 0; round < 400; ++round) {
        QByteArray file = healthy;
        const int kind = round % 4;
        if (kind == 0) {
            const qsizetype from = random.bounded(qint64(file.size()));
            const qsizetype length
                = std::min<qsizetype>(file.size() - from, 1 + random.bounded(3 * 4096));
            for (qsizetype i = 0; i < length; ++i)
                file[from + i] = char(random.bounded(256));
        } else if (kind == 1) {
            for (int i = 0; i < 64; ++i)
                file[random.bounded(qint64(file.size()))] = char(random.bounded(256));
        } else if (kind == 2) {
            file[16] = char(random.bounded(256));
            file[17] = char(random.bounded(256));
            file[20] = char(random.bounded(256));
            file.truncate(random.bounded(qint64(file.size())));
        } else {
            file = QByteArray(random.bounded(1, 40'000), Qt::Uninitialized);
            for (char &byte : file)
                byte = char(random.bounded(256));
        }
        const PageSalvage::Result result = PageSalvage::read(file);
        const QByteArray where = u"round %1"_s.arg(round).toUtf8();
        if (kind >= 2) {
            // Nothing inside a row was touched: a row is read exactly, or not at all.
            for (const OutboxEntry &entry : result.outbox)
                QVERIFY2(m_outbox.contains(entry), where.constData());
            for (const DraftStore::Draft &draft : result.drafts)
                QVERIFY2(m_drafts.contains(draft), where.constData());
            continue;
        }
        // Bytes inside a row may be garbled and still read (as SQLite would read them); but
        // every row read is one of the file's, known by its id or its key.
        for (const OutboxEntry &entry : result.outbox) {
            const bool known = std::any_of(
                m_outbox.cbegin(), m_outbox.cend(), [&entry](const OutboxEntry &original) {
                    return original.id == entry.id
                        || original.idempotencyKey == entry.idempotencyKey;
                });
            QVERIFY2(known, where.constData());
        }
        for (const DraftStore::Draft &draft : result.drafts) {
            const bool known = std::any_of(
                m_drafts.cbegin(), m_drafts.cend(), [&draft](const DraftStore::Draft &original) {
                    return original.key == draft.key || original.content == draft.content;
                });
            QVERIFY2(known, where.constData());
        }
        QVERIFY(result.outbox.size() <= m_outbox.size());
        QVERIFY(result.drafts.size() <= m_drafts.size());
    }
}

QTEST_GUILESS_MAIN(TestPageSalvage)
#include "tst_pagesalvage.moc"
