#include "TopicHeader.h"

#include "LinkButton.h"
#include "api/CountFormat.h"
#include "ui/look/Metrics.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth {

using Metrics::TextRole;

TopicHeader::TopicHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_invitation(new QLabel(this))
    , m_join(new QPushButton(this))
    , m_figures(new QLabel(this))
    , m_aboutLink(new LinkButton(QString(), this))
    , m_about(new QLabel(this))
    , m_newsletters(new LinkButton(tr("Explore our newsletters"), this))
    , m_copyLink(new LinkButton(tr("Copy link"), this))
    , m_createPost(new QPushButton(tr("Create a post"), this))
    , m_titleRow(new QHBoxLayout)
    , m_joinRow(new QHBoxLayout)
{
    m_name->setFont(Metrics::font(TextRole::PageTitle));
    m_name->setAccessibleName(tr("Topic"));
    m_figures->setFont(Metrics::font(TextRole::Caption));
    for (QLabel *label : {m_name, m_invitation, m_figures, m_about}) {
        // Names and descriptions come from the network: plain text only.
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_about->setWordWrap(true);
    m_join->setCheckable(true);
    connect(m_join, &QPushButton::clicked, this, [this](bool checked) {
        // The button shows what the cache says: it changes when the topic does.
        updateJoinButton();
        Q_EMIT joinToggled(checked);
    });
    m_aboutLink->setCheckable(true);
    connect(m_aboutLink, &QPushButton::toggled, this, &TopicHeader::updateDetails);
    connect(m_newsletters, &QPushButton::clicked, this, &TopicHeader::newslettersRequested);
    m_copyLink->setAccessibleDescription(
        tr("Copies a link to this topic that opens it in Hearth."));
    connect(m_copyLink, &QPushButton::clicked, this, &TopicHeader::copyLinkRequested);
    m_createPost->setAccessibleDescription(tr("Write a post, a story or a video for this topic."));
    connect(m_createPost, &QPushButton::clicked, this, &TopicHeader::createPostRequested);

    m_titleRow->setSpacing(Metrics::spaceM);
    m_titleRow->addWidget(m_name);
    m_titleRow->addStretch();
    m_titleRow->addWidget(m_createPost);
    m_joinRow->setSpacing(Metrics::spaceM);
    m_joinRow->addWidget(m_invitation);
    m_joinRow->addWidget(m_join);
    m_joinRow->addStretch();
    auto *links = new QHBoxLayout;
    links->setContentsMargins(0, 0, 0, 0);
    links->setSpacing(Metrics::spaceL);
    links->addWidget(m_aboutLink);
    links->addWidget(m_newsletters);
    links->addWidget(m_copyLink);
    links->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the page sets the margins
    layout->setSpacing(Metrics::spaceS);
    layout->addLayout(m_titleRow);
    layout->addLayout(m_joinRow);
    layout->addWidget(m_figures);
    layout->addLayout(links);
    layout->addWidget(m_about);
    // Tab goes as the header reads: Join and Create a post, then the links.
    setTabOrder(m_join, m_createPost);
    setTabOrder(m_createPost, m_aboutLink);
    setTabOrder(m_aboutLink, m_newsletters);
    setTabOrder(m_newsletters, m_copyLink);
    for (QWidget *button : {static_cast<QWidget *>(m_join), static_cast<QWidget *>(m_createPost)})
        button->installEventFilter(this);
    updateJoinButton();
    updateDetails();
}

QString TopicHeader::figures(const TopicCounts &counts, const QLocale &locale)
{
    // The compact number goes in as %1 text; the real count goes to tr() so that each
    // language chooses its own plural form for it.
    const auto n = [](qint64 count) {
        return int(std::min<qint64>(count, INT_MAX));
    };
    const auto compact = [&locale](qint64 count) {
        return CountFormat::compact(count, locale);
    };
    return tr("%1 people", "topic figures", n(counts.members)).arg(compact(counts.members))
        + QStringLiteral(" · ")
        + tr("%1 stories", "topic figures", n(counts.stories)).arg(compact(counts.stories))
        + QStringLiteral(" · ")
        + tr("%1 posts", "topic figures", n(counts.posts)).arg(compact(counts.posts));
}

void TopicHeader::setTopic(const Topic &topic)
{
    m_topic = topic;
    m_name->setText(topic.name);
    m_invitation->setText(tr("Join the conversation on %1").arg(topic.name));
    m_figures->setText(figures(topic.counts));
    m_aboutLink->setText(tr("About %1").arg(topic.name));
    m_aboutLink->setAccessibleDescription(tr("Shows or hides what %1 is about.").arg(topic.name));
    m_about->setText(topic.description);
    m_about->setAccessibleName(tr("About %1").arg(topic.name));
    m_newsletters->setAccessibleDescription(
        tr("Subscribe to the newsletters of %1, or unsubscribe.").arg(topic.name));
    updateJoinButton();
    updateDetails();
}

void TopicHeader::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    updateJoinButton();
}

void TopicHeader::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    // What the compact bar hides cannot keep the keyboard: it goes to Join, which stays,
    // before Qt hands it to whatever comes next in the window.
    const QWidget *focus = QApplication::focusWidget();
    if (compact && focus && isAncestorOf(focus) && focus != m_join && focus != m_createPost)
        m_join->setFocus(Qt::OtherFocusReason);
    // Join moves between the rows; the same button, never hidden, so its focus stays.
    if (compact) {
        m_joinRow->removeWidget(m_join);
        m_titleRow->insertWidget(1, m_join);
    } else {
        m_titleRow->removeWidget(m_join);
        m_joinRow->insertWidget(1, m_join);
    }
    m_name->setFont(Metrics::font(compact ? TextRole::Title : TextRole::PageTitle));
    updateDetails();
}

void TopicHeader::updateDetails()
{
    const bool full = !m_compact;
    const bool described = !m_topic.description.isEmpty();
    m_invitation->setVisible(full);
    m_figures->setVisible(full);
    m_newsletters->setVisible(full);
    m_copyLink->setVisible(full);
    m_aboutLink->setVisible(full && described);
    m_about->setVisible(full && described && m_aboutLink->isChecked());
}

bool TopicHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && m_compact) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)
            Q_EMIT keyboardEntered();
    }
    return QWidget::eventFilter(watched, event);
}

void TopicHeader::updateJoinButton()
{
    m_join->setChecked(m_topic.joined);
    m_join->setText(m_topic.joined ? tr("Joined") : tr("Join"));
    m_join->setEnabled(!m_topic.slug.isEmpty());
    m_join->setToolTip(
        m_signedIn ? QString() : tr("Joining needs an account: you will be asked to sign in."));
    // A toggle: the name says what it is, its checked state whether the person joined.
    m_join->setAccessibleName(tr("Join %1").arg(m_topic.name));
    m_join->setAccessibleDescription(!m_signedIn ? m_join->toolTip()
            : m_topic.joined ? tr("You joined %1. Pressing it leaves the topic.").arg(m_topic.name)
                             : tr("Joining adds %1 to My topics.").arg(m_topic.name));
}

} // namespace Hearth
