#include "MainWindow.h"

#include "AccountButton.h"
#include "AccountGate.h"
#include "DefaultGeometry.h"
#include "LinkOpener.h"
#include "PageWrites.h"
#include "RecoveryNotice.h"
#include "SignInDialog.h"
#include "SyncStatusLabel.h"
#include "TopicSwitcher.h"
#include "UnsentButton.h"
#include "WindowActions.h"
#include "api/Hashtags.h"
#include "api/PersonText.h"
#include "api/PlaceLink.h"
#include "models/DraftListModel.h"
#include "models/FeedModel.h"
#include "models/NotificationModel.h"
#include "models/TopicDirectoryModel.h"
#include "sync/Account.h"
#include "sync/CacheRepair.h"
#include "sync/Community.h"
#include "sync/ComposerStore.h"
#include "sync/ErrorText.h"
#include "sync/MediaImageCache.h"
#include "sync/Newsletters.h"
#include "sync/NotificationCenter.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "ui/care/Care.h"
#include "ui/care/Preferences.h"
#include "ui/care/ReportAndBlock.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/dialogs/DisplaySettings.h"
#include "ui/dialogs/NewslettersDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/drafts/DraftsPage.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/media/PhotoViewer.h"
#include "ui/media/VideoPlayer.h"
#include "ui/notify/DesktopNotifier.h"
#include "ui/notify/NotificationBell.h"
#include "ui/notify/NotificationPopups.h"
#include "ui/notify/NotificationSettings.h"
#include "ui/notify/NotificationSettingsBox.h"
#include "ui/notify/NotificationsPage.h"
#include "ui/post/CommentBox.h"
#include "ui/post/PostPage.h"
#include "ui/profile/ProfileEditor.h"
#include "ui/profile/ProfilePage.h"
#include "ui/search/SearchField.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString TopicKey = u"window/topic"_s;

} // namespace

