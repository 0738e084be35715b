#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Hearth {

class SyncEngine;

// Keeps the cache following the community by itself, so that the window shows what happens
// as it happens, without F5.
//
// While someone can see the window (watched) one /changes request is held open on the server
// (SyncEngine::waitForChanges()): it comes back the moment something changes, or when its
// wait is up, and is asked again after a short random pause, so that the clients one write
// woke do not all come back in the same instant. While the window is hidden or minimised, a
// plain pull every HiddenInterval instead: nobody is looking, and a held request for every
// hidden window would cost the server for nothing. Showing the window again pulls at once.
//
// When the community cannot be reached, the next try comes after a growing pause
// (retryDelay()); when the connection comes back (setOnline()), at once. There is never
// more than one request of its own out, and no timer that asks while one is.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    explicit LiveUpdates(QObject *parent = nullptr);

    // The engine of the cache shown, or null while there is none (it must outlive its use
    // here: set null before it goes). A new engine is followed at once.
    void setEngine(SyncEngine *engine);

    // Whether someone can see the window. Shown again, it catches up at once.
    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }
    // What the client knows of the connection: offline, a held request is given up (the
    // connection it went out on may be gone) and tries go on at the retry pace; back
    // online, the next try is made at once.
    void setOnline(bool online);

    // How long the server may hold a request (docs/api.md allows 1–30 s).
    void setWait(std::chrono::seconds wait) { m_wait = wait; }
    std::chrono::seconds wait() const { return m_wait; }
    void setHiddenInterval(std::chrono::milliseconds interval) { m_hiddenInterval = interval; }

    // The pause before the next try after n failures in a row: 1 s doubling up to 60 s,
    // ±20 % so that clients cut off together do not come back together.
    static std::chrono::milliseconds retryDelay(int failures);
    // The pause before asking again after an answer: 0–1 s.
    static std::chrono::milliseconds jitter();

    static constexpr std::chrono::seconds DefaultWait{25};
    static constexpr std::chrono::minutes DefaultHiddenInterval{5};

private:
    // Makes the next request: held while watched, a plain pull otherwise.
    void next();
    void pullFinished(const std::optional<ApiError> &error);
    void schedule(std::chrono::milliseconds delay);

    QPointer<SyncEngine> m_engine;
    QTimer m_timer;
    bool m_watched = true;
    bool m_online = true;
    int m_failures = 0;
    std::chrono::seconds m_wait = DefaultWait;
    std::chrono::milliseconds m_hiddenInterval = DefaultHiddenInterval;
};

} // namespace Hearth
