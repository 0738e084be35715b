#include "net/Credentials.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "hearth.credentials")

const QString SecretsName = u"org.freedesktop.secrets"_s;
// A probe of the bus must not hold the queue for long: the bus daemon answers in milliseconds.
constexpr int ProbeTimeoutMs = 5000;

// Tokens the keychain could not take, for this process only: shared by every Credentials
// object so that the one that signs in and the one that reads later agree.
class Memory
{
public:
    static Memory &instance()
    {
        static Memory memory;
        return memory;
    }

    QString token(const QString &service, const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        return m_tokens.value(service + u'\n' + key);
    }
    void keep(const QString &service, const QString &key, const QString &token)
    {
        const QMutexLocker locker(&m_mutex);
        m_tokens.insert(service + u'\n' + key, token);
    }
    void drop(const QString &service, const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        m_tokens.remove(service + u'\n' + key);
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_tokens;
};

int defaultPort(const QString &scheme)
{
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    return -1;
}

const char *actionName(QKeychain::Job *job)
{
    if (qobject_cast<QKeychain::WritePasswordJob *>(job))
        return "write";
    if (qobject_cast<QKeychain::ReadPasswordJob *>(job))
        return "read";
    return "delete";
}

// A connection of our own rather than sessionBus(): a failed one is dropped, so the next probe
// tries again (the bus may have come up since).
QDBusConnection probeBus()
{
    const QString name = u"hearth-credentials-probe"_s;
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
    if (!bus.isConnected())
        QDBusConnection::disconnectFromBus(name);
    return bus;
}

} // namespace

Credentials::Credentials(QObject *parent) : Credentials(defaultService(), parent) { }

Credentials::Credentials(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{ }

Credentials::~Credentials() = default;

QString Credentials::defaultService()
{
    return u"Hearth"_s;
}

QString Credentials::keyFor(const QUrl &server, const QString &handle)
{
    QUrl origin;
    origin.setScheme(server.scheme());
    origin.setHost(server.host(QUrl::FullyEncoded));
    // Spelled out, so that "https://a.example" and "https://a.example:443" are one entry.
    const int port = server.port(defaultPort(server.scheme()));
    if (port != -1)
        origin.setPort(port);
    // Handles are lowercase on the wire (docs/api.md); what a person typed may not be.
    return origin.toString(QUrl::FullyEncoded) + u'|' + handle.toLower();
}

QString Credentials::message(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::Available:
        return tr("Your sign-in is kept safe in your keychain.");
    case KeychainStatus::NoSecretService:
        return tr("Hearth couldn't find a keychain on this computer, so it can't remember your "
                  "sign-in. You'll stay signed in until you quit Hearth, and you'll be asked to "
                  "sign in again next time. To be remembered, install a keychain such as GNOME "
                  "Keyring or KWallet.");
    case KeychainStatus::Locked:
        return tr("Your keychain is locked, so Hearth can't use it to remember your sign-in. "
                  "You'll stay signed in until you quit Hearth, and you'll be asked to sign in "
                  "again next time. Unlock your keychain when it asks, and Hearth will remember "
                  "you.");
    case KeychainStatus::AccessDenied:
        return tr("Hearth wasn't allowed to use your keychain, so it can't remember your sign-in. "
                  "You'll stay signed in until you quit Hearth, and you'll be asked to sign in "
                  "again next time. To be remembered, allow Hearth when your keychain asks.");
    case KeychainStatus::OtherError:
        break;
    }
    return tr("Something went wrong with your keychain, so Hearth can't remember your sign-in. "
              "You'll stay signed in until you quit Hearth, and you'll be asked to sign in again "
              "next time.");
}

void Credentials::store(const QUrl &server, const QString &handle, const QString &token)
{
    // An empty token would read back as "no token": say so plainly instead.
    if (token.isEmpty()) {
        forget(server, handle);
        return;
    }
    enqueue({Action::Store, server, handle, token});
}

void Credentials::load(const QUrl &server, const QString &handle)
{
    enqueue({Action::Load, server, handle, {}});
}

void Credentials::forget(const QUrl &server, const QString &handle)
{
    enqueue({Action::Forget, server, handle, {}});
}

void Credentials::enqueue(Request request)
{
    // One request at a time, so that a load after a store sees what was stored and the memory
    // fallback is decided in the order the calls were made.
    m_queue.enqueue(std::move(request));
    if (!m_busy) {
        m_busy = true;
        QMetaObject::invokeMethod(this, &Credentials::startNext, Qt::QueuedConnection);
    }
}

