// Hearth's icon set on the offscreen platform, where the desktop offers no icon theme: every
// name Hearth uses resolves to a drawable icon from its own fallback set, and Qt's stock
// pixmaps are not taken for Hearth's.

#include "ui/look/Icons.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNameInTheSetDraws_data();
    void everyNameInTheSetDraws();
    void stockPixmapsAreNotHearths();
};

void TestIcons::everyNameInTheSetDraws_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Icons::names();
    QVERIFY(names.contains(u"go-previous"_s));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::everyNameInTheSetDraws()
{
    QFETCH(QString, name);
    const QIcon icon = Icons::icon(name);
    QVERIFY(Icons::isHearthIcon(icon));
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    QVERIFY(!image.isNull());
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += qAlpha(image.pixel(x, y)) > 0;
    QVERIFY2(inked > 20, qPrintable(u"%1 draws %2 pixels"_s.arg(name).arg(inked)));
}

void TestIcons::stockPixmapsAreNotHearths()
{
    QVERIFY(!Icons::isHearthIcon(qApp->style()->standardIcon(QStyle::SP_DialogOkButton)));
    QVERIFY(!Icons::isHearthIcon(qApp->style()->standardIcon(QStyle::SP_DialogCancelButton)));
    QVERIFY(!Icons::isHearthIcon(QIcon()));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
