#include "Community.h"

#include "Account.h"
#include "CacheWriter.h"
#include "Connectivity.h"
#include "LiveUpdates.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHealthCheck.h"
#include "cache/CommentCache.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCommunity, "hearth.sync.community")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString ServerKey = u"account/server"_s;
const QString IdKey = u"account/id"_s;
const QString HandleKey = u"account/handle"_s;
const QString NameKey = u"account/displayName"_s;
const QString TeamKey = u"account/team"_s;

// How often the cache is checked against its bound: a pass costs a read of every post when
// the cache is over it, and little otherwise.
constexpr qint64 PruneIntervalMs = 3600LL * 1000;
// How often a long session asks whether its cache is due a check.
constexpr std::chrono::hours CheckEvery{6};
// Corruption reported by reads starts a check at most this often.
constexpr std::chrono::minutes CorruptionCheckEvery{1};
// How long a repair waits for a good moment before asking again.
constexpr std::chrono::seconds RepairRetry{5};

} // namespace

Community::Community(ApiClient &api, Credentials &credentials, QSettings &settings,
    const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_account(std::make_unique<Account>(api, credentials, dataDir))
    , m_connectivity(std::make_unique<Connectivity>())
    , m_live(std::make_unique<LiveUpdates>())
{
    m_connectivity->watch(api);
    connect(&credentials, &Credentials::keychainUnavailable, this,
        [this](Credentials::KeychainStatus, const QString &message) {
            Q_EMIT keychainUnavailable(message);
        });
    connect(m_connectivity.get(), &Connectivity::onlineChanged, this, &Community::applyNetwork);
    connect(m_account.get(), &Account::aboutToChangeCache, this, &Community::tearDown);
    connect(m_account.get(), &Account::signedIn, this, [this] {
        rememberAccount();
        build();
        if (std::exchange(m_resuming, false))
            Q_EMIT resumeFinished();
    });
    connect(m_account.get(), &Account::signedOut, this, [this] {
        rememberAccount();
        build();
    });
    // A remembered account whose token is gone: the person stays signed out and is asked
    // to sign in when a write needs it.
    connect(m_account.get(), &Account::resumeFailed, this, [this] {
        rememberAccount();
        if (std::exchange(m_resuming, false))
            Q_EMIT resumeFinished();
    });
    m_checkTimer.setInterval(CheckEvery);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] { checkHealth(false); });
}

Community::~Community()
{
    tearDown();
}

bool Community::open()
{
    if (!m_account->openSignedOut()) {
        m_error = m_account->errorString();
        return false;
    }
    build();
    if (m_settings.value(ServerKey).toString() == m_api.server().toString()) {
        User user;
        user.id = m_settings.value(IdKey).toLongLong();
        user.handle = m_settings.value(HandleKey).toString();
        user.displayName = m_settings.value(NameKey).toString();
        user.team = m_settings.value(TeamKey).toBool();
        if (!user.handle.isEmpty()) {
            m_resuming = true;
            m_account->resume(user);
        }
    }
    return true;
}

QUrl Community::server() const
{
    return m_api.server();
}

bool Community::isSignedIn() const
{
    return m_account->isSignedIn();
}

std::optional<User> Community::user() const
{
    return m_account->user();
}

CacheDatabase::Recovery Community::recovery() const
{
    return m_account->cache().recovery();
}

void Community::rememberAccount()
{
    const std::optional<User> user = m_account->user();
    if (!user) {
        for (const QString &key : {ServerKey, IdKey, HandleKey, NameKey, TeamKey})
            m_settings.remove(key);
        return;
    }
    m_settings.setValue(ServerKey, m_api.server().toString());
    m_settings.setValue(IdKey, user->id);
    m_settings.setValue(HandleKey, user->handle);
    m_settings.setValue(NameKey, user->displayName);
    m_settings.setValue(TeamKey, user->team);
}

void Community::build()
{
    const QSqlDatabase db = m_account->cache().connection();
    m_feed = std::make_unique<FeedCache>(db);
    m_comments = std::make_unique<CommentCache>(db);
    m_drafts = std::make_unique<DraftStore>(db);
    m_drafts->setChangeObserver([this] { Q_EMIT draftsChanged(); });
    m_sync = std::make_unique<SyncEngine>(*m_feed, *m_comments, m_api);
    // Server batches are written on a thread of their own: the window never waits on them.
    m_writer = std::make_unique<CacheWriter>(m_account->cache().path());
    m_sync->setWriter(m_writer.get());
    m_pruning = false;
    connect(m_sync.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Idle)
            pruneWhenDue();
    });
    m_sync->setNetworkEnabled(m_networkEnabled);
    if (const std::optional<User> me = m_account->user()) {
        m_outboxStore = std::make_unique<OutboxStore>(db);
        m_outbox = std::make_unique<Outbox>(*m_outboxStore, *m_feed, *m_comments, m_api, *me);
        // Connected before any view: a refresh must not undo a Join that is still waiting.
        connect(
            m_sync.get(), &SyncEngine::topicChanged, m_outbox.get(), &Outbox::reassertMembership);
        connect(
            m_sync.get(), &SyncEngine::topicsChanged, m_outbox.get(), &Outbox::reassertMemberships);
        connect(
            m_sync.get(), &SyncEngine::profileChanged, m_outbox.get(), &Outbox::reassertProfile);
        connect(
            m_outbox.get(), &Outbox::pendingCountChanged, this, &Community::pendingWritesChanged);
        connect(m_outbox.get(), &Outbox::signInRequired, this, &Community::signInRequired);
    }
    applyNetwork();
    // What was written before the app last closed goes now, if it can.
    if (m_outbox && m_networkEnabled)
        QTimer::singleShot(0, m_outbox.get(), &Outbox::sendWaitingNow);
    Q_EMIT switched();
    Q_EMIT pendingWritesChanged(m_outbox ? m_outbox->pendingCount() : 0);
    m_live->setEngine(m_sync.get());
    // A cache opened once the window is up (a sign-in, a repair) is checked if it needs it.
    checkHealth(false);
}

