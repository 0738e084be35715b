#include "RequestFramer.h"

#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// QHttpHeaderParser (behind QHttpServerRequest) silently drops *every* field of a head with
// more than 100 fields, Content-Length included (measured): the server would then read the
// body as the next request, one the guard never saw. Such heads are refused.
constexpr int MaxHeaderFields = 100;

// A Content-Length with more significant digits is beyond every limit (and beyond qint64).
constexpr qsizetype MaxContentLengthDigits = 18;

// What QtHttpServer skips before a request line (the leftovers of a previous request).
bool isLeadingSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 token characters: all QHttpHeaderParser accepts in a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Where a request head ends (one past its blank line), or -1. QtHttpServer 6.4 ends a head
// at the first "\n\n" or "\n\r\n", so the framer does too: a stricter rule ("\r\n\r\n" only)
// would let a request with bare LF line ends through unframed.
qsizetype findHeadEnd(QByteArrayView head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i != -1; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

ApiError badRequest(const QString &message)
{
    return ApiError(ApiError::Code::BadRequest, message);
}

ApiError headTooLarge(qint64 limit)
{
    return ApiError(
        ApiError::Code::HeadersTooLarge, u"The request head exceeds %1 bytes."_s.arg(limit));
}

// Whether a Connection field's comma-separated options hold option (case-insensitive).
bool hasConnectionOption(QByteArrayView value, QByteArrayView option)
{
    for (const QByteArray &token : value.toByteArray().split(',')) {
        if (token.trimmed().compare(option, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The verdict on a complete request head: an error, or the length of the body that follows
// and whether the connection ends after this request.
struct HeadCheck
{
    std::optional<ApiError> error;
    qint64 contentLength = 0;
    bool lastRequest = false;
};

// Checks a complete head (from its request line to its blank line). Everything the framer
// and QtHttpServer could read differently (and so frame differently) is refused.
HeadCheck checkHead(QByteArrayView head, const ConnectionLimits &limits)
{
    // The request line, split the way QtHttpServer splits it.
    const qsizetype lineEnd = head.indexOf('\n');
    QByteArrayView line = head.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    qsizetype at = line.indexOf(' ');
    if (at <= 0)
        return {badRequest(u"Malformed request line."_s)};
    const QByteArrayView method = line.first(at);
    while (at < line.size() && line.at(at) == ' ')
        ++at;
    qsizetype targetEnd = line.indexOf(' ', at);
    if (targetEnd == -1)
        return {badRequest(u"Malformed request line."_s)};
    const QByteArrayView target = line.sliced(at, targetEnd - at);
    while (targetEnd < line.size() && line.at(targetEnd) == ' ')
        ++targetEnd;
    const QByteArrayView version = line.sliced(targetEnd);
    if (version.size() != 8 || !version.startsWith("HTTP/"))
        return {badRequest(u"Malformed request line."_s)};
    // RFC 9112 9.3: an HTTP/1.0 connection is not persistent unless both sides say
    // keep-alive, and this server does not.
    bool lastRequest = version != "HTTP/1.1";

    int fieldCount = 0;
    std::optional<qint64> contentLength;
    QByteArrayView contentType;
    QByteArrayView rest = head.sliced(lineEnd + 1);
    while (!rest.isEmpty()) {
        const qsizetype fieldEnd = rest.indexOf('\n'); // a head ends with '\n'
        QByteArrayView field = rest.first(fieldEnd);
        rest = rest.sliced(fieldEnd + 1);
        if (field.endsWith('\r'))
            field.chop(1);
        if (field.isEmpty())
            break;
        // QHttpHeaderParser drops all fields when the first one is folded.
        if (field.front() == ' ' || field.front() == '\t')
            return {badRequest(u"Folded header lines are not supported."_s)};
        if (++fieldCount > MaxHeaderFields) {
            return {ApiError(ApiError::Code::HeadersTooLarge,
                u"The request has more than %1 header fields."_s.arg(MaxHeaderFields))};
        }
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !std::all_of(field.begin(), field.begin() + colon, isTokenChar))
            return {badRequest(u"Malformed header field."_s)};
        const QByteArrayView name = field.first(colon);
        const QByteArrayView value = field.sliced(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // Digits only: QtHttpServer would read "+5" or "5, 5" differently or not at all.
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit))
                return {badRequest(u"Invalid Content-Length."_s)};
            QByteArrayView digits = value;
            while (digits.size() > 1 && digits.front() == '0')
                digits = digits.sliced(1);
            const qint64 length = digits.size() > MaxContentLengthDigits
                ? std::numeric_limits<qint64>::max()
                : digits.toLongLong();
            // QtHttpServer reads the first one; differing ones are a smuggling attempt.
            if (contentLength && *contentLength != length)
                return {badRequest(u"Conflicting Content-Length fields."_s)};
            contentLength = length;
        } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentType = value;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return {badRequest(
                u"Transfer-Encoding is not supported: send the body with a Content-Length."_s)};
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            // QtHttpServer 6.4 answers a request that asks for an upgrade and then closes.
            if (hasConnectionOption(value, "close") || hasConnectionOption(value, "upgrade"))
                lastRequest = true;
        }
    }

    const qint64 length = contentLength.value_or(0);
    const qint64 limit = RequestFramer::bodyLimit(limits, method, target, contentType);
    if (length > limit) {
        return {ApiError(ApiError::Code::PayloadTooLarge,
            u"The request body exceeds the limit of %1 bytes."_s.arg(limit))};
    }
    return {std::nullopt, length, lastRequest};
}

} // namespace

