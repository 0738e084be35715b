#include "MainWindow.h"

#include "ComposerDialog.h"
#include "MediaImageCache.h"
#include "NewslettersDialog.h"
#include "PhotoViewer.h"
#include "PostPage.h"
#include "SignInDialog.h"
#include "TopicHeader.h"
#include "TopicPage.h"
#include "TopicSwitcher.h"
#include "UnsentDialog.h"
#include "VideoPlayer.h"
#include "api/Hashtags.h"
#include "api/Json.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "net/Credentials.h"
#include "sync/Account.h"
#include "sync/Community.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

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
    , m_images(new MediaImageCache(community.api(), this))
    , m_pages(new QStackedWidget(this))
    , m_switcher(new TopicSwitcher(this))
    , m_accountButton(new QToolButton(this))
    , m_back(new QAction(tr("&Back"), this))
    , m_forward(new QAction(tr("&Forward"), this))
    , m_signInAction(new QAction(tr("&Sign in…"), this))
    , m_registerAction(new QAction(tr("&Create an account…"), this))
    , m_signOutAction(new QAction(tr("Sign &out"), this))
    , m_whoAction(new QAction(this))
    , m_syncStatus(new QLabel(this))
    , m_unsentButton(new QToolButton(this))
{
    setWindowTitle(tr("Hearth"));
    setCentralWidget(m_pages);

    m_back->setShortcut(QKeySequence::Back);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    connect(m_back, &QAction::triggered, this, [this] {
        rememberWhereWeAre();
        m_navigation.back();
    });
    connect(m_forward, &QAction::triggered, this, [this] {
        rememberWhereWeAre();
        m_navigation.forward();
    });
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *goToAction = new QAction(tr("&Go to a topic…"), this);
    goToAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(goToAction, &QAction::triggered, m_switcher, &TopicSwitcher::focusGoTo);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    connect(m_signInAction, &QAction::triggered, this, &MainWindow::showSignIn);
    connect(m_registerAction, &QAction::triggered, this, &MainWindow::showRegister);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_whoAction->setEnabled(false);

    QMenu *hearthMenu = menuBar()->addMenu(tr("&Hearth"));
    hearthMenu->addAction(m_whoAction);
    hearthMenu->addAction(m_signInAction);
    hearthMenu->addAction(m_registerAction);
    hearthMenu->addAction(m_signOutAction);
    hearthMenu->addSeparator();
    hearthMenu->addAction(quitAction);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_back);
    goMenu->addAction(m_forward);
    goMenu->addAction(goToAction);
    goMenu->addSeparator();
    goMenu->addAction(refreshAction);

    auto *accountMenu = new QMenu(this);
    accountMenu->addAction(m_whoAction);
    accountMenu->addAction(m_signInAction);
    accountMenu->addAction(m_registerAction);
    accountMenu->addAction(m_signOutAction);
    m_accountButton->setMenu(accountMenu);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(u"navigation"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setEnabled(false);
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addWidget(m_switcher);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_accountButton);

    m_unsentButton->setAutoRaise(true);
    m_unsentButton->setVisible(false);
    connect(m_unsentButton, &QToolButton::clicked, this, &MainWindow::showUnsent);
    statusBar()->addPermanentWidget(m_unsentButton);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setAccessibleName(tr("Sync status"));

    connect(&m_navigation, &Navigation::currentChanged, this, &MainWindow::showLocation);
    connect(&m_navigation, &Navigation::historyChanged, this, &MainWindow::updateHistoryActions);
    connect(m_switcher, &TopicSwitcher::topicRequested, this, &MainWindow::openTopic);

    connect(&m_community, &Community::aboutToSwitch, this, &MainWindow::dropPages);
    connect(&m_community, &Community::switched, this, [this] {
        buildPages();
        updateAccount();
        if (m_afterSignIn && m_community.outbox())
            std::exchange(m_afterSignIn, nullptr)(*m_community.outbox());
    });
    connect(&m_community, &Community::pendingWritesChanged, this, [this](int count) {
        m_pendingWrites = count;
        updateSyncStatus();
    });
    connect(&m_community, &Community::signInRequired, this, [this] {
        statusBar()->showMessage(
            tr("Your session has ended. Sign in again to send what is waiting."));
        showSignIn();
    });

    // Without a keychain the sign-in lasts until Hearth quits: say so, once, plainly.
    connect(&m_community.credentials(), &Credentials::keychainUnavailable, this,
        [this](Credentials::KeychainStatus, const QString &message) {
            m_keychainNotice = message;
            auto *box = new QMessageBox(QMessageBox::Information, tr("Your sign-in can't be kept"),
                message, QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });

    // "last synced N minutes ago" moves on by itself.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    clock->start(std::chrono::seconds(30));

    // The mouse's back and forward buttons work wherever the pointer is in the window.
    qApp->installEventFilter(this);

    resize(820, 900);
    restoreGeometry(m_settings.value(GeometryKey).toByteArray());
    if (m_community.isOpen())
        buildPages();
    updateAccount();
    updateHistoryActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
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
    rememberWhereWeAre();
    m_navigation.go(Location::post(postId, m_navigation.current().slug));
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
    m_postPage = new PostPage(m_community.feed(), m_community.comments(), engine, m_pages);
    m_pages->addWidget(m_topicPage);
    m_pages->addWidget(m_postPage);

    connect(m_topicPage, &TopicPage::postActivated, this, &MainWindow::openPost);
    connect(m_topicPage, &TopicPage::hashtagActivated, this,
        [this](const QString &tag) { openTopic(Hashtags::slug(tag)); });
    connect(m_topicPage, &TopicPage::locationChanged, this, [this] {
        m_navigation.updateCurrent(m_topicPage->location());
        m_settings.setValue(TopicKey, m_topicPage->slug());
    });
    connect(m_topicPage, &TopicPage::joinRequested, this, [this](const QString &slug, bool join) {
        withAccount([slug, join](Outbox &outbox) { outbox.setMembership(slug, join); });
    });
    connect(m_topicPage, &TopicPage::newslettersRequested, this, &MainWindow::showNewsletters);
    connect(m_topicPage, &TopicPage::reactRequested, this,
        [this](qint64 postId, std::optional<ReactionKind> kind) {
            withAccount([postId, kind](Outbox &outbox) { outbox.react(postId, kind); });
        });
    connect(m_topicPage, &TopicPage::createPostRequested, this,
        [this](const QString &slug) { openComposer(slug); });
    connect(m_postPage, &PostPage::editPostRequested, this,
        [this](qint64 postId) { openComposer(m_navigation.current().slug, postId); });

    connect(m_postPage, &PostPage::hashtagActivated, this,
        [this](const QString &tag) { openTopic(Hashtags::slug(tag)); });
    m_postPage->setServer(m_community.api().server());
    connect(m_postPage, &PostPage::mediaRequested, this, &MainWindow::showPhoto);
    connect(m_images, &MediaImageCache::imageReady, m_postPage, [this](qint64 mediaId) {
        const std::optional<Post> post = m_community.feed().post(m_postPage->postId());
        if (post && post->media && post->media->id == mediaId)
            m_postPage->setMediaImage(m_images->image(mediaId));
    });
    connect(m_postPage, &PostPage::linkActivated, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_postPage, &PostPage::reactRequested, this,
        [this](qint64 postId, std::optional<ReactionKind> kind) {
            withAccount([postId, kind](Outbox &outbox) { outbox.react(postId, kind); });
        });
    connect(m_postPage, &PostPage::commentRequested, this,
        [this](qint64 postId, qint64 parentId, const QString &body) {
            withAccount([postId, parentId, body](Outbox &outbox) {
                // 0 is a top-level comment: no parent on the wire.
                outbox.createComment(postId,
                    NewComment{body, parentId != 0 ? std::optional(parentId) : std::nullopt, {}});
            });
        });
    connect(m_postPage, &PostPage::editCommentRequested, this,
        [this](qint64 commentId, const QString &body) {
            withAccount([commentId, body](Outbox &outbox) {
                outbox.editComment(commentId, CommentPatch{body, std::nullopt});
            });
        });
    connect(m_postPage, &PostPage::deleteCommentRequested, this, [this](qint64 commentId) {
        withAccount([commentId](Outbox &outbox) { outbox.deleteComment(commentId); });
    });
    connect(m_postPage, &PostPage::unsentReplaced, this, [this](qint64 entryId) {
        if (Outbox *outbox = m_community.outbox())
            outbox->discard(entryId);
    });
    connect(m_postPage, &PostPage::deletePostRequested, this, [this](qint64 postId) {
        withAccount([postId](Outbox &outbox) { outbox.deletePost(postId); });
        // The post is gone from here at once: back to where it was opened from.
        if (m_navigation.canGoBack())
            m_back->trigger();
    });

    if (Outbox *outbox = m_community.outbox()) {
        FeedModel *model = m_topicPage->model();
        connect(outbox, &Outbox::postsChanged, model, &FeedModel::refreshPosts);
        connect(outbox, &Outbox::postIdChanged, model, &FeedModel::replacePostId);
        connect(outbox, &Outbox::topicChanged, m_topicPage, [this](const QString &slug) {
            if (slug == m_topicPage->slug())
                m_topicPage->showLocation(m_topicPage->location());
            updateTopics();
        });
        connect(outbox, &Outbox::postsChanged, m_postPage, &PostPage::refreshPosts);
        connect(outbox, &Outbox::commentsChanged, m_postPage, &PostPage::refreshComments);
        connect(outbox, &Outbox::postIdChanged, m_postPage, &PostPage::followPostId);
        m_postPage->setMyHandle(m_community.user()->handle);
        connect(outbox, &Outbox::writeFailed, this, &MainWindow::updateUnsent);
        connect(outbox, &Outbox::pendingCountChanged, this, &MainWindow::updateUnsent);
    }
    updateUnsent();
    connect(engine, &SyncEngine::stateChanged, this, &MainWindow::updateSyncStatus);
    connect(engine, &SyncEngine::topicsChanged, this, &MainWindow::updateTopics);
    updateTopics();
    if (m_community.isNetworkEnabled())
        engine->refreshTopics();
    updateSyncStatus();
    if (!m_navigation.isEmpty())
        showLocation(m_navigation.current());
}

