#pragma once

#include "api/User.h"
#include "cache/CacheDatabase.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace Hearth {

class Account;
class ApiClient;
class CacheHealthCheck;
class CacheWriter;
class CommentCache;
class Connectivity;
class Credentials;
class DraftStore;
class FeedCache;
class LiveUpdates;
class Outbox;
class OutboxStore;
class SyncEngine;

// One community as this computer holds it: who is signed in, that account's cache, and the
// parts that read and write the cache — the sync engine that pulls (kept following the
// server by LiveUpdates), the outbox that carries the person's writes (only when signed
// in), and the thread that stores large batches.
//
// Signing in or out swaps the cache file, so every part built on it is built anew:
// aboutToSwitch() is the moment to let go of the old ones, switched() says the new ones are
// ready. The account last signed in is remembered in the settings (its handle and name,
// never its token) and resumed from the keychain by open().
//
// Its cache's health is checked in the background once the window is up
// (startHealthChecks()): a cache found damaged then, or by a read that met corruption, is set
// aside and started afresh at the next good moment (setRepairGate()), the parts built anew
// as for a sign-in, and recovery() says so, as when open() repairs it.
class Community : public QObject
{
    Q_OBJECT

public:
    Community(ApiClient &api, Credentials &credentials, QSettings &settings, const QString &dataDir,
        QObject *parent = nullptr);
    ~Community() override;

    // Opens the signed-out cache and builds the parts on it (switched() follows at once), then
    // resumes the remembered account, if any, which switches again when its token is found.
    // False, with errorString(), when no cache can be opened.
    bool open();
    QString errorString() const { return m_error; }
    // Whether a cache is open and the parts below can be used.
    bool isOpen() const { return m_sync != nullptr; }
    // Whether open() is still resuming the remembered account (reading its token from the
    // keychain): the signed-out page shown meanwhile is about to be replaced.
    bool isResuming() const { return m_resuming; }

    // With the network off (--offline) nothing is pulled or sent; what is written waits.
    void setNetworkEnabled(bool enabled);
    bool isNetworkEnabled() const { return m_networkEnabled; }

    // Whether someone can see the window: while they can, changes arrive as they happen
    // (a held request); while they cannot, a pull every few minutes (LiveUpdates).
    void setWatched(bool watched);
    // How the cache follows the server, for every cache this community opens.
    LiveUpdates &liveUpdates() const { return *m_live; }

    ApiClient &api() const { return m_api; }
    // The community's address (https://…).
    QUrl server() const;
    Credentials &credentials() const { return m_credentials; }
    Account &account() const { return *m_account; }
    Connectivity &connectivity() const { return *m_connectivity; }
    bool isSignedIn() const;
    std::optional<User> user() const;
    // What opening the current cache repaired (nothing, mostly).
    CacheDatabase::Recovery recovery() const;

    // The parts on the current cache. Valid from switched() to the next aboutToSwitch().
    FeedCache &feed() const { return *m_feed; }
    CommentCache &comments() const { return *m_comments; }
    DraftStore &drafts() const { return *m_drafts; }
    SyncEngine &sync() const { return *m_sync; }
    // Null when signed out: writes need an account.
    Outbox *outbox() const { return m_outbox.get(); }

    // Checks the cache whole in the background (CacheHealthCheck) when it needs it
    // (CacheDatabase::needsHealthCheck()), now and for every cache opened from now on, again
    // every few hours, and whenever SQLite reports corruption (when
    // CacheHealthCheck::watchForCorruption() was called). main() calls it after the first
    // paint: nothing before it reads the cache whole.
    void startHealthChecks();
    // Whether a background check is under way.
    bool isCheckingHealth() const;
    // What says whether now is a good moment to set a damaged cache aside, which rebuilds the
    // pages: the window says no while the person is writing. Asked again a little later.
    void setRepairGate(std::function<bool()> isGoodMoment);

Q_SIGNALS:
    void aboutToSwitch();
    void switched();
    // The outbox's waiting writes (0 when signed out).
    void pendingWritesChanged(int count);
    // The server no longer takes the account's token: waiting writes need a new sign-in.
    void signInRequired();
    // The remembered account was resumed (after its switched()) or could not be: the
    // pages shown now are the ones the person will see.
    void resumeFinished();
    // The keychain cannot keep the sign-in (message says why, for the person): it lasts
    // until Hearth quits.
    void keychainUnavailable(const QString &message);
    // A background check came to its verdict on the current cache (not sent when it could
    // not run to its end).
    void healthChecked(bool sound);
    // The current cache was found damaged after it was opened: it is set aside at the next
    // good moment (aboutToSwitch() ... switched(), with recovery() saying so).
    void cacheDamaged(const QString &reason);
    // A draft was saved or removed in the current cache's DraftStore.
    void draftsChanged();

private:
    void build();
    void tearDown();
    void rememberAccount();
    void applyNetwork();
    // Prunes the cache to its bound (CachePruner) on the writer's thread, once a sync has
    // settled and at most once per PruneInterval.
    void pruneWhenDue();
    void checkHealth(bool evenIfNotDue);
    void repairWhenGood();

    ApiClient &m_api;
    Credentials &m_credentials;
    QSettings &m_settings;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<Connectivity> m_connectivity;
    std::unique_ptr<LiveUpdates> m_live;
    std::unique_ptr<FeedCache> m_feed;
    std::unique_ptr<CommentCache> m_comments;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<OutboxStore> m_outboxStore;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CacheHealthCheck> m_healthCheck;
    bool m_healthChecks = false;
    QTimer m_checkTimer;
    QElapsedTimer m_sinceCorruptionCheck;
    std::function<bool()> m_repairGate;
    QString m_damage; // what a check found, until the damaged cache is set aside
    bool m_networkEnabled = true;
    bool m_resuming = false;
    bool m_pruning = false;
    QElapsedTimer m_lastPruned;
    QString m_error;
};

} // namespace Hearth
