// Content folds: why a post or a comment is folded, which reason wins, that an opened item
// stays open; then the same on the demo community of a real hearth-server.

#include "api/Json.h"
#include "care/ContentFold.h"
#include "care/MutedWords.h"
#include "care/SensitiveTopics.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

Post makePost(qint64 id, const QString &title, const QString &body, const QStringList &hashtags,
    const QString &contentWarning = {})
{
    Post post;
    post.id = id;
    post.title = title;
    post.body = body;
    post.hashtags = hashtags;
    post.contentWarning = contentWarning;
    return post;
}

} // namespace

class TestContentFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void plainPostIsOpen();
    void contentWarningFolds();
    void sensitiveTopicFolds();
    void mutedWordFolds();
    void strongestReasonWins();
    void openedStaysOpenAndKeepsItsReason();
    void comments();
    void summaries();

    void demoPostsWithWarningsFold();
    void demoPostsDoNotReadLikeCrisis();
    void mutingATagFoldsTheDemoPostsTaggedWithIt();
    void postsAndCommentsWrittenThroughTheServer();

private:
    // Reads every post of every topic of the demo community from a real server, once.
    bool loadDemoPosts();

    SensitiveTopics m_topics;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_client;
    QList<Post> m_demoPosts;
    QString m_demoError;
};

void TestContentFold::initTestCase()
{
    QVERIFY2(m_topics.load(), qPrintable(m_topics.errorString()));
}

void TestContentFold::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestContentFold::plainPostIsOpen()
{
    const Post post = makePost(1, u"Small wins"_s, u"Made tea."_s, {u"SmallWins"_s});
    const ContentFold fold = ContentFold::forPost(post, {}, MutedWords(), m_topics);
    QCOMPARE(fold, ContentFold());
    QVERIFY(!fold.folded);
    QVERIFY(!fold.hasReason());
    QCOMPARE(fold.summary(), QString());
}

void TestContentFold::contentWarningFolds()
{
    const Post post = makePost(
        2, u"A hard week"_s, u"..."_s, {u"Depression"_s}, u"  Mentions a hospital\nstay "_s);
    const ContentFold fold = ContentFold::forPost(post, {}, MutedWords(), m_topics);
    QVERIFY(fold.folded);
    QCOMPARE(fold.reason, ContentFold::Reason::ContentWarning);
    QCOMPARE(fold.detail, u"Mentions a hospital stay"_s);

    // A blank warning is no warning.
    const Post blank = makePost(3, u"Title"_s, u"Body"_s, {u"Therapy"_s}, u" \n\t"_s);
    QVERIFY(!ContentFold::forPost(blank, {}, MutedWords(), m_topics).folded);
}

void TestContentFold::sensitiveTopicFolds()
{
    const Post post = makePost(
        4, u"Six months"_s, u"Six months clean today."_s, {u"Recovery"_s, u"SelfHarm"_s});
    const ContentFold fold = ContentFold::forPost(post, {}, MutedWords(), m_topics);
    QVERIFY(fold.folded);
    QCOMPARE(fold.reason, ContentFold::Reason::SensitiveTopic);
    QCOMPARE(fold.detail, u"SelfHarm"_s);

    // A tag written in the body counts even when the tag list lacks it.
    const Post written = makePost(5, u"Recovery"_s, u"A year on. #EatingDisorder"_s, {});
    QCOMPARE(ContentFold::forPost(written, {}, MutedWords(), m_topics).detail, u"EatingDisorder"_s);
    // Without the lists, nothing is sensitive.
    QVERIFY(!ContentFold::forPost(post, {}, MutedWords(), SensitiveTopics()).folded);
}