void MainWindow::dropPages()
{
    rememberWhereWeAre();
    delete std::exchange(m_topicPage, nullptr);
    delete std::exchange(m_postPage, nullptr);
}

void MainWindow::showLocation(const Location &location)
{
    if (!m_topicPage)
        return;
    if (location.page == Location::Page::Post) {
        m_postPage->showPost(location.postId);
        // The photo, or the video's poster: from the image cache now, or when it comes.
        const std::optional<Post> post = m_community.feed().post(location.postId);
        if (post && post->media)
            m_postPage->setMediaImage(m_images->image(post->media->id));
        m_pages->setCurrentWidget(m_postPage);
    } else {
        m_topicPage->showLocation(location);
        m_pages->setCurrentWidget(m_topicPage);
        m_settings.setValue(TopicKey, location.slug);
    }
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
    updateHistoryActions();
}

void MainWindow::refresh()
{
    if (m_pages->currentWidget() == m_topicPage && m_topicPage)
        m_topicPage->refresh();
    else if (m_postPage)
        m_postPage->showPost(m_postPage->postId());
    m_community.sync().refreshTopics();
}

void MainWindow::updateHistoryActions()
{
    m_back->setEnabled(m_navigation.canGoBack());
    m_forward->setEnabled(m_navigation.canGoForward());
}

