// GET /search against a real server: posts best match first (titles weigh more), the last
// word a prefix, paged by cursor; deleted posts and blocked people never; topics by name and
// description; people by handle and name; hostile queries answered, never read as FTS5
// syntax; and every bad parameter refused with 400 naming it.

#include "ServerTestCase.h"

#include <QUrlQuery>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postsBestMatchFirst();
    void lastWordIsAPrefix();
    void pagesFollowTheCursor();
    void cursorBelongsToItsQuery();
    void deletedPostsAreNeverFound();
    void editedWordsAreFound();
    void blockedPeopleAreNeverFound();
    void topicsByNameAndDescription();
    void peopleByHandleAndName();
    void hostileQueriesAreWords_data();
    void hostileQueriesAreWords();
    void badParametersAreRefused_data();
    void badParametersAreRefused();
    void longestQueryIsTaken();

private:
    HttpClient::Reply search(HttpClient &client, const QString &q, const QString &type = {},
        const QString &cursor = {}, const QString &limit = {});

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_wren;
    std::unique_ptr<HttpClient> m_oak;
    std::unique_ptr<HttpClient> m_reader;
    qint64 m_oakId = 0;
};

HttpClient::Reply TestSearch::search(HttpClient &client, const QString &q, const QString &type,
    const QString &cursor, const QString &limit)
{
    QUrlQuery query;
    query.addQueryItem(u"q"_s, QString::fromUtf8(QUrl::toPercentEncoding(q)));
    if (!type.isEmpty())
        query.addQueryItem(u"type"_s, type);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    if (!limit.isEmpty())
        query.addQueryItem(u"limit"_s, limit);
    return client.get(u"/api/v1/search?"_s + query.query(QUrl::FullyEncoded));
}

void TestSearch::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_wren = std::make_unique<HttpClient>(m_server.url());
    m_oak = std::make_unique<HttpClient>(m_server.url());
    m_reader = std::make_unique<HttpClient>(m_server.url());
    registerUser(*m_wren, u"wrenfield"_s, u"Wren Fieldfare"_s);
    m_oakId
        = registerUser(*m_oak, u"oakhollow"_s, u"Yarrowby Oakhollow"_s).value(u"id"_s).toInteger();
    QVERIFY(m_oakId > 0);
}

void TestSearch::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestSearch::postsBestMatchFirst()
{
    const qint64 inBody = idOf(m_wren->post(u"/api/v1/posts"_s,
        newPost(u"An evening walk"_s, u"The zephyrine light on the river #Therapy"_s)));
    const qint64 inTitle = idOf(m_wren->post(
        u"/api/v1/posts"_s, newPost(u"Zephyrine mornings"_s, u"Slow tea before work #Therapy"_s)));
    const auto reply = search(*m_reader, u"zephyrine"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(idsOf(reply.json()), (QList<qint64>{inTitle, inBody}));
    // Whole posts, as a feed gives them.
    const QJsonObject first = reply.json().value(u"items"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"title"_s).toString(), u"Zephyrine mornings"_s);
    QCOMPARE(first.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"wrenfield"_s);
    // Posts is the default type.
    QCOMPARE(search(*m_reader, u"zephyrine"_s, u"posts"_s).body, reply.body);
}

void TestSearch::lastWordIsAPrefix()
{
    const qint64 post = idOf(m_wren->post(u"/api/v1/posts"_s,
        newPost(u"Bramblewick notes"_s, u"Counting the quietest hours #Therapy"_s)));
    QCOMPARE(idsOf(search(*m_reader, u"brambl"_s).json()), QList<qint64>{post});
    QCOMPARE(idsOf(search(*m_reader, u"quietest bramblew"_s).json()), QList<qint64>{post});
    // Only the last word is a prefix: every other one is whole.
    QVERIFY(idsOf(search(*m_reader, u"brambl quietest"_s).json()).isEmpty());
    // Accents are folded, as in the client's index.
    QCOMPARE(idsOf(search(*m_reader, u"brâmblewick"_s).json()), QList<qint64>{post});
}

