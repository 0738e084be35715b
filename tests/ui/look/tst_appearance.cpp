// Hearth's light and dark palettes on the offscreen platform: every text the window paints
// reads against its background (WCAG AA, 4.5:1), the contrast formula itself gives the
// published figures, the option's words are understood, and "system" follows the platform's
// colours as they change, without feeding on its own changes.

#include "ui/care/CrisisNotice.h"
#include "ui/look/Appearance.h"
#include "ui/look/Colors.h"
#include "ui/look/HearthStyle.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// The palette the platform gives when the application sets none.
void resetApplicationPalette()
{
    QPalette unset;
    unset.setResolveMask(0);
    QApplication::setPalette(unset);
}

// Counts the application's palette changes.
class PaletteChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp)
            ++count;
        return false;
    }
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void contrastRatioGivesThePublishedFigures();
    void textReadsOnItsBackground_data();
    void textReadsOnItsBackground();
    void disabledTextIsQuieterButLegible_data();
    void disabledTextIsQuieterButLegible();
    void everyRoleIsSetInEveryGroup();
    void darkIsDarkAndLightIsLight();
    void parsesTheOptionsWords();
    void unknownWordsWarnAndFollowTheSystem();
    void appliesHearthsStyleAndTheChosenPalette();
    void systemFollowsThePlatformWithoutLooping();
    void aChosenSchemeStopsFollowing();
};

void TestAppearance::init()
{
    resetApplicationPalette();
}

