#pragma once

#include "OutboxEntry.h"
#include "PendingWrite.h"

namespace Hearth {

// The outbox's row format: each kind of write as the JSON members its row has held since the
// first Hearth, so that rows written by any version load. The one place where a write is
// JSON and where its kind has a name; used by OutboxStore alone.
namespace OutboxCodec {

// The row for a write, envelope and all. An UnknownWrite has no row of its own to give:
// its kind, target and payload are left empty (OutboxStore keeps the stored ones).
OutboxEntry toRow(const QueuedWrite &write);
// The write a row holds. Members are read as they were written, without the wire's limits:
// a comment the community refused for its length must still come back to the person. A
// kind this Hearth does not know gives an UnknownWrite.
QueuedWrite fromRow(const OutboxEntry &row);

// The payload members that name a post or a comment another write may still be waiting for
// ("postId", and "commentId" and a reply's "parentId"), for OutboxStore::replaceLocalId.
QStringList referenceMembers(bool comment);
// The members that may hold a local id, for OutboxStore::lowestLocalId.
QStringList localIdMembers();

} // namespace OutboxCodec

} // namespace Hearth
