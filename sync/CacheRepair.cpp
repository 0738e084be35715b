#include "CacheRepair.h"

#include "Community.h"

namespace Hearth {

CacheRepair CacheRepair::of(const Community &community)
{
    const CacheDatabase::Recovery recovery = community.recovery();
    CacheRepair repair;
    repair.happened = recovery.happened;
    repair.cacheRebuilt = recovery.cacheRebuilt;
    repair.wordsRepaired = recovery.wordsRepaired;
    repair.wordsSetAside = !recovery.wordsMovedAsidePath.isEmpty();
    repair.salvagedOutboxRows = recovery.salvagedOutboxRows;
    repair.salvagedDrafts = recovery.salvagedDrafts;
    repair.wordsMayBeLost = recovery.wordsMayBeLost;
    return repair;
}

} // namespace Hearth