RequestFramer::RequestFramer(const ConnectionLimits &limits) : m_limits(limits) { }

RequestFramer::Step RequestFramer::step(QByteArrayView bytes)
{
    switch (m_state) {
    case State::Idle:
        if (bytes.isEmpty())
            return {};
        m_state = State::Head;
        m_requestStart = m_position;
        m_head.clear();
        m_headTextStart = -1;
        m_lastRequest = false;
        return {0, Event::Started};
    case State::Head:
        return scanHead(bytes);
    case State::Body:
        return skip(bytes.size());
    case State::Done:
        break;
    }
    return {};
}

RequestFramer::Step RequestFramer::skip(qint64 count)
{
    if (m_state != State::Body)
        return {};
    const qint64 used = std::min(count, m_bodyRemaining);
    m_bodyRemaining -= used;
    m_position += used;
    if (m_bodyRemaining == 0)
        return complete(used);
    return {used, Event::None};
}

// Adds bytes to the head in progress.
RequestFramer::Step RequestFramer::scanHead(QByteArrayView bytes)
{
    const qsizetype before = m_head.size();
    // One byte beyond the limit is enough to know the head is too large.
    const qsizetype take
        = qsizetype(std::min<qint64>(bytes.size(), m_limits.maxHeadBytes + 1 - before));
    m_head.append(bytes.first(take));

    if (m_headTextStart < 0) {
        const auto text = std::find_if_not(m_head.cbegin() + before, m_head.cend(), isLeadingSpace);
        if (text != m_head.cend())
            m_headTextStart = text - m_head.cbegin();
    }
    if (m_headTextStart >= 0) {
        // A blank line these bytes complete starts at most two bytes before them.
        const qsizetype end = findHeadEnd(m_head, std::max(m_headTextStart, before - 2));
        if (end >= 0) {
            m_head.truncate(end);
            const qint64 used = std::max<qint64>(0, end - before);
            m_position += used;
            return acceptHead(used);
        }
    }
    m_position += take;
    if (m_head.size() > m_limits.maxHeadBytes)
        return refuse(headTooLarge(m_limits.maxHeadBytes), take);
    return {take, Event::None};
}

RequestFramer::Step RequestFramer::acceptHead(qint64 used)
{
    if (m_head.size() > m_limits.maxHeadBytes)
        return refuse(headTooLarge(m_limits.maxHeadBytes), used);
    const HeadCheck check = checkHead(QByteArrayView(m_head).sliced(m_headTextStart), m_limits);
    if (check.error)
        return refuse(*check.error, used);
    m_bodyRemaining = check.contentLength;
    m_requestBytes = m_head.size() + check.contentLength;
    m_lastRequest = check.lastRequest;
    m_head.clear();
    m_head.squeeze();
    if (m_bodyRemaining == 0)
        return complete(used);
    m_state = State::Body;
    return {used, Event::HeadAccepted};
}

RequestFramer::Step RequestFramer::complete(qint64 used)
{
    // Whatever follows the connection's last request is never framed: the server must not
    // read it.
    m_state = m_lastRequest ? State::Done : State::Idle;
    m_requestBytes = 0;
    return {used, Event::Completed};
}

RequestFramer::Step RequestFramer::refuse(ApiError error, qint64 used)
{
    m_state = State::Done;
    m_refusal = std::move(error);
    m_head.clear();
    return {used, Event::Refused};
}

qint64 RequestFramer::bodyLimit(const ConnectionLimits &limits, QByteArrayView method,
    QByteArrayView target, QByteArrayView contentType)
{
    // Compared as the router sees it: the decoded path, without the query.
    if (method == "POST" && QUrl::fromEncoded(target.toByteArray()).path() == u"/api/v1/media"_s) {
        // A photo is refused at its head when larger than a photo may be, not after
        // 100 MiB of it were buffered.
        const bool image = contentType.trimmed().toByteArray().toLower().startsWith("image/");
        return image ? std::min(limits.maxImageBodyBytes, limits.maxUploadBodyBytes)
                     : limits.maxUploadBodyBytes;
    }
    return limits.maxJsonBodyBytes;
}

} // namespace Hearth
