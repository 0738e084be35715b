// The composer on the offscreen platform, over a real cache file (and a real hearth-server
// where something is sent): the draft follows the typing and comes back, even after the
// process is killed mid-word; counters warn and block; hashtags complete from the cached
// topics and count the ones in the text; files the server would refuse are refused first;
// a photo post written offline reaches both of its topics once the connection returns; a
// draft that reads like a crisis brings the crisis lines of the chosen country, without
// holding Post back.
//
// The suite runs itself as a child (--type-draft) for the kill test: the child types into a
// composer, logging what it typed and when, until it is killed.

#include "api/Limits.h"
#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/ComposerStore.h"
#include "sync/Outbox.h"
#include "ui/care/Care.h"
#include "ui/care/CrisisNotice.h"
#include "ui/care/Preferences.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/HashtagField.h"
#include "ui/compose/LimitCounter.h"
#include "ui/compose/MediaPicker.h"
#include "ui/look/Metrics.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCompleter>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>
#include <unistd.h>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

const User wren{7, u"wren"_s, u"Wren"_s, false};

// What the child types, over and over: original, fictional words.
const QString TypedText = u"Today I walked to the corner and back, slowly, and it counted. "
                          "The kettle sang while I wrote this down. "_s;

QString typedPrefix(qsizetype length)
{
    QString text;
    while (text.size() < length)
        text += TypedText;
    return text.left(length);
}

// Everything the composer is given, on the cache file at path. The outbox talks to server
// (an address where nothing listens, when none is given) and starts offline.
struct Client
{
    explicit Client(const QString &path, const QUrl &server = QUrl(u"http://127.0.0.1:9"_s),
        const QString &token = u"not-a-real-token"_s, const User &me = wren)
    {
        if (!database.open(path))
            qFatal("cannot open the cache: %s", qPrintable(database.errorString()));
        feed = std::make_unique<FeedCache>(database.connection());
        comments = std::make_unique<CommentCache>(database.connection());
        drafts = std::make_unique<DraftStore>(database.connection());
        store = std::make_unique<OutboxStore>(database.connection());
        api = std::make_unique<ApiClient>(server);
        api->setToken(token);
        api->setTransferTimeout(std::chrono::seconds(5));
        outbox = std::make_unique<Outbox>(*store, *feed, *comments, *api, me);
        outbox->setOnline(false);
    }
    ~Client()
    {
        outbox.reset();
        api.reset();
        store.reset();
        drafts.reset();
        comments.reset();
        feed.reset();
        database.close();
    }

    std::unique_ptr<ComposerDialog> composer(const QString &topic = u"therapy"_s)
    {
        auto dialog
            = std::make_unique<ComposerDialog>(ComposerStore(*feed, *drafts), outbox.get(), topic);
        dialog->show();
        return dialog;
    }

    QString draftText(const QString &member) const
    {
        const auto draft = drafts->load(ComposerDialog::draftKey());
        return draft ? draft->value(member).toString() : QString();
    }

    CacheDatabase database;
    std::unique_ptr<FeedCache> feed;
    std::unique_ptr<CommentCache> comments;
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Outbox> outbox;
};

Topic topic(const QString &tag, const QString &name, qint64 members)
{
    Topic topic{tag.toLower(), name, tag, {}, {}, false};
    topic.counts.members = members;
    return topic;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray pngBytes(int width, int height, const QColor &colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The child: types into the body of a composer on the cache at path, a few characters at a
// time, and after each burst appends "<ms since epoch> <characters typed>" to the log,
// synced to disk, until it is killed (or a minute has passed).
int typeDraft(const QString &path, const QString &logPath)
{
    Client client(path);
    auto composer = client.composer();
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return 2;
    QTest::keyClicks(composer->titleField(), u"Killed mid-word"_s);
    QString typed;
    QElapsedTimer running;
    running.start();
    for (qsizetype at = 0; running.elapsed() < 60'000; at += 3) {
        const QString burst = typedPrefix(at + 3).mid(at);
        QTest::keyClicks(composer->bodyField(), burst);
        typed += burst;
        log.write(QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ' '
            + QByteArray::number(typed.size()) + '\n');
        ::fsync(log.handle());
        QTest::qWait(15);
    }
    return 1;
}

struct Typed
{
    qint64 atMs = 0;
    qsizetype length = 0;
};

QList<Typed> readTypingLog(const QString &path)
{
    QFile file(path);
    QList<Typed> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2)
            entries.append({fields[0].toLongLong(), fields[1].toLongLong()});
    }
    return entries;
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void typingFillsTheDraftWithinASecond();
    void aNewComposerRestoresTheDraft();
    void aKilledComposerLosesAtMostASecond();
    void cancelAsksWhetherToKeepTheDraft();
    void countersWarnAndBlockOverTheLimit();
    void hashtagsCompleteAndCountTheText();
    void aStoryPreviewsMarkdownWithoutHtml();
    void filesTheServerWouldRefuseAreRefusedFirst();
    void aVideoNeedsItsPoster();
    void everyFieldIsNamedAndTabbedInOrder();
    void aPhotoPostWrittenOfflineReachesBothTopics();
    void aCrisisLikeDraftBringsTheNotice();
    void theFormLinesUpWithNothingEmptyBelow();
    void editingShowsNoLabelWithoutAField();
    void completionsLeaveWhereThePostAppearsInSight();

private:
    QString cachePath(const QString &name) const { return m_data.filePath(name + u".sqlite"_s); }

    QTemporaryDir m_data;
    ServerProcess m_server;
};