void TestAppearance::contrastRatioGivesThePublishedFigures()
{
    QCOMPARE(Appearance::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Appearance::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(Appearance::contrastRatio(QColor(0x336699), QColor(0x336699)), 1.0);
    // The lightest grey that passes AA on white, and the one that gives 7:1 (AAA).
    QVERIFY(qAbs(Appearance::contrastRatio(QColor(0x767676), Qt::white) - 4.54) < 0.01);
    QVERIFY(qAbs(Appearance::contrastRatio(QColor(0x595959), Qt::white) - 7.0) < 0.01);
    // Green looks far brighter than blue at the same strength.
    QVERIFY(Appearance::relativeLuminance(Qt::green) > 0.7);
    QVERIFY(Appearance::relativeLuminance(Qt::blue) < 0.08);
}

void TestAppearance::textReadsOnItsBackground_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");

    struct Pair
    {
        const char *name;
        QPalette::ColorRole foreground;
        QPalette::ColorRole background;
    };
    // Every pair the window paints. Cards are Base (AlternateBase when selected) with the
    // title and body in Text, the headline and counts in PlaceholderText, hashtags in Link.
    const Pair pairs[] = {
        {"Text on Base", QPalette::Text, QPalette::Base},
        {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
        {"WindowText on Window", QPalette::WindowText, QPalette::Window},
        {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
        {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
        {"PlaceholderText on Base", QPalette::PlaceholderText, QPalette::Base},
        {"PlaceholderText on AlternateBase", QPalette::PlaceholderText, QPalette::AlternateBase},
        {"Link on Base", QPalette::Link, QPalette::Base},
        {"Link on AlternateBase", QPalette::Link, QPalette::AlternateBase},
        {"LinkVisited on Base", QPalette::LinkVisited, QPalette::Base},
        {"BrightText on Dark", QPalette::BrightText, QPalette::Dark},
        {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    const std::pair<const char *, QPalette> palettes[]
        = {{"light", Appearance::lightPalette()}, {"dark", Appearance::darkPalette()}};
    for (const auto &[paletteName, palette] : palettes) {
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const Pair &pair : pairs) {
                QTest::addRow("%s %s %s", paletteName,
                    group == QPalette::Active ? "active" : "inactive", pair.name)
                    << palette << palette.color(group, pair.foreground)
                    << palette.color(group, pair.background);
            }
        }
        // The card under the mouse (PostCardDelegate, through Colors).
        const QColor hovered = Colors::cardBackground(palette, false, true);
        QTest::addRow("%s hovered card Text", paletteName)
            << palette << palette.color(QPalette::Text) << hovered;
        QTest::addRow("%s hovered card PlaceholderText", paletteName)
            << palette << palette.color(QPalette::PlaceholderText) << hovered;
        QTest::addRow("%s hovered card Link", paletteName)
            << palette << palette.color(QPalette::Link) << hovered;
        // The crisis notice's panel: its words and its links.
        const QColor notice = CrisisNotice::background(palette);
        QTest::addRow("%s crisis notice WindowText", paletteName)
            << palette << palette.color(QPalette::WindowText) << notice;
        QTest::addRow("%s crisis notice Link", paletteName)
            << palette << palette.color(QPalette::Link) << notice;
    }
}

void TestAppearance::textReadsOnItsBackground()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = Appearance::contrastRatio(foreground, background);
    QVERIFY2(ratio >= 4.5,
        qPrintable(
            u"%1 on %2: %3:1"_s.arg(foreground.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

void TestAppearance::disabledTextIsQuieterButLegible_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Appearance::lightPalette();
    QTest::newRow("dark") << Appearance::darkPalette();
}

void TestAppearance::disabledTextIsQuieterButLegible()
{
    // A disabled button ("Create a post" today) reads as unavailable, yet can be read.
    QFETCH(QPalette, palette);
    for (const auto &[text, background] : {std::pair{QPalette::ButtonText, QPalette::Button},
             std::pair{QPalette::WindowText, QPalette::Window},
             std::pair{QPalette::Text, QPalette::Base}}) {
        const double disabled = Appearance::contrastRatio(
            palette.color(QPalette::Disabled, text), palette.color(QPalette::Disabled, background));
        const double active = Appearance::contrastRatio(
            palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
        QVERIFY2(disabled >= 3.0, qPrintable(u"role %1: %2:1"_s.arg(int(text)).arg(disabled)));
        QVERIFY(disabled < active);
    }
}

void TestAppearance::everyRoleIsSetInEveryGroup()
{
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                if (role == QPalette::NoRole)
                    continue;
                QVERIFY2(palette.isBrushSet(group, QPalette::ColorRole(role)),
                    qPrintable(u"group %1 role %2"_s.arg(int(group)).arg(role)));
            }
        }
    }
}

void TestAppearance::darkIsDarkAndLightIsLight()
{
    const QPalette dark = Appearance::darkPalette();
    const QPalette light = Appearance::lightPalette();
    QVERIFY(dark.color(QPalette::Window).lightness() < 80);
    QVERIFY(dark.color(QPalette::Base).lightness() < 80);
    QVERIFY(light.color(QPalette::Window).lightness() > 200);
    QVERIFY(light.color(QPalette::Base).lightness() > 200);
    QVERIFY(Appearance::isDark(dark));
    QVERIFY(!Appearance::isDark(light));
    // Warm, not clinical: neither background is a pure grey, and red leads blue in both.
    for (const QColor window : {dark.color(QPalette::Window), light.color(QPalette::Window)}) {
        QVERIFY(window.red() > window.blue());
        QVERIFY(window != QColor(Qt::white));
    }
}

void TestAppearance::parsesTheOptionsWords()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QCOMPARE(Appearance::parseColorScheme(u"system"), Appearance::ColorScheme::System);
    QCOMPARE(Appearance::parseColorScheme(u"light"), Appearance::ColorScheme::Light);
    QCOMPARE(Appearance::parseColorScheme(u"dark"), Appearance::ColorScheme::Dark);
    QCOMPARE(Appearance::parseColorScheme(u"Dark"), Appearance::ColorScheme::Dark);
    QCOMPARE(Appearance::parseColorScheme(u" LIGHT "), Appearance::ColorScheme::Light);
}

void TestAppearance::unknownWordsWarnAndFollowTheSystem()
{
    QTest::ignoreMessage(QtWarningMsg,
        "Unknown color scheme \"purple\" (use system, light or dark): following the system.");
    QCOMPARE(Appearance::parseColorScheme(u"purple"), Appearance::ColorScheme::System);
    QTest::ignoreMessage(QtWarningMsg,
        "Unknown color scheme \"\" (use system, light or dark): following the system.");
    QCOMPARE(Appearance::parseColorScheme(u""), Appearance::ColorScheme::System);
}

void TestAppearance::appliesHearthsStyleAndTheChosenPalette()
{
    Appearance appearance(*qApp);

    appearance.apply(Appearance::ColorScheme::Dark);
    const auto *style = qobject_cast<HearthStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name(), u"fusion"_s);
    QCOMPARE(appearance.scheme(), Appearance::ColorScheme::Dark);
    QCOMPARE(appearance.shownScheme(), Appearance::ColorScheme::Dark);
    QCOMPARE(QApplication::palette(), Appearance::darkPalette());
    // The window's widgets, made after, take it.
    const QLabel label(u"Some words"_s);
    QCOMPARE(label.palette().color(QPalette::WindowText),
        Appearance::darkPalette().color(QPalette::WindowText));

    appearance.apply(Appearance::ColorScheme::Light);
    QCOMPARE(appearance.shownScheme(), Appearance::ColorScheme::Light);
    QCOMPARE(QApplication::palette(), Appearance::lightPalette());
    const QLabel another(u"Other words"_s);
    QCOMPARE(another.palette().color(QPalette::Window),
        Appearance::lightPalette().color(QPalette::Window));
}

void TestAppearance::systemFollowsThePlatformWithoutLooping()
{
    QLabel label(u"Some words"_s);
    label.show();
    // The offscreen platform's palette is a light one.
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    Appearance appearance(*qApp);
    appearance.apply(Appearance::ColorScheme::System);
    QCOMPARE(appearance.shownScheme(), Appearance::ColorScheme::Light);
    QCOMPARE(QApplication::palette(), Appearance::lightPalette());

    PaletteChangeCounter counter;
    qApp->installEventFilter(&counter);

    // A platform plug-in sets a dark palette on the application: Hearth's dark one follows.
    QApplication::setPalette(QPalette(QColor(0x303036)));
    QTRY_COMPARE(appearance.shownScheme(), Appearance::ColorScheme::Dark);
    QCOMPARE(QApplication::palette(), Appearance::darkPalette());
    // Its own change is not taken for the platform's: nothing more happens.
    const int settled = counter.count;
    QCOMPARE(settled, 2);
    QTest::qWait(50);
    QCOMPARE(counter.count, settled);

    // The desktop's theme changes (one event per window): the platform's palette is read
    // again, which on this platform is light.
    QEvent themeChange(QEvent::ThemeChange);
    QApplication::sendEvent(&label, &themeChange);
    QApplication::sendEvent(label.windowHandle(), &themeChange);
    QTRY_COMPARE(appearance.shownScheme(), Appearance::ColorScheme::Light);
    QCOMPARE(QApplication::palette(), Appearance::lightPalette());
    const int afterTheme = counter.count;
    QTest::qWait(50);
    QCOMPARE(counter.count, afterTheme);
}

void TestAppearance::aChosenSchemeStopsFollowing()
{
    QLabel label(u"Some words"_s);
    label.show();
    Appearance appearance(*qApp);
    appearance.apply(Appearance::ColorScheme::System);
    appearance.apply(Appearance::ColorScheme::Dark);
    QEvent themeChange(QEvent::ThemeChange);
    QApplication::sendEvent(&label, &themeChange);
    QTest::qWait(20);
    QCOMPARE(appearance.shownScheme(), Appearance::ColorScheme::Dark);
    QCOMPARE(QApplication::palette(), Appearance::darkPalette());
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
