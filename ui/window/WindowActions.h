#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

namespace Hearth {

// The window's own commands, each with its words, keys and icon: going back and forward,
// refreshing, going to a topic, the settings, quitting, and the help. Made once per window;
// the window connects them to what they do and puts them in its menus and toolbar. The help
// it answers itself (the list of shortcuts, About Hearth), and the mouse's back and forward
// buttons trigger back and forward wherever the pointer is in the window.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    // window gives the style's icons and owns the actions (so their keys work in it).
    explicit WindowActions(QWidget *window);
    ~WindowActions() override;

    QAction *back() const { return m_back; }
    QAction *forward() const { return m_forward; }
    QAction *refresh() const { return m_refresh; }
    QAction *goToTopic() const { return m_goTo; }
    // Go → All topics (the directory) and Go → Drafts.
    QAction *allTopics() const { return m_allTopics; }
    QAction *drafts() const { return m_drafts; }
    QAction *settings() const { return m_settings; }
    QAction *quit() const { return m_quit; }
    QAction *shortcuts() const { return m_shortcuts; }
    QAction *about() const { return m_about; }
    // Go → Search (Ctrl+K, Ctrl+F): the keyboard to the search field.
    QAction *search() const { return m_search; }
    // Go → Notifications (Ctrl+Shift+N).
    QAction *notifications() const { return m_notifications; }
    // Go → My posts: the signed-in person's own page (hidden when signed out).
    QAction *myPosts() const { return m_myPosts; }

    // The menus Hearth, Go and Help; accountActions head the Hearth menu (who is signed in,
    // sign in, create an account, sign out).
    void fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &accountActions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Help → Keyboard shortcuts (F1): the keys of the menus' actions, as the window has them.
    void showShortcuts();
    void showAbout();

    QWidget *m_window;
    QMenuBar *m_menuBar = nullptr;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_refresh;
    QAction *m_goTo;
    QAction *m_settings;
    QAction *m_quit;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_search;
    QAction *m_allTopics;
    QAction *m_drafts;
    QAction *m_notifications;
    QAction *m_myPosts;
};

} // namespace Hearth
