#include "AfterFirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <chrono>
#include <utility>

namespace Hearth {

void AfterFirstPaint::run(std::function<void()> job)
{
    new AfterFirstPaint(std::move(job));
}

AfterFirstPaint::AfterFirstPaint(std::function<void()> job)
    : QObject(QCoreApplication::instance()), m_job(std::move(job))
{
    QCoreApplication::instance()->installEventFilter(this);
    // A window that is never painted (started minimised, say) still gets the job done.
    QTimer::singleShot(std::chrono::seconds(30), this, [this] { runOnce(); });
}

void AfterFirstPaint::runOnce()
{
    if (std::exchange(m_done, true))
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    m_job();
    deleteLater();
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && !std::exchange(m_painted, true)) {
        // Once this paint (and the flush of the window that follows it) is done, and after
        // what the frame's other paints asked to do next: the window's first frame is
        // whole before the job's work begins (and a probe timing that frame does not time
        // the job too).
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, [this] { runOnce(); }); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Hearth
