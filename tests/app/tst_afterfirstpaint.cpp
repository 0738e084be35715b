// AfterFirstPaint runs its job once the window's first frame is painted, after whatever that
// frame's paints asked to do next (a probe timing the frame, say), never in the middle of it;
// and only once, however often the window paints again.

#include "AfterFirstPaint.h"

#include <QPaintEvent>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// A widget painted after the window's own background, which notes (as a first-paint probe
// does) what comes once its first paint is done.
class LastOfTheFrame : public QWidget
{
public:
    LastOfTheFrame(QStringList &log, QWidget *parent) : QWidget(parent), m_log(log)
    {
        setMinimumSize(40, 40);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (std::exchange(m_painted, true))
            return;
        m_log.append(u"painted"_s);
        QTimer::singleShot(0, this, [this] { m_log.append(u"after the frame"_s); });
    }

private:
    QStringList &m_log;
    bool m_painted = false;
};

} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheWholeFirstFrame();
};

void TestAfterFirstPaint::runsOnceAfterTheWholeFirstFrame()
{
    QStringList log;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new LastOfTheFrame(log, &window));
    int runs = 0;
    AfterFirstPaint::run([&] {
        log.append(u"job"_s);
        ++runs;
    });
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0); // nothing painted yet

    window.show();
    QTRY_COMPARE(runs, 1);
    QCOMPARE(log, (QStringList{u"painted"_s, u"after the frame"_s, u"job"_s}));

    window.repaint();
    window.resize(window.width() + 20, window.height() + 20);
    QTest::qWait(50);
    QCOMPARE(runs, 1);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
