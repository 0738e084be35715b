#include "LiveUpdates.h"

#include "SyncEngine.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcLive, "hearth.sync.live")

namespace Hearth {

LiveUpdates::LiveUpdates(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::next);
}

void LiveUpdates::setEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_timer.stop();
    m_failures = 0;
    if (!m_engine)
        return;
    connect(m_engine, &SyncEngine::pullFinished, this, &LiveUpdates::pullFinished);
    next();
}

void LiveUpdates::setWatched(bool watched)
{
    if (watched == m_watched)
        return;
    m_watched = watched;
    qCDebug(lcLive) << (watched ? "watched: held requests" : "hidden: a pull now and then");
    // Seen again: what happened meanwhile shows at once. (Hidden, a held request still out
    // is left to end; the pace after it is the hidden one.)
    if (watched && m_online && m_engine && !m_engine->isPulling()) {
        m_timer.stop();
        next();
    }
}

void LiveUpdates::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!m_engine)
        return;
    if (online) {
        // Back: now, not at the end of a pause meant for a server that was not there.
        m_failures = 0;
        if (!m_engine->isPulling()) {
            m_timer.stop();
            next();
        }
        return;
    }
    // The held request went out on a connection that is likely gone: given up, and tried
    // again at the pace for an unreachable server (offline, as a plain pull: the probe).
    if (m_engine->isWaiting()) {
        m_engine->cancelWait();
        schedule(retryDelay(++m_failures));
    } else if (!m_engine->isPulling() && !m_timer.isActive()) {
        schedule(retryDelay(++m_failures));
    }
}

std::chrono::milliseconds LiveUpdates::retryDelay(int failures)
{
    const double base = std::min(1000.0 * std::pow(2.0, std::max(0, failures - 1)), 60'000.0);
    const double spread = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(base * spread));
}

std::chrono::milliseconds LiveUpdates::jitter()
{
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(1001));
}

void LiveUpdates::next()
{
    if (!m_engine || !m_engine->isNetworkEnabled() || m_engine->isPulling())
        return; // a pull under way says when it ends
    if (m_watched && m_online)
        m_engine->waitForChanges(m_wait);
    else
        m_engine->pullChanges();
}

void LiveUpdates::pullFinished(const std::optional<ApiError> &error)
{
    if (!error) {
        m_failures = 0;
        schedule(m_watched && m_online ? jitter() : m_hiddenInterval);
        return;
    }
    // A sequence from another life of the server was forgotten: start again at once.
    if (error->code() == ApiError::Code::BadRequest && error->field() == u"since") {
        schedule(jitter());
        return;
    }
    // Unreachable, refused for load (429, 5xx) or not written: later, and later still.
    ++m_failures;
    const std::chrono::milliseconds delay = retryDelay(m_failures);
    qCDebug(lcLive) << "pull failed (" << error->message() << "); next try in" << delay.count()
                    << "ms";
    schedule(delay);
}

void LiveUpdates::schedule(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

} // namespace Hearth
