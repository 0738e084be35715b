#include "PostJson.h"

#include "api/Json.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace Hearth::PostJson {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Writes the JSON escape of an ASCII character that cannot stand as itself (", \ or a
// control character) at at, the short forms where JSON has them; gives the end.
char *escapeAscii(char *at, uchar c)
{
    *at++ = '\\';
    switch (c) {
    case '"':
        *at++ = '"';
        break;
    case '\\':
        *at++ = '\\';
        break;
    case '\b':
        *at++ = 'b';
        break;
    case '\f':
        *at++ = 'f';
        break;
    case '\n':
        *at++ = 'n';
        break;
    case '\r':
        *at++ = 'r';
        break;
    case '\t':
        *at++ = 't';
        break;
    default:
        *at++ = 'u';
        *at++ = '0';
        *at++ = '0';
        *at++ = hexDigits[c >> 4];
        *at++ = hexDigits[c & 0xf];
        break;
    }
    return at;
}

// Writes into the end of a QByteArray through a pointer, growing it now and then: appending
// piece by piece through QByteArray's own append cost a third of a page's writing.
class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out), m_used(out.size()) { }
    ~Writer() { m_out.resize(m_used); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    template<qsizetype N>
    void literal(const char (&text)[N])
    {
        bytes(text, N - 1);
    }
    void bytes(const char *data, qsizetype size)
    {
        std::memcpy(room(size), data, size_t(size));
        m_used += size;
    }
    void byte(char c)
    {
        *room(1) = c;
        ++m_used;
    }
    void number(qint64 value)
    {
        char *at = room(20);
        m_used += std::to_chars(at, at + 20, value).ptr - at;
    }
    void boolean(bool value)
    {
        if (value)
            literal("true");
        else
            literal("false");
    }
    void optional(std::optional<qint64> value)
    {
        if (value)
            number(*value);
        else
            literal("null");
    }
    // value digits, zero-padded to width.
    void digits(int value, int width)
    {
        char *at = room(width);
        for (int i = width - 1; i >= 0; --i) {
            at[i] = char('0' + value % 10);
            value /= 10;
        }
        m_used += width;
    }
    void string(QStringView text);
    // UTF-8 from the database: copied with JSON's escapes; bytes that are not UTF-8 go
    // through QString as they did before, where they become U+FFFD.
    void string(QByteArrayView utf8);

private:
    char *room(qsizetype size)
    {
        if (m_used + size > m_out.size())
            m_out.resize(std::max(m_out.size() * 2, m_used + size + 1024));
        return m_out.data() + m_used;
    }

    QByteArray &m_out;
    qsizetype m_used = 0;
};

// A JSON string as QJsonDocument writes one, in one pass from UTF-16: ", \ and the control
// characters escaped (the short forms where JSON has them), a lone surrogate as \uXXXX
// (it has no UTF-8), everything else as UTF-8.
void Writer::string(QStringView text)
{
    // At most six bytes a UTF-16 unit (\u001f), and the quotes.
    char *const start = room(text.size() * 6 + 2);
    char *at = start;
    *at++ = '"';
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *at++ = char(c);
                continue;
            }
            at = escapeAscii(at, uchar(c));
        } else if (c < 0x800) {
            *at++ = char(0xc0 | (c >> 6));
            *at++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size
            && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, units[++i]);
            *at++ = char(0xf0 | (u >> 18));
            *at++ = char(0x80 | ((u >> 12) & 0x3f));
            *at++ = char(0x80 | ((u >> 6) & 0x3f));
            *at++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            *at++ = '\\';
            *at++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *at++ = hexDigits[(c >> shift) & 0xf];
        } else {
            *at++ = char(0xe0 | (c >> 12));
            *at++ = char(0x80 | ((c >> 6) & 0x3f));
            *at++ = char(0x80 | (c & 0x3f));
        }
    }
    *at++ = '"';
    m_used += at - start;
}

void Writer::string(QByteArrayView utf8)
{
    if (!QUtf8StringView(utf8).isValidUtf8()) {
        string(QString::fromUtf8(utf8));
        return;
    }
    char *const start = room(utf8.size() * 6 + 2);
    char *at = start;
    *at++ = '"';
    for (const char byte : utf8) {
        const auto c = uchar(byte);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *at++ = byte;
            continue;
        }
        at = escapeAscii(at, c);
    }
    *at++ = '"';
    m_used += at - start;
}

void appendTimeMs(Writer &out, qint64 ms);

// As Json::toJson(QDateTime): ISO 8601 in UTC with milliseconds, or null.
void appendTime(Writer &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out.literal("null");
        return;
    }
    appendTimeMs(out, time.toMSecsSinceEpoch());
}

