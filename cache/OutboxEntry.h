#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Hearth {

// One write of the person's waiting in the outbox: what to send, about what, under which
// Idempotency-Key, and how the attempts went. The sync layer owns the logic; OutboxStore
// keeps the rows.
struct OutboxEntry
{
    // Failed: refused for good by the server; it waits for the person (retry, edit, discard).
    enum State { Pending, InFlight, Failed };

    qint64 id = 0; // given by the outbox; the order in which writes are sent
    QString kind; // what to do: "createPost", "react", "createComment", ...
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