void MainWindow::updateTopics()
{
    if (!m_topicPage)
        return;
    m_switcher->setTopics(m_community.feed().topics(), m_community.feed().joinedTopics());
}

void MainWindow::updateAccount()
{
    const std::optional<User> user = m_community.user();
    m_signInAction->setVisible(!user);
    m_registerAction->setVisible(!user);
    m_signOutAction->setVisible(user.has_value());
    m_whoAction->setVisible(user.has_value());
    if (user) {
        m_whoAction->setText(tr("Signed in as %1 (@%2)").arg(user->displayName, user->handle));
        m_accountButton->setText(user->displayName);
        m_accountButton->setAccessibleName(tr("Account: signed in as %1").arg(user->displayName));
    } else {
        m_accountButton->setText(tr("Sign in"));
        m_accountButton->setAccessibleName(tr("Account: not signed in"));
    }
    if (m_topicPage)
        m_topicPage->header()->setSignedIn(user.has_value());
}

QString MainWindow::syncStatusText() const
{
    QString status;
    const SyncEngine *engine = m_topicPage ? &m_community.sync() : nullptr;
    if (!engine || !m_community.isNetworkEnabled()) {
        status = tr("Offline: showing what is saved on this computer");
    } else {
        switch (engine->state()) {
        case SyncEngine::State::Syncing:
            status = tr("Syncing…");
            break;
        case SyncEngine::State::Offline: {
            const QDateTime last = engine->lastSyncedAt();
            if (!last.isValid()) {
                status = tr("Offline: showing what is saved on this computer");
                break;
            }
            const int minutes = int(last.secsTo(QDateTime::currentDateTimeUtc()) / 60);
            status = minutes < 1
                ? tr("Offline: showing saved posts, last synced less than a minute ago")
                : minutes == 1
                ? tr("Offline: showing saved posts, last synced %n minute ago", nullptr, minutes)
                : tr("Offline: showing saved posts, last synced %n minutes ago", nullptr, minutes);
            break;
        }
        case SyncEngine::State::Idle:
            status = tr("Online");
            break;
        }
    }
    if (m_pendingWrites > 0) {
        status += u" · "_s
            + (m_pendingWrites == 1
                    ? tr("%n change waiting to be sent", nullptr, m_pendingWrites)
                    : tr("%n changes waiting to be sent", nullptr, m_pendingWrites));
    }
    return status;
}

