#include "TopicHeader.h"

#include "api/CountFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth {

TopicHeader::TopicHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_invitation(new QLabel(this))
    , m_join(new QPushButton(this))
    , m_figures(new QLabel(this))
    , m_aboutTitle(new QLabel(this))
    , m_about(new QLabel(this))
    , m_newsletters(new QPushButton(tr("Explore our newsletters"), this))
    , m_createPost(new QPushButton(tr("Create a post"), this))
{
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Topic"));
    QFont captionFont = m_aboutTitle->font();
    captionFont.setBold(true);
    m_aboutTitle->setFont(captionFont);
    for (QLabel *label : {m_name, m_invitation, m_figures, m_aboutTitle, m_about}) {
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
    connect(m_newsletters, &QPushButton::clicked, this, &TopicHeader::newslettersRequested);
    m_createPost->setAccessibleDescription(tr("Write a post, a story or a video for this topic."));
    connect(m_createPost, &QPushButton::clicked, this, &TopicHeader::createPostRequested);

    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_invitation);
    joinRow->addWidget(m_join);
    joinRow->addStretch();
    joinRow->addWidget(m_createPost);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the page sets the margins
    layout->addWidget(m_name);
    layout->addLayout(joinRow);
    layout->addWidget(m_figures);
    layout->addWidget(m_aboutTitle);
    layout->addWidget(m_about);
    auto *newsletterRow = new QHBoxLayout;
    newsletterRow->addWidget(m_newsletters);
    newsletterRow->addStretch();
    layout->addLayout(newsletterRow);
    // Tab goes as the header reads: Join and Create a post on their row, then the newsletters.
    setTabOrder(m_join, m_createPost);
    setTabOrder(m_createPost, m_newsletters);
    updateJoinButton();
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
    m_aboutTitle->setText(tr("About %1").arg(topic.name));
    m_about->setText(topic.description);
    m_aboutTitle->setVisible(!topic.description.isEmpty());
    m_about->setVisible(!topic.description.isEmpty());
    m_about->setAccessibleName(tr("About %1").arg(topic.name));
    m_newsletters->setAccessibleDescription(
        tr("Subscribe to the newsletters of %1, or unsubscribe.").arg(topic.name));
    updateJoinButton();
}

void TopicHeader::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    updateJoinButton();
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
