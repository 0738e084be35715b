#include "Navigation.h"

namespace Hearth {

Navigation::Navigation(QObject *parent) : QObject(parent) { }

void Navigation::go(const Location &location)
{
    if (!m_history.isEmpty() && current().isSamePage(location)) {
        m_history[m_index] = location;
        Q_EMIT currentChanged(location);
        return;
    }
    m_history.resize(m_index + 1);
    m_history.append(location);
    if (m_history.size() > MaximumDepth)
        m_history.removeFirst();
    m_index = m_history.size() - 1;
    Q_EMIT historyChanged();
    Q_EMIT currentChanged(location);
}

void Navigation::back()
{
    if (!canGoBack())
        return;
    --m_index;
    Q_EMIT historyChanged();
    Q_EMIT currentChanged(current());
}

void Navigation::forward()
{
    if (!canGoForward())
        return;
    ++m_index;
    Q_EMIT historyChanged();
    Q_EMIT currentChanged(current());
}

void Navigation::updateCurrent(const Location &location)
{
    if (m_history.isEmpty())
        return;
    m_history[m_index] = location;
}

} // namespace Hearth
