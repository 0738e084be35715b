#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTabBar;

namespace Hearth {

class Account;
class ApiError;

// Signing in to the community, or creating an account there: a handle and a password (and,
// to register, the name people will see). The dialog stays open while the server answers,
// says plainly what went wrong (a wrong password, a handle already taken, a community that
// cannot be reached), and closes once the person is signed in.
//
// A community beyond this computer without HTTPS gets a warning and a choice: nothing is
// sent to it until the person ticks "Use this unprotected connection anyway".
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
    // The choice to sign in without HTTPS; hidden when the connection is protected (HTTPS, or
    // this computer itself).
    QCheckBox *plainHttpChoice() const { return m_plainHttp; }
    // What went wrong last, as the person reads it; empty when nothing did.
    QString errorText() const;

    // The words for a failed sign-in or registration, given the account's (message).
    static QString describe(
        const ApiError &error, const QString &message, const QString &communityName);

public Q_SLOTS:
    void submit();

private:
    QLayout *buildForm();
    void buildPlainHttpChoice();
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
    QLabel *m_plainHttpWarning;
    QCheckBox *m_plainHttp;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Hearth