MainWindow::MainWindow(Community &community, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_community(community)
    , m_settings(settings)
    , m_preferences(new Preferences(settings, this))
    , m_display(new DisplaySettings(settings, this))
    , m_care(new Care(*m_preferences, this))
    , m_actions(new WindowActions(this))
    , m_gate(new AccountGate(community, this))
    , m_reportAndBlock(new ReportAndBlock(*m_gate, this))
    , m_pageWrites(new PageWrites(*m_gate, this))
    , m_lookup(community)
    , m_images(new MediaImageCache(community.api(), this))
    , m_recoveryNotice(new RecoveryNotice(this))
    , m_pages(new QStackedWidget(this))
    , m_switcher(new TopicSwitcher(this))
    , m_accountButton(new AccountButton(this))
    , m_syncStatus(new SyncStatusLabel(community, this))
    , m_unsentButton(new UnsentButton(community, this))
    , m_search(new SearchField(community, *m_care, this))
{
    setWindowTitle(tr("Hearth"));
    // What a repair of the cache did is said above the page, where it is seen and blocks
    // nothing.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_recoveryNotice);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildNotifier();
    buildMenusAndBars();
    connectActions();
    connectCommunity();

    if (!restoreGeometry(m_settings.value(GeometryKey).toByteArray()))
        setGeometry(defaultWindowGeometry(screen()->availableGeometry()));
    if (m_community.isOpen())
        buildPages();
    updateAccount();
    updateHistoryActions();
}

void MainWindow::buildMenusAndBars()
{
    m_actions->fillMenuBar(menuBar(), m_accountButton->accountActions());

    auto *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(u"navigation"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setEnabled(false);
    toolBar->addAction(m_actions->back());
    toolBar->addAction(m_actions->forward());
    toolBar->addWidget(m_switcher);
    toolBar->addWidget(m_search);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    // A toolbar shows or hides its widgets through their actions, not the widgets themselves.
    m_bellAction = toolBar->addWidget(m_bell);
    toolBar->addWidget(m_accountButton);
    // My page is in the account's menu too.
    m_accountButton->menu()->addSeparator();
    m_accountButton->menu()->addAction(m_actions->myPosts());

    statusBar()->addPermanentWidget(m_unsentButton);
    statusBar()->addPermanentWidget(m_syncStatus);
}

void MainWindow::connectActions()
{
    connect(m_actions->back(), &QAction::triggered, this, [this] {
        rememberWhereWeAre();
        m_navigation.back();
    });
    connect(m_actions->forward(), &QAction::triggered, this, [this] {
        rememberWhereWeAre();
        m_navigation.forward();
    });
    connect(m_actions->refresh(), &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->goToTopic(), &QAction::triggered, m_switcher, &TopicSwitcher::focusGoTo);
    connect(
        m_actions->allTopics(), &QAction::triggered, this, [this] { open(Location::directory()); });
    connect(m_actions->drafts(), &QAction::triggered, this, [this] { open(Location::drafts()); });
    connect(m_actions->settings(), &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->myPosts(), &QAction::triggered, this, &MainWindow::openMyProfile);
    connect(m_accountButton, &AccountButton::signInRequested, this, &MainWindow::showSignIn);
    connect(m_accountButton, &AccountButton::registerRequested, this, &MainWindow::showRegister);
    connect(m_accountButton, &AccountButton::signOutRequested, this, &MainWindow::signOut);
    connect(m_unsentButton, &UnsentButton::changeRequested, this, &MainWindow::changeUnsent);
    connect(m_gate, &AccountGate::signInNeeded, this, &MainWindow::showSignIn);
    connect(m_reportAndBlock, &ReportAndBlock::told, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    connect(&m_navigation, &Navigation::currentChanged, this, &MainWindow::showLocation);
    connect(&m_navigation, &Navigation::historyChanged, this, &MainWindow::updateHistoryActions);
    connect(m_switcher, &TopicSwitcher::topicRequested, this, &MainWindow::openTopic);
    connect(m_actions->search(), &QAction::triggered, m_search, &SearchField::focusSearch);
    connect(m_search, &SearchField::postRequested, this, &MainWindow::openPost);
    connect(m_search, &SearchField::topicRequested, this, &MainWindow::openTopic);
    connect(m_search, &SearchField::personRequested, this,
        [this](const QString &handle) { open(Location::profile(handle)); });
    connect(m_search, &SearchField::left, this, [this] {
        if (QWidget *page = currentPage())
            page->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::connectCommunity()
{
    connect(&m_community, &Community::aboutToSwitch, this, &MainWindow::dropPages);
    // A cache found damaged after it opened is set aside (and the pages built anew) when the
    // person is not writing: the notice then says what happened, as at a start.
    m_community.setRepairGate([this] { return m_composer.isNull(); });
    connect(&m_community, &Community::switched, this, [this] {
        buildPages();
        updateAccount();
        m_gate->runWaiting();
    });
    connect(&m_community, &Community::pendingWritesChanged, m_syncStatus,
        &SyncStatusLabel::setPendingWrites);
    connect(&m_community, &Community::signInRequired, this, [this] {
        statusBar()->showMessage(
            tr("Your session has ended. Sign in again to send what is waiting."));
        showSignIn();
    });

    // Without a keychain the sign-in lasts until Hearth quits: say so, once, plainly.
    connect(&m_community, &Community::keychainUnavailable, this, [this](const QString &message) {
        m_keychainNotice = message;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Your sign-in can't be kept"),
            message, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

MainWindow::~MainWindow()
{
    // Pages and dialogs still waiting on the network go with the window's children, after
    // this body: what their aborted requests report must not call back into a window that
    // is half gone (seen when closing with the newsletters dialog open, offline).
    disconnect(&m_community, nullptr, this, nullptr);
    if (m_community.isOpen()) {
        disconnect(&m_community.sync(), nullptr, this, nullptr);
        if (Outbox *outbox = m_community.outbox())
            disconnect(outbox, nullptr, this, nullptr);
    }
    // Whatever holds the Care (the pages, the composer and other dialogs) goes before it:
    // children are deleted in the order they were made, and the Care came first.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(dialogs);
    dropPages();
}

QString MainWindow::initialTopic(const QString &fallback) const
{
    const QString last = m_settings.value(TopicKey).toString();
    return last.isEmpty() ? fallback : last;
}

void MainWindow::openTopic(const QString &slug)
{
    const QString topic = slug.trimmed().toLower();
    if (topic.isEmpty())
        return;
    rememberWhereWeAre();
    m_navigation.go(Location::topic(topic));
}

void MainWindow::openPost(qint64 postId)
{
    open(Location::post(postId, m_navigation.current().feed.slug));
}

void MainWindow::open(const Location &location)
{
    rememberWhereWeAre();
    m_navigation.go(location);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::rememberWhereWeAre()
{
    if (m_topicPage && m_pages->currentWidget() == m_topicPage && !m_navigation.isEmpty())
        m_navigation.updateCurrent(m_topicPage->location());
}

void MainWindow::buildPages()
{
    if (m_topicPage)
        return;
    SyncEngine *engine = &m_community.sync();
    m_topicPage = new TopicPage(m_community.feed(), engine, m_images, m_pages);
    m_pages->addWidget(m_topicPage);
    m_pageWrites->watch(m_topicPage);
    // After a repair the feed is empty because the cache is new, not because nothing was
    // ever saved: the page says so, and the notice says what happened, once per repair.
    const CacheRepair recovery = CacheRepair::of(m_community);
    m_topicPage->setCacheRebuilt(recovery.cacheRebuilt);
    m_recoveryNotice->showRecovery(recovery);
    m_care->setMyHandle(m_community.user() ? m_community.user()->handle : QString());
    // "N changes not sent", in the status bar at the bottom, comes after the page in Tab's
    // order, not between the toolbar and the page (the pages are made after it).
    putUnsentAfter(m_topicPage);

    connect(m_topicPage, &TopicPage::postActivated, this, &MainWindow::openPost);
    connect(m_topicPage, &TopicPage::photoRequested, this,
        [this](qint64 postId) { showPostPhoto(postId); });
    connect(m_topicPage, &TopicPage::hashtagActivated, this,
        [this](const QString &tag) { openTopic(Hashtags::slug(tag)); });
    connect(m_topicPage, &TopicPage::locationChanged, this, [this] {
        m_navigation.updateCurrent(m_topicPage->location());
        m_settings.setValue(TopicKey, m_topicPage->slug());
    });
    connect(m_topicPage, &TopicPage::newslettersRequested, this, &MainWindow::showNewsletters);
    m_topicPage->setCare(m_care);
    connect(m_topicPage, &TopicPage::reportRequested, this, &MainWindow::reportPost);
    connect(m_topicPage, &TopicPage::blockRequested, this, &MainWindow::block);
    connect(m_topicPage, &TopicPage::createPostRequested, this,
        [this](const QString &slug) { openComposer(slug); });
    connect(m_topicPage, &TopicPage::copyLinkRequested, this, &MainWindow::copyLink);
    connect(m_topicPage, &TopicPage::authorActivated, this,
        [this](const QString &handle) { open(Location::profile(handle)); });

    if (Outbox *outbox = m_community.outbox()) {
        FeedModel *model = m_topicPage->model();
        // An unblocked person's posts come back with a fresh page (changes never bring
        // them); blocks made on another device come with the server's list.
        connect(outbox, &Outbox::unblockDelivered, m_topicPage, [this] {
            if (m_topicPage)
                m_topicPage->refresh();
        });
        if (m_community.isNetworkEnabled())
            outbox->refreshBlocks();
        connect(outbox, &Outbox::postsChanged, model, &FeedModel::refreshPosts);
        connect(outbox, &Outbox::postIdChanged, model, &FeedModel::replacePostId);
        connect(outbox, &Outbox::topicChanged, m_topicPage, [this](const QString &slug) {
            if (slug == m_topicPage->slug())
                m_topicPage->showLocation(m_topicPage->location());
            updateTopics();
        });
        m_topicPage->setMyHandle(m_community.user()->handle);
        connect(outbox, &Outbox::writeFailed, m_unsentButton, &UnsentButton::refresh);
        connect(outbox, &Outbox::pendingCountChanged, m_unsentButton, &UnsentButton::refresh);
    }
    m_unsentButton->refresh();
    m_syncStatus->setEngine(engine);
    connect(engine, &SyncEngine::topicsChanged, this, &MainWindow::updateTopics);
    updateTopics();
    if (m_community.isNetworkEnabled())
        engine->refreshTopics();
    buildNotifications();
    if (!m_navigation.isEmpty())
        showLocation(m_navigation.current());
    // The words that were in the box, back in it when the same post shows.
    const CarriedComment carried = std::exchange(m_carriedComment, {});
    if (!carried.text.isEmpty() && m_postPage && m_postPage->postId() == carried.postId)
        m_postPage->restoreComment(carried.text, carried.parentId);
}

PostPage *MainWindow::ensurePostPage()
{
    // Made when a post is first shown, not with the topic page: the window's first frame
    // shows the feed, and building a page it does not show would only delay it.
    if (m_postPage || !m_topicPage)
        return m_postPage;
    SyncEngine *engine = &m_community.sync();
    m_postPage = new PostPage(m_community.feed(), m_community.comments(), engine, m_pages);
    m_pages->addWidget(m_postPage);
    m_pageWrites->watch(m_postPage);
    m_postPage->setCare(m_care);
    m_postPage->setDrafts(&m_community.drafts());
    putUnsentAfter(m_postPage);
    connect(m_postPage, &PostPage::settingsRequested, this, &MainWindow::showSettings);
    connect(m_postPage, &PostPage::reportPostRequested, this, &MainWindow::reportPost);
    connect(m_postPage, &PostPage::reportCommentRequested, this, &MainWindow::reportComment);
    connect(m_postPage, &PostPage::blockRequested, this, &MainWindow::block);
    connect(m_postPage, &PostPage::copyLinkRequested, this, &MainWindow::copyLink);
    connect(m_postPage, &PostPage::authorRequested, this,
        [this](const QString &handle) { open(Location::profile(handle)); });
    connect(m_postPage, &PostPage::editPostRequested, this,
        [this](qint64 postId) { openComposer(m_navigation.current().feed.slug, postId); });
    connect(m_postPage, &PostPage::hashtagActivated, this,
        [this](const QString &tag) { openTopic(Hashtags::slug(tag)); });
    m_postPage->setServer(m_community.server());
    m_postPage->setImages(m_images);
    connect(m_postPage, &PostPage::mediaRequested, this, &MainWindow::showPhoto);
    // Every image decoded (the feed's too) says so: only the post's own concerns the page,
    // which knows it without asking the cache.
    connect(m_images, &MediaImageCache::imageReady, m_postPage, [this](qint64 mediaId) {
        if (mediaId != 0 && mediaId == m_postPage->mediaId())
            m_postPage->setMediaImage(m_images->image(mediaId));
    });
    connect(m_postPage, &PostPage::mediaImageNeeded, this,
        [this](qint64 mediaId) { m_postPage->setMediaImage(m_images->image(mediaId)); });
    connect(m_postPage, &PostPage::linkActivated, this, &MainWindow::openLink);
    connect(m_postPage, &PostPage::mentionActivated, this,
        [this](const QString &handle) { open(Location::profile(handle)); });
    connect(m_postPage, &PostPage::unsentReplaced, this, [this](qint64 entryId) {
        if (Outbox *outbox = m_community.outbox())
            outbox->discard(entryId);
    });
    // The post is gone from here at once (the write went first): back to where it was
    // opened from.
    connect(m_postPage, &PostPage::deletePostRequested, this, [this] {
        if (m_navigation.canGoBack())
            m_actions->back()->trigger();
    });
    if (Outbox *outbox = m_community.outbox()) {
        connect(outbox, &Outbox::postsChanged, m_postPage, &PostPage::refreshPosts);
        connect(outbox, &Outbox::commentsChanged, m_postPage, &PostPage::refreshComments);
        connect(outbox, &Outbox::postIdChanged, m_postPage, &PostPage::followPostId);
        m_postPage->setMyHandle(m_community.user()->handle);
    }
    return m_postPage;
}

DirectoryPage *MainWindow::ensureDirectoryPage()
{
    if (m_directoryPage || !m_topicPage)
        return m_directoryPage;
    m_directoryPage = new DirectoryPage(m_community.feed(), &m_community.sync(), m_pages);
    m_pages->addWidget(m_directoryPage);
    putUnsentAfter(m_directoryPage);
    connect(m_directoryPage, &DirectoryPage::topicActivated, this, &MainWindow::openTopic);
    // Through the outbox, as the topic header's Join: it works offline, and asks to sign in.
    connect(m_directoryPage, &DirectoryPage::joinRequested, this,
        [this](const QString &slug, bool join) {
            m_gate->run([slug, join](Outbox &outbox) { outbox.setMembership(slug, join); });
        });
    connect(m_directoryPage, &DirectoryPage::copyLinkRequested, this,
        [this](const QString &slug) { copyLink(Location::topic(slug)); });
    if (Outbox *outbox = m_community.outbox()) {
        connect(
            outbox, &Outbox::topicChanged, m_directoryPage->model(), &TopicDirectoryModel::refresh);
    }
    return m_directoryPage;
}

DraftsPage *MainWindow::ensureDraftsPage()
{
    if (m_draftsPage || !m_topicPage)
        return m_draftsPage;
    m_draftsPage
        = new DraftsPage(new DraftListModel(m_community.drafts(), m_community.feed()), m_pages);
    m_pages->addWidget(m_draftsPage);
    putUnsentAfter(m_draftsPage);
    connect(&m_community, &Community::draftsChanged, m_draftsPage, &DraftsPage::refresh);
    connect(m_draftsPage, &DraftsPage::resumeRequested, this, &MainWindow::resumeDraft);
    connect(m_draftsPage, &DraftsPage::deleteRequested, this, [this](const QString &key) {
        ComposerStore(m_community.feed(), m_community.drafts()).removeDraft(key);
        statusBar()->showMessage(tr("Draft deleted."), 5000);
    });
    return m_draftsPage;
}

void MainWindow::resumeDraft(const QString &key)
{
    if (!m_draftsPage)
        return;
    const int row = m_draftsPage->model()->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_draftsPage->model()->index(row, 0);
    const auto kind = DraftListModel::Kind(index.data(DraftListModel::KindRole).toInt());
    const qint64 postId = index.data(DraftListModel::PostIdRole).toLongLong();
    switch (kind) {
    case DraftListModel::Kind::NewPost: {
        // The composer takes up the draft of a new post by itself.
        const QString slug = index.data(DraftListModel::TopicSlugRole).toString();
        openComposer(slug.isEmpty() ? m_navigation.current().feed.slug : slug);
        break;
    }
    case DraftListModel::Kind::PostEdit:
        if (!m_lookup.post(postId)) {
            statusBar()->showMessage(
                tr("That post is not on this computer any more: open it once to edit it."), 8000);
            return;
        }
        openComposer(m_navigation.current().feed.slug, postId);
        break;
    case DraftListModel::Kind::Comment:
        // The comment box takes up the post's draft when the post shows.
        open(Location::post(postId));
        if (m_postPage && m_postPage->postId() == postId)
            m_postPage->commentBox()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void MainWindow::copyLink(const Location &location)
{
    PlaceLink link;
    switch (location.page) {
    case Location::Page::Post:
        link = PlaceLink::post(m_community.server(), location.postId, location.commentId);
        break;
    case Location::Page::Topic:
        link = PlaceLink::topic(m_community.server(), location.feed.slug);
        break;
    case Location::Page::Profile:
        link = PlaceLink::profile(m_community.server(), location.handle);
        break;
    case Location::Page::Notifications:
    case Location::Page::Directory:
    case Location::Page::Drafts:
        return;
    }
    const QString text = link.toString();
    if (text.isEmpty()) {
        statusBar()->showMessage(
            tr("This has no link yet: it is still on its way to the community."), 8000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Link copied."), 5000);
}

QString MainWindow::openPlaceLink(const QString &text)
{
    PlaceLink::Problem problem = PlaceLink::Problem::Malformed;
    const std::optional<PlaceLink> link = PlaceLink::parse(text, &problem);
    QString message;
    if (!link && problem == PlaceLink::Problem::NotHearth) {
        message = tr("Hearth can't open “%1”: it is not a Hearth link. Hearth links start with "
                     "“hearth:”.")
                      .arg(text.left(200));
    } else if (!link) {
        message = tr("Hearth can't open this link: it is damaged or incomplete. Ask for it to be "
                     "copied again.");
    } else if (!PlaceLink::sameCommunity(link->community, m_community.server())) {
        message = tr("This link is for the community at %1, and Hearth is connected to %2. To "
                     "open it, start Hearth with --server %1.")
                      .arg(link->community.toDisplayString(),
                          PlaceLink::normalizedCommunity(m_community.server()).toDisplayString());
    }
    if (!message.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Can't open the link"), message, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(message, 15000);
        return message;
    }
    switch (link->kind) {
    case PlaceLink::Kind::Post:
        open(link->commentId != 0 ? Location::comment(link->postId, link->commentId)
                                  : Location::post(link->postId));
        break;
    case PlaceLink::Kind::Topic:
        openTopic(link->slug);
        break;
    case PlaceLink::Kind::Profile:
        open(Location::profile(link->handle));
        break;
    }
    return {};
}

ProfilePage *MainWindow::ensureProfilePage()
{
    // Made when a person's page is first shown, as the post page is.
    if (m_profilePage || !m_topicPage)
        return m_profilePage;
    SyncEngine *engine = &m_community.sync();
    m_profilePage = new ProfilePage(m_community.feed(), engine, m_images, m_pages);
    m_pages->addWidget(m_profilePage);
    m_pageWrites->watch(m_profilePage);
    m_profilePage->setCare(m_care);
    putUnsentAfter(m_profilePage);
    connect(m_profilePage, &ProfilePage::postActivated, this, &MainWindow::openPost);
    connect(m_profilePage, &ProfilePage::photoRequested, this,
        [this](qint64 postId) { showPostPhoto(postId); });
    connect(m_profilePage, &ProfilePage::hashtagActivated, this,
        [this](const QString &tag) { openTopic(Hashtags::slug(tag)); });
    connect(m_profilePage, &ProfilePage::reportRequested, this, &MainWindow::reportPost);
    connect(m_profilePage, &ProfilePage::blockRequested, this, &MainWindow::block);
    connect(m_profilePage, &ProfilePage::copyLinkRequested, this, &MainWindow::copyLink);
    connect(
        m_profilePage, &ProfilePage::unblockRequested, m_reportAndBlock, &ReportAndBlock::unblock);
    connect(m_profilePage, &ProfilePage::editRequested, this, &MainWindow::editProfile);
    connect(m_profilePage, &ProfilePage::locationChanged, this,
        [this] { m_navigation.updateCurrent(m_profilePage->location()); });
    if (Outbox *outbox = m_community.outbox()) {
        FeedModel *model = m_profilePage->model();
        connect(outbox, &Outbox::postsChanged, model, &FeedModel::refreshPosts);
        connect(outbox, &Outbox::postIdChanged, model, &FeedModel::replacePostId);
        connect(outbox, &Outbox::profileChanged, m_profilePage, &ProfilePage::reloadProfile);
        // A block or an unblock changes what the page shows: the person's posts go or come.
        connect(outbox, &Outbox::blocksChanged, m_profilePage, [this] {
            if (m_profilePage && !m_profilePage->handle().isEmpty())
                m_profilePage->refresh();
        });
        connect(outbox, &Outbox::unblockDelivered, m_profilePage, [this] {
            if (m_profilePage)
                m_profilePage->refresh();
        });
        m_profilePage->setMyHandle(m_community.user()->handle);
    }
    return m_profilePage;
}

void MainWindow::openMyProfile()
{
    if (const std::optional<User> me = m_community.user())
        open(Location::profile(me->handle));
    else
        showSignIn();
}

QWidget *MainWindow::editProfile()
{
    const std::optional<User> me = m_community.user();
    Outbox *outbox = m_community.outbox();
    if (!me || !outbox) {
        showSignIn();
        return nullptr;
    }
    // From my page, where "Edit profile" is; what is known of me otherwise.
    const std::optional<Profile> shown = m_profilePage && m_profilePage->handle() == me->handle
        ? m_profilePage->profile()
        : std::nullopt;
    const Profile profile
        = shown.value_or(Profile{*me, {}, {}, std::nullopt, false, std::nullopt, 0, 0, 0, false});
    auto *editor = new ProfileEditor(profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // The outbox goes with the cache when the person signs in or out: so does the editor.
    connect(&m_community, &Community::aboutToSwitch, editor, &QObject::deleteLater);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        Outbox *outbox = m_community.outbox();
        if (!outbox)
            return;
        const ProfilePatch patch = editor->patch();
        if (!editor->pictureFile().isEmpty()) {
            uploadAvatarThenEdit(editor->pictureFile(), editor->pictureMimeType(), patch);
        } else if (!patch.isEmpty()) {
            // Shown at once, sent in its turn: offline too.
            outbox->editProfile(patch);
        }
    });
    editor->open();
    return editor;
}

void MainWindow::uploadAvatarThenEdit(
    const QString &file, const QByteArray &mimeType, ProfilePatch patch)
{
    // The words go through the outbox now; the picture needs the community (an upload is
    // not kept offline), and follows as an edit of its own once it is up.
    if (!patch.isEmpty())
        m_community.outbox()->editProfile(patch);
    QFile picture(file);
    if (!picture.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("The picture could not be read."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Sending your picture…"));
    m_community.outbox()->uploadAvatar(picture.readAll(), mimeType,
        [window = QPointer<MainWindow>(this)](const std::optional<ApiError> &error) {
            if (!window)
                return;
            if (error) {
                window->statusBar()->showMessage(
                    tr("Your picture could not be sent: %1 Your other changes are kept.")
                        .arg(ErrorText::describe(*error)),
                    10000);
            } else {
                window->statusBar()->showMessage(tr("Your picture is up."), 5000);
            }
        });
}

void MainWindow::putUnsentAfter(QWidget *page)
{
    // After the page's last control that takes the focus: Qt leaves the order as it is when
    // asked to put a widget after one that never has the focus (a label, say).
    QWidget *lastOfPage = nullptr;
    for (QWidget *next = page->nextInFocusChain(); page->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->focusPolicy() != Qt::NoFocus)
            lastOfPage = next;
    }
    if (lastOfPage)
        setTabOrder(lastOfPage, m_unsentButton);
}

void MainWindow::dropPages()
{
    rememberWhereWeAre();
    // Words in the comment box outlive the page: signing in rebuilds it.
    if (m_postPage && !m_postPage->commentBox()->text().trimmed().isEmpty()) {
        m_carriedComment = {m_postPage->postId(), m_postPage->commentBox()->text(),
            m_postPage->commentBox()->replyParentId()};
    }
    m_syncStatus->setEngine(nullptr);
    delete std::exchange(m_topicPage, nullptr);
    delete std::exchange(m_postPage, nullptr);
    delete std::exchange(m_directoryPage, nullptr);
    delete std::exchange(m_draftsPage, nullptr);
    delete std::exchange(m_notificationsPage, nullptr);
    delete std::exchange(m_notificationCenter, nullptr);
    updateBell();
    delete std::exchange(m_profilePage, nullptr);
}

void MainWindow::showLocation(const Location &location)
{
    if (!m_topicPage)
        return;
    switch (location.page) {
    case Location::Page::Topic:
        m_topicPage->showLocation(location);
        m_pages->setCurrentWidget(m_topicPage);
        m_settings.setValue(TopicKey, location.feed.slug);
        // The keys go to the cards.
        m_topicPage->feedView()->setFocus(Qt::OtherFocusReason);
        break;
    case Location::Page::Post:
        ensurePostPage();
        m_postPage->showPost(location.postId);
        // The photo, or the video's poster: from the image cache now, or when it comes.
        if (const qint64 mediaId = m_postPage->mediaId())
            m_postPage->setMediaImage(m_images->image(mediaId));
        m_pages->setCurrentWidget(m_postPage);
        // The keys go to the post's text (where a screen reader starts reading).
        m_postPage->focusStart();
        // Opened at a comment (a notification): the thread shows it, and the keys go to it.
        if (location.commentId != 0)
            m_postPage->showComment(location.commentId);
        break;
    case Location::Page::Profile:
        ensureProfilePage();
        m_profilePage->showLocation(location);
        m_pages->setCurrentWidget(m_profilePage);
        m_profilePage->feedView()->setFocus(Qt::OtherFocusReason);
        break;
    case Location::Page::Notifications:
        ensureNotificationsPage();
        m_pages->setCurrentWidget(m_notificationsPage);
        m_notificationsPage->focusList();
        // Seen here, read everywhere: the mark goes through the outbox. The rows that were
        // new stay marked while the page is shown.
        m_notificationsPage->model()->holdUnread();
        if (m_notificationCenter)
            m_notificationCenter->markAllRead();
        break;
    case Location::Page::Directory:
        ensureDirectoryPage();
        m_directoryPage->refresh();
        m_pages->setCurrentWidget(m_directoryPage);
        m_directoryPage->focusStart();
        break;
    case Location::Page::Drafts:
        ensureDraftsPage();
        m_draftsPage->refresh();
        m_pages->setCurrentWidget(m_draftsPage);
        m_draftsPage->focusStart();
        break;
    }
    updateHistoryActions();
}

void MainWindow::refresh()
{
    if (m_pages->currentWidget() == m_topicPage && m_topicPage)
        m_topicPage->refresh();
    else if (m_directoryPage && m_pages->currentWidget() == m_directoryPage)
        m_directoryPage->model()->refresh(); // the topics are asked for below
    else if (m_draftsPage && m_pages->currentWidget() == m_draftsPage)
        m_draftsPage->refresh();
    else if (m_profilePage && m_pages->currentWidget() == m_profilePage)
        m_profilePage->refresh();
    else if (m_postPage)
        m_postPage->showPost(m_postPage->postId());
    m_community.sync().refreshTopics();
}

void MainWindow::updateHistoryActions()
{
    m_actions->back()->setEnabled(m_navigation.canGoBack());
    m_actions->forward()->setEnabled(m_navigation.canGoForward());
}

void MainWindow::updateTopics()
{
    if (!m_topicPage)
        return;
    m_switcher->setTopics(m_lookup.topics(), m_lookup.joinedTopics());
}

void MainWindow::updateAccount()
{
    const std::optional<User> user = m_community.user();
    m_accountButton->setUser(user);
    m_actions->myPosts()->setVisible(user.has_value());
    if (m_topicPage)
        m_topicPage->header()->setSignedIn(user.has_value());
}

QString MainWindow::syncStatusText() const
{
    return m_syncStatus->statusText();
}

void MainWindow::withAccount(std::function<void(Outbox &)> action)
{
    m_gate->run(std::move(action));
}

void MainWindow::showSignIn()
{
    openSignInDialog(int(SignInDialog::Mode::SignIn));
}

void MainWindow::showRegister()
{
    openSignInDialog(int(SignInDialog::Mode::Register));
}

void MainWindow::openSignInDialog(int mode)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_community.account(), m_community.server().host(), this);
        connect(m_signIn, &QDialog::rejected, m_gate, &AccountGate::forget);
    }
    m_signIn->setMode(SignInDialog::Mode(mode));
    m_signIn->open();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void MainWindow::signOut()
{
    m_gate->forget();
    m_community.account().signOut();
}

void MainWindow::showNewsletters(const QString &slug)
{
    const std::optional<Topic> topic = m_lookup.topic(slug);
    auto *dialog = new NewslettersDialog(Newsletters(m_community.api()), m_community.outbox(), slug,
        topic ? topic->name : slug, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewslettersDialog::signInRequested, this, &MainWindow::showSignIn);
    dialog->open();
}

ComposerDialog *MainWindow::composer() const
{
    return m_composer;
}

ComposerDialog *MainWindow::openComposer(const QString &slug, qint64 editedPostId)
{
    if (m_composer) {
        // One composer at a time: the one open keeps its words.
        m_composer->raise();
        m_composer->activateWindow();
        return m_composer;
    }
    m_composer = new ComposerDialog(
        ComposerStore(m_community.feed(), m_community.drafts()), m_community.outbox(), slug, this);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    m_composer->setCare(m_care);
    connect(m_composer, &ComposerDialog::settingsRequested, this, &MainWindow::showSettings);
    connect(m_composer, &ComposerDialog::linkActivated, this, &MainWindow::openLink);
    if (editedPostId != 0) {
        if (const std::optional<Post> post = m_lookup.post(editedPostId))
            m_composer->editPost(*post);
    }
    // It holds the account's cache: it closes (keeping its draft) when the cache changes.
    connect(&m_community, &Community::aboutToSwitch, m_composer.data(), &QObject::deleteLater);
    if (!m_community.outbox()) {
        statusBar()->showMessage(
            tr("You can write now; posting needs you to sign in. Your draft is kept."), 8000);
    }
    m_composer->open();
    return m_composer;
}

void MainWindow::changeUnsent(const UnsentWrite &write)
{
    Outbox *outbox = m_community.outbox();
    if (!outbox || m_composer)
        return;
    ComposerDialog *composer = nullptr;
    if (const auto *post = std::get_if<UnsentPost>(&write.words)) {
        composer = openComposer(m_navigation.current().feed.slug);
        composer->fill(post->post);
    } else if (const auto *edit = std::get_if<UnsentPostEdit>(&write.words)) {
        composer = openComposer(m_navigation.current().feed.slug, edit->postId);
    } else if (const auto *comment = std::get_if<UnsentComment>(&write.words)) {
        changeUnsentComment(write.id, *comment);
        return;
    }
    if (!composer)
        return;
    // Sent again as changed: the refused write goes (with the copy of the post it made).
    const qint64 entryId = write.id;
    connect(composer, &QDialog::accepted, outbox, [outbox, entryId] { outbox->discard(entryId); });
}

void MainWindow::changeUnsentComment(qint64 entryId, const UnsentComment &comment)
{
    // The comment's words go back in its thread's box; sending them lets the refused write go.
    if (comment.postId == 0)
        return; // the edited comment is no longer here
    // The person wrote in this thread: its fold is open to them.
    m_care->openPost(comment.postId);
    openPost(comment.postId);
    if (m_postPage && m_postPage->postId() == comment.postId)
        m_postPage->rewriteUnsent(entryId, comment.body, comment.parentId, comment.editedId);
}

void MainWindow::openLink(const QUrl &url)
{
    if (const LinkOpener::Outcome outcome = LinkOpener::open(url); !outcome.message.isEmpty())
        statusBar()->showMessage(outcome.message, outcome.shownForMs);
}

void MainWindow::setAppearance(Appearance *appearance)
{
    m_display->setAppearance(appearance);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(*m_preferences, *m_display, m_care->crisisLines(),
        m_care->crisisLines().countryFor(QLocale::system()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The people blocked, from the account's cache, kept current while the dialog is open.
    const auto showBlocked = [this, dialog] {
        dialog->setBlockedPeople(m_lookup.blockedPeople(), m_community.outbox() != nullptr);
    };
    showBlocked();
    if (Outbox *outbox = m_community.outbox()) {
        connect(outbox, &Outbox::blocksChanged, dialog, showBlocked);
        outbox->refreshBlocks();
    }
    connect(dialog, &SettingsDialog::unblockRequested, m_reportAndBlock, &ReportAndBlock::unblock);
    dialog->addNotificationSettings(new NotificationSettingsBox(*m_notificationSettings, dialog));
    // The outbox goes with the cache when the person signs in or out: so does the dialog.
    connect(&m_community, &Community::aboutToSwitch, dialog, &QObject::deleteLater);
    dialog->open();
}

void MainWindow::reportPost(qint64 postId)
{
    const std::optional<Post> post = m_lookup.post(postId);
    if (!post)
        return;
    // Not by its title: a folded card keeps the title back.
    m_reportAndBlock->reportPost(
        postId, tr("this post by %1").arg(PersonText::isolated(post->author.displayName)));
}

void MainWindow::reportComment(qint64 commentId)
{
    const std::optional<Comment> comment = m_lookup.comment(commentId);
    if (!comment)
        return;
    m_reportAndBlock->reportComment(
        commentId, tr("this comment by %1").arg(PersonText::isolated(comment->author.displayName)));
}

void MainWindow::block(const User &person)
{
    m_reportAndBlock->block(person);
}

void MainWindow::showPhoto(qint64 mediaId)
{
    if (m_postPage && mediaId != 0)
        showPostPhoto(m_postPage->postId(), mediaId);
}

void MainWindow::showPostPhoto(qint64 postId, qint64 mediaId)
{
    const std::optional<Post> post = m_lookup.post(postId);
    if (!post || !post->media || (mediaId != 0 && post->media->id != mediaId))
        return;
    mediaId = post->media->id;
    if (post->media->kind == MediaKind::Video) {
        // Played in the post; when it cannot be, the system's player takes it.
        QDesktopServices::openUrl(VideoPlayer::mediaUrl(m_community.server(), mediaId));
        return;
    }
    auto *viewer = new PhotoViewer(*m_images, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setCare(m_care);
    viewer->showPhoto(
        *post->media, m_images->contains(mediaId) ? m_images->image(mediaId) : QImage());
    viewer->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(GeometryKey, saveGeometry());
    if (m_topicPage && !m_topicPage->slug().isEmpty())
        m_settings.setValue(TopicKey, m_topicPage->slug());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateWatched();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWatched();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateWatched();
}

void MainWindow::updateWatched()
{
    m_community.setWatched(isVisible() && !isMinimized());
}

void MainWindow::buildNotifier()
{
    m_bell = new NotificationBell(this);
    m_notificationSettings = new NotificationSettings(m_settings, this);
    m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    m_popups = new NotificationPopups(*m_desktop, *m_notificationSettings, *m_care, this, this);
    m_popups->setPostLookup([this](qint64 postId) { return m_lookup.post(postId); });
    connect(m_bell, &QToolButton::clicked, this, [this] { open(Location::notifications()); });
    connect(m_actions->notifications(), &QAction::triggered, this,
        [this] { open(Location::notifications()); });
    // A click on a notification on the desktop brings the window up, at what it told of.
    connect(m_desktop, &DesktopNotifier::activated, this, [this](const Location &where) {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        open(where);
    });
}

void MainWindow::buildNotifications()
{
    if (m_notificationCenter)
        return;
    m_notificationCenter = new NotificationCenter(
        m_community.feed(), m_community.api(), m_community.sync(), m_community.outbox(), this);
    m_popups->setMyId(m_community.user() ? m_community.user()->id : 0);
    connect(m_notificationCenter, &NotificationCenter::changed, this, &MainWindow::updateBell);
    connect(m_notificationCenter, &NotificationCenter::arrived, m_popups,
        &NotificationPopups::announce);
    updateBell();
    if (m_community.isNetworkEnabled())
        m_notificationCenter->refresh();
}

NotificationsPage *MainWindow::ensureNotificationsPage()
{
    if (m_notificationsPage)
        return m_notificationsPage;
    m_notificationsPage = new NotificationsPage(m_notificationCenter, m_pages);
    m_pages->addWidget(m_notificationsPage);
    m_notificationsPage->setImages(m_images);
    // Previews fold as the desktop's notifications do, and follow the reader's care rules.
    const auto foldPreviews = [this] {
        m_notificationsPage->model()->setPreviewFold([this](const Notification &notification) {
            const std::optional<Post> post = m_lookup.post(notification.postId);
            const ContentFold fold
                = m_care->notificationFold(notification, post ? &*post : nullptr);
            return fold.hasReason() ? fold.summary() : QString();
        });
    };
    foldPreviews();
    connect(m_care, &Care::changed, m_notificationsPage, foldPreviews);
    putUnsentAfter(m_notificationsPage);
    connect(m_notificationsPage, &NotificationsPage::locationRequested, this,
        [this](const Location &location) { open(location); });
    return m_notificationsPage;
}

void MainWindow::updateBell()
{
    m_bell->setCount(m_notificationCenter ? m_notificationCenter->state().unread : 0);
    // Signed out, no one can be told anything.
    if (m_bellAction)
        m_bellAction->setVisible(m_community.isSignedIn());
}

} // namespace Hearth
