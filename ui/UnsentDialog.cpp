#include "UnsentDialog.h"

#include "sync/Outbox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
        if (const std::optional<OutboxEntry> entry = selected())
            Q_EMIT editRequested(*entry);
    });
    connect(&m_outbox, &Outbox::writeFailed, this, &UnsentDialog::reload);
    connect(&m_outbox, &Outbox::pendingCountChanged, this, &UnsentDialog::reload);

    m_confirm = [this](const QString &question, std::function<void()> yes) {
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
    };

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

QString UnsentDialog::describe(const OutboxEntry &entry)
{
    const QJsonObject &payload = entry.payload;
    const QString title = payload.value(u"post"_s).toObject().value(u"title"_s).toString();
    if (entry.kind == u"createPost"_s)
        return title.isEmpty() ? tr("Your new post") : tr("Your new post “%1”").arg(title);
    if (entry.kind == u"editPost"_s)
        return tr("Your changes to a post");
    if (entry.kind == u"deletePost"_s)
        return tr("Deleting your post");
    if (entry.kind == u"react"_s)
        return tr("Your reaction");
    if (entry.kind == u"createComment"_s)
        return tr("Your comment");
    if (entry.kind == u"editComment"_s)
        return tr("Your changes to a comment");
    if (entry.kind == u"deleteComment"_s)
        return tr("Deleting your comment");
    if (entry.kind == u"setMembership"_s) {
        const QString slug = payload.value(u"slug"_s).toString();
        return payload.value(u"joined"_s).toBool() ? tr("Joining %1").arg(slug)
                                                   : tr("Leaving %1").arg(slug);
    }
    if (entry.kind == u"setSubscription"_s)
        return tr("A newsletter subscription");
    if (entry.kind == u"report"_s)
        return tr("Your report");
    if (entry.kind == u"setBlocked"_s)
        return tr("Blocking or unblocking someone");
    return tr("A change");
}

bool UnsentDialog::holdsWords(const OutboxEntry &entry)
{
    return entry.kind == u"createPost"_s || entry.kind == u"editPost"_s
        || entry.kind == u"createComment"_s || entry.kind == u"editComment"_s;
}

void UnsentDialog::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    m_entries = m_outbox.failedWrites();
    m_list->clear();
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        // The server's reason is text from the network: a list item shows it as plain text.
        auto *item = new QListWidgetItem(
            describe(entry) + u'\n' + tr("The community said: %1").arg(entry.lastError), m_list);
        item->setData(Qt::UserRole, entry.id);
        if (entry.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_entries.isEmpty())
        m_intro->setText(tr("Everything you wrote has been sent."));
    updateButtons();
}

std::optional<OutboxEntry> UnsentDialog::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void UnsentDialog::updateButtons()
{
    const std::optional<OutboxEntry> entry = selected();
    m_retry->setEnabled(entry.has_value());
    m_discard->setEnabled(entry.has_value());
    // Words can be changed: a post in the composer, a comment in its thread's box.
    m_edit->setEnabled(entry && holdsWords(*entry));
}

void UnsentDialog::retrySelected()
{
    if (const std::optional<OutboxEntry> entry = selected())
        m_outbox.retry(entry->id);
    reload();
}

void UnsentDialog::discardSelected()
{
    const std::optional<OutboxEntry> entry = selected();
    if (!entry)
        return;
    const qint64 id = entry->id;
    const auto discard = [this, id] {
        m_outbox.discard(id);
        reload();
    };
    if (!holdsWords(*entry)) {
        discard();
        return;
    }
    m_confirm(tr("%1 will be gone from this computer. Let it go?").arg(describe(*entry)), discard);
}

} // namespace Hearth
