#include "Account.h"

#include "api/Session.h"
#include "cache/CacheDatabase.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccount, "hearth.sync.account")

namespace Hearth {

Account::Account(ApiClient &api, Credentials &credentials, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_dataDir(dataDir)
    , m_cache(std::make_unique<CacheDatabase>())
{ }

Account::~Account() = default;

bool Account::openCache(const QString &handle)
{
    m_cache = std::make_unique<CacheDatabase>();
    const QString path = CacheDatabase::fileName(m_dataDir, m_api.server(), handle);
    if (!m_cache->open(path)) {
        m_error = m_cache->errorString();
        qCWarning(lcAccount) << "cannot open the cache" << path << ":" << m_error;
        return false;
    }
    return true;
}

bool Account::rebuildCache(const QString &reason)
{
    Q_EMIT aboutToChangeCache();
    if (m_cache->rebuild(reason))
        return true;
    m_error = m_cache->errorString();
    qCWarning(lcAccount) << "cannot set the damaged cache aside:" << m_error;
    openCache(m_user ? m_user->handle : QString());
    return false;
}

bool Account::openSignedOut()
{
    return openCache({});
}

void Account::begin(const Session &session)
{
    m_api.setToken(session.token);
    m_credentials.store(m_api.server(), session.user.handle, session.token);
    m_user = session.user;
    Q_EMIT aboutToChangeCache();
    openCache(session.user.handle);
    Q_EMIT signedIn(session.user);
}

bool Account::needsPlainHttpChoice() const
{
    return !ApiClient::isSecure(m_api.server());
}

void Account::allowPlainHttp(bool allow)
{
    m_api.setAllowInsecure(allow);
}

bool Account::allowsPlainHttp() const
{
    return m_api.allowsInsecure();
}

void Account::registerUser(const Registration &registration)
{
    m_api.registerUser(registration, this, [this](Result<Session> session) {
        if (!session) {
            Q_EMIT signInFailed(session.error(), ApiClient::describe(session.error()));
            return;
        }
        begin(*session);
    });
}

void Account::signIn(const Login &login)
{
    // Handles are lowercase; people type them as they like.
    Login normalized = login;
    normalized.handle = login.handle.trimmed().toLower();
    m_api.login(normalized, this, [this](Result<Session> session) {
        if (!session) {
            Q_EMIT signInFailed(session.error(), ApiClient::describe(session.error()));
            return;
        }
        begin(*session);
    });
}

void Account::resume(const User &user)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_credentials, &Credentials::loaded, this,
        [this, user, connection](const QUrl &server, const QString &handle, const QString &token) {
            if (server != m_api.server() || handle != user.handle)
                return;
            disconnect(*connection);
            if (token.isEmpty()) {
                Q_EMIT resumeFailed();
                return;
            }
            begin(Session{token, user});
        });
    m_credentials.load(m_api.server(), user.handle);
}

void Account::signOut()
{
    if (!m_user)
        return;
    const QString handle = m_user->handle;
    // The server forgets the token too; if it cannot be reached, the token still leaves
    // this computer, which is what signing out promises.
    m_api.logout(this, [](Result<ApiClient::Done>) {});
    m_api.setToken({});
    m_credentials.forget(m_api.server(), handle);
    m_user.reset();
    Q_EMIT aboutToChangeCache();
    m_cache->close();
    openCache({});
    Q_EMIT signedOut();
}

} // namespace Hearth