void Community::startHealthChecks()
{
    if (m_healthChecks)
        return;
    m_healthChecks = true;
    m_checkTimer.start();
    if (QObject *watcher = CacheHealthCheck::corruptionWatcher()) {
        connect(static_cast<CorruptionWatcher *>(watcher), &CorruptionWatcher::corruptionSeen, this,
            [this](int code, const QString &message) {
                qCWarning(lcCommunity).noquote()
                    << "SQLite met corruption (" << code << message << "); checking the cache.";
                if (m_sinceCorruptionCheck.isValid()
                    && m_sinceCorruptionCheck.elapsed()
                        < std::chrono::milliseconds(CorruptionCheckEvery).count()) {
                    return;
                }
                m_sinceCorruptionCheck.start();
                checkHealth(true);
            });
    }
    checkHealth(false);
}

bool Community::isCheckingHealth() const
{
    return m_healthCheck != nullptr;
}

void Community::setRepairGate(std::function<bool()> isGoodMoment)
{
    m_repairGate = std::move(isGoodMoment);
}

void Community::checkHealth(bool evenIfNotDue)
{
    if (!m_healthChecks || !isOpen() || m_healthCheck || !m_damage.isEmpty())
        return;
    CacheDatabase &cache = m_account->cache();
    if (!evenIfNotDue && !cache.needsHealthCheck())
        return;
    m_healthCheck = std::make_unique<CacheHealthCheck>(cache.path());
    connect(m_healthCheck.get(), &CacheHealthCheck::finished, this,
        [this](CacheHealthCheck::Verdict verdict, const QString &problem) {
            // Let go of it once its signal has returned.
            CacheHealthCheck *done = m_healthCheck.release();
            done->deleteLater();
            if (!isOpen() || done->path() != m_account->cache().path())
                return;
            switch (verdict) {
            case CacheHealthCheck::Verdict::Sound:
                m_account->cache().noteHealthy();
                Q_EMIT healthChecked(true);
                break;
            case CacheHealthCheck::Verdict::Damaged:
                m_damage = problem;
                Q_EMIT healthChecked(false);
                Q_EMIT cacheDamaged(problem);
                repairWhenGood();
                break;
            case CacheHealthCheck::Verdict::NotRun:
                break;
            }
        });
    m_healthCheck->start();
}

void Community::repairWhenGood()
{
    if (m_damage.isEmpty() || !isOpen())
        return;
    if (m_repairGate && !m_repairGate()) {
        QTimer::singleShot(RepairRetry, this, &Community::repairWhenGood);
        return;
    }
    const QString reason = std::exchange(m_damage, QString());
    // aboutToChangeCache() lets the parts go first (tearDown()).
    if (!m_account->rebuildCache(reason))
        m_error = m_account->errorString();
    if (m_account->cache().isOpen())
        build();
}

void Community::tearDown()
{
    // A check of the cache that goes: interrupted, its verdict no longer wanted.
    m_healthCheck.reset();
    if (!m_sync)
        return;
    Q_EMIT aboutToSwitch();
    m_outbox.reset();
    m_outboxStore.reset();
    m_live->setEngine(nullptr);
    m_sync.reset();
    m_writer.reset();
    m_drafts.reset();
    m_comments.reset();
    m_feed.reset();
}

void Community::setNetworkEnabled(bool enabled)
{
    if (m_networkEnabled == enabled)
        return;
    m_networkEnabled = enabled;
    if (m_sync)
        m_sync->setNetworkEnabled(enabled);
    applyNetwork();
    if (enabled && m_sync)
        m_live->setEngine(m_sync.get());
}

void Community::setWatched(bool watched)
{
    m_live->setWatched(watched);
}

void Community::pruneWhenDue()
{
    if (!m_writer || m_pruning
        || (m_lastPruned.isValid() && m_lastPruned.elapsed() < PruneIntervalMs))
        return;
    CachePruner::Policy policy;
    policy.maxBytes = CachePruner::maxBytes(m_settings);
    if (const std::optional<User> me = m_account->user())
        policy.myUserId = me->id;
    // The words file is read here, on its own connection: the writer's has only the cache.
    if (m_outboxStore) {
        for (const OutboxEntry &entry : m_outboxStore->all())
            policy.hold(entry.target);
    }
    for (const QString &key : m_drafts->keys())
        policy.hold(key);
    m_pruning = true;
    m_lastPruned.start();
    m_writer->prune(policy, this, [this](const CachePruner::Report &report) {
        m_pruning = false;
        if (report.postsRemoved > 0 || report.failed) {
            qCInfo(lcCommunity) << "cache pruned:" << report.postsRemoved << "of"
                                << report.postsBefore << "posts," << report.bytesBefore << "->"
                                << report.bytesAfter << "bytes in use, in" << report.batches
                                << "batches" << (report.failed ? "(failed)" : "");
        }
    });
}

void Community::applyNetwork()
{
    const bool online = m_networkEnabled && m_connectivity->isOnline();
    if (m_sync)
        m_sync->setOnline(online);
    m_live->setOnline(online);
    if (m_outbox)
        m_outbox->setOnline(online);
}

} // namespace Hearth