void TestComposer::initTestCase()
{
    QVERIFY(m_data.isValid());
}

void TestComposer::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestComposer::typingFillsTheDraftWithinASecond()
{
    Client client(cachePath(u"typing"_s));
    auto composer = client.composer();
    QVERIFY(!client.drafts->load(ComposerDialog::draftKey())); // nothing typed, nothing saved
    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(composer->titleField(), u"Morning walk"_s);
    QTest::keyClicks(composer->bodyField(), u"Ten minutes outside, then tea."_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.draftText(u"body"_s), u"Ten minutes outside, then tea."_s, 1000);
    qInfo() << "the draft held the text" << clock.elapsed() << "ms after typing began";
    QCOMPARE(client.draftText(u"title"_s), u"Morning walk"_s);
    QCOMPARE(client.draftText(u"hashtags"_s), u"#therapy "_s); // not cached: the slug
}

void TestComposer::aNewComposerRestoresTheDraft()
{
    Client client(cachePath(u"typing"_s)); // the file the previous test typed into
    client.feed->storeTopic(topic(u"Therapy"_s, u"Therapy"_s, 10));
    auto composer = client.composer(u"sleep"_s); // opened from another topic
    QVERIFY(composer->restoredDraft());
    QCOMPARE(composer->titleField()->text(), u"Morning walk"_s);
    QCOMPARE(composer->bodyField()->toPlainText(), u"Ten minutes outside, then tea."_s);
    QCOMPARE(composer->hashtagField()->text(), u"#therapy "_s); // as it was left
    QCOMPARE(composer->kind(), PostKind::Post);
}

void TestComposer::aKilledComposerLosesAtMostASecond()
{
    const QString path = cachePath(u"killed"_s);
    const QString logPath = m_data.filePath(u"typed.log"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--type-draft"_s, path, logPath});
    QVERIFY(child.waitForStarted());
    // Let it type for a while (a few hundred bursts), then kill it in the middle of it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<Typed> typed = readTypingLog(logPath);
            return typed.size() > 10 && typed.last().atMs - typed.first().atMs > 2500;
        },
        30'000));
    QTest::qWait(137);
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QList<Typed> typed = readTypingLog(logPath);
    Client client(path);
    const QString saved = client.draftText(u"body"_s);
    QVERIFY(!saved.isEmpty());
    QCOMPARE(saved, typedPrefix(saved.size())); // what was typed, in order, nothing else
    QCOMPARE(client.draftText(u"title"_s), u"Killed mid-word"_s);
    // Everything typed a second before the kill is in the draft.
    qsizetype typedSecondBefore = 0;
    qint64 firstLostAt = killedAt; // when the first character missing from the draft was typed
    for (const Typed &entry : typed) {
        if (entry.atMs <= killedAt - 1000)
            typedSecondBefore = entry.length;
        if (entry.length > saved.size())
            firstLostAt = std::min(firstLostAt, entry.atMs);
    }
    qInfo() << "typed" << typed.last().length << "characters; the draft held" << saved.size()
            << "; it lost the last" << killedAt - firstLostAt << "ms of typing";
    QVERIFY2(saved.size() >= typedSecondBefore,
        qPrintable(u"the draft has %1 characters, %2 were typed a second before the kill"_s
                       .arg(saved.size())
                       .arg(typedSecondBefore)));

    // And the composer opens on it.
    auto composer = client.composer();
    QVERIFY(composer->restoredDraft());
    QCOMPARE(composer->bodyField()->toPlainText(), saved);
}

