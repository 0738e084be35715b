#include "RecoveryNotice.h"

#include "ui/care/CrisisNotice.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Hearth {

RecoveryNotice::RecoveryNotice(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"recoveryNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("What Hearth repaired"));
    m_text->setObjectName(u"recoveryNoticeText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAccessibleDescription(tr("Close this notice"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    applyColors();
    setVisible(false);
}

void RecoveryNotice::showRecovery(const CacheRepair &recovery)
{
    if (!recovery.happened)
        return;
    const QString words = describe(recovery);
    m_text->setText(words);
    setAccessibleDescription(words);
    setVisible(true);
}

QString RecoveryNotice::text() const
{
    return m_text->text();
}

QString RecoveryNotice::describe(const CacheRepair &recovery)
{
    QStringList sentences;
    // What was repaired.
    if (recovery.cacheRebuilt) {
        sentences.append(
            tr("Hearth found its saved copy of the community damaged and made a fresh one."));
    }
    if (recovery.wordsRepaired) {
        const bool gone = recovery.wordsMayBeLost && recovery.salvagedOutboxRows == 0
            && recovery.salvagedDrafts == 0 && !recovery.wordsSetAside;
        sentences.append(gone ? tr("Hearth could not find the file that keeps your unsent "
                                   "changes and drafts, and started a new one.")
                              : tr("Hearth found the file that keeps your unsent changes and "
                                   "drafts damaged, and repaired it."));
    }
    // That the posts come back by themselves.
    if (recovery.cacheRebuilt) {
        sentences.append(tr("Saved posts come back from the community as soon as Hearth can "
                            "reach it."));
    }
    // What became of the person's own words.
    const int recovered = recovery.salvagedOutboxRows;
    if (recovery.wordsMayBeLost) {
        sentences.append(recovered > 0
                ? tr("%n unsent change(s) could be recovered, but some of your unsent changes "
                     "or drafts may not have been. Please look over what you wrote recently.",
                    nullptr, recovered)
                : tr("Some of your unsent changes or drafts may not have been recovered. "
                     "Please look over what you wrote recently."));
    } else if (recovery.wordsRepaired || recovered > 0 || recovery.salvagedDrafts > 0) {
        sentences.append(tr("All your unsent changes and drafts were recovered."));
    } else {
        sentences.append(tr("Your unsent changes and drafts were not affected."));
    }
    return sentences.join(u' ');
}

void RecoveryNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void RecoveryNotice::applyColors()
{
    // The crisis notice's quiet panel: calm, never an alarm's red.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, CrisisNotice::background(QApplication::palette(this)));
    setPalette(palette);
}

} // namespace Hearth
