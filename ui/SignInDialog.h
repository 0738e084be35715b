#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabBar;

namespace Hearth {

class Account;
class ApiError;

// Signing in to the community, or creating an account there: a handle and a password (and,
// to register, the name people will see). The dialog stays open while the server answers,
// says plainly what went wrong (a wrong password, a handle already taken, a community that
// cannot be reached), and closes once the person is signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Register };

    SignInDialog(Account &account, const QString &communityName, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QLineEdit *handleField() const { return m_handle; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *displayNameField() const { return m_displayName; }
    // What went wrong last, as the person reads it; empty when nothing did.
    QString errorText() const;

    // The words for a failed sign-in or registration.
    static QString describe(const ApiError &error, const QString &communityName);

public Q_SLOTS:
    void submit();

private:
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString &message);

    Account &m_account;
    QString m_communityName;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QTabBar *m_modes;
    QLineEdit *m_handle;
    QLineEdit *m_password;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Hearth