void TestContentFold::mutedWordFolds()
{
    const MutedWords muted({u"hospital"_s, u"#Grief"_s});
    const Post post
        = makePost(6, u"Visiting hours"_s, u"Back at the hospital today."_s, {u"Caregiving"_s});
    const ContentFold fold = ContentFold::forPost(post, {}, muted, m_topics);
    QVERIFY(fold.folded);
    QCOMPARE(fold.reason, ContentFold::Reason::MutedWord);
    QCOMPARE(fold.detail, u"hospital"_s);

    const Post tagged = makePost(7, u"Two cups"_s, u"Tea for two."_s, {u"GRIEF"_s});
    QCOMPARE(ContentFold::forPost(tagged, {}, muted, m_topics).detail, u"#Grief"_s);
    // Whole words only.
    const Post hospitality = makePost(8, u"Work"_s, u"Back in hospitality."_s, {u"Work"_s});
    QVERIFY(!ContentFold::forPost(hospitality, {}, muted, m_topics).folded);
}

void TestContentFold::strongestReasonWins()
{
    const MutedWords muted({u"relapse"_s});
    const Post all
        = makePost(9, u"Relapse"_s, u"It happened."_s, {u"SelfHarm"_s}, u"Mentions self-harm"_s);
    QCOMPARE(
        ContentFold::forPost(all, {}, muted, m_topics).reason, ContentFold::Reason::ContentWarning);
    Post noWarning = all;
    noWarning.contentWarning.clear();
    QCOMPARE(ContentFold::forPost(noWarning, {}, muted, m_topics).reason,
        ContentFold::Reason::MutedWord);
    QCOMPARE(ContentFold::forPost(noWarning, {}, MutedWords(), m_topics).reason,
        ContentFold::Reason::SensitiveTopic);
}

void TestContentFold::openedStaysOpenAndKeepsItsReason()
{
    const Post post = makePost(10, u"Title"_s, u"Body"_s, {u"Suicide"_s}, u"Mentions loss"_s);
    const ContentFold closed = ContentFold::forPost(post, {11, 12}, MutedWords(), m_topics);
    QVERIFY(closed.folded);
    const ContentFold opened = ContentFold::forPost(post, {10}, MutedWords(), m_topics);
    QVERIFY(!opened.folded);
    QCOMPARE(opened.reason, ContentFold::Reason::ContentWarning);
    QCOMPARE(opened.detail, u"Mentions loss"_s);
    // An item with nothing to fold is the same opened or not.
    const Post plain = makePost(13, u"Title"_s, u"Body"_s, {u"Therapy"_s});
    QCOMPARE(ContentFold::forPost(plain, {13}, MutedWords(), m_topics), ContentFold());
}

void TestContentFold::comments()
{
    Comment comment;
    comment.id = 20;
    comment.postId = 1;
    comment.body = u"Same here. #SelfHarm"_s;
    const MutedWords muted({u"flashback"_s});

    // A sensitive tag does not fold a comment.
    QVERIFY(!ContentFold::forComment(comment, {}, muted).folded);

    comment.body = u"I had a flashback too."_s;
    ContentFold fold = ContentFold::forComment(comment, {}, muted);
    QCOMPARE(fold.reason, ContentFold::Reason::MutedWord);
    QVERIFY(fold.folded);
    QVERIFY(!ContentFold::forComment(comment, {20}, muted).folded);

    comment.contentWarning = u"Mentions a flashback"_s;
    fold = ContentFold::forComment(comment, {}, muted);
    QCOMPARE(fold.reason, ContentFold::Reason::ContentWarning);

    // A deleted comment shows no text, so there is nothing to fold.
    comment.deleted = true;
    comment.body.clear();
    QCOMPARE(ContentFold::forComment(comment, {}, muted), ContentFold());
}