void TestComposer::cancelAsksWhetherToKeepTheDraft()
{
    Client client(cachePath(u"cancel"_s));
    {
        // Nothing written: Cancel just closes, and leaves no draft.
        auto composer = client.composer();
        QTest::mouseClick(composer->cancelButton(), Qt::LeftButton);
        QVERIFY(!composer->keepDraftQuestion());
        QVERIFY(!composer->isVisible());
        QVERIFY(!client.drafts->load(ComposerDialog::draftKey()));
    }
    {
        auto composer = client.composer();
        QTest::keyClicks(composer->titleField(), u"Half a thought"_s);
        QTest::mouseClick(composer->cancelButton(), Qt::LeftButton);
        QMessageBox *question = composer->keepDraftQuestion();
        QVERIFY(question);
        QVERIFY(question->isVisible());
        QVERIFY(composer->isVisible()); // open() asks without a nested event loop
        QCOMPARE(question->windowModality(), Qt::WindowModal);
        QPushButton *keep = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text().remove(u'&') == u"Keep"_s)
                keep = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!composer->isVisible());
        QCOMPARE(composer->result(), int(QDialog::Rejected));
        QCOMPARE(client.draftText(u"title"_s), u"Half a thought"_s);
    }
    {
        auto composer = client.composer();
        QVERIFY(composer->restoredDraft());
        QTest::keyClick(composer->titleField(), Qt::Key_Escape); // Escape asks the same
        QMessageBox *question = composer->keepDraftQuestion();
        QVERIFY(question);
        QAbstractButton *discard = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text().remove(u'&') == u"Discard"_s)
                discard = button;
        }
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(!composer->isVisible());
        QVERIFY(!client.drafts->load(ComposerDialog::draftKey()));
    }
}

void TestComposer::countersWarnAndBlockOverTheLimit()
{
    Client client(cachePath(u"counters"_s));
    auto composer = client.composer();
    QTest::keyClicks(composer->bodyField(), u"Short and fine."_s);
    composer->titleField()->setText(QString(180, u't'));
    QCOMPARE(composer->titleCounter()->text(), u"180 / 200"_s);
    QCOMPARE(composer->titleCounter()->level(), LimitCounter::Level::Near);
    QVERIFY(composer->postButton()->isEnabled()); // near is allowed
    const QColor near = composer->titleCounter()->palette().color(QPalette::WindowText);
    QVERIFY(near != composer->palette().color(QPalette::WindowText));

    composer->titleField()->setText(QString(203, u't'));
    QCOMPARE(composer->titleCounter()->level(), LimitCounter::Level::Over);
    QVERIFY(composer->titleCounter()->text().startsWith(u"203 / 200"_s));
    QVERIFY(composer->titleCounter()->text().contains(u"3"_s));
    QVERIFY(composer->titleCounter()->palette().color(QPalette::WindowText) != near);
    QVERIFY(!composer->postButton()->isEnabled());
    QCOMPARE(composer->problemLabel()->text(), u"The title is too long."_s);
    composer->post(); // Ctrl+Enter lands here too: nothing happens
    QCOMPARE(client.outbox->pendingCount(), 0);
    QVERIFY(composer->isVisible());

    // Code points, as the server counts: an emoji is one.
    composer->titleField()->setText(QString(199, u't') + u"\U0001F33F"_s);
    QCOMPARE(composer->titleCounter()->count(), 200);
    QVERIFY(composer->postButton()->isEnabled());

    // The body's limit follows the kind: too long for a post, fine for a story.
    composer->bodyField()->setPlainText(QString(Limits::MaxPostBodyLength + 1, u'b'));
    QVERIFY(composer->bodyCounter()->isOver());
    QVERIFY(!composer->postButton()->isEnabled());
    composer->kindButton(PostKind::Story)->click();
    QCOMPARE(composer->kind(), PostKind::Story);
    QCOMPARE(composer->bodyCounter()->limit(), Limits::MaxStoryBodyLength);
    QCOMPARE(composer->bodyCounter()->level(), LimitCounter::Level::Fine);
    QVERIFY(composer->postButton()->isEnabled());
    composer->contentWarningField()->setText(QString(Limits::MaxContentWarningLength + 1, u'w'));
    QVERIFY(!composer->postButton()->isEnabled());
    QCOMPARE(composer->problemLabel()->text(), u"The content warning is too long."_s);
}

