// Every colour pair Hearth paints, in its light and its dark palette: words on their
// backgrounds, icons' ink on what they sit on, and the lines that show where a control is
// (a field's border, the focus ring, a scrollbar's handle, a check box's edge) against
// what is around them, each at 4.5:1 or more. The colours come from Colors, where the
// window takes them.

#include "ui/care/CrisisNotice.h"
#include "ui/look/Appearance.h"
#include "ui/look/Colors.h"

#include <QApplication>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPairHoldsTheContrast_data();
    void everyPairHoldsTheContrast();
    void reachingStopsAtTheFirstColourThatIsEnough();
    void handlesAreDarkerOnLightAndLighterOnDark();
    void crisisNoticeTakesItsColourFromColors();
};

void TestColors::everyPairHoldsTheContrast_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");

    const std::pair<const char *, QPalette> palettes[]
        = {{"light", Appearance::lightPalette()}, {"dark", Appearance::darkPalette()}};
    for (const auto &[name, p] : palettes) {
        const auto pair
            = [name = name](const QByteArray &what, const QColor &fg, const QColor &bg) {
                  QTest::addRow("%s: %s", name, what.constData()) << fg << bg;
              };
        const QColor window = p.color(QPalette::Window);
        const QColor base = p.color(QPalette::Base);
        const QColor text = p.color(QPalette::Text);
        const QColor ink = Colors::iconInk(p, QIcon::Normal);

        // Cards: plain, selected, hovered, both; their words, quiet words, links, and the
        // React pill (mine or not, hovered or not) with its words and outline.
        for (const bool selected : {false, true}) {
            for (const bool hovered : {false, true}) {
                const QColor card = Colors::cardBackground(p, selected, hovered);
                const QByteArray state = QByteArray(selected ? "selected " : "")
                    + (hovered ? "hovered " : "") + "card";
                pair(state + " text", text, card);
                pair(state + " secondary text", Colors::secondaryText(p), card);
                pair(state + " link", Colors::link(p), card);
                for (const bool mine : {false, true}) {
                    for (const bool reactHovered : {false, true}) {
                        const QColor fill = Colors::reactFill(p, card, mine, reactHovered);
                        const QByteArray react = state + (mine ? " my" : "")
                            + (reactHovered ? " hovered" : "") + " React";
                        // Quiet (words and outline) until it is mine or under the pointer.
                        pair(react + " words",
                            mine || reactHovered ? text : Colors::secondaryText(p), fill);
                    }
                }
            }
        }
        pair("media placeholder's words", Colors::secondaryText(p), Colors::mediaPlaceholder(p));
        pair("crisis notice's words", p.color(QPalette::WindowText), Colors::crisisNotice(p));
        pair("crisis notice's links", Colors::link(p), Colors::crisisNotice(p));

        // Fields: words, placeholder, border (on the field and on the window), focus ring.
        pair("field text", text, Colors::fieldBackground(p));
        pair("field placeholder", p.color(QPalette::PlaceholderText), Colors::fieldBackground(p));
        pair("field border on the field", Colors::fieldBorder(p), Colors::fieldBackground(p));
        pair("field border on the window", Colors::fieldBorder(p), window);
        pair("focus ring on the field", Colors::focusRing(p), base);
        pair("focus ring on the window", Colors::focusRing(p), window);

        // Radio buttons and check boxes: their edge on the window, the checked fill on the
        // window, the mark on the fill.
        pair("indicator edge", Colors::fieldBorder(p), window);
        pair("checked indicator", Colors::accent(p), window);
        pair("checked indicator's mark", Colors::onAccent(p), Colors::accent(p));

        // Buttons: words and icons on every fill, the border on the window and the base.
        for (const bool hovered : {false, true}) {
            for (const bool pressed : {false, true}) {
                const QByteArray state = QByteArray(hovered ? "hovered " : "")
                    + (pressed ? "pressed " : "") + "button";
                const QColor fill = Colors::buttonFill(p, hovered, pressed);
                pair(state + " words", p.color(QPalette::ButtonText), fill);
                pair(state + " icon", ink, fill);
                const QColor accentFill = Colors::defaultButtonFill(p, hovered, pressed);
                pair(QByteArray("default ") + state + " words", Colors::defaultButtonText(p),
                    accentFill);
            }
        }
        pair("button border on the window", Colors::buttonBorder(p), window);
        pair("button border on the base", Colors::buttonBorder(p), base);
        for (const bool pressed : {false, true}) {
            const QColor flat = Colors::flatButtonFill(p, pressed);
            pair(pressed ? "pressed flat button words" : "hovered flat button words",
                p.color(QPalette::ButtonText), flat);
            pair(pressed ? "pressed flat button icon" : "hovered flat button icon", ink, flat);
        }

        // Icons where they sit: the window (toolbars), fields and cards, a selected menu
        // item, and disabled (quieter, at 3:1, as disabled words are).
        pair("icon on the window", ink, window);
        pair("icon on the base", ink, base);
        pair("icon on a selected menu item", Colors::iconInk(p, QIcon::Selected),
            p.color(QPalette::Highlight));

        // Scrollbars: the handle on its track, at rest and under the pointer.
        pair("scrollbar handle", Colors::scrollHandle(p, false), Colors::scrollTrack(p));
        pair("hovered scrollbar handle", Colors::scrollHandle(p, true), Colors::scrollTrack(p));

        // Pills, segments, the new-posts pill.
        for (const bool selected : {false, true}) {
            pair(selected ? "selected pill" : "pill", Colors::pillText(p, selected),
                Colors::pillBackground(p, selected));
            pair(selected ? "selected segment" : "segment", Colors::segmentText(p, selected),
                Colors::segmentBackground(p, selected));
        }
        // Under the pointer or pressed, a reaction pill's words on its warmer fill, and a
        // segment's on its flat hover.
        for (const bool pressed : {false, true}) {
            pair(pressed ? "pressed pill" : "hovered pill", Colors::pillText(p, false),
                Colors::buttonFill(p, true, pressed));
            pair(pressed ? "pressed segment" : "hovered segment", Colors::segmentText(p, false),
                Colors::flatButtonFill(p, pressed));
        }
        // Their edges (the pill's, the segments' track's) and focus rings on what they sit on.
        pair("pill and track edge on the window", Colors::buttonBorder(p), window);
        pair("pill and track edge on the base", Colors::buttonBorder(p), base);
        pair("focus ring on a segment or pill", Colors::focusRing(p),
            Colors::segmentBackground(p, false));
        pair("new posts pill", Colors::newPostsText(p), Colors::newPostsBackground(p));
        // A drawn avatar's initials on each of its calm colours (the same in both palettes).
        const QList<QColor> avatars = Colors::avatarBackgrounds();
        for (qsizetype i = 0; i < avatars.size(); ++i) {
            pair("initials on avatar colour " + QByteArray::number(i), Colors::avatarText(),
                avatars.at(i));
        }
    }
}

