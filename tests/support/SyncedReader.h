#pragma once

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "net/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QTest>

namespace Hearth::Testing {

// A reader as the client has one: a cache file of its own, the feed and comment caches on
// it, and a sync engine pulling from server into them (the suites that use it link
// hearth_sync). Header-only, so that hearth_testsupport itself needs none of the client.
struct SyncedReader
{
    explicit SyncedReader(const QUrl &server) : api(server), engine(feed, comments, api)
    {
        if (!opened)
            qFatal("cannot open the cache");
        api.setTransferTimeout(std::chrono::seconds(5));
    }

    // Until the engine has nothing under way.
    bool settle()
    {
        QTest::qWait(20);
        return QTest::qWaitFor(
            [this] { return engine.state() != SyncEngine::State::Syncing; }, 15'000);
    }

    QTemporaryDir data;
    CacheDatabase database;
    bool opened = database.open(data.filePath(QStringLiteral("cache.sqlite"))); // first
    FeedCache feed{database.connection()};
    CommentCache comments{database.connection()};
    ApiClient api;
    SyncEngine engine;
};

} // namespace Hearth::Testing
