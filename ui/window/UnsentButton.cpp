#include "UnsentButton.h"

#include "sync/Community.h"
#include "sync/Outbox.h"
#include "ui/dialogs/UnsentDialog.h"

namespace Hearth {

UnsentButton::UnsentButton(Community &community, QWidget *parent)
    : QToolButton(parent), m_community(community)
{
    setAutoRaise(true);
    setVisible(false);
    connect(this, &QToolButton::clicked, this, &UnsentButton::showDialog);
}

void UnsentButton::refresh()
{
    const int failed = m_community.outbox() ? m_community.outbox()->failedCount() : 0;
    setVisible(failed > 0);
    setText(tr("%n changes not sent", nullptr, failed));
    setToolTip(tr("See why, and try again"));
}

void UnsentButton::showDialog()
{
    Outbox *outbox = m_community.outbox();
    if (!outbox)
        return;
    auto *dialog = new UnsentDialog(*outbox, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnsentDialog::editRequested, this, [this, dialog](const UnsentWrite &write) {
        Q_EMIT changeRequested(write);
        dialog->close();
    });
    // The outbox goes with the cache when the person signs out: so does the dialog.
    connect(&m_community, &Community::aboutToSwitch, dialog, &QObject::deleteLater);
    dialog->open();
}

} // namespace Hearth
