#include "PostJson.h"

#include "api/Json.h"

#include <QDate>

#include <algorithm>

namespace Hearth::PostJson {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// The inside of a JSON string as QJsonDocument writes one: ", \ and the control characters
// escaped (the short forms where JSON has them), everything else as UTF-8.
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    qsizetype plain = 0; // the start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        out.append('\\');
        switch (c) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default:
            out.append("u00").append(hexDigits[c >> 4]).append(hexDigits[c & 0xf]);
            break;
        }
    }
    out.append(utf8.sliced(plain));
}

void appendString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    appendEscaped(out, utf8);
    out.append('"');
}

bool isLoneSurrogate(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text[i - 1].isHighSurrogate();
    return false;
}

void appendString(QByteArray &out, const QString &text)
{
    // A lone surrogate has no UTF-8: QJsonDocument writes it as \uXXXX. Text read from the
    // database never holds one (it was UTF-8), but a Post may come from anywhere.
    qsizetype lone = 0;
    while (lone < text.size() && !isLoneSurrogate(text, lone))
        ++lone;
    if (lone == text.size()) {
        appendString(out, QByteArrayView(text.toUtf8()));
        return;
    }
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = lone; i <= text.size(); ++i) {
        if (i < text.size() && !isLoneSurrogate(text, i))
            continue;
        appendEscaped(out, QByteArrayView(QStringView(text).sliced(start, i - start).toUtf8()));
        if (i < text.size()) {
            const char16_t unit = text[i].unicode();
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(hexDigits[(unit >> shift) & 0xf]);
        }
        start = i + 1;
    }
    out.append('"');
}

void appendNumber(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void appendBool(QByteArray &out, bool value)
{
    out.append(value ? "true" : "false");
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// As Json::toJson(QDateTime): ISO 8601 in UTC with milliseconds, or null.
void appendTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out.append("null");
        return;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86'400'000 : -((-ms + 86'399'999) / 86'400'000);
    const qint64 inDay = ms - days * 86'400'000;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1000 || date.year() > 9999) {
        // Outside four-digit years Qt's own form is not worth copying: let it write them.
        out.append(Json::toJson(time).toString().toUtf8().prepend('"').append('"'));
        return;
    }
    out.append('"');
    appendDigits(out, date.year(), 4);
    out.append('-');
    appendDigits(out, date.month(), 2);
    out.append('-');
    appendDigits(out, date.day(), 2);
    out.append('T');
    appendDigits(out, int(inDay / 3'600'000), 2);
    out.append(':');
    appendDigits(out, int(inDay / 60'000 % 60), 2);
    out.append(':');
    appendDigits(out, int(inDay / 1000 % 60), 2);
    out.append('.');
    appendDigits(out, int(inDay % 1000), 3);
    out.append("Z\"");
}

void appendOptional(QByteArray &out, std::optional<qint64> value)
{
    if (value)
        appendNumber(out, *value);
    else
        out.append("null");
}

// The reaction kinds in the order QJsonObject keeps keys (sorted), with their wire names.
struct NamedKind
{
    ReactionKind kind;
    QByteArray name;
};

const QList<NamedKind> &sortedReactionKinds()
{
    static const QList<NamedKind> kinds = [] {
        QList<NamedKind> list;
        for (ReactionKind kind : AllReactionKinds)
            list.append({kind, toWire(kind).toUtf8()});
        std::sort(list.begin(), list.end(),
            [](const NamedKind &a, const NamedKind &b) { return a.name < b.name; });
        return list;
    }();
    return kinds;
}

void appendMedia(QByteArray &out, const Media &media)
{
    out.append("{\"altText\":");
    appendString(out, media.altText);
    out.append(",\"byteSize\":");
    appendNumber(out, media.byteSize);
    out.append(",\"durationMs\":");
    appendOptional(out, media.durationMs);
    out.append(",\"height\":");
    appendNumber(out, media.height);
    out.append(",\"id\":");
    appendNumber(out, media.id);
    out.append(",\"kind\":");
    appendString(out, toWire(media.kind));
    out.append(",\"mimeType\":");
    appendString(out, media.mimeType);
    out.append(",\"posterId\":");
    appendOptional(out, media.posterId);
    out.append(",\"sensitive\":");
    appendBool(out, media.sensitive);
    out.append(",\"width\":");
    appendNumber(out, media.width);
    out.append('}');
}

void appendReactions(QByteArray &out, const Reactions &reactions)
{
    out.append("{\"counts\":{");
    bool first = true;
    for (const NamedKind &kind : sortedReactionKinds()) {
        if (reactions.count(kind.kind) <= 0)
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendString(out, QByteArrayView(kind.name));
        out.append(':');
        appendNumber(out, reactions.count(kind.kind));
    }
    out.append("},\"mine\":");
    if (const auto mine = reactions.mine())
        appendString(out, toWire(*mine));
    else
        out.append("null");
    out.append('}');
}

} // namespace

void append(QByteArray &out, const Post &post)
{
    out.append("{\"author\":{\"displayName\":");
    appendString(out, post.author.displayName);
    out.append(",\"handle\":");
    appendString(out, post.author.handle);
    out.append(",\"id\":");
    appendNumber(out, post.author.id);
    out.append(",\"team\":");
    appendBool(out, post.author.team);
    out.append("},\"body\":");
    appendString(out, post.body);
    out.append(",\"commentCount\":");
    appendNumber(out, post.commentCount);
    out.append(",\"contentWarning\":");
    appendString(out, post.contentWarning);
    out.append(",\"createdAt\":");
    appendTime(out, post.createdAt);
    out.append(",\"editedAt\":");
    appendTime(out, post.editedAt);
    out.append(",\"hashtags\":[");
    for (qsizetype i = 0; i < post.hashtags.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, post.hashtags[i]);
    }
    out.append("],\"id\":");
    appendNumber(out, post.id);
    out.append(",\"kind\":");
    appendString(out, toWire(post.kind));
    out.append(",\"media\":");
    if (post.media)
        appendMedia(out, *post.media);
    else
        out.append("null");
    out.append(",\"reactions\":");
    appendReactions(out, post.reactions);
    out.append(",\"teamPrompt\":");
    appendBool(out, post.teamPrompt);
    out.append(",\"title\":");
    appendString(out, post.title);
    out.append(",\"version\":");
    appendNumber(out, post.version);
    out.append('}');
}

QByteArray page(const Page<Post> &page)
{
    QByteArray out;
    qsizetype guess = 64;
    for (const Post &post : page.items)
        guess += 400 + post.body.size() * 3 / 2 + post.title.size();
    out.reserve(guess);
    out.append("{\"items\":[");
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            out.append(',');
        append(out, page.items[i]);
    }
    out.append("],\"nextCursor\":");
    if (page.nextCursor.isEmpty())
        out.append("null");
    else
        appendString(out, page.nextCursor);
    out.append('}');
    return out;
}

} // namespace Hearth::PostJson
