#pragma once

namespace Hearth {

// Whether a cached post or comment matches the server, or carries a write of the person's
// that the outbox has not delivered yet (Pending) or that the server refused (Failed).
// A Failed item stays visible with its error until the person retries, edits or discards.
// Stored as its number: new states go at the end. It lives in api/, below every layer, because
// the cache stores it, the outbox sets it, and the models and views show it; ui/ may not
// include cache/.
enum class LocalState { Synced, Pending, Failed };

} // namespace Hearth
