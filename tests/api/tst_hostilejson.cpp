// Malformed and hostile JSON: whatever arrives, the codec answers with an ApiError and
// never crashes, hangs or takes the input for something it is not.

#include "api/Json.h"
#include "api/Text.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

QByteArray validPostJson()
{
    return R"({"id":42,"kind":"post","author":{"id":7,"handle":"quiet_harbour","displayName":"Quiet Harbour"},)"
           R"("title":"Small steps","body":"Today I asked for help. #Therapy","hashtags":["Therapy"],)"
           R"("createdAt":"2026-11-20T08:15:00.250Z","version":1,)"
           R"("reactions":{"counts":{"hug":2},"mine":null},"commentCount":0})";
}

QByteArray nested(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

} // namespace

class TestHostileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theValidSampleDecodes();
    void malformedBodies_data();
    void malformedBodies();
    void deepNestingIsRefusedBeforeParsing();
    void nestingWithinTheLimitIsFine();
    void hugeNumbers_data();
    void hugeNumbers();
    void oneMegabyteString();
    void escapesAndControlCharactersAreKeptAsText();
    void loneSurrogateEscapes();
    void nulIsRefusedNamingTheField();
    void aLeadingZeroWidthNoBreakSpaceIsKept();
    void randomMutationsNeverCrash();
};

void TestHostileJson::theValidSampleDecodes()
{
    const Result<Post> post = Json::decodeBody<Post>(validPostJson());
    QVERIFY(post.ok());
    QCOMPARE(post->title, u"Small steps"_s);
}

void TestHostileJson::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    const int invalid = int(ApiError::Code::InvalidJson);
    QTest::newRow("empty") << QByteArray() << invalid;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << invalid;
    QTest::newRow("plain text") << QByteArray("hello") << invalid;
    QTest::newRow("unterminated object") << QByteArray("{") << invalid;
    QTest::newRow("missing value") << QByteArray(R"({"title":})") << invalid;
    QTest::newRow("trailing comma") << QByteArray(R"({"title":"a",})") << invalid;
    QTest::newRow("trailing garbage") << QByteArray("{} x") << invalid;
    QTest::newRow("single quotes") << QByteArray("{'title':'a'}") << invalid;
    QTest::newRow("unquoted key") << QByteArray("{title:1}") << invalid;
    QTest::newRow("NaN") << QByteArray(R"({"id":NaN})") << invalid;
    QTest::newRow("array") << QByteArray("[]") << invalid;
    QTest::newRow("number") << QByteArray("42") << invalid;
    QTest::newRow("string") << QByteArray(R"("post")") << invalid;
    QTest::newRow("null") << QByteArray("null") << invalid;
    QTest::newRow("NUL byte") << QByteArray("{\"a\":\0}", 7) << invalid;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"title\":\"\xff\xfe\"}") << invalid;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"title\":\"\xc0\xaf\"}") << invalid;
    QTest::newRow("truncated UTF-8") << QByteArray("{\"title\":\"\xe2\x82\"}") << invalid;
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"title\":\"\xed\xa0\x80\"}") << invalid;
    QTest::newRow("UTF-16 body") << QByteArray("{\0\"\0a\0\"\0:\0\x31\0}\0", 14) << invalid;
    QTest::newRow("unterminated string") << QByteArray(R"({"title":"abc)") << invalid;
    QTest::newRow("bad escape") << QByteArray(R"({"title":"\q"})") << invalid;
    QTest::newRow("escaped NUL is fine, bad escape is not")
        << QByteArray(R"({"title":"\u0000\x41"})") << invalid;
    QTest::newRow("wrong types everywhere")
        << QByteArray(R"({"id":"1","kind":1,"author":[],"title":{},"body":null})")
        << int(ApiError::Code::ValidationFailed);
    QTest::newRow("empty object") << QByteArray("{}") << int(ApiError::Code::ValidationFailed);
}

