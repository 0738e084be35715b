#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Hearth {

// One Hearth per data folder. The first start listens on a local socket named for its folder,
// in the user's runtime folder; a later start on the same folder that was given a link (a
// click on a hearth: link while Hearth is open) hands the link over and ends, rather than
// opening a second window on the same cache and outbox. A link is one line of UTF-8; a line
// longer than a link can be is dropped.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Hands link to the Hearth running on the folder; false when none answers (then this
    // start is the only one). Waits at most a second, before the event loop runs.
    bool handOver(const QString &link);
    // Listens for later starts; false when the socket cannot be made (a later start then
    // opens a window of its own, as it would without this).
    bool listen();

    // Where the socket is: the runtime folder, "hearth-", a hash of the data folder's path.
    QString socketPath() const { return m_path; }

    // The longest line taken, in bytes.
    static constexpr qsizetype MaxLineLength = 8 * 1024;

Q_SIGNALS:
    // A later start handed link over.
    void linkReceived(const QString &link);

private:
    void read(QLocalSocket *socket);

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace Hearth
