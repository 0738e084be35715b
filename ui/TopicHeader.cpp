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
    updateJoinButton();
}

QString TopicHeader::figures(const TopicCounts &counts, const QLocale &locale)
{
    // The compact number goes in as text; the form follows the real count, and the count
    // goes to tr() so that translations can choose their own plural forms.
    const auto figure = [&locale](qint64 count, const char *one, const char *many) {
        const int n = int(std::min<qint64>(count, INT_MAX));
        return (count == 1 ? tr(one, nullptr, n) : tr(many, nullptr, n))
            .arg(CountFormat::compact(count, locale));
    };
    return figure(counts.members, QT_TR_NOOP("%1 person"), QT_TR_NOOP("%1 people"))
        + QStringLiteral(" · ")
        + figure(counts.stories, QT_TR_NOOP("%1 story"), QT_TR_NOOP("%1 stories"))
        + QStringLiteral(" · ")
        + figure(counts.posts, QT_TR_NOOP("%1 post"), QT_TR_NOOP("%1 posts"));
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
    m_join->setAccessibleName(
        m_topic.joined ? tr("Leave %1").arg(m_topic.name) : tr("Join %1").arg(m_topic.name));
}

} // namespace Hearth
