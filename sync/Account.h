#pragma once

#include "api/ApiError.h"
#include "api/Requests.h"
#include "api/Session.h"
#include "api/User.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Hearth {

class ApiClient;
class CacheDatabase;
class Credentials;

// Who is signed in to a community, and the things that belong to that: the bearer token
// (in the keychain, through Credentials) and the cache file of that account. Signed out,
// the account reads from the community's signed-out cache. Signing in or registering
// stores the token and opens the account's cache; signing out revokes the token on the
// server, forgets it in the keychain and closes the account's cache.
class Account : public QObject
{
    Q_OBJECT

public:
    // dataDir: where the cache files live (empty: the standard application data folder).
    Account(ApiClient &api, Credentials &credentials, const QString &dataDir,
        QObject *parent = nullptr);
    ~Account() override;

    // Opens the signed-out cache. False, with errorString(), when it cannot be opened.
    bool openSignedOut();

    void registerUser(const Registration &registration);
    void signIn(const Login &login);
    // Signs in again as someone who signed in before, with the token in the keychain.
    void resume(const User &user);
    void signOut();
    // Sets the current cache aside as damaged (reason: what a check or a read found) and opens
    // a fresh one with the same words file (CacheDatabase::rebuild()); aboutToChangeCache()
    // comes first. False, with errorString(), when no fresh one could be had: the damaged one
    // is open again then, rather than none.
    bool rebuildCache(const QString &reason);

    // Whether the community is reached over plain HTTP beyond this computer, where the
    // password and the token would cross the network readable on the way: Hearth sends
    // nothing there until the person allows it, for this run.
    bool needsPlainHttpChoice() const;
    void allowPlainHttp(bool allow);
    bool allowsPlainHttp() const;

    bool isSignedIn() const { return m_user.has_value(); }
    std::optional<User> user() const { return m_user; }
    // The cache of the signed-in account, or the signed-out one.
    CacheDatabase &cache() const { return *m_cache; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // The cache is about to be closed for another (signing in or out): let go of it now.
    void aboutToChangeCache();
    void signedIn(const Hearth::User &user);
    void signedOut();
    // Signing in or registering did not work; message says why, for the person.
    void signInFailed(const Hearth::ApiError &error, const QString &message);
    // There was a token to resume with no more: the person signs in again.
    void resumeFailed();

private:
    void begin(const Session &session);
    bool openCache(const QString &handle);

    ApiClient &m_api;
    Credentials &m_credentials;
    QString m_dataDir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::optional<User> m_user;
    QString m_error;
};

} // namespace Hearth