void TestComposer::hashtagsCompleteAndCountTheText()
{
    Client client(cachePath(u"hashtags"_s));
    client.feed->storeTopics(
        {topic(u"Therapy"_s, u"Therapy"_s, 900), topic(u"SmallWins"_s, u"Small Wins"_s, 300),
            topic(u"SmallSteps"_s, u"Small Steps"_s, 40), topic(u"Sleep"_s, u"Sleep"_s, 500)});
    auto composer = client.composer(u"therapy"_s);
    QVERIFY(QTest::qWaitForWindowActive(composer.get()));
    HashtagField *field = composer->hashtagField();
    QCOMPARE(field->text(), u"#Therapy "_s); // the topic's own spelling
    field->setFocus();
    field->end(false);
    QTest::keyClicks(field, u"#sma"_s);
    QCompleter *completer = field->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 2); // most members first
    QCOMPARE(
        completer->completionModel()->index(0, 0).data().toString(), u"#SmallWins (Small Wins)"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(field->text(), u"#Therapy #SmallWins "_s);

    // Tags in the title and text count, first, as the server counts them.
    composer->titleField()->setText(u"Slept through"_s);
    composer->bodyField()->setPlainText(u"First time in weeks. #Sleep #therapy"_s);
    QCOMPARE(composer->finalHashtags(), QStringList({u"Sleep"_s, u"therapy"_s, u"SmallWins"_s}));
    QVERIFY(composer->hashtagsLabel()->text().contains(u"#SmallWins"_s));
    QVERIFY(composer->postButton()->isEnabled());

    field->setText(u"#self-care"_s);
    QVERIFY(!composer->postButton()->isEnabled());
    QVERIFY(composer->problemLabel()->text().contains(u"“self-care”"_s));

    // None at all: the post needs a home.
    field->clear();
    composer->bodyField()->setPlainText(u"First time in weeks."_s);
    QVERIFY(composer->finalHashtags().isEmpty());
    QVERIFY(!composer->postButton()->isEnabled());
    QVERIFY(composer->problemLabel()->text().contains(u"hashtag"_s));

    // Eleven is one too many.
    QStringList many;
    for (int i = 0; i < Limits::MaxHashtagsPerPost + 1; ++i)
        many.append(u"Tag%1x"_s.arg(i));
    field->setTags(many);
    QCOMPARE(composer->finalHashtags().size(), Limits::MaxHashtagsPerPost + 1);
    QVERIFY(!composer->postButton()->isEnabled());
}

void TestComposer::aStoryPreviewsMarkdownWithoutHtml()
{
    Client client(cachePath(u"story"_s));
    auto composer = client.composer();
    QVERIFY(!composer->preview()->isVisible());
    composer->kindButton(PostKind::Story)->click();
    QVERIFY(composer->preview()->isVisible());
    composer->bodyField()->setPlainText(
        u"# A slow Sunday\n\nSome *gentle* words.\n\n<b>not bold</b> <img src=\"http://127.0.0.1:9/x.png\">"_s);
    QTRY_VERIFY(composer->preview()->toPlainText().contains(u"A slow Sunday"_s));
    const QString shown = composer->preview()->toPlainText();
    QVERIFY2(shown.contains(u"<b>not bold</b>"_s), qPrintable(shown)); // HTML stays text
    QVERIFY(!shown.contains(u"# A slow"_s)); // the heading is a heading
    QCOMPARE(composer->preview()->document()->begin().blockFormat().headingLevel(), 1);
}

