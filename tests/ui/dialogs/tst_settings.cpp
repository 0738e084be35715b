// Settings' look and language on the offscreen platform, over a real settings file: the
// colours change the application's palette at once and are kept; the language and the text
// size are kept and taken at the next start (here: what app/main.cpp does with the file, and
// the card it then lays out); every new control is named and reached from the keyboard.

#include "care/CrisisLines.h"
#include "models/FeedModel.h"
#include "ui/care/Preferences.h"
#include "ui/dialogs/DisplaySettings.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/look/Appearance.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// One run of Hearth's settings as the window holds them, on the file in dir.
struct Session
{
    explicit Session(const QString &dir)
        : settings(dir + u"/hearth.ini"_s, QSettings::IniFormat)
        , preferences(settings)
        , display(settings)
    {
        lines.load();
    }

    std::unique_ptr<SettingsDialog> dialog()
    {
        auto shown = std::make_unique<SettingsDialog>(preferences, display, lines, u"DE"_s);
        shown->show();
        return shown;
    }

    QSettings settings;
    Preferences preferences;
    DisplaySettings display;
    CrisisLines lines;
};

// What the settings file holds now, read as the next start reads it.
QVariant saved(const QString &dir, const QString &key)
{
    QSettings file(dir + u"/hearth.ini"_s, QSettings::IniFormat);
    return file.value(key);
}

// A post card's height at width, laid out in font.
int cardHeight(const QFont &font)
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(qint64(7), FeedModel::IdRole);
    item->setData(int(PostKind::Post), FeedModel::KindRole);
    item->setData(u"Ash"_s, FeedModel::AuthorNameRole);
    item->setData(u"Three good things today"_s, FeedModel::TitleRole);
    item->setData(u"The bus was on time, the bread was warm, and my sister called just to "
                  "talk. Writing them down so I remember them on the grey days."_s,
        FeedModel::BodyRole);
    item->setData(QStringList{u"SmallWins"_s}, FeedModel::HashtagsRole);
    model.appendRow(item);
    PostCardDelegate delegate;
    QStyleOptionViewItem option;
    option.font = font;
    option.rect = QRect(0, 0, 640, 0);
    return delegate.sizeHint(option, model.index(0, 0)).height();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosingDarkChangesThePaletteAtOnceAndIsKept();
    void aChosenLanguageIsKeptForTheNextStart();
    void aLargerTextSizeMakesTheNextStartsCardsTaller();
    void theNewControlsAreNamedAndReachedByKeyboard();
    void everySectionFitsTheScreenOrScrolls();
};

void TestSettings::choosingDarkChangesThePaletteAtOnceAndIsKept()
{
    QTemporaryDir dir;
    Appearance appearance(*qApp);
    appearance.apply(Appearance::ColorScheme::Light);
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    {
        Session session(dir.path());
        session.display.setAppearance(&appearance);
        auto dialog = session.dialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QComboBox *colors = dialog->colorSchemeBox();
        QCOMPARE(colors->currentText(), u"Light"_s); // what is shown now
        // From the keyboard, as a person would: focus, then the arrow down to Dark.
        colors->setFocus();
        QTest::keyClick(colors, Qt::Key_Down);
        QCOMPARE(colors->currentText(), u"Dark"_s);
        // At once: the application's palette, and the dialog's own.
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QCOMPARE(appearance.scheme(), Appearance::ColorScheme::Dark);
        QTRY_VERIFY(Appearance::isDark(dialog->palette()));
        QCOMPARE(saved(dir.path(), u"display/colorScheme"_s).toString(), u"dark"_s);
        // Not a thing that waits for a restart.
        QVERIFY(!session.display.restartPending());
    }
    // The next start's default (when --color-scheme is not given).
    Session next(dir.path());
    QCOMPARE(next.display.colorScheme(), Appearance::ColorScheme::Dark);
    appearance.apply(Appearance::ColorScheme::Light);
}

void TestSettings::aChosenLanguageIsKeptForTheNextStart()
{
    QTemporaryDir dir;
    {
        Session session(dir.path());
        auto dialog = session.dialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QComboBox *languages = dialog->languageBox();
        QCOMPARE(languages->currentText(), u"System"_s);
        // Each language is named in its own words.
        QStringList names;
        for (int row = 0; row < languages->count(); ++row)
            names.append(languages->itemText(row));
        QCOMPARE(names, QStringList({u"System"_s, u"English"_s, u"Deutsch"_s, u"Español"_s}));
        languages->setCurrentIndex(languages->findText(u"Deutsch"_s));
        QCOMPARE(saved(dir.path(), u"display/language"_s).toString(), u"de"_s);
        // It says when the change comes, in a line a person sees.
        QVERIFY(dialog->restartNote()->isVisible());
        QVERIFY(dialog->restartNote()->text().contains(u"restarts"_s));
        QVERIFY(session.display.restartPending());
    }
    // The next start reads German (tests/app/tst_settings.cpp starts hearth on such a file).
    Session next(dir.path());
    QCOMPARE(next.display.language(), u"de"_s);
    auto dialog = next.dialog();
    QCOMPARE(dialog->languageBox()->currentText(), u"Deutsch"_s);
    QVERIFY(!next.display.restartPending());
    // Back to the system's.
    dialog->languageBox()->setCurrentIndex(0);
    QCOMPARE(saved(dir.path(), u"display/language"_s).toString(), QString());
}

