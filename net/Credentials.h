#pragma once

#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Hearth {

// Keeps a person's API token, per server and account, in the system keychain (QtKeychain), or
// in memory for this run only when no keychain can be had: never on disk, never in logs.
//
// Every entry lives under the keychain service "Hearth" with the key "<origin>|<handle>", for
// example "https://community.example:443|river_stone" (keyFor()). With the Secret Service
// (GNOME Keyring, KWallet's Secret Service, KeePassXC) QtKeychain stores it as an item of the
// schema "org.qt.keychain" with the attributes server = the service and user = the key, so
// `secret-tool lookup server Hearth user 'https://community.example:443|river_stone'` finds it.
//
// Everything is asynchronous: each call answers with exactly one signal, later, from the event
// loop, and calls are answered in the order they were made.
class Credentials : public QObject
{
    Q_OBJECT

public:
    // What the keychain said the last time it was asked.
    enum class KeychainStatus {
        Available,
        // No D-Bus session bus, or nothing on it provides the Secret Service (nor KWallet).
        NoSecretService,
        // The keychain is locked and was not unlocked (no prompt could be shown, or the person
        // dismissed it); with KWallet, also a wallet that could not be opened.
        Locked,
        // The person refused Hearth access to the keychain.
        AccessDenied,
        OtherError,
    };
    Q_ENUM(KeychainStatus)

    explicit Credentials(QObject *parent = nullptr);
    // Tests pass a service of their own, so that they never touch a person's real entries.
    explicit Credentials(const QString &service, QObject *parent = nullptr);
    ~Credentials() override;

    static QString defaultService();
    // The keychain key of an account: the server's origin (scheme, host and port, the port
    // spelled out even when it is the scheme's default) and the handle in lowercase, joined by
    // '|'. Any path, query or user info of the server URL is ignored.
    static QString keyFor(const QUrl &server, const QString &handle);
    // What a status means to the person, translated (context "Hearth::Credentials").
    static QString message(KeychainStatus status);

    QString service() const { return m_service; }
    KeychainStatus status() const { return m_status; }
    QString message() const { return message(m_status); }

    // Answers with stored(). An empty token forgets the entry instead (answers forgotten()).
    void store(const QUrl &server, const QString &handle, const QString &token);
    // Answers with loaded(); a token kept in memory this run wins over the keychain.
    void load(const QUrl &server, const QString &handle);
    // Answers with forgotten(): the token is gone from memory, and from the keychain when
    // status() is Available at that point.
    void forget(const QUrl &server, const QString &handle);

Q_SIGNALS:
    // inKeychain is false when the token is only kept in memory until the app quits.
    void stored(const QUrl &server, const QString &handle, bool inKeychain);
    // token is empty when there is none (a missing entry is not an error).
    void loaded(const QUrl &server, const QString &handle, const QString &token);
    void forgotten(const QUrl &server, const QString &handle);
    // Emitted when the keychain starts failing in a new way (once, not on every call), before
    // the answer to the call that found out.
    void keychainUnavailable(Hearth::Credentials::KeychainStatus status, const QString &message);

private:
    enum class Action { Store, Load, Forget };
    struct Request
    {
        Action action;
        QUrl server;
        QString handle;
        QString token;
    };

    void enqueue(Request request);
    void startNext();
    void jobFinished(QKeychain::Job *job);
    void finish(KeychainStatus outcome, const QString &token = {});
    void setStatus(KeychainStatus status);
    void classifyFailure(int error, std::function<void(KeychainStatus)> then);
    void checkLocked(std::function<void(bool locked)> then);

    QString m_service;
    KeychainStatus m_status = KeychainStatus::Available;
    // The head is the request being worked on; the rest wait for it.
    QQueue<Request> m_queue;
    bool m_busy = false;
};

} // namespace Hearth
