// hearth-bench-bare-window: the baseline for the client's first paint. A plain QWidget of
// the client's window size is shown and quits at its first paint, printing "first paint
// after N ms" (milliseconds since the process started) the way `hearth
// --exit-after-first-paint` does, with the same probe. What a bare Qt window costs on a
// machine, the client costs too: the difference between the two is Hearth's own.

#include "FirstPaintProbe.h"
#include "ui/window/DefaultGeometry.h"

#include <QApplication>
#include <QScreen>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    // Where MainWindow opens: the same pixels to fill.
    window.setGeometry(Hearth::defaultWindowGeometry(window.screen()->availableGeometry()));
    Hearth::FirstPaintProbe probe(
        [] { return true; }, [] { return QStringLiteral("a bare window"); });
    probe.watch(&window);
    window.show();
    return app.exec();
}