void TestContentFold::summaries()
{
    ContentFold fold;
    fold.reason = ContentFold::Reason::ContentWarning;
    fold.detail = u"Mentions <b>nightmares</b>"_s;
    // The author's words are a run of their own (FSI … PDI), as everywhere Hearth places a
    // person's words among its own...
    QCOMPARE(fold.summary(), u"Content warning: \u2068Mentions <b>nightmares</b>\u2069"_s);
    // ...so an unclosed override in them is taken out and cannot turn the sentence around.
    fold.detail = u"grief\u202E"_s;
    QCOMPARE(fold.summary(), u"Content warning: \u2068grief\u2069"_s);
    fold.reason = ContentFold::Reason::SensitiveTopic;
    fold.detail = u"SelfHarm"_s;
    QCOMPARE(fold.summary(), u"Sensitive topic: #\u2068SelfHarm\u2069"_s);
    fold.reason = ContentFold::Reason::MutedWord;
    fold.detail = u"suicide"_s;
    QCOMPARE(fold.summary(), u"Hidden: matches a muted word"_s);
    QVERIFY(!fold.summary().contains(u"suicide"_s));
}

bool TestContentFold::loadDemoPosts()
{
    if (!m_demoPosts.isEmpty())
        return true;
    if (!m_server.start({u"--demo"_s})) {
        m_demoError = u"hearth-server did not start: "_s + m_server.errorString();
        return false;
    }
    m_client = std::make_unique<HttpClient>(m_server.url());

    QSet<qint64> seen;
    const auto topics = m_client->get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        const QString slug = topic.toObject().value(u"slug"_s).toString();
        QString cursor;
        do {
            const HttpClient::Reply reply
                = m_client->get(u"/api/v1/topics/%1/feed?limit=%2%3"_s.arg(slug,
                    QString::number(Limits::MaxPageSize),
                    cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            const Result<Page<Post>> page = Json::decodePage<Post>(reply.json());
            if (!page) {
                m_demoError = u"feed of %1: %2 %3"_s.arg(
                    slug, page.error().field(), page.error().message());
                return false;
            }
            for (const Post &post : page->items) {
                if (!seen.contains(post.id)) {
                    seen.insert(post.id);
                    m_demoPosts.append(post);
                }
            }
            cursor = page->nextCursor;
        } while (!cursor.isEmpty());
    }
    return true;
}

void TestContentFold::demoPostsWithWarningsFold()
{
    QVERIFY2(loadDemoPosts(), qPrintable(m_demoError));
    const QList<Post> &posts = m_demoPosts;
    QVERIFY(posts.size() >= 50);
    int warned = 0;
    int sensitive = 0;
    for (const Post &post : posts) {
        const ContentFold fold = ContentFold::forPost(post, {}, MutedWords(), m_topics);
        if (post.contentWarning.isEmpty()) {
            // One demo post carries a sensitive tag (#SelfHarm): nothing else folds.
            const bool tagged = m_topics.isSensitive(post.hashtags);
            QCOMPARE(fold.folded, tagged);
            if (tagged) {
                QCOMPARE(fold.reason, ContentFold::Reason::SensitiveTopic);
                ++sensitive;
            }
            continue;
        }
        ++warned;
        QVERIFY2(fold.folded, qPrintable(post.title));
        QCOMPARE(fold.reason, ContentFold::Reason::ContentWarning);
        QCOMPARE(fold.detail, post.contentWarning);
        QVERIFY(!ContentFold::forPost(post, {post.id}, MutedWords(), m_topics).folded);
    }
    QCOMPARE(warned, 6); // four posts and two stories in resources/demo
    QCOMPARE(sensitive, 1); // "A year today"
}

void TestContentFold::demoPostsDoNotReadLikeCrisis()
{
    // The demo's posts and stories are written the way people write in a peer-support
    // community, about grief, depression, hospital stays, dark weeks: none of them is a
    // crisis message, and the notice must not fire on them.
    // One post is about self-harm by its hashtag (a recovery milestone): the notice goes
    // with it because of the tag, not because of its words.
    QVERIFY2(loadDemoPosts(), qPrintable(m_demoError));
    int touching = 0;
    for (const Post &post : std::as_const(m_demoPosts)) {
        const QString phrase
            = m_topics.crisisPhraseIn(post.title) + m_topics.crisisPhraseIn(post.body);
        QVERIFY2(phrase.isEmpty(), qPrintable(post.title + u": "_s + phrase));
        const bool crisisTag = post.hashtags.contains(u"SelfHarm"_s, Qt::CaseInsensitive);
        QCOMPARE(m_topics.touchesCrisis(post.title, post.body, post.hashtags), crisisTag);
        touching += crisisTag;
    }
    QCOMPARE(touching, 1);
}

void TestContentFold::mutingATagFoldsTheDemoPostsTaggedWithIt()
{
    const MutedWords muted({u"#Caregiving"_s});
    QVERIFY2(loadDemoPosts(), qPrintable(m_demoError));
    int tagged = 0;
    for (const Post &post : std::as_const(m_demoPosts)) {
        const bool hasTag = post.hashtags.contains(u"Caregiving"_s, Qt::CaseInsensitive);
        tagged += hasTag ? 1 : 0;
        const ContentFold fold = ContentFold::forPost(post, {}, muted, m_topics);
        QCOMPARE(fold.folded,
            hasTag || !post.contentWarning.isEmpty() || m_topics.isSensitive(post.hashtags));
        if (hasTag && post.contentWarning.isEmpty() && !m_topics.isSensitive(post.hashtags)) {
            QCOMPARE(fold.reason, ContentFold::Reason::MutedWord);
            QCOMPARE(fold.detail, u"#Caregiving"_s);
        }
    }
    QVERIFY(tagged >= 5);
}

void TestContentFold::postsAndCommentsWrittenThroughTheServer()
{
    QVERIFY2(loadDemoPosts(), qPrintable(m_demoError)); // the server runs
    HttpClient client(m_server.url());
    const HttpClient::Reply registered = client.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"wren"_s}, {u"password"_s, u"a long enough password"_s},
            {u"displayName"_s, u"Wren"_s}});
    QCOMPARE(registered.status, 201);
    client.setToken(registered.json().value(u"token"_s).toString());

    NewPost draft;
    draft.title = u"Six months"_s;
    draft.body = u"Six months without hurting myself. #Recovery #SelfHarm"_s;
    // The composer would show the crisis notice for this draft, without blocking it.
    QVERIFY(m_topics.touchesCrisis(draft.title, draft.body, draft.hashtags));
    const HttpClient::Reply created = client.post(u"/api/v1/posts"_s, Json::toJson(draft));
    QCOMPARE(created.status, 201);
    const Result<Post> post = Json::decode<Post>(created.json());
    QVERIFY2(post.ok(), post.ok() ? "" : qPrintable(post.error().message()));
    QVERIFY(post->hashtags.contains(u"SelfHarm"_s));

    ContentFold fold = ContentFold::forPost(*post, {}, MutedWords(), m_topics);
    QCOMPARE(fold.reason, ContentFold::Reason::SensitiveTopic);
    QCOMPARE(fold.detail, u"SelfHarm"_s);
    QVERIFY(fold.folded);
    QVERIFY(m_topics.touchesCrisis(post->title, post->body, post->hashtags));

    NewComment reply;
    reply.body = u"Proud of you. The nightmares eased for me too."_s;
    reply.contentWarning = u"Mentions nightmares"_s;
    const HttpClient::Reply commented
        = client.post(u"/api/v1/posts/%1/comments"_s.arg(post->id), Json::toJson(reply));
    QCOMPARE(commented.status, 201);
    const Result<Comment> comment = Json::decode<Comment>(commented.json());
    QVERIFY2(comment.ok(), comment.ok() ? "" : qPrintable(comment.error().message()));
    fold = ContentFold::forComment(*comment, {}, MutedWords({u"Nightmares"_s}));
    QCOMPARE(fold.reason, ContentFold::Reason::ContentWarning);
    QCOMPARE(fold.detail, u"Mentions nightmares"_s);
    QVERIFY(!ContentFold::forComment(*comment, {comment->id}, MutedWords()).folded);
}

QTEST_GUILESS_MAIN(TestContentFold)
#include "tst_contentfold.moc"
