#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Hearth {

// One row of the outbox as it is stored: the write (its kind's name, what it is about, and
// its members as JSON), under which Idempotency-Key, and how the attempts went. Only
// OutboxStore (and its codec) reads kind, target and payload: the rest of Hearth sees the
// typed QueuedWrite. Rows stay rows for what must keep them whatever they hold: the salvage
// of a damaged file, and rows of a kind a newer Hearth wrote.
struct OutboxEntry
{
    // Failed: refused for good by the server; it waits for the person (retry, edit, discard).
    enum State { Pending, InFlight, Failed };

    qint64 id = 0; // given by the outbox; the order in which writes are sent
    QString kind; // what to do, by the codec's name for the kind
    QString target; // what it is about, "post:42": writes are replayed in order per target
    QJsonObject payload;
    QString idempotencyKey; // a fresh UUID when left empty; kept across every retry
    State state = Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: as soon as the server is reachable
    QString lastError;
    QDateTime createdAt; // now when left invalid

    bool operator==(const OutboxEntry &) const = default;
};

} // namespace Hearth
