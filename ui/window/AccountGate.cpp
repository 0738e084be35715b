#include "AccountGate.h"

#include "sync/Community.h"

#include <utility>

namespace Hearth {

AccountGate::AccountGate(Community &community, QObject *parent)
    : QObject(parent), m_community(community)
{ }

void AccountGate::run(Write write)
{
    if (Outbox *outbox = m_community.outbox()) {
        write(*outbox);
        return;
    }
    m_waiting = std::move(write);
    Q_EMIT signInNeeded();
}

void AccountGate::runWaiting()
{
    if (m_waiting && m_community.outbox())
        std::exchange(m_waiting, nullptr)(*m_community.outbox());
}

void AccountGate::forget()
{
    m_waiting = nullptr;
}

} // namespace Hearth
