#pragma once

#include "Navigation.h"
#include "api/Requests.h"
#include "api/User.h"
#include "sync/LocalLookup.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QSettings;
class QStackedWidget;
class QToolButton;

namespace Hearth {

class AccountButton;
class AccountGate;
class Appearance;
class Care;
class Community;
struct UnsentComment;
struct UnsentWrite;
class ComposerDialog;
class DisplaySettings;
class DirectoryPage;
class DraftsPage;
class MediaImageCache;
class DesktopNotifier;
class NotificationBell;
class NotificationCenter;
class NotificationPopups;
class NotificationSettings;
class NotificationsPage;
class Outbox;
class PageWrites;
class PostPage;
class ProfilePage;
class Preferences;
class RecoveryNotice;
class ReportAndBlock;
class SearchField;
class SignInDialog;
class SyncStatusLabel;
class TopicPage;
class TopicSwitcher;
class UnsentButton;
class WindowActions;

// Hearth's window. In the middle, the page shown — a topic page or a post — with back and
// forward between them (Alt+Left / Alt+Right and the mouse's side buttons); above, the
// topic switcher and the account menu; below, a plain word on the sync state: online,
// syncing, offline with the time of the last sync, and the writes still waiting.
//
// Pages are built on the community's current cache and built again when it changes
// (signing in or out). The window's size and place and the topic last shown are kept in
// the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Community &community, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openTopic(const QString &slug);
    void openPost(qint64 postId);
    // Goes to location, keeping where the person was on the page they leave.
    void open(const Location &location);
    // The topic shown when the window opens: the one shown last time, or fallback.
    QString initialTopic(const QString &fallback) const;

    Navigation &navigation() { return m_navigation; }
    // The pages; null until the community's cache is open, the post page until a post is
    // first shown.
    TopicPage *topicPage() const { return m_topicPage; }
    PostPage *postPage() const { return m_postPage; }
    // A person's page; null until a profile is first shown.
    ProfilePage *profilePage() const { return m_profilePage; }
    // My own page, and "Edit profile" on it (signed out: asks to sign in first). The editor
    // is returned for tests; null when it could not open.
    void openMyProfile();
    QWidget *editProfile();
    QWidget *currentPage() const;
    TopicSwitcher *topicSwitcher() const { return m_switcher; }
    // "Search Hearth", in the toolbar.
    SearchField *searchField() const { return m_search; }
    AccountButton *accountButton() const { return m_accountButton; }
    SignInDialog *signInDialog() const { return m_signIn; }
    // How the window looks after the reader: folds, blur, quiet counts, crisis lines.
    Care &care() const { return *m_care; }
    Preferences &preferences() const { return *m_preferences; }
    // The colours, language and text size chosen in Settings.
    DisplaySettings &displaySettings() const { return *m_display; }
    // What applies the colours chosen in Settings at once (the application's Appearance);
    // without one they take effect at the next start.
    void setAppearance(Appearance *appearance);
    // "2 not sent" in the status bar, shown while the community refuses some writes.
    UnsentButton *unsentButton() const { return m_unsentButton; }
    QString syncStatusText() const;
    // What the window last told the person about their keychain; empty when all is well.
    QString keychainNotice() const { return m_keychainNotice; }
    // The notice above the page that says what a repair of the cache did; hidden when
    // there was none, or once the person closed it.
    RecoveryNotice *recoveryNotice() const { return m_recoveryNotice; }
    // Being told: the bell in the toolbar, the notifications page (null until first shown),
    // the person's notifications on the current cache (null until it is open), the choices
    // of Settings → Notifications, and what goes to the desktop.
    NotificationBell *notificationBell() const { return m_bell; }
    NotificationsPage *notificationsPage() const { return m_notificationsPage; }
    NotificationCenter *notificationCenter() const { return m_notificationCenter; }
    NotificationSettings &notificationSettings() const { return *m_notificationSettings; }
    NotificationPopups &notificationPopups() const { return *m_popups; }
    DesktopNotifier &desktopNotifier() const { return *m_desktop; }

    // Runs action with the outbox now when signed in; otherwise asks the person to sign in
    // and runs it once they have.
    void withAccount(std::function<void(Outbox &)> action);

    // The composer: a new post for the topic (its hashtag prefilled), or an edit of the
    // person's own post. Signed out, it keeps a draft and offers to sign in.
    ComposerDialog *openComposer(const QString &slug, qint64 editedPostId = 0);
    ComposerDialog *composer() const;