void Credentials::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    const Request &request = m_queue.head();
    const QString key = keyFor(request.server, request.handle);

    QKeychain::Job *job = nullptr;
    switch (request.action) {
    case Action::Store: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request.token);
        job = write;
        break;
    }
    case Action::Load: {
        // A token kept in memory is this run's sign-in: newer than anything the keychain has.
        const QString kept = Memory::instance().token(m_service, key);
        if (!kept.isEmpty()) {
            finish(m_status, kept);
            return;
        }
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    }
    case Action::Forget:
        Memory::instance().drop(m_service, key);
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }

    // No parent: QtKeychain's libsecret backend hands the job to a GLib call it cannot cancel,
    // so a job deleted with us would be used after free when the answer comes. The job deletes
    // itself once finished; the context object drops the answer if we are gone.
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, &Credentials::jobFinished);
    job->start();
}

void Credentials::jobFinished(QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const Action action = m_queue.head().action;

    if (error == QKeychain::NoError && action == Action::Load) {
        finish(
            KeychainStatus::Available, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        return;
    }
    if (error == QKeychain::NoError && action == Action::Store) {
        finish(KeychainStatus::Available);
        return;
    }
    if (action != Action::Store
        && (error == QKeychain::NoError || error == QKeychain::EntryNotFound)) {
        // With a locked collection, libsecret neither finds nor deletes its items and says
        // "not found" / "done" (measured with gnome-keyring), so "nothing there" is only
        // believed when the keychain is open.
        checkLocked([this](bool locked) {
            finish(locked ? KeychainStatus::Locked : KeychainStatus::Available);
        });
        return;
    }

    // The keychain's own words help whoever reads the log; they never contain the secret.
    qCWarning(lcCredentials, "Keychain %s failed: QtKeychain error %d (%ls)", actionName(job),
        int(error), qUtf16Printable(job->errorString()));
    classifyFailure(error, [this](KeychainStatus status) { finish(status); });
}

void Credentials::finish(KeychainStatus outcome, const QString &token)
{
    const Request request = m_queue.dequeue();
    if (request.action == Action::Store) {
        const QString key = keyFor(request.server, request.handle);
        if (outcome == KeychainStatus::Available)
            Memory::instance().drop(m_service, key);
        else
            Memory::instance().keep(m_service, key, request.token);
    }

    setStatus(outcome);
    switch (request.action) {
    case Action::Store:
        Q_EMIT stored(request.server, request.handle, outcome == KeychainStatus::Available);
        break;
    case Action::Load:
        Q_EMIT loaded(request.server, request.handle, token);
        break;
    case Action::Forget:
        Q_EMIT forgotten(request.server, request.handle);
        break;
    }
    // Through the event loop: a slot above may have queued more, and answers from memory must
    // not pile up on the stack.
    QMetaObject::invokeMethod(this, &Credentials::startNext, Qt::QueuedConnection);
}

void Credentials::setStatus(KeychainStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    if (status != KeychainStatus::Available)
        Q_EMIT keychainUnavailable(status, message(status));
}

void Credentials::classifyFailure(int error, std::function<void(KeychainStatus)> then)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        then(KeychainStatus::AccessDenied);
        return;
    case QKeychain::AccessDenied:
        // libsecret: SECRET_ERROR_IS_LOCKED (the unlock prompt failed or was dismissed);
        // KWallet: the wallet could not be opened.
        then(KeychainStatus::Locked);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        then(KeychainStatus::NoSecretService);
        return;
    case QKeychain::OtherError:
        break;
    default:
        then(KeychainStatus::OtherError);
        return;
    }

    // libsecret reports a missing bus or a missing provider as OtherError with GLib's message,
    // which is translated: ask the bus itself instead of reading the words.
    QDBusConnection bus = probeBus();
    if (!bus.isConnected()) {
        then(KeychainStatus::NoSecretService);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s,
        u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    call << SecretsName;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ProbeTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [then = std::move(then)](QDBusPendingCallWatcher *watcher) {
            watcher->deleteLater();
            const QDBusPendingReply<bool> reply = *watcher;
            // libsecret has already tried to start an activatable provider: if nobody
            // owns the name now, there is none to be had.
            then(!reply.isError() && !reply.value() ? KeychainStatus::NoSecretService
                                                    : KeychainStatus::OtherError);
        });
}

void Credentials::checkLocked(std::function<void(bool locked)> then)
{
    QDBusConnection bus = probeBus();
    if (!bus.isConnected()) {
        then(false);
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(SecretsName, u"/org/freedesktop/secrets/aliases/default"_s,
            u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    // Only ask a provider that is running: starting one (say, GNOME Keyring under KWallet) just
    // to ask would be a side effect.
    call.setAutoStartService(false);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ProbeTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [then = std::move(then)](QDBusPendingCallWatcher *watcher) {
            watcher->deleteLater();
            const QDBusPendingReply<QDBusVariant> reply = *watcher;
            then(!reply.isError() && reply.value().variant().toBool());
        });
}

} // namespace Hearth
