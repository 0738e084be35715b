#pragma once

#include <QObject>

#include <functional>

namespace Hearth {

class Community;
class Outbox;

// Writes need an account. run() gives a write the outbox at once when the person is signed
// in; otherwise it asks for a sign-in (signInNeeded) and keeps the write until the window
// says the account is there (runWaiting), or forgets it when the person declines.
class AccountGate : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<void(Outbox &)>;

    // community must outlive the gate.
    explicit AccountGate(Community &community, QObject *parent = nullptr);

    void run(Write write);
    // After a sign-in: the write that waited for it, if any, goes now.
    void runWaiting();
    // The person declined to sign in, or signed out: the waiting write is dropped.
    void forget();

Q_SIGNALS:
    void signInNeeded();

private:
    Community &m_community;
    Write m_waiting;
};

} // namespace Hearth
