#pragma once

#include "api/Limits.h"

#include <QByteArrayView>
#include <QTcpServer>

#include <chrono>

namespace Hearth {

// The TCP server handed to QAbstractHttpServer::bind(): it enforces the request limits
// QtHttpServer 6.4 lacks (head and body size, deadlines, idle connections) before the
// HTTP server sees a byte.
//
// How: each socket gets a readyRead slot connected *before* the HTTP server's. That slot
// frames the byte stream itself (head up to the blank line, then Content-Length bytes of
// body, then the next pipelined request) by peek()ing at what the server has not read
// yet, and never consumes a byte of an accepted request. A broken request is answered
// here (400, 408, 413, 431, JSON error body, Connection: close) and its bytes discarded.
// This relies on QtHttpServer 6.4 internals (slot order, one request read per readyRead),
// which tests/server/tst_connectionguard.cpp pins.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    // The limits one connection is held to; the defaults are the API's (api/Limits.h).
    struct Limits
    {
        // Request line plus header fields plus the blank line.
        qint64 maxHeadBytes = Hearth::Limits::MaxRequestHeadBytes;
        qint64 maxJsonBodyBytes = Hearth::Limits::MaxJsonBodyBytes;
        // Only POST /api/v1/media (the upload endpoint) may carry a body this large.
        qint64 maxUploadBodyBytes = Hearth::Limits::MaxVideoUploadBytes;
        // ...unless it says it is an image, which may not be as large as a video.
        qint64 maxImageBodyBytes = Hearth::Limits::MaxImageUploadBytes;
        // Both deadlines count from the first byte of a request.
        std::chrono::milliseconds headDeadline
            = std::chrono::seconds(Hearth::Limits::HeadDeadlineSeconds);
        std::chrono::milliseconds requestDeadline
            = std::chrono::seconds(Hearth::Limits::RequestDeadlineSeconds);
        // A keep-alive connection with no request in progress is closed after this long.
        std::chrono::milliseconds idleTimeout = std::chrono::seconds(30);
        // After an error answer the guard half-closes and keeps reading (and discarding)
        // what the client still sends, so that the client gets to read the answer instead
        // of a connection reset; this long and this many bytes at most.
        std::chrono::milliseconds lingerTime = std::chrono::seconds(2);
        // Enough for a client that sends a whole refused photo before it reads the answer
        // (as QNetworkAccessManager does) to still read the 413: the bytes are discarded.
        qint64 lingerBytes = Hearth::Limits::MaxImageUploadBytes + 2 * 1024 * 1024;
        // The socket's read buffer between requests; raised for the duration of an accepted
        // body, because QtHttpServer keeps the whole request in the socket buffer until it is
        // complete.
        qint64 readBufferBytes = 1024 * 1024;
    };

    explicit ConnectionGuard(QObject *parent = nullptr);
    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    const Limits &limits() const { return m_limits; }

    // The largest body a request may carry: POST /api/v1/media gets the upload limit,
    // everything else the JSON limit. target is the request target as sent.
    static qint64 bodyLimit(const Limits &limits, QByteArrayView method, QByteArrayView target,
        QByteArrayView contentType = {});

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Limits m_limits;
};

} // namespace Hearth
