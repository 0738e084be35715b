#pragma once

#include "ConnectionLimits.h"
#include "RequestFramer.h"
#include "api/ApiError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Hearth {

// One connection behind the ConnectionGuard: frames its byte stream ahead of the HTTP server
// (RequestFramer), enforces the limits and deadlines, answers or closes when they are
// broken, ends the connection after a request that asks for it, and holds further requests
// back while answers wait (see holdReading()). A child of the socket, so it lives exactly as
// long as the connection.
//
// How QtHttpServer 6.4 reads (QAbstractHttpServerPrivate::handleReadyRead, pinned by
// tst_connectionguard): on each readyRead it reads at most *one* request, inside a socket
// transaction that keeps the request in the socket buffer until it is complete, and after
// answering it re-emits readyRead (queued) for the next one. So between this class's two
// readyRead slots (before and after the server's) the difference in bytesAvailable() is
// exactly what the server read; everything else in the buffer was framed already or is new.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(QTcpSocket *socket, const ConnectionLimits &limits);

    // The guard of socket, or nullptr when it has none.
    static GuardedConnection *of(QTcpSocket *socket);

    // readyRead, connected before the HTTP server's slot: frames the bytes it is about to read.
    void beforeServer();
    // readyRead, connected after the HTTP server's slot: learns how much the server read.
    void afterServer();
    // channelReadyRead: follows readyRead, or arrives in the middle of it when the server's
    // slot ran a nested event loop.
    void dataArrived();

    // Whether the request the HTTP server is handling now is the connection's last (the
    // client asked to close after it): its answer says "Connection: close".
    bool isHandlingLastRequest() const;

    // While an answer is being worked out off the server's thread, no further request of
    // this connection may be read, or its answer would overtake this one. Every hold is
    // released once; the connection reads on (or ends, if that request was its last) when
    // none is left.
    void holdReading();
    void releaseReading();

private:
    enum class Phase {
        Framing, // reading requests (m_framer says where in one)
        Last, // the last request is framed; the server still reads those before it
        RefusalPending, // a request is refused; the server still reads those accepted before it
        Lingering, // answered and half-closed; dropping what the client still sends
        Closing, // closing; aborted if the last bytes do not leave in time
    };

    void dataSent();
    void onFramed(RequestFramer::Step step);
    void refuse(const ApiError &error);
    void settleIfDue();
    void answerRefusal();
    void stopServerReading();
    void discard();
    void shutDownWriteIfFlushed();
    void close();
    void onTimeout();
    void armTimer();
    qint64 baseReadBufferSize() const;
    void fitReadBuffer();
    void pauseReading();
    void resumeReading();
    bool unpause();
    void checkBacklog();
    void watchBacklog();

    QTcpSocket *const m_socket;
    const ConnectionLimits m_limits;
    const QString m_peer;
    RequestFramer m_framer;
    Phase m_phase = Phase::Framing;

    // Positions in the byte stream, counted from the first byte of the connection.
    qint64 m_scanned = 0; // everything before it was framed (or dropped) by the guard
    qint64 m_consumed = 0; // everything before it was read by the HTTP server
    qint64 m_lastStart = -1; // the start of the connection's last request, once framed
    qint64 m_lastEnd = -1; // ...and its end

    ApiError m_refusal;
    qint64 m_refusalAt = 0;
    qint64 m_lingerDropped = 0;
    bool m_writeShutDown = false;

    QDeadlineTimer m_headDeadline;
    QDeadlineTimer m_requestDeadline;
    QDeadlineTimer m_phaseDeadline; // of Idle, Last, RefusalPending, Lingering and Closing
    QTimer m_timer;

    // Reading is paused (the socket's signals blocked) while answers are held or too many
    // unsent bytes wait; m_backlogTimer then watches the write buffer drain, because
    // bytesWritten is blocked too.
    int m_holds = 0;
    bool m_backlogged = false;
    bool m_paused = false;
    bool m_endedBeforePause = false;
    QTimer m_backlogTimer;
    qint64 m_backlogBytes = 0;
    QDeadlineTimer m_backlogDeadline;

    bool m_inServerSlot = false;
    bool m_arrivedInServerSlot = false;
};

} // namespace Hearth