void appendTimeMs(Writer &out, qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / 86'400'000 : -((-ms + 86'399'999) / 86'400'000);
    const qint64 inDay = ms - days * 86'400'000;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1000 || date.year() > 9999) {
        // Outside four-digit years Qt's own form is not worth copying: let it write them.
        out.string(Json::toJson(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toString());
        return;
    }
    out.byte('"');
    out.digits(date.year(), 4);
    out.byte('-');
    out.digits(date.month(), 2);
    out.byte('-');
    out.digits(date.day(), 2);
    out.byte('T');
    out.digits(int(inDay / 3'600'000), 2);
    out.byte(':');
    out.digits(int(inDay / 60'000 % 60), 2);
    out.byte(':');
    out.digits(int(inDay / 1000 % 60), 2);
    out.byte('.');
    out.digits(int(inDay % 1000), 3);
    out.literal("Z\"");
}

// The reaction kinds in the order QJsonObject keeps keys (sorted), with their wire names.
struct NamedKind
{
    ReactionKind kind;
    QString name;
};

const QList<NamedKind> &sortedReactionKinds()
{
    static const QList<NamedKind> kinds = [] {
        QList<NamedKind> list;
        for (ReactionKind kind : AllReactionKinds)
            list.append({kind, toWire(kind)});
        std::sort(list.begin(), list.end(),
            [](const NamedKind &a, const NamedKind &b) { return a.name < b.name; });
        return list;
    }();
    return kinds;
}

void appendMedia(Writer &out, const Media &media)
{
    out.literal("{\"altText\":");
    out.string(media.altText);
    out.literal(",\"byteSize\":");
    out.number(media.byteSize);
    out.literal(",\"durationMs\":");
    out.optional(media.durationMs);
    out.literal(",\"height\":");
    out.number(media.height);
    out.literal(",\"id\":");
    out.number(media.id);
    out.literal(",\"kind\":");
    out.string(toWire(media.kind));
    out.literal(",\"mimeType\":");
    out.string(media.mimeType);
    out.literal(",\"posterId\":");
    out.optional(media.posterId);
    out.literal(",\"sensitive\":");
    out.boolean(media.sensitive);
    out.literal(",\"width\":");
    out.number(media.width);
    out.byte('}');
}

void appendReactions(Writer &out, const Reactions &reactions)
{
    out.literal("{\"counts\":{");
    bool first = true;
    for (const NamedKind &kind : sortedReactionKinds()) {
        if (reactions.count(kind.kind) <= 0)
            continue;
        if (!first)
            out.byte(',');
        first = false;
        out.string(kind.name);
        out.byte(':');
        out.number(reactions.count(kind.kind));
    }
    out.literal("},\"mine\":");
    if (const auto mine = reactions.mine())
        out.string(toWire(*mine));
    else
        out.literal("null");
    out.byte('}');
}

void appendPost(Writer &out, const Post &post)
{
    // Keys in QJsonDocument's order: the avatar's (when there is one) comes first.
    out.literal("{\"author\":{");
    if (post.author.avatarId) {
        out.literal("\"avatarId\":");
        out.number(*post.author.avatarId);
        out.byte(',');
    }
    out.literal("\"displayName\":");
    out.string(post.author.displayName);
    out.literal(",\"handle\":");
    out.string(post.author.handle);
    out.literal(",\"id\":");
    out.number(post.author.id);
    out.literal(",\"team\":");
    out.boolean(post.author.team);
    out.literal("},\"body\":");
    out.string(post.body);
    out.literal(",\"commentCount\":");
    out.number(post.commentCount);
    out.literal(",\"contentWarning\":");
    out.string(post.contentWarning);
    out.literal(",\"createdAt\":");
    appendTime(out, post.createdAt);
    out.literal(",\"editedAt\":");
    appendTime(out, post.editedAt);
    out.literal(",\"hashtags\":[");
    for (qsizetype i = 0; i < post.hashtags.size(); ++i) {
        if (i > 0)
            out.byte(',');
        out.string(post.hashtags[i]);
    }
    out.literal("],\"id\":");
    out.number(post.id);
    out.literal(",\"kind\":");
    out.string(toWire(post.kind));
    out.literal(",\"media\":");
    if (post.media)
        appendMedia(out, *post.media);
    else
        out.literal("null");
    out.literal(",\"reactions\":");
    appendReactions(out, post.reactions);
    out.literal(",\"teamPrompt\":");
    out.boolean(post.teamPrompt);
    out.literal(",\"title\":");
    out.string(post.title);
    out.literal(",\"version\":");
    out.number(post.version);
    out.byte('}');
}

// A kind from its stored wire name (ASCII), without making a QString of it.
template<typename Kind, std::size_t N>
std::optional<Kind> kindOf(QByteArrayView name, const std::array<Kind, N> &kinds)
{
    static const auto names = [&kinds] {
        std::array<QByteArray, N> wire;
        for (std::size_t i = 0; i < N; ++i)
            wire[i] = toWire(kinds[i]).toLatin1();
        return wire;
    }();
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name)
            return kinds[i];
    }
    return std::nullopt;
}

constexpr std::array postKinds{PostKind::Post, PostKind::Story, PostKind::Video};
constexpr std::array mediaKinds{MediaKind::Image, MediaKind::Video};

