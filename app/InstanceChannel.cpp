#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int HandOverTimeoutMs = 1000;

} // namespace

InstanceChannel::InstanceChannel(const QString &dataDir, QObject *parent) : QObject(parent)
{
    // The folder's canonical path (it exists: the caller made it), so that two spellings of
    // one folder meet; hashed, so that the name is short enough for a socket's path.
    const QString folder = QFileInfo(dataDir).canonicalFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    m_path = QDir(runtime).filePath(u"hearth-"_s + QString::fromLatin1(hash));
}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::handOver(const QString &link)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(HandOverTimeoutMs))
        return false;
    QByteArray line = link.toUtf8();
    line.replace('\n', ' ');
    line.append('\n');
    socket.write(line);
    if (!socket.waitForBytesWritten(HandOverTimeoutMs))
        return false;
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(HandOverTimeoutMs);
    return true;
}

bool InstanceChannel::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    // Only this user may hand links over.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // No one answered handOver(): a socket left there is from a Hearth that did not end well.
    QLocalServer::removeServer(m_path);
    if (!m_server->listen(m_path))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            read(socket);
        }
    });
    return true;
}

void InstanceChannel::read(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(MaxLineLength + 1);
        if (!line.endsWith('\n')) {
            socket->abort(); // longer than any link: not a link
            return;
        }
        const QString link = QString::fromUtf8(line).trimmed();
        if (!link.isEmpty())
            Q_EMIT linkReceived(link);
    }
    if (socket->bytesAvailable() > MaxLineLength)
        socket->abort();
}

} // namespace Hearth
