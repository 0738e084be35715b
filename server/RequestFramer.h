#pragma once

#include "ConnectionLimits.h"
#include "api/ApiError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Hearth {

// Frames the byte stream of one HTTP/1.1 connection into requests exactly the way
// QtHttpServer 6.4 will read it: a head up to its blank line (a bare "\n\n" too, after any
// leading blank lines), then Content-Length bytes of body, then the next request. Each head
// is checked against the limits, and anything the server could read differently from this
// framer (folded lines, more than 100 fields, conflicting or non-decimal Content-Length,
// Transfer-Encoding) is refused. No socket: ConnectionGuard feeds it, and fuzz/ does too.
//
// Bytes go in one step() at a time; each step reports at most one event.
class RequestFramer
{
public:
    enum class State {
        Idle, // between requests
        Head, // reading a head
        Body, // counting the body of an accepted head
        Done, // a request was refused, or the last one of the connection was framed
    };

    enum class Event {
        None,
        Started, // a request's first byte is next
        HeadAccepted, // its head passed; its body follows
        Completed, // a request was framed whole
        Refused, // the request in progress is refused: see refusal()
    };

    struct Step
    {
        qint64 used = 0; // bytes of the input that were framed
        Event event = Event::None;
    };

    explicit RequestFramer(const ConnectionLimits &limits);

    State state() const { return m_state; }
    // Whether the next step needs the bytes' content (heads), or only their count (bodies).
    bool needsContent() const { return m_state == State::Idle || m_state == State::Head; }

    // Frames from bytes, which follow everything framed before. In the Body state only
    // bytes.size() matters: see skip().
    Step step(QByteArrayView bytes);
    // In the Body state: counts up to count body bytes without looking at them.
    Step skip(qint64 count);

    // Bytes framed so far, from the connection's first byte.
    qint64 position() const { return m_position; }
    // Where the request in progress (or the last one framed) started.
    qint64 requestStart() const { return m_requestStart; }
    // Head and body of the request in progress, once its head is accepted.
    qint64 requestBytes() const { return m_requestBytes; }
    // Whether the request in progress (or the last one framed) asked for the connection to
    // end after it: "Connection: close", HTTP/1.0, or an upgrade (which QtHttpServer 6.4
    // answers and then closes).
    bool isLastRequest() const { return m_lastRequest; }
    const std::optional<ApiError> &refusal() const { return m_refusal; }

    // The largest body a request may carry: POST /api/v1/media gets the upload limit,
    // everything else the JSON limit. target is the request target as sent.
    static qint64 bodyLimit(const ConnectionLimits &limits, QByteArrayView method,
        QByteArrayView target, QByteArrayView contentType = {});

private:
    Step scanHead(QByteArrayView bytes);
    Step acceptHead(qint64 used);
    Step complete(qint64 used);
    Step refuse(ApiError error, qint64 used);

    const ConnectionLimits m_limits;
    State m_state = State::Idle;
    qint64 m_position = 0;
    qint64 m_requestStart = 0;
    QByteArray m_head; // the head so far, at most one byte beyond the limit
    qsizetype m_headTextStart = -1; // where the request line starts in m_head, or -1
    qint64 m_bodyRemaining = 0;
    qint64 m_requestBytes = 0;
    bool m_lastRequest = false;
    std::optional<ApiError> m_refusal;
};

} // namespace Hearth