void appendStoredPost(Writer &out, const StoredPost &post)
{
    out.literal("{\"author\":{");
    if (post.authorAvatarId) {
        out.literal("\"avatarId\":");
        out.number(*post.authorAvatarId);
        out.byte(',');
    }
    out.literal("\"displayName\":");
    out.string(post.authorName);
    out.literal(",\"handle\":");
    out.string(post.authorHandle);
    out.literal(",\"id\":");
    out.number(post.authorId);
    out.literal(",\"team\":");
    out.boolean(post.authorTeam);
    out.literal("},\"body\":");
    out.string(post.body);
    out.literal(",\"commentCount\":");
    out.number(post.commentCount);
    out.literal(",\"contentWarning\":");
    out.string(post.contentWarning);
    out.literal(",\"createdAt\":");
    appendTimeMs(out, post.createdAtMs);
    out.literal(",\"editedAt\":");
    if (post.editedAtMs)
        appendTimeMs(out, *post.editedAtMs);
    else
        out.literal("null");
    out.literal(",\"hashtags\":[");
    bool first = true;
    for (qsizetype start = 0; start < post.hashtags.size();) {
        qsizetype end = post.hashtags.indexOf(' ', start);
        if (end < 0)
            end = post.hashtags.size();
        if (end > start) {
            if (!first)
                out.byte(',');
            first = false;
            out.string(post.hashtags.sliced(start, end - start));
        }
        start = end + 1;
    }
    out.literal("],\"id\":");
    out.number(post.id);
    out.literal(",\"kind\":");
    // As Post holds it: a kind this build does not know reads as a post.
    out.string(toWire(kindOf(post.kind, postKinds).value_or(PostKind::Post)));
    out.literal(",\"media\":");
    if (post.mediaId) {
        out.literal("{\"altText\":");
        out.string(post.mediaAltText);
        out.literal(",\"byteSize\":");
        out.number(post.mediaByteSize);
        out.literal(",\"durationMs\":");
        out.optional(post.mediaDurationMs);
        out.literal(",\"height\":");
        out.number(int(post.mediaHeight));
        out.literal(",\"id\":");
        out.number(*post.mediaId);
        out.literal(",\"kind\":");
        out.string(toWire(kindOf(post.mediaKind, mediaKinds).value_or(MediaKind::Image)));
        out.literal(",\"mimeType\":");
        out.string(post.mediaMimeType);
        out.literal(",\"posterId\":");
        out.optional(post.mediaPosterId);
        out.literal(",\"sensitive\":");
        out.boolean(post.mediaSensitive);
        out.literal(",\"width\":");
        out.number(int(post.mediaWidth));
        out.byte('}');
    } else {
        out.literal("null");
    }
    out.literal(",\"reactions\":");
    Reactions reactions;
    readReactionKinds(post.reactionKinds, reactions);
    if (!post.mine.isEmpty())
        reactions.setMine(kindOf(post.mine, AllReactionKinds));
    appendReactions(out, reactions);
    out.literal(",\"teamPrompt\":");
    out.boolean(post.teamPrompt);
    out.literal(",\"title\":");
    out.string(post.title);
    out.literal(",\"version\":");
    out.number(post.version);
    out.byte('}');
}

} // namespace

void readReactionKinds(QByteArrayView stored, Reactions &reactions)
{
    for (qsizetype start = 0; start < stored.size();) {
        qsizetype end = stored.indexOf(',', start);
        if (end < 0)
            end = stored.size();
        const QByteArrayView pair = stored.sliced(start, end - start);
        const qsizetype colon = pair.lastIndexOf(':');
        if (colon > 0) {
            const auto kind = kindOf(pair.first(colon), AllReactionKinds);
            bool ok = false;
            const qint64 count = pair.sliced(colon + 1).toLongLong(&ok);
            if (kind && ok)
                reactions.setCount(*kind, count);
        }
        start = end + 1;
    }
}

PageWriter::PageWriter()
{
    m_out.reserve(16 * 1024);
    Writer(m_out).literal("{\"items\":[");
}

void PageWriter::add(const StoredPost &post)
{
    Writer writer(m_out);
    if (!m_first)
        writer.byte(',');
    m_first = false;
    appendStoredPost(writer, post);
}

QByteArray PageWriter::finish(const QString &nextCursor)
{
    {
        Writer writer(m_out);
        writer.literal("],\"nextCursor\":");
        if (nextCursor.isEmpty())
            writer.literal("null");
        else
            writer.string(nextCursor);
        writer.byte('}');
    }
    return std::move(m_out);
}

void append(QByteArray &out, const Post &post)
{
    Writer writer(out);
    appendPost(writer, post);
}

QByteArray page(const Page<Post> &page)
{
    QByteArray out;
    qsizetype guess = 64;
    for (const Post &post : page.items)
        guess += 500 + post.body.size() * 3 / 2 + post.title.size();
    out.reserve(guess);
    {
        Writer writer(out);
        writer.literal("{\"items\":[");
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            if (i > 0)
                writer.byte(',');
            appendPost(writer, page.items[i]);
        }
        writer.literal("],\"nextCursor\":");
        if (page.nextCursor.isEmpty())
            writer.literal("null");
        else
            writer.string(page.nextCursor);
        writer.byte('}');
    }
    return out;
}

} // namespace Hearth::PostJson