void TestColors::everyPairHoldsTheContrast()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = Appearance::contrastRatio(foreground, background);
    QVERIFY2(ratio >= Colors::MinimumContrast,
        qPrintable(
            u"%1 on %2: %3:1"_s.arg(foreground.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

void TestColors::reachingStopsAtTheFirstColourThatIsEnough()
{
    const QColor white(Qt::white);
    const QColor found = Colors::reaching(white, Qt::black, {white});
    const double ratio = Appearance::contrastRatio(found, white);
    QVERIFY(ratio >= 4.5);
    // One step (of a hundredth of the way) lighter would not be enough.
    QVERIFY(Appearance::contrastRatio(Appearance::mix(white, Qt::black, 0.0), white) < 4.5);
    QVERIFY2(ratio < 5.0, qPrintable(QString::number(ratio)));
    // Already enough: kept as it is.
    QCOMPARE(Colors::reaching(Qt::black, Qt::white, {white}), QColor(Qt::black));
}

void TestColors::handlesAreDarkerOnLightAndLighterOnDark()
{
    // What the issue saw: a handle lighter than its track on the light palette.
    const QPalette light = Appearance::lightPalette();
    const QPalette dark = Appearance::darkPalette();
    QVERIFY(
        Colors::scrollHandle(light, false).lightness() < Colors::scrollTrack(light).lightness());
    QVERIFY(Colors::scrollHandle(dark, false).lightness() > Colors::scrollTrack(dark).lightness());
    QVERIFY(Colors::fieldBorder(light).lightness() < light.color(QPalette::Base).lightness());
    QVERIFY(Colors::fieldBorder(dark).lightness() > dark.color(QPalette::Base).lightness());
}

void TestColors::crisisNoticeTakesItsColourFromColors()
{
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()})
        QCOMPARE(CrisisNotice::background(palette), Colors::crisisNotice(palette));
}

QTEST_MAIN(TestColors)
#include "tst_colors.moc"
