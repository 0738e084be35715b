#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Hearth {

// For --exit-after-first-paint: waits for the first paint of a widget that shows at least
// one row, prints the milliseconds since the process started to stderr, and quits. The
// figure is what a benchmark of startup compares.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    // rowsShown tells whether there is something worth counting as the first paint.
    FirstPaintProbe(QWidget *target, std::function<bool()> rowsShown, QObject *parent = nullptr);

    // Milliseconds since this process started, from the kernel's own record of it.
    static qint64 millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_rowsShown;
    bool m_done = false;
};

} // namespace Hearth
