#pragma once

#include "api/User.h"

#include <QToolButton>

#include <optional>

class QAction;

namespace Hearth {

// The account in the toolbar: the name of who is signed in (or "Sign in"), opening a menu
// that says who it is and offers to sign in, create an account or sign out, as fits. The
// same actions head the window's Hearth menu (accountActions()).
class AccountButton : public QToolButton
{
    Q_OBJECT

public:
    explicit AccountButton(QWidget *parent = nullptr);

    // Shows who is signed in, or that nobody is.
    void setUser(const std::optional<User> &user);
    // Who is signed in, sign in, create an account, sign out: only those that fit are visible.
    QList<QAction *> accountActions() const;

Q_SIGNALS:
    void signInRequested();
    void registerRequested();
    void signOutRequested();

private:
    QAction *m_who;
    QAction *m_signIn;
    QAction *m_register;
    QAction *m_signOut;
};

} // namespace Hearth
