#include "WindowActions.h"

#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/look/Icons.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Hearth {

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_back(new QAction(tr("&Back"), window))
    , m_forward(new QAction(tr("&Forward"), window))
    , m_refresh(new QAction(tr("&Refresh"), window))
    , m_goTo(new QAction(tr("&Go to a topic…"), window))
    , m_settings(new QAction(tr("&Settings…"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), window))
    , m_about(new QAction(tr("&About Hearth"), window))
    , m_search(new QAction(tr("&Search…"), window))
    , m_allTopics(new QAction(tr("&All topics"), window))
    , m_drafts(new QAction(tr("&Drafts"), window))
    , m_notifications(new QAction(tr("&Notifications"), window))
    , m_myPosts(new QAction(tr("&My posts"), window))
{
    m_notifications->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_notifications->setIcon(Icons::icon(u"notifications"_s));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setIcon(Icons::icon(u"go-previous"_s));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setIcon(Icons::icon(u"go-next"_s));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_goTo->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_allTopics->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_drafts->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_settings->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(tr("Ctrl+,"))});
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_quit->setShortcut(QKeySequence::Quit);
    m_myPosts->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    // F1, as KDE and GNOME apps answer it, and GNOME's Ctrl+? for the list of shortcuts.
    m_shortcuts->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(tr("Ctrl+?"))});
    // Ctrl+K as in most apps that search a community, and Ctrl+F, where people look first.
    m_search->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+F"))});
    connect(m_shortcuts, &QAction::triggered, this, &WindowActions::showShortcuts);
    connect(m_about, &QAction::triggered, this, &WindowActions::showAbout);
    qApp->installEventFilter(this);
}

WindowActions::~WindowActions()
{
    qApp->removeEventFilter(this);
}

void WindowActions::fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &accountActions)
{
    m_menuBar = menuBar;
    QMenu *hearthMenu = menuBar->addMenu(tr("&Hearth"));
    hearthMenu->addActions(accountActions);
    hearthMenu->addSeparator();
    hearthMenu->addAction(m_settings);
    hearthMenu->addSeparator();
    hearthMenu->addAction(m_quit);
    QMenu *goMenu = menuBar->addMenu(tr("&Go"));
    goMenu->addAction(m_back);
    goMenu->addAction(m_forward);
    goMenu->addAction(m_goTo);
    goMenu->addAction(m_search);
    goMenu->addAction(m_allTopics);
    goMenu->addAction(m_drafts);
    goMenu->addAction(m_notifications);
    goMenu->addAction(m_myPosts);
    goMenu->addSeparator();
    goMenu->addAction(m_refresh);
    QMenu *helpMenu = menuBar->addMenu(tr("&Help"));
    helpMenu->addAction(m_shortcuts);
    helpMenu->addAction(m_about);
}

void WindowActions::showShortcuts()
{
    // The menus' actions, so that the list shows the keys the window really has.
    QList<QAction *> actions;
    if (m_menuBar) {
        for (const QAction *menuAction : m_menuBar->actions()) {
            if (const QMenu *menu = menuAction->menu())
                actions += menu->actions();
        }
    }
    auto *dialog = new ShortcutsDialog(actions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WindowActions::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Hearth"),
        tr("Hearth %1\n\nA calm, native place to read and share with a peer-support "
           "community: topics, posts, stories and videos, reactions and comments. It keeps "
           "working offline and sends what you write once it can.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window) {
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
    return QObject::eventFilter(watched, event);
}

} // namespace Hearth
