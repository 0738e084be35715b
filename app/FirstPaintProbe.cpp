#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hearth {

FirstPaintProbe::FirstPaintProbe(
    std::function<bool()> counts, std::function<QString()> describe, QObject *parent)
    : QObject(parent), m_counts(std::move(counts)), m_describe(std::move(describe))
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        finish(u"no first paint within %1 ms\nmeasured: nothing; shown: %2\n"_s
                   .arg(millisecondsSinceProcessStart())
                   .arg(m_describe()),
            3);
    });
    const qint64 elapsed = std::max<qint64>(0, millisecondsSinceProcessStart());
    m_limit.start(std::chrono::milliseconds(std::max<qint64>(0, Limit.count() - elapsed)));
}

void FirstPaintProbe::watch(QWidget *target)
{
    if (target == m_watched)
        return;
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = target;
    if (target)
        target->installEventFilter(this);
}

qint64 FirstPaintProbe::millisecondsSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot; the
    // boot-time clock gives now on the same scale.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSeconds - startSeconds) * 1000.0);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched == m_watched && m_counts()) {
        m_done = true;
        m_limit.stop();
        // After this paint has run: the measure covers the card being drawn.
        QTimer::singleShot(0, this, [this] {
            finish(u"first paint after %1 ms\nmeasured: the first paint of %2\n"_s
                       .arg(millisecondsSinceProcessStart())
                       .arg(m_describe()),
                0);
        });
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::finish(const QString &lines, int exitCode)
{
    m_done = true;
    m_limit.stop();
    std::fputs(lines.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QCoreApplication::exit(exitCode);
}

} // namespace Hearth
