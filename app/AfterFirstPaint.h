#pragma once

#include <QObject>

#include <functional>

namespace Hearth {

// Runs a job once, just after the first frame of the application is painted, so that
// work the person does not need to see the window (checking the cache whole, say) waits
// until the window is up (or, when nothing is painted, a little later). Deletes itself then.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    static void run(std::function<void()> job);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AfterFirstPaint(std::function<void()> job);
    void runOnce();

    std::function<void()> m_job;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace Hearth
