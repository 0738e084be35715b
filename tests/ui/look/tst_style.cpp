// Hearth's style as a person sees it, from the pixels it paints on the offscreen platform in
// the light and the dark palette: a scrollbar's handle stands out from its track (darker on
// light, lighter on dark) and has no arrow buttons; a text field's border stands out from
// the field and the window, and focus draws a ring in the accent; a radio button's circle
// and a check box's square stand out from the window, checked ones too. Each by 4.5:1.

#include "ui/look/Appearance.h"
#include "ui/look/Colors.h"
#include "ui/look/HearthStyle.h"
#include "ui/look/Icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

double ratio(const QColor &a, const QColor &b)
{
    return Appearance::contrastRatio(a, b);
}

QString describe(const QColor &a, const QColor &b)
{
    return u"%1 on %2: %3:1"_s.arg(a.name(), b.name()).arg(ratio(a, b), 0, 'f', 2);
}

// A widget alone in a window of the palette's Window colour, laid out and grabbed.
struct Stage
{
    QWidget window;
    explicit Stage(QWidget *child, QSize size)
    {
        window.setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->addWidget(child);
        child->setFixedSize(size);
        window.show();
    }
};

} // namespace

class TestStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrollBarHandleStandsOutFromItsTrack_data();
    void scrollBarHandleStandsOutFromItsTrack();
    void scrollBarHandleAnswersThePointer();
    void fieldBorderAndFocusRingAreSeen_data();
    void fieldBorderAndFocusRingAreSeen();
    void radioButtonsAndCheckBoxesAreSeen_data();
    void radioButtonsAndCheckBoxesAreSeen();
    void dialogButtonsCarryNoStockIcons();
    void stockIconsQtAsksForAreHearths();
    void aMenuButtonsArrowHasItsOwnRoom();

private:
    std::unique_ptr<Appearance> m_appearance;
};

void TestStyle::initTestCase()
{
    m_appearance = std::make_unique<Appearance>(*qApp);
    m_appearance->apply(Appearance::ColorScheme::Light);
    QVERIFY(qobject_cast<HearthStyle *>(QApplication::style()));
}

static void addSchemes()
{
    QTest::addColumn<Appearance::ColorScheme>("scheme");
    QTest::newRow("light") << Appearance::ColorScheme::Light;
    QTest::newRow("dark") << Appearance::ColorScheme::Dark;
}

void TestStyle::scrollBarHandleStandsOutFromItsTrack_data()
{
    addSchemes();
}

void TestStyle::scrollBarHandleStandsOutFromItsTrack()
{
    QFETCH(Appearance::ColorScheme, scheme);
    m_appearance->apply(scheme);
    auto *bar = new QScrollBar(Qt::Vertical);
    bar->setRange(0, 1000);
    bar->setPageStep(250);
    bar->setValue(0);
    Stage stage(bar, QSize(bar->sizeHint().width(), 300));
    QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
    const QImage image = bar->grab().toImage();
    const int x = image.width() / 2;

    // The handle's middle and the track far below it.
    const QColor handle = image.pixelColor(x, 30);
    const QColor track = image.pixelColor(x, image.height() - 10);
    QVERIFY2(ratio(handle, track) >= Colors::MinimumContrast, qPrintable(describe(handle, track)));
    if (scheme == Appearance::ColorScheme::Light)
        QVERIFY(handle.lightness() < track.lightness());
    else
        QVERIFY(handle.lightness() > track.lightness());
    // No arrow button above the handle: it begins within a few pixels of the top.
    int top = 0;
    while (top < image.height() && image.pixelColor(x, top) != handle)
        ++top;
    QVERIFY2(top <= 4, qPrintable(QString::number(top)));
    // Slim.
    QVERIFY(bar->sizeHint().width() <= 14);
}

void TestStyle::scrollBarHandleAnswersThePointer()
{
    m_appearance->apply(Appearance::ColorScheme::Dark);
    auto *bar = new QScrollBar(Qt::Vertical);
    bar->setRange(0, 1000);
    bar->setPageStep(250);
    Stage stage(bar, QSize(bar->sizeHint().width(), 300));
    QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
    const auto handleWidth = [bar] {
        const QImage image = bar->grab().toImage();
        const QColor track = image.pixelColor(image.width() / 2, image.height() - 10);
        int width = 0;
        for (int x = 0; x < image.width(); ++x)
            width += image.pixelColor(x, 30) != track;
        return std::pair{width, image.pixelColor(image.width() / 2, 30)};
    };
    // The pointer away, then over the handle, as the window system says so: the offscreen
    // platform's own pointer is wherever the last test left it.
    const QPointF away(-10, -10);
    bar->setAttribute(Qt::WA_UnderMouse, false);
    QHoverEvent leave(QEvent::HoverLeave, away, bar->mapToGlobal(away), away);
    QApplication::sendEvent(bar, &leave);
    const auto [restingWidth, resting] = handleWidth();
    bar->setAttribute(Qt::WA_UnderMouse, true);
    const QPointF over(bar->width() / 2.0, 30);
    QHoverEvent hover(QEvent::HoverMove, over, bar->mapToGlobal(over), away);
    QApplication::sendEvent(bar, &hover);
    const auto [hoveredWidth, hovered] = handleWidth();
    // Under the pointer the handle grows and strengthens.
    QVERIFY2(
        hoveredWidth > restingWidth, qPrintable(u"%1 -> %2"_s.arg(restingWidth).arg(hoveredWidth)));
    QCOMPARE(hovered.name(), Colors::scrollHandle(bar->palette(), true).name());
    QVERIFY(hovered != resting);
}

void TestStyle::fieldBorderAndFocusRingAreSeen_data()
{
    addSchemes();
}

