// Json::parseObject and every decoder of the wire contract, fed raw bytes as a body.
//
// Properties: parseObject never accepts what it promises to refuse; a value that decodes
// survives the wire: encode, serialize, parse, decode gives the same value and the same
// JSON again (decode → encode → decode is stable); decodeError never fails.

#include "FuzzCheck.h"
#include "api/Hashtags.h"
#include "api/Json.h"

#include <QJsonDocument>

#include <concepts>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// A decoder refuses with a field and a message, never with an empty error.
void checkRefusal(const ApiError &error, const char *type)
{
    FUZZ_CHECK(error.code() == ApiError::Code::ValidationFailed,
        u"%1: a refusal that is not validation_failed: %2"_s.arg(
            QLatin1StringView(type), ApiError::wireName(error.code())));
    FUZZ_CHECK(!error.message().isEmpty(), QLatin1StringView(type));
}

template<typename T, typename Decode>
void roundTrip(const QJsonObject &object, Decode decode, const char *type)
{
    const Result<T> first = decode(object);
    if (!first) {
        checkRefusal(first.error(), type);
        return;
    }
    const QJsonObject encoded = Json::toJson(*first);
    // Through the bytes that go on the wire, as the other side reads them.
    const Result<QJsonObject> parsed = Json::parseObject(Json::serialize(encoded));
    FUZZ_CHECK(parsed,
        u"%1: its own encoding does not parse: %2"_s.arg(
            QLatin1StringView(type), parsed ? QString() : parsed.error().message()));
    FUZZ_CHECK(*parsed == encoded,
        u"%1: serialize → parse changes the JSON"_s.arg(QLatin1StringView(type)));
    const Result<T> second = decode(*parsed);
    FUZZ_CHECK(second,
        u"%1: its own encoding does not decode: %2 (%3)"_s.arg(QLatin1StringView(type),
            second ? QString() : second.error().message(),
            second ? QString() : second.error().field()));
    const QJsonObject again = Json::toJson(*second);
    FUZZ_CHECK(again == encoded,
        u"%1: decode → encode → decode is not stable:\n  %2\n  %3"_s.arg(QLatin1StringView(type),
            QString::fromUtf8(Json::serialize(encoded)),
            QString::fromUtf8(Json::serialize(again))));
    if constexpr (std::equality_comparable<T>) {
        const Result<T> third = decode(again);
        FUZZ_CHECK(third && *third == *second,
            u"%1: the value changes on a second trip"_s.arg(QLatin1StringView(type)));
    }
}

template<typename T>
void roundTrip(const QJsonObject &object, const char *type)
{
    roundTrip<T>(
        object, [](const QJsonObject &o) { return Json::decode<T>(o); }, type);
}

template<typename T>
void roundTripPage(const QJsonObject &object, const char *type)
{
    roundTrip<Page<T>>(
        object, [](const QJsonObject &o) { return Json::decodePage<T>(o); }, type);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // Whatever the body, an error object comes out of it, with a code and a message.
    const ApiError error = Json::decodeError(bytes, 400);
    FUZZ_CHECK(!error.message().isEmpty(), u"decodeError gave no message"_s);

    const Result<QJsonObject> parsed = Json::parseObject(bytes);
    if (!parsed) {
        FUZZ_CHECK(
            !parsed.error().message().isEmpty(), u"parseObject: a refusal without a message"_s);
        return 0;
    }
    const QJsonObject &object = *parsed;
    FUZZ_CHECK(!bytes.isEmpty() && bytes.size() <= Limits::MaxJsonBodyBytes,
        u"parseObject accepted %1 bytes"_s.arg(bytes.size()));
    FUZZ_CHECK(QString::fromUtf8(bytes).toUtf8() == bytes, u"parseObject accepted invalid UTF-8"_s);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    FUZZ_CHECK(document.isObject(), u"parseObject accepted what QJsonDocument refuses"_s);
    // The same object, but where a string starts with a raw U+FEFF: Qt's parser drops it,
    // parseObject keeps it (text is kept as sent).
    FUZZ_CHECK(bytes.contains("\xEF\xBB\xBF") || document.object() == object,
        u"parseObject disagrees with QJsonDocument"_s);

    roundTrip<User>(object, "User");
    roundTrip<TopicCounts>(object, "TopicCounts");
    roundTrip<Topic>(object, "Topic");
    roundTrip<Media>(object, "Media");
    roundTrip<Reactions>(object, "Reactions");
    roundTrip<Post>(object, "Post");
    roundTrip<Comment>(object, "Comment");
    roundTrip<Session>(object, "Session");
    roundTrip<Newsletter>(object, "Newsletter");
    roundTrip<Changes>(object, "Changes");
    roundTrip<MediaAttachment>(object, "MediaAttachment");
    roundTrip<NewPost>(object, "NewPost");
    roundTrip<PostPatch>(object, "PostPatch");
    roundTrip<NewComment>(object, "NewComment");
    roundTrip<CommentPatch>(object, "CommentPatch");
    roundTrip<Registration>(object, "Registration");
    roundTrip<Login>(object, "Login");
    roundTrip<Report>(object, "Report");
    roundTripPage<Post>(object, "Page<Post>");
    roundTripPage<Comment>(object, "Page<Comment>");
    roundTripPage<Topic>(object, "Page<Topic>");
    roundTripPage<Newsletter>(object, "Page<Newsletter>");
    roundTripPage<User>(object, "Page<User>");

    // The scalar decoders, on every member: an id is positive and at most MaxId, a hashtag
    // decodes to a valid one.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const Result<qint64> id = Json::decode<qint64>(it.value()))
            FUZZ_CHECK(*id > 0 && *id <= Limits::MaxId, u"decode<qint64> gave %1"_s.arg(*id));
        else
            checkRefusal(id.error(), "id");
        if (const Result<QString> tag = Json::decode<QString>(it.value()))
            FUZZ_CHECK(Hashtags::isValid(*tag), u"decode<QString> gave the tag '%1'"_s.arg(*tag));
        else
            checkRefusal(tag.error(), "hashtag");
    }
    return 0;
}
