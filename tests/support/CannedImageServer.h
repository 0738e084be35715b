#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace Hearth::Testing {

// A stand-in community for the media tests: answers every request with 200 and the same
// body as image/jpeg (a broken or hostile picture, say), and counts the requests.
class CannedImageServer : public QObject
{
    Q_OBJECT

public:
    explicit CannedImageServer(QByteArray body, QObject *parent = nullptr);

    QUrl url() const;
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_body;
    int m_requests = 0;
};

} // namespace Hearth::Testing
