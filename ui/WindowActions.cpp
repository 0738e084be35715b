#include "WindowActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace Hearth {

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
    , m_back(new QAction(tr("&Back"), window))
    , m_forward(new QAction(tr("&Forward"), window))
    , m_refresh(new QAction(tr("&Refresh"), window))
    , m_goTo(new QAction(tr("&Go to a topic…"), window))
    , m_settings(new QAction(tr("&Settings…"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), window))
    , m_about(new QAction(tr("&About Hearth"), window))
{
    m_back->setShortcut(QKeySequence::Back);
    m_back->setIcon(window->style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setIcon(window->style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_goTo->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_settings->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(tr("Ctrl+,"))});
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_quit->setShortcut(QKeySequence::Quit);
    // F1, as KDE and GNOME apps answer it, and GNOME's Ctrl+? for the list of shortcuts.
    m_shortcuts->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(tr("Ctrl+?"))});
}

void WindowActions::fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &accountActions) const
{
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
    goMenu->addSeparator();
    goMenu->addAction(m_refresh);
    QMenu *helpMenu = menuBar->addMenu(tr("&Help"));
    helpMenu->addAction(m_shortcuts);
    helpMenu->addAction(m_about);
}

} // namespace Hearth