void TestHostileJson::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(!post.ok());
    QCOMPARE(int(post.error().code()), code);
    QCOMPARE(post.error().httpStatus(), 400);
    QVERIFY(!post.error().message().isEmpty());
}

void TestHostileJson::deepNestingIsRefusedBeforeParsing()
{
    for (int depth : {33, 64, 10'000, 100'000}) {
        const QByteArray body = "{\"title\":" + nested(depth) + "}";
        const Result<QJsonObject> parsed = Json::parseObject(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ApiError::Code::InvalidJson);
        QVERIFY2(
            parsed.error().message().contains(u"nested"_s), qPrintable(parsed.error().message()));
    }
    // Brackets inside strings are text, not nesting; escaped quotes do not end a string.
    const QByteArray quoted
        = "{\"title\":\"" + QByteArray(100, '[') + "\\\"" + QByteArray(100, '{') + "\"}";
    QVERIFY(Json::parseObject(quoted).ok());
    // A 64-deep value in a field that expects text is a field error, not a crash.
    const QByteArray deepObject
        = "{\"title\":" + QByteArray(31, '[') + "1" + QByteArray(31, ']') + "}";
    QVERIFY(Json::parseObject(deepObject).ok());
}

void TestHostileJson::nestingWithinTheLimitIsFine()
{
    QByteArray body = validPostJson();
    body.chop(1);
    body += ",\"extension\":" + nested(Limits::MaxJsonDepth - 1) + "}";
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(post.ok());

    QByteArray deep = validPostJson();
    deep.chop(1);
    deep += ",\"extension\":" + nested(64) + "}";
    QCOMPARE(Json::decodeBody<Post>(deep).error().code(), ApiError::Code::InvalidJson);
}

void TestHostileJson::hugeNumbers_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("1e400") << QByteArray("1e400");
    QTest::newRow("-1e400") << QByteArray("-1e400");
    QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890");
    QTest::newRow("2^53+1") << QByteArray("9007199254740993");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808");
    QTest::newRow("tiny") << QByteArray("1e-400");
    QTest::newRow("fraction") << QByteArray("41.999999");
    QTest::newRow("1000 digits") << QByteArray(1000, '9');
}

void TestHostileJson::hugeNumbers()
{
    QFETCH(QByteArray, id);
    QByteArray body = validPostJson();
    body.replace("\"id\":42", QByteArray("\"id\":" + id));
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(!post.ok());
    QVERIFY(post.error().code() == ApiError::Code::ValidationFailed
        || post.error().code() == ApiError::Code::InvalidJson);
    if (post.error().code() == ApiError::Code::ValidationFailed)
        QCOMPARE(post.error().field(), u"id"_s);
}

void TestHostileJson::oneMegabyteString()
{
    QByteArray body = validPostJson();
    body.replace("\"Small steps\"", QByteArray("\"" + QByteArray(1024 * 1024, 'a') + "\""));
    // Over the body limit: refused before parsing.
    QCOMPARE(Json::decodeBody<Post>(body).error().code(), ApiError::Code::PayloadTooLarge);
    QCOMPARE(Json::decodeBody<Post>(body).error().httpStatus(), 413);
    // Within a larger limit: parsed, and the field is too long.
    const Result<Post> post = Json::decodeBody<Post>(body, 4 * 1024 * 1024);
    QCOMPARE(post.error().code(), ApiError::Code::ValidationFailed);
    QCOMPARE(post.error().field(), u"title"_s);
}

