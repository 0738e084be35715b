// Dialogs sized for their words: every wrapped line shown whole at the dialog's width, in
// every language Hearth speaks, the report dialog's included; and a dialog grows when its
// words do.

#include "translations/Translations.h"
#include "ui/care/ReportDialog.h"
#include "ui/dialogs/DialogSize.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// The visible labels a person cannot read whole: shorter than their lines need at their
// width, or reaching out of the dialog.
QStringList cutLabels(const QWidget &dialog)
{
    QStringList cut;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                             : label->sizeHint().height();
        const QRect place(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        if (label->height() < needed || !dialog.rect().contains(place)) {
            cut.append(u"“%1”: %2×%3 at %4,%5, needs %6 px high"_s.arg(label->text())
                           .arg(label->width())
                           .arg(label->height())
                           .arg(place.x())
                           .arg(place.y())
                           .arg(needed));
        }
    }
    return cut;
}

} // namespace

class TestDialogSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReportDialogShowsItsWordsWholeInEveryLanguage();
    void aDialogGrowsWithItsWords();
};

void TestDialogSize::theReportDialogShowsItsWordsWholeInEveryLanguage()
{
    for (const QString &language : Translations::availableLanguages()) {
        Translations translations;
        QVERIFY(translations.install(QLocale(language)));
        ReportDialog dialog(u"the post “A long title that someone wrote about their first "
                            "week back at work after a long time away”"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList cut = cutLabels(dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(language + u": "_s + cut.join(u"; "_s)));
        // Lines of sentences, not a column of words.
        QVERIFY(dialog.width() >= DialogSize::sentenceWidth(dialog));
    }
}

void TestDialogSize::aDialogGrowsWithItsWords()
{
    QWidget dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *words = new QLabel(u"A short line."_s, &dialog);
    words->setWordWrap(true);
    layout->addWidget(words);
    layout->addWidget(new QLabel(u"Below it"_s, &dialog));
    dialog.setMinimumWidth(DialogSize::sentenceWidth(dialog));
    DialogSize::fitToContent(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(cutLabels(dialog).isEmpty());
    const int before = dialog.height();
    QString longer;
    for (int i = 0; i < 12; ++i)
        longer += u"The kettle sang, the window fogged, and the morning went on slowly. "_s;
    words->setText(longer);
    DialogSize::fitToContent(dialog);
    QTest::qWait(0);
    QVERIFY(dialog.height() > before + 3 * words->fontMetrics().lineSpacing());
    const QStringList cut = cutLabels(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    // It cannot be squeezed below what its words need.
    dialog.resize(dialog.width(), before);
    QTest::qWait(0);
    QVERIFY(cutLabels(dialog).isEmpty());
}

QTEST_MAIN(TestDialogSize)
#include "tst_dialogsize.moc"