    // The topic directory and the drafts page; null until first shown.
    DirectoryPage *directoryPage() const { return m_directoryPage; }
    DraftsPage *draftsPage() const { return m_draftsPage; }
    // Opens the place a hearth: link names (api/PlaceLink), on this community. Gives what
    // went wrong, in the person's words, when it cannot (the link is damaged, or is for
    // another community: Hearth does not switch communities for a link), which the window
    // also says; empty when it went there.
    QString openPlaceLink(const QString &link);

public Q_SLOTS:
    void showSignIn();
    void showRegister();
    void signOut();
    void refresh();
    // Hearth → Settings: look and language, reading, muted words, crisis lines, blocked
    // people.
    void showSettings();
    // Report a post (a dialog with the reasons); block a person (after asking). Both go
    // through the outbox, and ask to sign in first when needed.
    void reportPost(qint64 postId);
    void reportComment(qint64 commentId);
    void block(const Hearth::User &person);
    // A link from a post or a crisis notice; a phone number with nothing to call it is
    // copied, and said so.
    void openLink(const QUrl &url);
    // Copy link: puts the hearth: link to location (a post, a post at a comment, a topic, a
    // profile) on the clipboard and says so. For every page, the profile page's too.
    void copyLink(const Hearth::Location &location);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Shown, hidden, minimised: changes arrive as they happen only while the window can be
    // seen (Community::setWatched()).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateWatched();
    void buildMenusAndBars();
    void connectActions();
    void connectCommunity();
    void buildPages();
    PostPage *ensurePostPage();
    DirectoryPage *ensureDirectoryPage();
    DraftsPage *ensureDraftsPage();
    // Takes up the draft under key: the composer, or the post with its comment box.
    void resumeDraft(const QString &key);
    ProfilePage *ensureProfilePage();
    // Uploads the picture chosen in the editor, then sends the edit with it.
    void uploadAvatarThenEdit(const QString &file, const QByteArray &mimeType, ProfilePatch patch);
    // Puts "N changes not sent" after page's last widget in Tab's order.
    void putUnsentAfter(QWidget *page);
    void dropPages();
    // The bell, desktop notifications and their settings: once per window.
    void buildNotifier();
    // The person's notifications on the current cache: with the pages.
    void buildNotifications();
    NotificationsPage *ensureNotificationsPage();
    void updateBell();
    void showLocation(const Location &location);
    void rememberWhereWeAre();
    void updateAccount();
    void updateHistoryActions();
    void updateTopics();
    void openSignInDialog(int mode);
    void showNewsletters(const QString &slug);
    // The post page's photo (mediaId), or the photo of a card's post (postId).
    void showPhoto(qint64 mediaId);
    void showPostPhoto(qint64 postId, qint64 mediaId = 0);
    // Opens a refused post in the composer, or a refused comment in its thread's box;
    // sending it again lets the refused write go.
    void changeUnsent(const UnsentWrite &write);
    void changeUnsentComment(qint64 entryId, const UnsentComment &comment);

    Community &m_community;
    QSettings &m_settings;
    Preferences *m_preferences;
    DisplaySettings *m_display;
    Care *m_care;
    WindowActions *m_actions;
    AccountGate *m_gate;
    ReportAndBlock *m_reportAndBlock;
    PageWrites *m_pageWrites;
    LocalLookup m_lookup;
    // The comment box's words while the pages are rebuilt (signing in or out).
    struct CarriedComment
    {
        qint64 postId = 0;
        QString text;
        qint64 parentId = 0;
    };
    CarriedComment m_carriedComment;
    Navigation m_navigation;
    MediaImageCache *m_images;
    RecoveryNotice *m_recoveryNotice;
    QStackedWidget *m_pages;
    TopicPage *m_topicPage = nullptr;
    PostPage *m_postPage = nullptr;
    DirectoryPage *m_directoryPage = nullptr;
    DraftsPage *m_draftsPage = nullptr;
    ProfilePage *m_profilePage = nullptr;
    TopicSwitcher *m_switcher;
    AccountButton *m_accountButton;
    SyncStatusLabel *m_syncStatus;
    UnsentButton *m_unsentButton;
    SignInDialog *m_signIn = nullptr;
    QPointer<ComposerDialog> m_composer;
    QString m_keychainNotice;
    SearchField *m_search;
    NotificationBell *m_bell = nullptr;
    QAction *m_bellAction = nullptr; // the bell's place in the toolbar
    NotificationSettings *m_notificationSettings = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    NotificationPopups *m_popups = nullptr;
    NotificationCenter *m_notificationCenter = nullptr;
    NotificationsPage *m_notificationsPage = nullptr;
};

} // namespace Hearth
