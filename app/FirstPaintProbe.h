#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QWidget;

namespace Hearth {

// For --exit-after-first-paint: waits for the first paint of the widget it watches that
// shows what counts, prints the milliseconds since the process started to stderr ("first
// paint after N ms") with a line saying what was painted, and quits. The figure is what a
// benchmark of startup compares. It never waits longer than Limit: with nothing worth
// counting by then (an empty feed, an unreachable server) it says so and quits with
// status 3. main() tells it which widget the person will actually see, and tells it again
// when the pages are built anew.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    // How long the probe waits, from the process's start.
    static constexpr std::chrono::milliseconds Limit{10'000};

    // counts: whether a paint now is the one to measure; describe: what is shown, for the
    // line after the figure (and for the line that says nothing was).
    FirstPaintProbe(
        std::function<bool()> counts, std::function<QString()> describe, QObject *parent = nullptr);

    // Watches target's paints from now on, instead of the widget watched before (null:
    // none, while the page the person will see is not there yet).
    void watch(QWidget *target);

    // Milliseconds since this process started, from the kernel's own record of it.
    static qint64 millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(const QString &lines, int exitCode);

    std::function<bool()> m_counts;
    std::function<QString()> m_describe;
    QPointer<QWidget> m_watched;
    QTimer m_limit;
    bool m_done = false;
};

} // namespace Hearth