void MainWindow::updateSyncStatus()
{
    m_syncStatus->setText(syncStatusText());
}

void MainWindow::withAccount(std::function<void(Outbox &)> action)
{
    if (Outbox *outbox = m_community.outbox()) {
        action(*outbox);
        return;
    }
    m_afterSignIn = std::move(action);
    showSignIn();
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
        m_signIn = new SignInDialog(m_community.account(), m_community.api().server().host(), this);
        connect(m_signIn, &QDialog::rejected, this, [this] { m_afterSignIn = nullptr; });
    }
    m_signIn->setMode(SignInDialog::Mode(mode));
    m_signIn->open();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void MainWindow::signOut()
{
    m_afterSignIn = nullptr;
    m_community.account().signOut();
}

void MainWindow::showNewsletters(const QString &slug)
{
    const std::optional<Topic> topic = m_community.feed().topic(slug);
    auto *dialog = new NewslettersDialog(
        m_community.api(), m_community.outbox(), slug, topic ? topic->name : slug, this);
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
        m_community.feed(), m_community.drafts(), m_community.outbox(), slug, this);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    if (editedPostId != 0) {
        if (const std::optional<Post> post = m_community.feed().post(editedPostId))
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

void MainWindow::changeUnsent(const OutboxEntry &entry)
{
    Outbox *outbox = m_community.outbox();
    if (!outbox || m_composer)
        return;
    ComposerDialog *composer = nullptr;
    if (entry.kind == u"createPost"_s) {
        const Result<NewPost> post = Json::decode<NewPost>(entry.payload.value(u"post"_s));
        if (!post)
            return;
        composer = openComposer(m_navigation.current().slug);
        composer->fill(*post);
    } else if (entry.kind == u"editPost"_s) {
        composer = openComposer(
            m_navigation.current().slug, entry.payload.value(u"postId"_s).toInteger());
    } else if (entry.kind == u"createComment"_s || entry.kind == u"editComment"_s) {
        changeUnsentComment(entry);
        return;
    }
    if (!composer)
        return;
    // Sent again as changed: the refused write goes (with the copy of the post it made).
    const qint64 entryId = entry.id;
    connect(composer, &QDialog::accepted, outbox, [outbox, entryId] { outbox->discard(entryId); });
}

void MainWindow::changeUnsentComment(const OutboxEntry &entry)
{
    // The comment's words go back in its thread's box; sending them lets the refused write go.
    qint64 postId = 0;
    QString body;
    qint64 parentId = 0;
    qint64 editedId = 0;
    // The words are read as they were written: a comment refused for its length must
    // still come back, so no decoder's rules apply here.
    if (entry.kind == u"createComment"_s) {
        const QJsonObject comment = entry.payload.value(u"comment"_s).toObject();
        postId = entry.payload.value(u"postId"_s).toInteger();
        body = comment.value(u"body"_s).toString();
        parentId = comment.value(u"parentId"_s).toInteger();
    } else {
        editedId = entry.payload.value(u"commentId"_s).toInteger();
        const std::optional<Comment> edited = m_community.comments().comment(editedId);
        if (!edited)
            return;
        postId = edited->postId;
        body = entry.payload.value(u"patch"_s).toObject().value(u"body"_s).toString(edited->body);
    }
    openPost(postId);
    if (m_postPage && m_postPage->postId() == postId)
        m_postPage->rewriteUnsent(entry.id, body, parentId, editedId);
}

void MainWindow::showPhoto(qint64 mediaId)
{
    const std::optional<Post> post = m_community.feed().post(m_postPage->postId());
    if (!post || !post->media || post->media->id != mediaId)
        return;
    if (post->media->kind == MediaKind::Video) {
        // Played in the post; when it cannot be, the system's player takes it.
        QDesktopServices::openUrl(VideoPlayer::mediaUrl(m_community.api().server(), mediaId));
        return;
    }
    auto *viewer = new PhotoViewer(m_community.api(), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->showPhoto(
        *post->media, m_images->contains(mediaId) ? m_images->image(mediaId) : QImage());
    viewer->show();
}

void MainWindow::updateUnsent()
{
    const qsizetype failed = m_community.outbox() ? m_community.outbox()->failedWrites().size() : 0;
    m_unsentButton->setVisible(failed > 0);
    m_unsentButton->setText(failed == 1 ? tr("%n change not sent", nullptr, int(failed))
                                        : tr("%n changes not sent", nullptr, int(failed)));
    m_unsentButton->setToolTip(tr("See why, and try again"));
}

void MainWindow::showUnsent()
{
    Outbox *outbox = m_community.outbox();
    if (!outbox)
        return;
    auto *dialog = new UnsentDialog(*outbox, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnsentDialog::editRequested, this, [this, dialog](const OutboxEntry &entry) {
        changeUnsent(entry);
        dialog->close();
    });
    // The outbox goes with the cache when the person signs out: so does the dialog.
    connect(&m_community, &Community::aboutToSwitch, dialog, &QObject::deleteLater);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(GeometryKey, saveGeometry());
    if (m_topicPage && !m_topicPage->slug().isEmpty())
        m_settings.setValue(TopicKey, m_topicPage->slug());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                m_back->trigger();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                m_forward->trigger();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Hearth