void TestSearch::pagesFollowTheCursor()
{
    QSet<qint64> written;
    for (int i = 0; i < 5; ++i) {
        written.insert(idOf(m_wren->post(u"/api/v1/posts"_s,
            newPost(u"Quillwort %1"_s.arg(i), u"A quillwort by the pond #Therapy"_s))));
    }
    QList<qint64> seen;
    QString cursor;
    QList<int> sizes;
    do {
        const auto page = search(*m_reader, u"quillwort"_s, {}, cursor, u"2"_s);
        QCOMPARE(page.status, 200);
        sizes.append(int(idsOf(page.json()).size()));
        seen += idsOf(page.json());
        cursor = page.json().value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty() && sizes.size() < 10);
    QCOMPARE(sizes, (QList<int>{2, 2, 1}));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(setOf(seen), written);
}

void TestSearch::cursorBelongsToItsQuery()
{
    for (int i = 0; i < 3; ++i) {
        idOf(m_wren->post(
            u"/api/v1/posts"_s, newPost(u"Tidewell %1"_s.arg(i), u"Tidewell days #Therapy"_s)));
    }
    const QString cursor
        = search(*m_reader, u"tidewell"_s, {}, {}, u"1"_s).json().value(u"nextCursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(search(*m_reader, u"tidewell"_s, {}, cursor, u"1"_s).status, 200);
    const auto other = search(*m_reader, u"quillwort"_s, {}, cursor, u"1"_s);
    QCOMPARE(other.status, 400);
    QCOMPARE(other.errorField(), u"cursor"_s);
    const auto otherType = search(*m_reader, u"tidewell"_s, u"topics"_s, cursor, u"1"_s);
    QCOMPARE(otherType.status, 400);
    QCOMPARE(otherType.errorField(), u"cursor"_s);
}

void TestSearch::deletedPostsAreNeverFound()
{
    const qint64 kept = idOf(m_wren->post(
        u"/api/v1/posts"_s, newPost(u"Marrowfen kept"_s, u"Marrowfen stays #Therapy"_s)));
    const qint64 gone = idOf(m_wren->post(
        u"/api/v1/posts"_s, newPost(u"Marrowfen gone"_s, u"Marrowfen leaves #Therapy"_s)));
    QCOMPARE(setOf(idsOf(search(*m_reader, u"marrowfen"_s).json())), (QSet<qint64>{kept, gone}));
    QCOMPARE(m_wren->remove(u"/api/v1/posts/%1"_s.arg(gone)).status, 204);
    QCOMPARE(idsOf(search(*m_reader, u"marrowfen"_s).json()), QList<qint64>{kept});
    QCOMPARE(idsOf(search(*m_reader, u"leaves"_s).json()).contains(gone), false);
}

void TestSearch::editedWordsAreFound()
{
    const qint64 post = idOf(m_wren->post(
        u"/api/v1/posts"_s, newPost(u"Fogbright first"_s, u"Before the change #Therapy"_s)));
    const auto edited = m_wren->patch(u"/api/v1/posts/%1"_s.arg(post),
        {{u"title"_s, u"Lumenreach second"_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    QVERIFY(idsOf(search(*m_reader, u"fogbright"_s).json()).isEmpty());
    QCOMPARE(idsOf(search(*m_reader, u"lumenreach"_s).json()), QList<qint64>{post});
}

void TestSearch::blockedPeopleAreNeverFound()
{
    const qint64 oakPost = idOf(m_oak->post(
        u"/api/v1/posts"_s, newPost(u"Thistledown"_s, u"Thistledown at dusk #Therapy"_s)));
    const qint64 wrenPost = idOf(m_wren->post(
        u"/api/v1/posts"_s, newPost(u"Thistledown too"_s, u"Mine, thistledown #Therapy"_s)));
    QCOMPARE(
        setOf(idsOf(search(*m_wren, u"thistledown"_s).json())), (QSet<qint64>{oakPost, wrenPost}));
    QCOMPARE(m_wren->put(u"/api/v1/users/%1/block"_s.arg(m_oakId)).status, 204);
    QCOMPARE(idsOf(search(*m_wren, u"thistledown"_s).json()), QList<qint64>{wrenPost});
    QVERIFY(idsOf(search(*m_wren, u"oakhollow"_s, u"users"_s).json()).isEmpty());
    // Others still find them.
    QCOMPARE(setOf(idsOf(search(*m_reader, u"thistledown"_s).json())),
        (QSet<qint64>{oakPost, wrenPost}));
    QCOMPARE(idsOf(search(*m_reader, u"oakhollow"_s, u"users"_s).json()), QList<qint64>{m_oakId});
    QCOMPARE(m_wren->remove(u"/api/v1/users/%1/block"_s.arg(m_oakId)).status, 204);
    QCOMPARE(
        setOf(idsOf(search(*m_wren, u"thistledown"_s).json())), (QSet<qint64>{oakPost, wrenPost}));
}

void TestSearch::topicsByNameAndDescription()
{
    const auto byName = search(*m_reader, u"therap"_s, u"topics"_s);
    QCOMPARE(byName.status, 200);
    const QJsonArray topics = byName.json().value(u"items"_s).toArray();
    QVERIFY(!topics.isEmpty());
    const QJsonObject first = topics.first().toObject();
    QCOMPARE(first.value(u"slug"_s).toString(), u"therapy"_s);
    QVERIFY(first.value(u"counts"_s).toObject().value(u"posts"_s).toInteger() > 0);
    // A word of its description, and nothing for a word no topic holds.
    const QString description = first.value(u"description"_s).toString();
    const QStringList words = description.split(u' ', Qt::SkipEmptyParts);
    QString longest;
    for (const QString &word : words) {
        if (word.size() > longest.size()
            && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
            longest = word;
    }
    QVERIFY2(longest.size() > 4, qPrintable(description));
    bool found = false;
    for (const QJsonValue &topic :
        search(*m_reader, longest, u"topics"_s).json().value(u"items"_s).toArray())
        found = found || topic.toObject().value(u"slug"_s).toString() == u"therapy"_s;
    QVERIFY2(found, qPrintable(longest));
    QVERIFY(
        search(*m_reader, u"zzyzxqv"_s, u"topics"_s).json().value(u"items"_s).toArray().isEmpty());
}

void TestSearch::peopleByHandleAndName()
{
    QCOMPARE(idsOf(search(*m_reader, u"oakh"_s, u"users"_s).json()), QList<qint64>{m_oakId});
    QCOMPARE(idsOf(search(*m_reader, u"@oakh"_s, u"users"_s).json()), QList<qint64>{m_oakId});
    // The start of any word of the name.
    QCOMPARE(idsOf(search(*m_reader, u"yarrowb"_s, u"users"_s).json()), QList<qint64>{m_oakId});
    QCOMPARE(
        idsOf(search(*m_reader, u"Yarrowby Oak"_s, u"users"_s).json()), QList<qint64>{m_oakId});
    // Not the middle of a word, and LIKE's wildcards are letters here.
    QVERIFY(idsOf(search(*m_reader, u"hollow"_s, u"users"_s).json()).isEmpty());
    QVERIFY(idsOf(search(*m_reader, u"%ak"_s, u"users"_s).json()).isEmpty());
    QVERIFY(idsOf(search(*m_reader, u"_akhollow"_s, u"users"_s).json()).isEmpty());
    const QJsonObject user = search(*m_reader, u"oakh"_s, u"users"_s)
                                 .json()
                                 .value(u"items"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(user.value(u"displayName"_s).toString(), u"Yarrowby Oakhollow"_s);
    QVERIFY(!user.contains(u"password"_s) && !user.contains(u"passwordHash"_s));
}

void TestSearch::hostileQueriesAreWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsIt");
    // The post below holds: Saltmarsh "quoted" AND NEAR(gull) star* caf\u00e9 \u6d77.
    QTest::newRow("word") << u"saltmarsh"_s << true;
    QTest::newRow("quote") << u"\""_s << false;
    QTest::newRow("open quote") << u"\"saltmarsh"_s << true;
    QTest::newRow("quoted") << u"\"quoted\""_s << true;
    QTest::newRow("AND words") << u"saltmarsh AND gull"_s << true;
    QTest::newRow("AND between") << u"saltmarsh AND"_s << true;
    QTest::newRow("OR") << u"saltmarsh OR nothingatall"_s << false;
    QTest::newRow("NOT") << u"saltmarsh NOT gull"_s << false;
    QTest::newRow("NEAR(") << u"NEAR(gull"_s << true;
    QTest::newRow("NEAR( alone") << u"NEAR("_s << true;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("star after") << u"star*"_s << true;
    QTest::newRow("column filter") << u"title:saltmarsh"_s << false;
    QTest::newRow("caret") << u"^saltmarsh"_s << true;
    QTest::newRow("braces") << u"{title} : saltmarsh"_s << false;
    QTest::newRow("colon") << u": saltmarsh"_s << true;
    QTest::newRow("minus") << u"-saltmarsh"_s << true;
    QTest::newRow("accent folded") << u"cafe"_s << true;
    QTest::newRow("accented") << u"caf\u00e9"_s << true;
    QTest::newRow("cjk") << u"\u6d77"_s << true;
    QTest::newRow("emoji") << u"\U0001F33F"_s << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"saltmarsh"_s << true;
    QTest::newRow("control") << u"salt\u0001marsh"_s << false;
    QTest::newRow("sql") << u"'; DROP TABLE posts; --"_s << false;
}

void TestSearch::hostileQueriesAreWords()
{
    static qint64 post = 0;
    if (post == 0) {
        post = idOf(m_wren->post(u"/api/v1/posts"_s,
            newPost(
                u"Saltmarsh"_s, u"\"quoted\" AND NEAR(gull) star* caf\u00e9 \u6d77 #Therapy"_s)));
    }
    QFETCH(QString, query);
    QFETCH(bool, findsIt);
    const auto reply = search(*m_reader, query);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(u"items"_s).isArray());
    QCOMPARE(idsOf(reply.json()).contains(post), findsIt);
    // Topics and people take the same text without an error.
    QCOMPARE(search(*m_reader, query, u"topics"_s).status, 200);
    QCOMPARE(search(*m_reader, query, u"users"_s).status, 200);
    // And the server is still whole.
    QCOMPARE(idsOf(search(*m_reader, u"saltmarsh"_s).json()), QList<qint64>{post});
}

void TestSearch::badParametersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("no q") << u"type=posts"_s << u"q"_s;
    QTest::newRow("empty q") << u"q="_s << u"q"_s;
    QTest::newRow("blank q") << u"q=%20%20%09"_s << u"q"_s;
    QTest::newRow("long q") << u"q="_s + QString(201, u'a') << u"q"_s;
    QString herbs;
    for (int i = 0; i < 201; ++i)
        herbs += QString::fromUcs4(U"\U0001F33F");
    QTest::newRow("long q of emoji")
        << u"q="_s + QString::fromUtf8(QUrl::toPercentEncoding(herbs)) << u"q"_s;
    QTest::newRow("nul in q") << u"q=tea%00cake"_s << u"q"_s;
    QTest::newRow("unknown type") << u"q=tea&type=comments"_s << u"type"_s;
    QTest::newRow("empty type") << u"q=tea&type="_s << u"type"_s;
    QTest::newRow("type case") << u"q=tea&type=Posts"_s << u"type"_s;
    QTest::newRow("limit 0") << u"q=tea&limit=0"_s << u"limit"_s;
    QTest::newRow("limit 51") << u"q=tea&limit=51"_s << u"limit"_s;
    QTest::newRow("limit word") << u"q=tea&limit=many"_s << u"limit"_s;
    QTest::newRow("cursor garbage") << u"q=tea&cursor=%21%21%21"_s << u"cursor"_s;
    QTest::newRow("cursor of a feed")
        << u"q=tea&type=users&cursor=bDoxOmFsbDoxOjE"_s << u"cursor"_s;
}

void TestSearch::badParametersAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const auto reply = m_reader->get(u"/api/v1/search?"_s + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"bad_request"_s);
    QCOMPARE(reply.errorField(), field);
}

void TestSearch::longestQueryIsTaken()
{
    // 200 code points, some of them outside the BMP (two UTF-16 units each).
    QString longest;
    for (int i = 0; i < 100; ++i)
        longest += u"a"_s + QString::fromUcs4(U"\U0001F33F");
    QCOMPARE(longest.size(), 300);
    QCOMPARE(search(*m_reader, longest).status, 200);
    QCOMPARE(search(*m_reader, longest + u"b"_s).status, 400);
    // The words beyond the query's sixteenth are left out, not refused.
    QString many;
    for (int i = 0; i < 40; ++i)
        many += u"w%1 "_s.arg(i);
    QCOMPARE(search(*m_reader, many).status, 200);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
