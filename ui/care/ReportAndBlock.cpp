#include "ReportAndBlock.h"

#include "ReportDialog.h"
#include "api/PersonText.h"
#include "ui/window/AccountGate.h"

#include <QMessageBox>
#include <QPushButton>

namespace Hearth {

ReportAndBlock::ReportAndBlock(AccountGate &gate, QWidget *window)
    : QObject(window), m_gate(gate), m_window(window)
{ }

void ReportAndBlock::reportPost(qint64 postId, const QString &what)
{
    report(ReportTarget::Post, postId, what);
}

void ReportAndBlock::reportComment(qint64 commentId, const QString &what)
{
    report(ReportTarget::Comment, commentId, what);
}

void ReportAndBlock::report(ReportTarget target, qint64 id, const QString &what)
{
    auto *dialog = new ReportDialog(what, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, id] {
        const Report report = dialog->report();
        m_gate.run([this, target, id, report](Outbox &outbox) {
            outbox.report(target, id, report);
            // "Thank you", saying honestly whether the report went or waits.
            Q_EMIT told(outbox.isOnline()
                    ? tr("Thank you. The community team will look at your report.")
                    : tr("Thank you. Your report will reach the community team when you are "
                         "back online."));
        });
    });
    dialog->open();
}

void ReportAndBlock::block(const User &person)
{
    if (person.id <= 0)
        return;
    const QString name = PersonText::isolated(person.displayName);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Block %1?").arg(name),
        tr("You won't see %1's posts and comments any more, here or on your other devices. "
           "They are not told. You can unblock them in Settings.")
            .arg(name),
        QMessageBox::NoButton, m_window);
    box->setTextFormat(Qt::PlainText);
    QPushButton *yes = box->addButton(tr("Block"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, person](QAbstractButton *clicked) {
        if (clicked == yes)
            setBlocked(person, true);
    });
    box->open();
}

void ReportAndBlock::unblock(const User &person)
{
    setBlocked(person, false);
}

void ReportAndBlock::setBlocked(const User &person, bool blocked)
{
    m_gate.run([this, person, blocked](Outbox &outbox) {
        const bool done = outbox.setBlocked(person, blocked);
        const QString name = PersonText::isolated(person.displayName);
        if (blocked) {
            Q_EMIT told(done ? tr("%1 is blocked.").arg(name)
                             : tr("Hearth could not block %1 just now. Nothing changed; please "
                                  "try again.")
                                   .arg(name));
        } else {
            Q_EMIT told(done ? tr("%1 is unblocked.").arg(name)
                             : tr("Hearth could not unblock %1 just now. Nothing changed; please "
                                  "try again.")
                                   .arg(name));
        }
    });
}

} // namespace Hearth
