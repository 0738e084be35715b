#include "UnsentDialog.h"

#include "sync/Outbox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth {

UnsentDialog::UnsentDialog(Outbox &outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_discard(new QPushButton(tr("&Let go"), this))
{
    setWindowTitle(tr("Not sent"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The community could not take these. Nothing is lost: try again, "
                        "change what you wrote, or let it go."));
    m_list->setAccessibleName(tr("Changes not sent"));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_retry->setAccessibleDescription(tr("Sends the selected change again."));
    m_discard->setAccessibleDescription(tr("Forgets the selected change."));
    m_edit->setAccessibleDescription(
        tr("Opens the selected post in the composer, or the comment in its box, to change it."));
    connect(m_list, &QListWidget::currentRowChanged, this, &UnsentDialog::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &UnsentDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &UnsentDialog::discardSelected);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::optional<UnsentWrite> write = selected())
            Q_EMIT editRequested(*write);
    });
    connect(&m_outbox, &Outbox::writeFailed, this, &UnsentDialog::reload);
    connect(&m_outbox, &Outbox::pendingCountChanged, this, &UnsentDialog::reload);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_edit);
    actions->addWidget(m_discard);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(520, 380);
    reload();
}

void UnsentDialog::confirmDiscard(const QString &question, std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Let it go?"), question,
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setTextFormat(Qt::PlainText);
    connect(box, &QMessageBox::finished, this, [yes = std::move(yes)](int result) {
        if (result == QMessageBox::Discard)
            yes();
    });
    box->open();
}

void UnsentDialog::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    m_entries = m_outbox.failedWrites();
    m_list->clear();
    for (const UnsentWrite &write : std::as_const(m_entries)) {
        // The server's reason is text from the network: a list item shows it as plain text.
        auto *item = new QListWidgetItem(
            write.description + u'\n' + tr("The community said: %1").arg(write.error), m_list);
        item->setData(Qt::UserRole, write.id);
        if (write.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_entries.isEmpty())
        m_intro->setText(tr("Everything you wrote has been sent."));
    updateButtons();
}

std::optional<UnsentWrite> UnsentDialog::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void UnsentDialog::updateButtons()
{
    const std::optional<UnsentWrite> write = selected();
    m_retry->setEnabled(write.has_value());
    m_discard->setEnabled(write.has_value());
    // Words can be changed: a post in the composer, a comment in its thread's box.
    m_edit->setEnabled(write && write->holdsWords());
}

void UnsentDialog::retrySelected()
{
    if (const std::optional<UnsentWrite> write = selected())
        m_outbox.retry(write->id);
    reload();
}

void UnsentDialog::discardSelected()
{
    const std::optional<UnsentWrite> write = selected();
    if (!write)
        return;
    const qint64 id = write->id;
    const auto discard = [this, id] {
        m_outbox.discard(id);
        reload();
    };
    if (!write->holdsWords()) {
        discard();
        return;
    }
    confirmDiscard(
        tr("%1 will be gone from this computer. Let it go?").arg(write->description), discard);
}

} // namespace Hearth
