#include "NewslettersDialog.h"

#include "sync/ErrorText.h"
#include "sync/Outbox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth {

namespace {

constexpr int NewsletterIdRole = Qt::UserRole + 1;

QString cadenceText(NewsletterCadence cadence)
{
    switch (cadence) {
    case NewsletterCadence::Monthly:
        return NewslettersDialog::tr("once a month");
    case NewsletterCadence::Weekly:
        break;
    }
    return NewslettersDialog::tr("once a week");
}

} // namespace

NewslettersDialog::NewslettersDialog(Newsletters newsletters, Outbox *outbox, const QString &slug,
    const QString &topicName, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_topicName(topicName)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_signIn(new QPushButton(tr("Sign in to subscribe…"), this))
{
    setWindowTitle(tr("Newsletters of %1").arg(topicName));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_list->setAccessibleName(tr("Newsletters"));
    m_list->setAccessibleDescription(tr("Space ticks the selected newsletter, or unticks it."));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(4);
    m_signIn->setVisible(!outbox);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        Q_EMIT signInRequested();
        reject();
    });
    connect(m_list, &QListWidget::itemChanged, this, &NewslettersDialog::itemChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(460, 420);

    m_status->setText(tr("Looking for the newsletters of %1…").arg(topicName));
    newsletters.list(slug, this, [this](Result<Page<Newsletter>> page) { showPage(page); });
}

QString NewslettersDialog::statusText() const
{
    return m_status->text();
}

void NewslettersDialog::showPage(const Result<Page<Newsletter>> &page)
{
    if (!page) {
        m_status->setText(page.error().code() == ApiError::Code::Network
                ? tr("The newsletters can't be loaded while you're offline.")
                : ErrorText::describe(page.error()));
        return;
    }
    const QSignalBlocker blocker(m_list);
    for (const Newsletter &newsletter : page->items) {
        // Plain text: titles and descriptions come from the network.
        auto *item = new QListWidgetItem(newsletter.title + u'\n' + newsletter.description + u'\n'
                + tr("Arrives %1.").arg(cadenceText(newsletter.cadence)),
            m_list);
        item->setData(NewsletterIdRole, newsletter.id);
        item->setFlags(m_outbox ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(newsletter.subscribed ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::AccessibleTextRole,
            tr("%1, %2. %3")
                .arg(newsletter.title,
                    newsletter.subscribed ? tr("subscribed") : tr("not subscribed"),
                    newsletter.description));
    }
    if (page->hasMore())
        return; // the next page is on its way
    if (m_list->count() == 0)
        m_status->setText(tr("%1 has no newsletters yet.").arg(m_topicName));
    else if (!m_outbox)
        m_status->setText(
            tr("Newsletters bring the best of %1 to you. Sign in to subscribe.").arg(m_topicName));
    else
        m_status->setText(tr("Tick a newsletter to receive it; untick it to stop."));
}

void NewslettersDialog::itemChanged(QListWidgetItem *item)
{
    if (!m_outbox)
        return;
    const bool subscribed = item->checkState() == Qt::Checked;
    m_outbox->setSubscription(item->data(NewsletterIdRole).toLongLong(), subscribed);
}

} // namespace Hearth
