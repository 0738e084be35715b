#pragma once

#include "api/Limits.h"

#include <QtGlobal>

#include <chrono>

namespace Hearth {

// What hearth-server holds each connection, and all of them together, to. The defaults are
// the API's (api/Limits.h) and the server's own (docs/server.md).
struct ConnectionLimits
{
    // Request line plus header fields plus the blank line.
    qint64 maxHeadBytes = Limits::MaxRequestHeadBytes;
    qint64 maxJsonBodyBytes = Limits::MaxJsonBodyBytes;
    // Only POST /api/v1/media (the upload endpoint) may carry a body this large.
    qint64 maxUploadBodyBytes = Limits::MaxVideoUploadBytes;
    // ...unless it says it is an image, which may not be as large as a video.
    qint64 maxImageBodyBytes = Limits::MaxImageUploadBytes;
    // Both deadlines count from the first byte of a request.
    std::chrono::milliseconds headDeadline = std::chrono::seconds(Limits::HeadDeadlineSeconds);
    std::chrono::milliseconds requestDeadline
        = std::chrono::seconds(Limits::RequestDeadlineSeconds);
    // A keep-alive connection with no request in progress is closed after this long; so is
    // one whose answers the client has not read any of for this long.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(30);
    // After an error answer the guard half-closes and keeps reading (and discarding) what the
    // client still sends, so that the client gets to read the answer instead of a connection
    // reset; this long and this many bytes at most.
    std::chrono::milliseconds lingerTime = std::chrono::seconds(2);
    // Enough for a client that sends a whole refused photo before it reads the answer (as
    // QNetworkAccessManager does) to still read the 413: the bytes are discarded.
    qint64 lingerBytes = Limits::MaxImageUploadBytes + 2 * 1024 * 1024;
    // The socket's read buffer between requests; raised for the duration of an accepted body,
    // because QtHttpServer keeps the whole request in the socket buffer until it is complete.
    qint64 readBufferBytes = 1024 * 1024;
    // No further request of a connection is read while more than this many bytes of its
    // answers wait to be sent: a client that pipelines requests and reads no answers cannot
    // make the server hold them all.
    qint64 maxUnsentBytes = 1024 * 1024;
    // Connections open at once, in all (0: as many as the process's file descriptor limit
    // allows, less a reserve for the database and media files), and from one address (the
    // trusted proxy excepted).
    int maxConnections = 0;
    int maxConnectionsPerAddress = 64;
};

} // namespace Hearth
