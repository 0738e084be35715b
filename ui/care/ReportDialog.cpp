#include "ReportDialog.h"

#include "api/Limits.h"
#include "ui/compose/LimitCounter.h"
#include "ui/dialogs/DialogSize.h"
#include "ui/look/Metrics.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// In the order the list shows them: the most urgent first, "something else" last.
constexpr std::array ReasonOrder{ReportReason::SelfHarm, ReportReason::Harassment,
    ReportReason::Hate, ReportReason::Misinformation, ReportReason::Spam, ReportReason::Other};

} // namespace

ReportDialog::ReportDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_reasons(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
    , m_noteCounter(new LimitCounter(Limits::MaxReportNoteLength, this))
    , m_send(new QPushButton(tr("Send report"), this))
{
    setWindowTitle(tr("Report"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("What is wrong with %1? Your report goes to the community team, not "
                      "to the person who wrote it.")
                       .arg(what));

    auto *reasonBox = new QWidget(this);
    reasonBox->setAccessibleName(tr("Reason"));
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    for (ReportReason reason : ReasonOrder) {
        auto *button = new QRadioButton(reasonText(reason), reasonBox);
        m_reasons->addButton(button, int(reason));
        reasonLayout->addWidget(button);
    }
    connect(m_reasons, &QButtonGroup::idToggled, this, &ReportDialog::updateState);

    auto *noteLabel = new QLabel(tr("&Anything the team should know (optional)"), this);
    noteLabel->setBuddy(m_note);
    m_note->setAccessibleName(tr("Note for the community team"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4
        + 2 * (m_note->frameWidth() + int(m_note->document()->documentMargin())));
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReportDialog::updateState);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel, 1);
    noteRow->addWidget(m_noteCounter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(
        Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL);
    layout->setSpacing(Metrics::spaceL);
    reasonLayout->setSpacing(Metrics::spaceS);
    layout->addWidget(intro);
    layout->addWidget(reasonBox);
    layout->addLayout(noteRow);
    layout->addWidget(m_note);
    layout->addSpacing(Metrics::spaceS);
    layout->addWidget(buttons);
    updateState();
    // Lines of a comfortable length, every one of them shown.
    setMinimumWidth(DialogSize::sentenceWidth(*this));
    DialogSize::fitToContent(*this);
}

QString ReportDialog::reasonText(ReportReason reason)
{
    switch (reason) {
    case ReportReason::SelfHarm:
        return tr("Someone may be at risk of harming themselves");
    case ReportReason::Harassment:
        return tr("Harassment or bullying");
    case ReportReason::Hate:
        return tr("Hate or discrimination");
    case ReportReason::Misinformation:
        return tr("Harmful misinformation");
    case ReportReason::Spam:
        return tr("Spam or advertising");
    case ReportReason::Other:
        break;
    }
    return tr("Something else");
}

Report ReportDialog::report() const
{
    Report report;
    if (m_reasons->checkedId() >= 0)
        report.reason = ReportReason(m_reasons->checkedId());
    report.note = m_note->toPlainText().trimmed();
    return report;
}

bool ReportDialog::canSend() const
{
    return m_reasons->checkedId() >= 0 && !m_noteCounter->isOver();
}

void ReportDialog::updateState()
{
    m_noteCounter->measure(m_note->toPlainText().trimmed());
    m_send->setEnabled(canSend());
}

} // namespace Hearth