void TestComposer::filesTheServerWouldRefuseAreRefusedFirst()
{
    Client client(cachePath(u"refused"_s));
    auto composer = client.composer();
    MediaPicker *media = composer->mediaPicker();

    const QString notes = m_data.filePath(u"notes.png"_s);
    QVERIFY(writeFile(notes, "Things to ask at the next appointment.\n"));
    QVERIFY(!composer->attachFile(notes));
    QVERIFY2(media->refusal().contains(u"isn't a picture"_s), qPrintable(media->refusal()));
    QVERIFY(media->refusalLabel()->isVisible());
    QCOMPARE(media->refusalLabel()->text(), media->refusal());
    QVERIFY(!media->media());

    const QString cut = m_data.filePath(u"cut.png"_s);
    const QByteArray whole = pngBytes(400, 300, QColor(u"#6a8"_s));
    QVERIFY(writeFile(cut, whole.left(whole.size() / 2)));
    QVERIFY(!composer->attachFile(cut));
    QVERIFY2(media->refusal().contains(u"incomplete"_s), qPrintable(media->refusal()));

    const QString huge = m_data.filePath(u"huge.jpg"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Limits::MaxImageUploadBytes + 1));
    }
    QVERIFY(!composer->attachFile(huge));
    QVERIFY2(media->refusal().contains(u"at most"_s), qPrintable(media->refusal()));

    const QString clip = m_data.filePath(u"clip.mp4"_s);
    QVERIFY(
        writeFile(clip, QByteArray::fromHex("0000001866747970") + "mp42" + QByteArray(64, 'x')));
    QVERIFY(!composer->attachFile(clip)); // a video, on a post
    QVERIFY(media->refusal().contains(u"Video"_s));

    // A good photo is taken, and clears the refusal.
    const QString photo = m_data.filePath(u"good.png"_s);
    QVERIFY(writeFile(photo, whole));
    QVERIFY(composer->attachFile(photo));
    QVERIFY(media->refusal().isEmpty());
    QVERIFY(!media->refusalLabel()->isVisible());
    QVERIFY(media->preview()->isVisible());
    QVERIFY(!media->preview()->pixmap().isNull());
    QCOMPARE(media->media()->mimeType, "image/png");
    QCOMPARE(client.outbox->pendingCount(), 0); // nothing was queued on the way
}

void TestComposer::aVideoNeedsItsPoster()
{
    Client client(cachePath(u"video"_s));
    auto composer = client.composer();
    composer->kindButton(PostKind::Video)->click();
    composer->titleField()->setText(u"The kettle, finally"_s);
    QVERIFY(!composer->postButton()->isEnabled());
    const QString clip = m_data.filePath(u"kettle.mp4"_s);
    QVERIFY(
        writeFile(clip, QByteArray::fromHex("0000001866747970") + "mp42" + QByteArray(64, 'x')));
    QVERIFY(composer->attachFile(clip));
    QVERIFY(!composer->postButton()->isEnabled());
    QVERIFY(composer->problemLabel()->text().contains(u"poster"_s));
    const QString poster = m_data.filePath(u"kettle.png"_s);
    QVERIFY(writeFile(poster, pngBytes(64, 36, Qt::darkYellow)));
    QVERIFY(composer->attachFile(poster));
    QVERIFY2(composer->postButton()->isEnabled(), qPrintable(composer->problem()));
    const std::optional<PostMedia> media = composer->mediaPicker()->media();
    QVERIFY(media);
    QCOMPARE(media->mimeType, "video/mp4");
    QCOMPARE(media->posterPath, poster);

    // Back to a post, the poster is the photo; the video waits in case.
    composer->kindButton(PostKind::Post)->click();
    composer->bodyField()->setPlainText(u"A kettle."_s);
    QCOMPARE(composer->mediaPicker()->media()->path, poster);
}

void TestComposer::everyFieldIsNamedAndTabbedInOrder()
{
    Client client(cachePath(u"access"_s));
    auto composer = client.composer();
    const QList<QWidget *> fields{composer->titleField(), composer->bodyField(),
        composer->hashtagField(), composer->contentWarningField()};
    for (QWidget *field : fields)
        QVERIFY2(!field->accessibleName().isEmpty(), field->metaObject()->className());
    for (QWidget *button : std::initializer_list<QWidget *>{composer->kindButton(PostKind::Post),
             composer->kindButton(PostKind::Story), composer->kindButton(PostKind::Video)}) {
        QVERIFY(!static_cast<QRadioButton *>(button)->text().isEmpty());
    }
    // Tab walks the form top to bottom.
    QWidget *at = composer->titleField();
    QList<QWidget *> reached;
    for (int i = 0; i < 40 && reached.size() < fields.size() - 1; ++i) {
        at = at->nextInFocusChain();
        if (fields.contains(at))
            reached.append(at);
    }
    QCOMPARE(reached, fields.mid(1));
}

