#include "ProfilePage.h"

#include "api/PersonText.h"
#include "models/FeedModel.h"
#include "models/ProfileModel.h"
#include "sync/SyncEngine.h"
#include "ui/care/Care.h"
#include "ui/feed/CardMenu.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/SegmentedControl.h"
#include "ui/look/Avatar.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"
#include "ui/post/PostText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Hearth {

namespace {

constexpr FeedKind kindsInTabOrder[]
    = {FeedKind::All, FeedKind::Story, FeedKind::Post, FeedKind::Video};

int tabOf(FeedKind kind)
{
    const auto found = std::find(std::begin(kindsInTabOrder), std::end(kindsInTabOrder), kind);
    return found == std::end(kindsInTabOrder) ? 0 : int(found - std::begin(kindsInTabOrder));
}

QLabel *plainLabel(QWidget *parent, Metrics::TextRole role)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(Metrics::font(role));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProfilePage::ProfilePage(
    FeedCache &cache, SyncEngine *engine, MediaImageCache *images, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_images(images)
    , m_avatar(new Avatar(images, this))
    , m_avatarLabel(new QLabel(this))
    , m_name(plainLabel(this, Metrics::TextRole::PageTitle))
    , m_handleLabel(plainLabel(this, Metrics::TextRole::Body))
    , m_bio(plainLabel(this, Metrics::TextRole::Body))
    , m_joined(plainLabel(this, Metrics::TextRole::Caption))
    , m_topics(plainLabel(this, Metrics::TextRole::Caption))
    , m_notice(plainLabel(this, Metrics::TextRole::Caption))
    , m_edit(new QPushButton(tr("&Edit profile…"), this))
    , m_block(new QPushButton(this))
    , m_kinds(new SegmentedControl(this))
    , m_body(new QStackedWidget(this))
    , m_feed(new FeedView(m_body))
    , m_emptyState(new QLabel(m_body))
    , m_model(new FeedModel(cache, engine, this))
    , m_delegate(new PostCardDelegate(images, m_feed))
    , m_cardMenu(new CardMenu(this))
    , m_person(new ProfileModel(cache, engine, this))
{
    m_avatarLabel->setFixedSize(AvatarSide, AvatarSide);
    m_bio->setWordWrap(true);
    m_topics->setWordWrap(true);
    m_notice->setWordWrap(true);
    for (QLabel *quiet : {m_handleLabel, m_joined, m_topics, m_notice}) {
        QPalette palette = quiet->palette();
        palette.setColor(QPalette::WindowText, Colors::secondaryText(palette));
        quiet->setPalette(palette);
    }
    m_notice->hide();

    m_kinds->addSegment(tr("All"));
    m_kinds->addSegment(tr("Stories"));
    m_kinds->addSegment(tr("Posts"));
    m_kinds->addSegment(tr("Videos"));
    m_kinds->setAccessibleName(tr("Show"));
    m_kinds->setAccessibleDescription(
        tr("Which of their posts the page shows: all, stories, posts or videos."));
    connect(m_kinds, &SegmentedControl::currentChanged, this, [this] {
        showFeed();
        Q_EMIT locationChanged();
    });

    m_feed->setModel(m_model);
    m_feed->setItemDelegate(m_delegate);
    m_feed->verticalScrollBar()->setSingleStep(24);
    m_feed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feed->setFrameShape(QFrame::NoFrame);
    m_feed->setAccessibleName(tr("Their posts"));
    m_delegate->attachTo(m_feed);
    connect(m_feed, &FeedView::cardMenuRequested, this, &ProfilePage::showCardMenu);
    // The cards' menus are the topic page's, less the way to this page.
    m_cardMenu->setOffersAuthor(false);
    connect(m_cardMenu, &CardMenu::postActivated, this, &ProfilePage::postActivated);
    connect(m_cardMenu, &CardMenu::reactRequested, this, &ProfilePage::reactRequested);
    connect(m_cardMenu, &CardMenu::copyLinkRequested, this, &ProfilePage::copyLinkRequested);
    connect(m_cardMenu, &CardMenu::hashtagActivated, this, &ProfilePage::hashtagActivated);
    connect(m_cardMenu, &CardMenu::reportRequested, this, &ProfilePage::reportRequested);
    connect(m_cardMenu, &CardMenu::blockRequested, this, &ProfilePage::blockRequested);
    connect(m_delegate, &PostCardDelegate::reactMenuRequested, this,
        [this](const QModelIndex &index, const QPoint &globalPosition) {
            if (index.isValid())
                m_cardMenu->createReactionMenu(index, this)->popup(globalPosition);
        });
    connect(m_feed, &QAbstractItemView::activated, this, &ProfilePage::activate);
    connect(m_delegate, &PostCardDelegate::postActivated, this, &ProfilePage::activate);
    connect(m_delegate, &PostCardDelegate::hashtagActivated, this, &ProfilePage::hashtagActivated);
    connect(m_delegate, &PostCardDelegate::mediaActivated, this, [this](const QModelIndex &index) {
        Q_EMIT photoRequested(index.data(FeedModel::IdRole).toLongLong());
    });
    connect(m_delegate, &PostCardDelegate::reactRequested, this,
        [this](const QModelIndex &index, std::optional<ReactionKind> kind) {
            Q_EMIT reactRequested(index.data(FeedModel::IdRole).toLongLong(), kind);
        });
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(Metrics::spaceXXL);
    m_body->addWidget(m_feed);
    m_body->addWidget(m_emptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilePage::updateEmptyState);

    connect(m_edit, &QPushButton::clicked, this, &ProfilePage::editRequested);
    connect(m_block, &QPushButton::clicked, this, [this] {
        const std::optional<Profile> person = profile();
        if (!person)
            return;
        if (person->blocked)
            Q_EMIT unblockRequested(person->user);
        else
            Q_EMIT blockRequested(person->user);
    });
    connect(m_avatar, &Avatar::changed, this, &ProfilePage::updateAvatar);
    connect(m_avatar, &Avatar::changed, m_feed->viewport(), qOverload<>(&QWidget::update));

    connect(m_person, &ProfileModel::changed, this, [this] {
        showHeader();
        // Known now, and not before: the posts can be listed.
        if (m_person->userId() != 0 && m_person->userId() != m_authorId) {
            m_authorId = m_person->userId();
            showFeed();
        }
    });
    if (m_engine) {
        connect(m_engine, &SyncEngine::stateChanged, this, [this] {
            updateNotice();
            updateEmptyState();
        });
    }

    // Top: the avatar beside who they are; then the filter; then their posts.
    auto *who = new QVBoxLayout;
    who->setSpacing(Metrics::spaceXS);
    who->addWidget(m_name);
    who->addWidget(m_handleLabel);
    who->addSpacing(Metrics::spaceS);
    who->addWidget(m_bio);
    who->addWidget(m_joined);
    who->addWidget(m_topics);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_block);
    actions->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(Metrics::spaceXL);
    header->addWidget(m_avatarLabel, 0, Qt::AlignTop);
    header->addLayout(who, 1);
    header->addLayout(actions);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(
        Metrics::spaceXXL, Metrics::spaceXL, Metrics::spaceXXL, Metrics::spaceM);
    top->setSpacing(Metrics::spaceM);
    top->addLayout(header);
    top->addWidget(m_notice);
    top->addWidget(m_kinds, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    QWidget *previous = m_block;
    setTabOrder(m_edit, m_block);
    for (int i = 0; i < m_kinds->count(); ++i) {
        setTabOrder(previous, m_kinds->segment(i));
        previous = m_kinds->segment(i);
    }
    setTabOrder(previous, m_feed);
}

void ProfilePage::setCare(Care *care)
{
    m_care = care;
    m_delegate->setCare(care);
    m_cardMenu->setCare(care);
}

void ProfilePage::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
    m_model->setMyHandle(handle);
    m_cardMenu->setMyHandle(handle);
    showHeader();
}

bool ProfilePage::isOffline() const
{
    return !m_engine || !m_engine->isNetworkEnabled()
        || m_engine->state() == SyncEngine::State::Offline;
}

std::optional<Profile> ProfilePage::profile() const
{
    return m_person->profile();
}

void ProfilePage::showLocation(const Location &location)
{
    const bool samePerson = location.handle == m_handle;
    m_handle = location.handle;
    if (!samePerson)
        m_authorId = 0;
    {
        const QSignalBlocker blocker(m_kinds);
        m_kinds->setCurrentIndex(tabOf(location.feed.kind));
    }
    m_person->setHandle(m_handle);
    if (!samePerson || m_model->key().kind != location.feed.kind || m_model->rowCount() == 0)
        showFeed();
}

Location ProfilePage::location() const
{
    Location here = Location::profile(m_handle);
    here.feed.kind = kindsInTabOrder[std::max(0, m_kinds->currentIndex())];
    return here;
}

void ProfilePage::refresh()
{
    m_person->reload(m_handle);
    m_person->refresh();
    m_model->refresh();
}

void ProfilePage::reloadProfile(const QString &handle)
{
    m_person->reload(handle);
}

void ProfilePage::showHeader()
{
    const bool mine = !m_myHandle.isEmpty() && m_handle == m_myHandle;
    const std::optional<Profile> shown = profile();
    const bool missing = m_person->isMissing();
    if (shown) {
        m_name->setText(PersonText::withoutDirectionControls(
            PostText::cardText(shown->user.displayName, 200, false)));
        m_bio->setText(PersonText::withoutDirectionControls(shown->bio));
        m_bio->setVisible(!shown->bio.isEmpty());
        // When they came, and what they shared: "Joined March 2026 · 12 posts, 3 stories".
        QStringList line;
        if (shown->joinedAt.isValid()) {
            line.append(tr("Joined %1")
                            .arg(QLocale().toString(shown->joinedAt.toLocalTime().date(),
                                QStringLiteral("MMMM yyyy"))));
        }
        QStringList shared;
        if (shown->postCount > 0)
            shared.append(tr("%n posts", nullptr, int(shown->postCount)));
        if (shown->storyCount > 0)
            shared.append(tr("%n stories", nullptr, int(shown->storyCount)));
        if (shown->videoCount > 0)
            shared.append(tr("%n videos", nullptr, int(shown->videoCount)));
        if (!shared.isEmpty())
            line.append(shared.join(tr(", ")));
        m_joined->setText(line.join(QStringLiteral(" · ")));
        m_joined->setVisible(!line.isEmpty());
        QStringList names;
        for (const Topic &topic : shown->followedTopics.value_or(QList<Topic>()))
            names.append(PersonText::isolated(topic.name));
        m_topics->setText(names.isEmpty()
                ? QString()
                : tr("Follows %1").arg(QLocale().createSeparatedList(names)));
        m_topics->setVisible(!names.isEmpty());
    } else {
        m_name->setText(missing ? tr("No one here") : u'@' + m_handle);
        m_bio->hide();
        m_joined->hide();
        m_topics->hide();
    }
    m_handleLabel->setText(u'@' + m_handle);
    m_edit->setVisible(mine);
    m_block->setVisible(!mine && shown.has_value() && !m_myHandle.isEmpty());
    m_block->setText(shown && shown->blocked ? tr("Un&block") : tr("&Block…"));
    m_kinds->setVisible(!missing);
    updateAvatar();
    updateNotice();
    updateEmptyState();
}

void ProfilePage::updateAvatar()
{
    const std::optional<Profile> shown = profile();
    User person = shown ? shown->user : User{0, m_handle, m_handle, false};
    const qreal ratio = devicePixelRatioF();
    m_avatarLabel->setPixmap(m_avatar->pixmap(person, AvatarSide, ratio));
    m_avatarLabel->setAccessibleName(tr("%1’s picture").arg(person.displayName));
}

void ProfilePage::updateNotice()
{
    const std::optional<Profile> shown = profile();
    const bool missing = m_person->isMissing();
    QString notice;
    if (missing) {
        notice = tr("There is no one called @%1 in this community.").arg(m_handle);
    } else if (isOffline()) {
        notice = shown || m_model->rowCount() > 0
            ? tr("You're offline: this is what Hearth saved of this page. It is brought up to "
                 "date once you're connected.")
            : tr("You're offline, and nothing of @%1 is saved on this computer yet. It will "
                 "appear here once you're connected.")
                  .arg(m_handle);
    } else if (shown && shown->blocked) {
        notice = tr("You blocked this person: their posts are hidden from you.");
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ProfilePage::showFeed()
{
    if (m_authorId == 0)
        return;
    const FeedKind kind = kindsInTabOrder[std::max(0, m_kinds->currentIndex())];
    FeedKey key;
    key.kind = kind;
    key.authorId = m_authorId;
    m_model->setFeed(key);
    if (m_model->rowCount() > 0 && !m_feed->currentIndex().isValid())
        m_feed->setCurrentIndex(m_model->index(0));
    updateEmptyState();
}

QString ProfilePage::emptyStateText() const
{
    if (m_model->rowCount() > 0)
        return {};
    const std::optional<Profile> shown = profile();
    const bool missing = m_person->isMissing();
    if (missing)
        return tr("There is no one called @%1 here.").arg(m_handle);
    if (shown && shown->blocked)
        return tr("You blocked this person, so their posts are hidden.");
    if (isOffline())
        return tr("None of their posts are saved on this computer yet.");
    if (m_engine && m_engine->state() == SyncEngine::State::Syncing)
        return tr("Loading…");
    switch (kindsInTabOrder[std::max(0, m_kinds->currentIndex())]) {
    case FeedKind::Story:
        return tr("No stories yet.");
    case FeedKind::Post:
        return tr("No posts yet.");
    case FeedKind::Video:
        return tr("No videos yet.");
    case FeedKind::All:
        break;
    }
    return tr("Nothing shared yet.");
}

void ProfilePage::updateEmptyState()
{
    const QString text = emptyStateText();
    m_emptyState->setText(text);
    m_emptyState->setAccessibleName(text);
    m_body->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_feed) : m_emptyState);
}

void ProfilePage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    if (m_care && m_care->postFold(index).folded) {
        m_care->openPost(id);
        return;
    }
    Q_EMIT postActivated(id);
}

void ProfilePage::showCardMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (index.isValid())
        m_cardMenu->createMenu(index, this)->popup(globalPosition);
}

} // namespace Hearth
