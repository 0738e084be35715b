#include "AccountButton.h"

#include "api/PersonText.h"

#include <QAction>
#include <QMenu>

namespace Hearth {

AccountButton::AccountButton(QWidget *parent)
    : QToolButton(parent)
    , m_who(new QAction(this))
    , m_signIn(new QAction(tr("&Sign in…"), this))
    , m_register(new QAction(tr("&Create an account…"), this))
    , m_signOut(new QAction(tr("Sign &out"), this))
{
    m_who->setEnabled(false);
    connect(m_signIn, &QAction::triggered, this, &AccountButton::signInRequested);
    connect(m_register, &QAction::triggered, this, &AccountButton::registerRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountButton::signOutRequested);

    auto *menu = new QMenu(this);
    menu->addActions(accountActions());
    setMenu(menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleDescription(tr("A menu: sign in, create an account, or sign out."));
    setUser(std::nullopt);
}

QList<QAction *> AccountButton::accountActions() const
{
    return {m_who, m_signIn, m_register, m_signOut};
}

void AccountButton::setUser(const std::optional<User> &user)
{
    m_signIn->setVisible(!user);
    m_register->setVisible(!user);
    m_signOut->setVisible(user.has_value());
    m_who->setVisible(user.has_value());
    if (user) {
        m_who->setText(
            tr("Signed in as %1 (@%2)").arg(PersonText::isolated(user->displayName), user->handle));
        setText(user->displayName);
        setAccessibleName(
            tr("Account: signed in as %1").arg(PersonText::isolated(user->displayName)));
    } else {
        setText(tr("Sign in"));
        setAccessibleName(tr("Account: not signed in"));
    }
}

} // namespace Hearth
