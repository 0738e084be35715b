#pragma once

namespace Hearth {

class Community;

// What opening the community's cache repaired, as the window tells the person (a
// RecoveryNotice): the facts of CacheDatabase::Recovery that a view needs, with no paths
// and no SQLite reports (those are logged), so that the views need not know the cache.
struct CacheRepair
{
    bool happened = false; // the cache was rebuilt or the words file repaired
    bool cacheRebuilt = false; // set aside and started afresh; posts come back from the server
    bool wordsRepaired = false; // the file of unsent changes and drafts made anew
    bool wordsSetAside = false; // its damaged copy was kept beside it
    int salvagedOutboxRows = 0; // unsent changes read back
    int salvagedDrafts = 0;
    bool wordsMayBeLost = false; // some unsent change or draft may not have been recovered

    // What opening the current cache of community repaired.
    static CacheRepair of(const Community &community);
};

} // namespace Hearth