void TestComposer::aPhotoPostWrittenOfflineReachesBothTopics()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const auto registered = http.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"wren"_s}, {u"password"_s, u"a long enough password"_s},
            {u"displayName"_s, u"Wren"_s}});
    QCOMPARE(registered.status, 201);
    const QJsonObject user = registered.json().value(u"user"_s).toObject();
    const User me{user.value(u"id"_s).toInteger(), u"wren"_s, u"Wren"_s, false};

    Client client(cachePath(u"posting"_s), m_server.url(),
        registered.json().value(u"token"_s).toString(), me);
    client.feed->storeTopics(
        {topic(u"Therapy"_s, u"Therapy"_s, 900), topic(u"SmallWins"_s, u"Small Wins"_s, 300)});
    const QString photo = m_data.filePath(u"window.png"_s);
    QVERIFY(writeFile(photo, pngBytes(320, 200, QColor(u"#c96"_s))));

    auto composer = client.composer(u"therapy"_s);
    QVERIFY(QTest::qWaitForWindowActive(composer.get()));
    QSignalSpy posted(composer.get(), &ComposerDialog::posted);
    QTest::keyClicks(composer->titleField(), u"Light through the window"_s);
    QTest::keyClicks(composer->bodyField(), u"Opened the curtains before noon. #SmallWins"_s);
    QVERIFY(composer->attachFile(photo));
    QTest::keyClicks(composer->mediaPicker()->altTextField(), u"Afternoon light on a wall."_s);
    QCOMPARE(composer->finalHashtags(), QStringList({u"SmallWins"_s, u"Therapy"_s}));
    QVERIFY2(composer->canPost(), qPrintable(composer->problem()));
    QTest::keyClick(composer->bodyField(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(posted.size(), 1);
    QVERIFY(!composer->isVisible());
    QCOMPARE(composer->result(), int(QDialog::Accepted));
    QVERIFY(!client.drafts->load(ComposerDialog::draftKey())); // posted: no draft left
    QTest::qWait(ComposerDialog::DraftDelayMs + 100);
    QVERIFY(!client.drafts->load(ComposerDialog::draftKey()));

    // Offline: the post waits, and shows at once.
    const qint64 localId = posted.first().at(0).toLongLong();
    QVERIFY(localId < 0);
    QCOMPARE(client.outbox->pendingCount(), 1);
    QCOMPARE(client.feed->post(localId)->hashtags, QStringList({u"SmallWins"_s, u"Therapy"_s}));

    client.outbox->setOnline(true);
    QVERIFY(QTest::qWaitFor([&] { return client.outbox->pendingCount() == 0; }, 20'000));
    QVERIFY(client.outbox->failedWrites().isEmpty());
    for (const QString &slug : {u"therapy"_s, u"smallwins"_s}) {
        const QJsonArray items
            = http.get(u"/api/v1/topics/%1/feed"_s.arg(slug)).json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject onServer = items.first().toObject();
        QCOMPARE(onServer.value(u"title"_s).toString(), u"Light through the window"_s);
        const QJsonObject media = onServer.value(u"media"_s).toObject();
        QCOMPARE(media.value(u"altText"_s).toString(), u"Afternoon light on a wall."_s);
        QCOMPARE(media.value(u"width"_s).toInt(), 320);
        QCOMPARE(http.get(u"/api/v1/media/%1"_s.arg(media.value(u"id"_s).toInteger())).status, 200);
    }
}

void TestComposer::aCrisisLikeDraftBringsTheNotice()
{
    QSettings file(m_data.filePath(u"crisis.ini"_s), QSettings::IniFormat);
    Preferences preferences(file);
    preferences.setCrisisCountry(u"DE"_s);
    Care care(preferences);

    {
        Client client(cachePath(u"crisis"_s));
        const auto composer = client.composer();
        composer->setCare(&care);
        CrisisNotice *notice = composer->crisisNotice();
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        QSignalSpy links(composer.get(), &ComposerDialog::linkActivated);
        QSignalSpy settings(composer.get(), &ComposerDialog::settingsRequested);

        QTest::keyClicks(composer->titleField(), u"A long night"_s);
        QTest::keyClicks(composer->bodyField(),
            u"I don't want to be alive anymore, and I don't know who to tell."_s);
        // A moment after the typing stops, not at each key.
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->country(), u"DE"_s);
        QVERIFY(notice->plainText().contains(u"TelefonSeelsorge"_s));
        QVERIFY(notice->plainText().contains(u"0800 111 0 111"_s));
        // It never stands in the way of posting.
        QVERIFY(composer->canPost());
        QVERIFY(composer->postButton()->isEnabled());
        // Its links come after the fields and before Cancel.
        QList<QWidget *> order;
        for (QWidget *w = composer->contentWarningField(); order.size() < 40;
             w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                order.append(w);
        }
        const auto firstLink = std::find_if(
            order.begin(), order.end(), [notice](QWidget *w) { return notice->isAncestorOf(w); });
        QVERIFY(firstLink != order.end());
        QVERIFY(firstLink - order.begin() < order.indexOf(composer->cancelButton()));
        // Links and "Change country" go to the window.
        Q_EMIT notice->linkActivated(QUrl(u"tel:08001110111"_s));
        Q_EMIT notice->changeCountryRequested();
        QCOMPARE(links.size(), 1);
        QCOMPARE(settings.size(), 1);

        // Another country: its lines (here, none: the international directories).
        preferences.setCrisisCountry(u"AQ"_s);
        QVERIFY(notice->plainText().contains(u"Find A Helpline"_s));
        preferences.setCrisisCountry(u"DE"_s);

        // The words change, and no longer read like a crisis: the notice goes.
        composer->bodyField()->selectAll();
        QTest::keyClicks(composer->bodyField(), u"A friend called, and we talked for an hour."_s);
        QTRY_VERIFY(!notice->isVisible());
        composer->post();
        QCOMPARE(client.outbox->pendingCount(), 1);
    }
    {
        // An ordinary draft brings nothing.
        Client client(cachePath(u"ordinary"_s));
        const auto composer = client.composer();
        composer->setCare(&care);
        QTest::keyClicks(composer->titleField(), u"A walk by the river"_s);
        QTest::keyClicks(composer->bodyField(), u"The light on the water was lovely today."_s);
        QTest::qWait(3 * 150 + 100);
        QVERIFY(!composer->crisisNotice()->isVisible());
        QVERIFY(composer->postButton()->isEnabled());
    }
    {
        // The words count, not a hashtag: someone writing a recovery milestone under
        // #SelfHarm is not told that they sound in crisis.
        Client client(cachePath(u"tagged"_s));
        const auto composer = client.composer(u"selfharm"_s);
        composer->setCare(&care);
        QCOMPARE(composer->finalHashtags(), QStringList{u"selfharm"_s});
        QTest::keyClicks(composer->titleField(), u"Six months today"_s);
        QTest::keyClicks(composer->bodyField(), u"Six months without it. Tulips on the table."_s);
        QTest::qWait(3 * 150 + 100);
        QVERIFY(!composer->crisisNotice()->isVisible());
        QTest::keyClicks(composer->bodyField(), u" But tonight I want to die."_s);
        QTRY_VERIFY(composer->crisisNotice()->isVisible());
    }
}

namespace {

// Where a part of the composer is, in the composer's coordinates.
QRect placeOf(const QWidget *part, const QWidget *dialog)
{
    return QRect(part->mapTo(dialog, QPoint(0, 0)), part->size());
}

// The visible labels of the form's label column (the column "Title" is in) that have no
// visible field beside them. The dialog's sentences (what the post still needs, a restored
// draft) start at that column too: they wrap, the form's labels don't.
QStringList labelsWithoutAField(const ComposerDialog &composer)
{
    const QLabel *title = nullptr;
    for (const QLabel *label : composer.findChildren<QLabel *>()) {
        if (label->buddy() == composer.titleField())
            title = label;
    }
    if (!title)
        return {u"no label for the title"_s};
    const int column = placeOf(title, &composer).left();
    QStringList alone;
    for (const QLabel *label : composer.findChildren<QLabel *>()) {
        const QRect place = placeOf(label, &composer);
        if (!label->isVisible() || place.left() != column || label->wordWrap())
            continue;
        const int middle
            = place.top() + std::min(place.height(), label->fontMetrics().height()) / 2;
        bool beside = false;
        for (const QWidget *part : composer.findChildren<QWidget *>()) {
            const QRect other = placeOf(part, &composer);
            if (part != label && part->isVisible() && !qobject_cast<const QLabel *>(part)
                && other.left() > place.right() && other.top() <= middle
                && other.bottom() >= middle)
                beside = true;
        }
        if (!beside)
            alone.append(label->text());
    }
    return alone;
}

} // namespace

void TestComposer::theFormLinesUpWithNothingEmptyBelow()
{
    // Seen: about 200 px of nothing under "Media", and fields ending at two different places.
    Client client(cachePath(u"lines"_s));
    auto composer = client.composer();
    QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
    const ComposerDialog *dialog = composer.get();

    // The fields' right edges line up.
    const int right = placeOf(composer->titleField(), dialog).right();
    for (const QWidget *field : std::initializer_list<const QWidget *>{
             composer->bodyField(), composer->hashtagField(), composer->contentWarningField()}) {
        QCOMPARE(placeOf(field, dialog).right(), right);
    }
    // So do the labels' left edges (the row of kinds included).
    QStringList labels;
    QSet<int> lefts;
    for (const QLabel *label : composer->findChildren<QLabel *>()) {
        if (label->isVisible()
            && (label->buddy() || label->text() == u"Share a"_s || label->text() == u"Media"_s)) {
            labels.append(label->text());
            lefts.insert(placeOf(label, dialog).left());
        }
    }
    QCOMPARE(labels.size(), 6);
    QVERIFY2(lefts.size() == 1, qPrintable(labels.join(u", "_s)));
    const QStringList alone = labelsWithoutAField(*composer);
    QVERIFY2(alone.isEmpty(), qPrintable(alone.join(u", "_s)));

    // Nothing empty under the last field: the buttons follow it, and a taller composer gives
    // its height to the text.
    const auto gapBelowFields = [&composer, dialog] {
        int bottom = 0;
        for (const QWidget *part : std::initializer_list<const QWidget *>{
                 composer->mediaPicker(), composer->contentWarningField()})
            bottom = std::max(bottom, placeOf(part, dialog).bottom());
        const QWidget *next = composer->problemLabel()->isVisible()
            ? static_cast<const QWidget *>(composer->problemLabel())
            : composer->postButton();
        return placeOf(next, dialog).top() - bottom;
    };
    QVERIFY2(gapBelowFields() <= 3 * Hearth::Metrics::spaceL,
        qPrintable(u"%1 px under the fields"_s.arg(gapBelowFields())));
    const int textHeight = composer->bodyField()->height();
    composer->resize(composer->width(), composer->height() + 120);
    QTRY_COMPARE(composer->bodyField()->height(), textHeight + 120);
    QVERIFY2(gapBelowFields() <= 3 * Hearth::Metrics::spaceL,
        qPrintable(u"%1 px under the fields"_s.arg(gapBelowFields())));
}

void TestComposer::editingShowsNoLabelWithoutAField()
{
    // Seen: "Media" alone on its row when editing, the picker hidden.
    Client client(cachePath(u"editlabels"_s));
    auto composer = client.composer();
    QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
    QVERIFY(composer->mediaPicker()->isVisible());
    Post post;
    post.id = 4242;
    post.author = wren;
    post.title = u"Small wins this week"_s;
    post.body = u"Made soup, answered one email, sat in the sun for ten minutes."_s;
    post.hashtags = {u"SmallWins"_s};
    composer->editPost(post);
    QVERIFY(!composer->mediaPicker()->isVisible());
    const QStringList alone = labelsWithoutAField(*composer);
    QVERIFY2(alone.isEmpty(), qPrintable(alone.join(u", "_s)));
}

void TestComposer::completionsLeaveWhereThePostAppearsInSight()
{
    // Seen: the choices opened over "Appears in #Therapy, #gr", the line that says what
    // choosing does.
    Client client(cachePath(u"completer"_s));
    client.feed->storeTopics({topic(u"Therapy"_s, u"Therapy"_s, 900),
        topic(u"Grief"_s, u"Grief"_s, 300), topic(u"GreenSpaces"_s, u"Green Spaces"_s, 40)});
    auto composer = client.composer(u"therapy"_s);
    QVERIFY(QTest::qWaitForWindowActive(composer.get()));
    HashtagField *field = composer->hashtagField();
    field->setFocus();
    field->end(false);
    QTest::keyClicks(field, u"#gr"_s);
    QAbstractItemView *popup = field->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(field->completer()->completionModel()->rowCount(), 2);
    const QRect choices = popup->geometry(); // a window: in screen coordinates
    const auto onScreen = [](const QWidget *part) {
        return QRect(part->mapToGlobal(QPoint(0, 0)), part->size());
    };
    QVERIFY(composer->hashtagsLabel()->isVisible());
    QVERIFY(composer->hashtagsLabel()->text().contains(u"#gr"_s));
    QVERIFY2(!choices.intersects(onScreen(composer->hashtagsLabel())),
        qPrintable(u"choices %1,%2 %3×%4 over “%5”"_s.arg(choices.x())
                       .arg(choices.y())
                       .arg(choices.width())
                       .arg(choices.height())
                       .arg(composer->hashtagsLabel()->text())));
    // Nor over the field being typed in, nor the content warning below.
    QVERIFY(!choices.intersects(onScreen(field)));
    QVERIFY(!choices.intersects(onScreen(composer->contentWarningField())));
    // Choosing still works.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(field->text(), u"#Therapy #Grief "_s);
    QVERIFY(composer->hashtagsLabel()->text().contains(u"#Grief"_s));
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--type-draft") == 0) {
        QApplication app(argc, argv);
        return typeDraft(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QApplication app(argc, argv);
    TestComposer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_composer.moc"
