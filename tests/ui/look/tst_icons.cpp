// Hearth's icon set on the offscreen platform, where the desktop offers no icon theme: every
// name Hearth uses resolves to a drawable icon from its own fallback set, and Qt's stock
// pixmaps are not taken for Hearth's. With a desktop theme (none, hicolor, Adwaita) every
// icon reads on the window of the light and the dark palette, and follows a change of it.

#include "ui/look/Appearance.h"
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
    void iconsReadOnTheWindowInBothPalettes_data();
    void iconsReadOnTheWindowInBothPalettes();
};

namespace {

// The mean colour of an image's inked pixels, each weighed by its alpha.
QColor inkOf(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    double red = 0, green = 0, blue = 0, weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const double alpha = qAlpha(pixel) / 255.0;
            red += qRed(pixel) * alpha;
            green += qGreen(pixel) * alpha;
            blue += qBlue(pixel) * alpha;
            weight += alpha;
        }
    }
    return weight > 0 ? QColor(int(red / weight), int(green / weight), int(blue / weight))
                      : QColor();
}

} // namespace

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

void TestIcons::iconsReadOnTheWindowInBothPalettes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    // No theme (offscreen), hicolor (a bare X server), Adwaita (GNOME: legacy icons for a
    // light window for most names, none at all for some).
    for (const QString &theme : {QString(), u"hicolor"_s, u"Adwaita"_s}) {
        for (const QString &name : {u"go-previous"_s, u"zoom-in"_s, u"view-more-horizontal"_s}) {
            for (const bool dark : {false, true}) {
                QTest::addRow("%s %s %s", theme.isEmpty() ? "none" : qPrintable(theme),
                    qPrintable(name), dark ? "dark" : "light")
                    << theme << name << dark;
            }
        }
    }
}

void TestIcons::iconsReadOnTheWindowInBothPalettes()
{
    QFETCH(QString, theme);
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QIcon::setThemeName(theme);
    QApplication::setPalette(dark ? Appearance::darkPalette() : Appearance::lightPalette());
    const QIcon icon = Icons::icon(name);
    QVERIFY(Icons::isHearthIcon(icon));
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor ink = inkOf(icon.pixmap(QSize(24, 24)).toImage());
    QVERIFY2(ink.isValid(), "nothing drawn");
    const double ratio = Appearance::contrastRatio(ink, window);
    QVERIFY2(ratio >= 4.5,
        qPrintable(u"%1 on %2: %3:1"_s.arg(ink.name(), window.name()).arg(ratio, 0, 'f', 2)));
    // The same icon follows the palette when the scheme changes.
    QApplication::setPalette(dark ? Appearance::lightPalette() : Appearance::darkPalette());
    const QColor other = QApplication::palette().color(QPalette::Window);
    const QColor inkAfter = inkOf(icon.pixmap(QSize(24, 24)).toImage());
    QVERIFY2(Appearance::contrastRatio(inkAfter, other) >= 4.5, qPrintable(inkAfter.name()));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