void TestStyle::fieldBorderAndFocusRingAreSeen()
{
    QFETCH(Appearance::ColorScheme, scheme);
    m_appearance->apply(scheme);
    auto *field = new QLineEdit;
    Stage stage(field, QSize(200, 32));
    QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
    QImage image = stage.window.grab().toImage();
    const QPoint at = field->geometry().topLeft();
    const int middle = at.x() + field->width() / 2;
    const QColor window = image.pixelColor(middle, at.y() - 4);
    const QColor border = image.pixelColor(middle, at.y());
    const QColor inside = image.pixelColor(middle, at.y() + field->height() / 2);
    QVERIFY2(
        ratio(border, window) >= Colors::MinimumContrast, qPrintable(describe(border, window)));
    QVERIFY2(
        ratio(border, inside) >= Colors::MinimumContrast, qPrintable(describe(border, inside)));

    // Focused: two pixels of the accent, the border's and the one inside it.
    stage.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&stage.window));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    image = stage.window.grab().toImage();
    for (const int y : {at.y(), at.y() + 1}) {
        const QColor ring = image.pixelColor(middle, y);
        QVERIFY2(
            ratio(ring, inside) >= Colors::MinimumContrast, qPrintable(describe(ring, inside)));
        QVERIFY2(
            ratio(ring, window) >= Colors::MinimumContrast, qPrintable(describe(ring, window)));
        QCOMPARE(ring.name(), Colors::focusRing(field->palette()).name());
    }
}

void TestStyle::radioButtonsAndCheckBoxesAreSeen_data()
{
    addSchemes();
}

void TestStyle::radioButtonsAndCheckBoxesAreSeen()
{
    QFETCH(Appearance::ColorScheme, scheme);
    m_appearance->apply(scheme);
    for (const bool radio : {true, false}) {
        for (const bool checked : {false, true}) {
            QAbstractButton *button = radio
                ? static_cast<QAbstractButton *>(new QRadioButton(u"Choice"_s))
                : new QCheckBox(u"Choice"_s);
            button->setChecked(checked);
            Stage stage(button, QSize(120, 24));
            QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
            const QImage image = stage.window.grab().toImage();
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect indicator = button->style()
                                        ->subElementRect(radio ? QStyle::SE_RadioButtonIndicator
                                                               : QStyle::SE_CheckBoxIndicator,
                                            &option, button)
                                        .translated(button->pos());
            const QColor window = image.pixelColor(indicator.left() - 3, indicator.center().y());
            // The circle's or the square's left edge, half way down: the strongest of the
            // pixels it covers (it may fall across two).
            QColor edge = image.pixelColor(indicator.left(), indicator.center().y());
            for (int x = indicator.left(); x <= indicator.left() + 2; ++x) {
                const QColor pixel = image.pixelColor(x, indicator.center().y());
                if (ratio(pixel, window) > ratio(edge, window))
                    edge = pixel;
            }
            const QString what = u"%1 %2: "_s.arg(radio ? u"radio"_s : u"check"_s,
                                     checked ? u"checked"_s : u"unchecked"_s)
                + describe(edge, window);
            QVERIFY2(ratio(edge, window) >= Colors::MinimumContrast, qPrintable(what));
            if (checked) {
                // The mark (the dot, the tick's middle) stands out from the fill.
                const QColor fill = image.pixelColor(indicator.left() + 3, indicator.center().y());
                const QColor mark = radio
                    ? image.pixelColor(indicator.center())
                    : image.pixelColor(indicator.left() + int(indicator.width() * 0.43),
                        indicator.top() + int(indicator.height() * 0.68));
                QVERIFY2(ratio(mark, fill) >= 3.0, qPrintable(describe(mark, fill)));
            }
        }
    }
}

void TestStyle::dialogButtonsCarryNoStockIcons()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QVERIFY(!box.style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons));
    for (QAbstractButton *button : box.buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
    QVERIFY(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).isNull());
}

void TestStyle::stockIconsQtAsksForAreHearths()
{
    // Message boxes, a line edit's clear button, a toolbar's overflow, Qt's own file dialog
    // (the photo picker where the desktop has no portal), media controls.
    const QStyle::StandardPixmap asked[] = {QStyle::SP_MessageBoxInformation,
        QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxQuestion,
        QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton,
        QStyle::SP_FileDialogBack, QStyle::SP_FileDialogToParent, QStyle::SP_FileDialogNewFolder,
        QStyle::SP_FileDialogDetailedView, QStyle::SP_FileDialogListView, QStyle::SP_DirIcon,
        QStyle::SP_FileIcon, QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_MediaVolume,
        QStyle::SP_MediaVolumeMuted, QStyle::SP_TitleBarCloseButton, QStyle::SP_ArrowBack};
    for (const QStyle::StandardPixmap pixmap : asked) {
        const QIcon icon = QApplication::style()->standardIcon(pixmap);
        QVERIFY2(Icons::isHearthIcon(icon), qPrintable(QString::number(int(pixmap))));
        QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
    }
}

void TestStyle::aMenuButtonsArrowHasItsOwnRoom()
{
    // "My topics⌄", "Sign in⌄": the words keep their width and the arrow comes beside them.
    QToolButton plain;
    plain.setText(u"My topics"_s);
    QToolButton withMenu;
    withMenu.setText(u"My topics"_s);
    withMenu.setPopupMode(QToolButton::InstantPopup);
    QMenu menu;
    menu.addAction(u"Therapy"_s);
    withMenu.setMenu(&menu);
    QVERIFY(withMenu.sizeHint().width() >= plain.sizeHint().width() + 16);
}

QTEST_MAIN(TestStyle)
#include "tst_style.moc"