void TestHostileJson::escapesAndControlCharactersAreKeptAsText()
{
    QByteArray body = validPostJson();
    body.replace("\"Small steps\"",
        R"("<img src=x onerror=alert(1)> \u0001\u001b[31m \u202e &amp; \\ \"q\"")");
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(post.ok());
    QCOMPARE(post->title,
        u"<img src=x onerror=alert(1)> "_s + QChar(1) + QChar(0x1b)
            + u"[31m \u202e &amp; \\ \"q\""_s);
}

void TestHostileJson::loneSurrogateEscapes()
{
    for (const char *escape : {R"(\ud800)", R"(\udc00)", R"(\ud800x)", R"(\udc00\ud800)"}) {
        QByteArray body = validPostJson();
        body.replace("\"Small steps\"", QByteArray("\"" + QByteArray(escape) + "\""));
        const Result<Post> post = Json::decodeBody<Post>(body);
        QVERIFY2(!post.ok(), escape);
    }
    QByteArray pair = validPostJson();
    pair.replace("\"Small steps\"", R"("\ud83c\udf31 sprout")");
    const Result<Post> post = Json::decodeBody<Post>(pair);
    QVERIFY(post.ok());
    QCOMPARE(post->title, u"🌱 sprout"_s);
}

void TestHostileJson::nulIsRefusedNamingTheField()
{
    // U+0000 is the one character refused besides unpaired surrogates: PostgreSQL's text cannot
    // hold it, and both backends answer alike (docs/api.md, "Text and lengths").
    QByteArray body = validPostJson();
    body.replace("\"Small steps\"", R"("Small\u0000steps")");
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(!post.ok());
    QCOMPARE(post.error().code(), ApiError::Code::ValidationFailed);
    QCOMPARE(post.error().field(), u"title"_s);
    QVERIFY(post.error().message().contains(u"U+0000"_s));
    QVERIFY(!Text::isStorable(QString(u"a"_s + QChar(0))));
    QVERIFY(!Text::isStorable(QString(u"a"_s + QChar(0xdc00))));
    QVERIFY(Text::isStorable(u"a\u0001\u202e🌱"_s));
}

void TestHostileJson::aLeadingZeroWidthNoBreakSpaceIsKept()
{
    // U+FEFF at the start of a string, raw: Qt's parser alone would drop it (found by
    // fuzz_json). Text is kept as sent, and the wire round trip is stable.
    QByteArray body = validPostJson();
    body.replace("\"Small steps\"", "\"\xEF\xBB\xBFSmall steps\"");
    const Result<Post> post = Json::decodeBody<Post>(body);
    QVERIFY(post.ok());
    QCOMPARE(post->title, QString(QChar(0xfeff) + u"Small steps"_s));
    const Result<QJsonObject> again = Json::parseObject(Json::serialize(Json::toJson(*post)));
    QVERIFY(again.ok());
    QCOMPARE(again->value(u"title"_s).toString(), post->title);
}

void TestHostileJson::randomMutationsNeverCrash()
{
    // A fixed seed keeps failures reproducible; every decoder sees every mutation.
    QRandomGenerator random(20261125);
    const QByteArray original = validPostJson();
    const QByteArray alphabet = "{}[]\":,\\0123456789-+.eE tfnul\xff\xc3\xa9";
    int decoded = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = original;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(body.size()));
            switch (random.bounded(3)) {
            case 0:
                body[at] = alphabet[random.bounded(int(alphabet.size()))];
                break;
            case 1:
                body.remove(at, 1 + random.bounded(4));
                break;
            default:
                body.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                break;
            }
        }
        const Result<Post> post = Json::decodeBody<Post>(body);
        if (post.ok()) {
            ++decoded;
            // Whatever was accepted re-encodes to something that decodes to the same post.
            const Result<Post> again = Json::decodeBody<Post>(Json::serialize(Json::toJson(*post)));
            QVERIFY(again.ok());
            QCOMPARE(*again, *post);
        } else {
            QVERIFY(!post.error().message().isEmpty());
        }
        // The other decoders see the same bytes.
        (void)Json::decodeBody<Comment>(body);
        (void)Json::decodeBody<Topic>(body);
        (void)Json::decodeBody<Changes>(body);
        (void)Json::decodeBody<NewPost>(body);
        (void)Json::decodeError(body, 400);
    }
    qInfo("%d of 3000 mutated bodies still decoded as a post", decoded);
}

QTEST_GUILESS_MAIN(TestHostileJson)
#include "tst_hostilejson.moc"