void TestSettings::aLargerTextSizeMakesTheNextStartsCardsTaller()
{
    QTemporaryDir dir;
    const QFont desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QFont before = QApplication::font();
    {
        Session session(dir.path());
        auto dialog = session.dialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QSlider *size = dialog->textSizeSlider();
        QCOMPARE(size->value(), 100);
        size->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(size, Qt::Key_Right);
        QCOMPARE(size->value(), 130);
        QVERIFY(dialog->findChildren<QLabel *>().constEnd()
            != std::find_if(dialog->findChildren<QLabel *>().constBegin(),
                dialog->findChildren<QLabel *>().constEnd(),
                [](const QLabel *label) { return label->text() == u"130%"_s; }));
        QCOMPARE(saved(dir.path(), u"display/textScale"_s).toInt(), 130);
        QVERIFY(session.display.restartPending());
        // Kept for the next start: this run's font is as it was.
        QCOMPARE(QApplication::font(), before);
    }
    // The next start, as app/main.cpp makes it: the desktop's font at 130 %, and the cards
    // laid out in it are taller.
    Session next(dir.path());
    QCOMPARE(next.display.textScale(), 130);
    const int normal = cardHeight(QApplication::font());
    DisplaySettings::applyTextScale(next.display.textScale());
    QCOMPARE(QApplication::font().pointSizeF(), desktop.pointSizeF() * 1.3);
    const int larger = cardHeight(QApplication::font());
    QVERIFY2(larger > normal * 1.15,
        qPrintable(u"a card %1 px high at 100 %, %2 px at 130 %"_s.arg(normal).arg(larger)));
    // Applied twice, it does not compound; a hand-edited file stays on the scale.
    DisplaySettings::applyTextScale(130);
    QCOMPARE(QApplication::font().pointSizeF(), desktop.pointSizeF() * 1.3);
    next.settings.setValue(u"display/textScale"_s, 900);
    QCOMPARE(DisplaySettings(next.settings).textScale(), DisplaySettings::LargestTextScale);
    QApplication::setFont(before);
}

void TestSettings::theNewControlsAreNamedAndReachedByKeyboard()
{
    QTemporaryDir dir;
    Session session(dir.path());
    auto dialog = session.dialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    const QList<QWidget *> controls{
        dialog->colorSchemeBox(), dialog->textSizeSlider(), dialog->languageBox()};
    for (QWidget *control : controls) {
        QVERIFY(!control->accessibleName().isEmpty());
        QVERIFY(control->focusPolicy() & Qt::TabFocus);
        // A label with a mnemonic leads to it (Alt+letter).
        bool labelled = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            labelled |= label->buddy() == control && label->text().contains(u'&');
        QVERIFY2(labelled, qPrintable(control->accessibleName()));
    }
    // Tab goes through them in reading order, first of all.
    controls.first()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), controls.first());
    for (qsizetype i = 1; i < controls.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), controls.at(i));
    }
    // The slider's value is spoken as a percentage.
    QCOMPARE(dialog->textSizeSlider()->accessibleDescription(), u"100%"_s);
}

void TestSettings::everySectionFitsTheScreenOrScrolls()
{
    QTemporaryDir dir;
    Session session(dir.path());
    const QFont before = QApplication::font();
    for (const int scale : {100, 150}) {
        DisplaySettings::applyTextScale(scale);
        auto dialog = session.dialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY2(dialog->height() <= screen.height(),
            qPrintable(u"at %1 %: %2 px high on a screen of %3"_s.arg(scale)
                           .arg(dialog->height())
                           .arg(screen.height())));
        auto *scroll = dialog->findChild<QScrollArea *>();
        QVERIFY(scroll);
        // The wrapped hints whole, at the width they are given.
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY(label->height() >= label->heightForWidth(label->width()));
        }
        if (scale == 100) {
            // The room there is (this screen is 800 px high): everything at once.
            QVERIFY(!scroll->verticalScrollBar()->isVisible());
            continue;
        }
        // Too tall at 150 %: the sections scroll, and Tab brings each control it reaches
        // in sight, down to the crisis lines' country.
        QVERIFY(scroll->verticalScrollBar()->isVisible());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        dialog->colorSchemeBox()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), dialog->colorSchemeBox());
        for (int presses = 0; presses < 30 && QApplication::focusWidget() != dialog->countryBox();
             ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (!scroll->widget()->isAncestorOf(now))
                continue;
            const QRect inView(now->mapTo(scroll->viewport(), QPoint(0, 0)), now->size());
            QVERIFY2(scroll->viewport()->rect().contains(inView),
                qPrintable(u"%1 at %2 in a viewport %3 high"_s.arg(now->accessibleName())
                               .arg(inView.y())
                               .arg(scroll->viewport()->height())));
        }
        QCOMPARE(QApplication::focusWidget(), dialog->countryBox());
    }
    QApplication::setFont(before);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
