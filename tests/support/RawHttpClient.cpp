#include "RawHttpClient.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Hearth::Testing {

QList<RawResponse> takeResponses(QByteArray &buffer)
{
    QList<RawResponse> responses;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        RawResponse response;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.fields.insert(
                line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = response.fields.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        response.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        responses.append(response);
    }
    return responses;
}

RawHttpClient::RawHttpClient(const QHostAddress &host, quint16 port, const QHostAddress &from)
{
    QObject::connect(&m_socket, &QIODevice::readyRead, [this] { collect(); });
    if (!from.isNull())
        m_socket.bind(from);
    m_socket.connectToHost(host, port);
    m_socket.waitForConnected(2000);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawHttpClient::setReading(bool reading)
{
    m_reading = reading;
    // A read buffer of one byte makes the socket stop taking bytes from the system.
    m_socket.setReadBufferSize(reading ? 0 : 1);
    if (reading)
        collect();
}

void RawHttpClient::shutDownSending()
{
    m_socket.flush();
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
#endif
}

QList<RawResponse> RawHttpClient::responses(qsizetype count, std::chrono::milliseconds timeout)
{
    // The caller checks the count.
    (void)QTest::qWaitFor(
        [&] { return m_responses.size() >= count || !isConnected(); }, int(timeout.count()));
    collect();
    return m_responses;
}

bool RawHttpClient::waitClosed(std::chrono::milliseconds timeout)
{
    const bool closed = QTest::qWaitFor([&] { return !isConnected(); }, int(timeout.count()));
    collect();
    return closed;
}

void RawHttpClient::collect()
{
    if (!m_reading)
        return;
    const QByteArray bytes = m_socket.readAll();
    m_receivedBytes += bytes.size();
    m_buffer += bytes;
    m_responses += takeResponses(m_buffer);
}

} // namespace Hearth::Testing
