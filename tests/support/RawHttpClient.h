#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

#include <chrono>

namespace Hearth::Testing {

// One HTTP response as it came off the wire.
struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> fields; // names in lower case
    QByteArray body;
};

// Takes the complete responses off the front of buffer (bodies by Content-Length; none for
// 204 and 304).
QList<RawResponse> takeResponses(QByteArray &buffer);

// A raw HTTP/1.1 client: the server gets exactly the bytes the test writes, on one
// connection, and the test sees exactly what comes back. Waiting runs the event loop.
class RawHttpClient
{
public:
    // Connects to host:port, from the loopback address `from` when given (Linux answers on
    // all of 127.0.0.0/8, so tests can be several clients "from" different addresses).
    RawHttpClient(const QHostAddress &host, quint16 port, const QHostAddress &from = {});
    explicit RawHttpClient(quint16 port) : RawHttpClient(QHostAddress::LocalHost, port) { }

    QTcpSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    qint64 receivedBytes() const { return m_receivedBytes; }

    void send(const QByteArray &bytes);
    // A client that stops reading: the server's answers pile up in the system's buffers and
    // then in the server, until reading resumes.
    void setReading(bool reading);
    // Shuts down the sending side (a half-close): the server reads the end of the stream.
    void shutDownSending();

    // Waits until count responses arrived or timeout passed; returns what arrived.
    QList<RawResponse> responses(
        qsizetype count, std::chrono::milliseconds timeout = std::chrono::seconds(3));
    // Waits until the server closed the connection.
    bool waitClosed(std::chrono::milliseconds timeout);

private:
    void collect();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_receivedBytes = 0;
    bool m_reading = true;
    QList<RawResponse> m_responses;
};

} // namespace Hearth::Testing
