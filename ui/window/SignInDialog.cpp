#include "SignInDialog.h"

#include "api/ApiError.h"
#include "api/Requests.h"
#include "sync/Account.h"
#include "ui/dialogs/DialogSize.h"
#include "ui/look/Metrics.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Hearth {

using namespace Qt::StringLiterals;

namespace {

// The width a line edit needs to show text whole (its placeholder, say): the text, the
// style's frame and the edit's own margins around it.
int widthToShow(const QLineEdit &field, const QString &text)
{
    QStyleOptionFrame option;
    option.initFrom(&field);
    option.rect = QRect(0, 0, 1000, field.sizeHint().height());
    option.lineWidth = field.style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, &field);
    const QRect contents
        = field.style()->subElementRect(QStyle::SE_LineEditContents, &option, &field);
    const QMargins margins = field.textMargins();
    // QLineEdit keeps 2 px on each side of the text inside its contents.
    const int chrome
        = option.rect.width() - contents.width() + margins.left() + margins.right() + 4;
    return field.fontMetrics().horizontalAdvance(text) + chrome + 1;
}

} // namespace

SignInDialog::SignInDialog(Account &account, const QString &communityName, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_communityName(communityName)
    , m_modes(new QTabBar(this))
    , m_handle(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(tr("&Name people see"), this))
    , m_displayName(new QLineEdit(this))
    , m_plainHttpWarning(new QLabel(this))
    , m_plainHttp(new QCheckBox(tr("&Use this unprotected connection anyway"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to %1").arg(communityName));
    m_modes->addTab(tr("Sign in"));
    m_modes->addTab(tr("Create an account"));
    m_modes->setAccessibleName(tr("Sign in, or create an account"));
    m_modes->setFocusPolicy(Qt::StrongFocus);
    m_modes->setDrawBase(false);
    connect(m_modes, &QTabBar::currentChanged, this,
        [this](int index) { setMode(index == 0 ? Mode::SignIn : Mode::Register); });

    m_handle->setAccessibleName(tr("Handle"));
    // A handle of the demo community, the same in every language: a translated example
    // would name someone who is not there.
    m_handle->setPlaceholderText(
        tr("for example %1", "%1 is an example of a handle, kept as it is").arg(u"river_stone"_s));
    m_handle->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_displayName->setAccessibleName(tr("Name people see"));
    m_displayName->setPlaceholderText(tr("a first name or a nickname is enough"));
    for (QLineEdit *field : {m_handle, m_password, m_displayName})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);

    QLayout *form = buildForm();
    buildPlainHttpChoice();

    auto *privacy = new QLabel(tr("Your password is sent only to %1. Hearth keeps the sign-in "
                                  "in your system's keychain, never in a file.")
                                   .arg(communityName),
        this);
    privacy->setWordWrap(true);
    privacy->setTextFormat(Qt::PlainText);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(
        Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL);
    layout->setSpacing(Metrics::spaceL);
    layout->addWidget(m_modes);
    layout->addLayout(form);
    layout->addWidget(m_plainHttpWarning);
    layout->addWidget(m_plainHttp);
    layout->addWidget(m_error);
    layout->addWidget(privacy);
    layout->addSpacing(Metrics::spaceS);
    layout->addWidget(m_buttons);

    // Wide enough for each field's hint whole and for the sentences to read easily,
    // whatever the language.
    for (QLineEdit *field : {m_handle, m_password, m_displayName}) {
        field->setMinimumWidth(std::max(widthToShow(*field, field->placeholderText()),
            field->fontMetrics().averageCharWidth() * 24));
    }
    setMinimumWidth(DialogSize::sentenceWidth(*this));

    connect(&m_account, &Account::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&m_account, &Account::signInFailed, this,
        [this](const ApiError &error, const QString &message) {
            setBusy(false);
            showError(describe(error, message, m_communityName));
            m_password->setFocus();
            m_password->selectAll();
        });
    setMode(Mode::SignIn);
}

QLayout *SignInDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(Metrics::spaceL);
    form->setVerticalSpacing(Metrics::spaceM);
    // Fields take the width there is, on every platform's style.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *handleLabel = new QLabel(tr("&Handle"), this);
    handleLabel->setBuddy(m_handle);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    m_displayNameLabel->setBuddy(m_displayName);
    form->addRow(handleLabel, m_handle);
    form->addRow(passwordLabel, m_password);
    form->addRow(m_displayNameLabel, m_displayName);
    return form;
}

void SignInDialog::buildPlainHttpChoice()
{
    // Plain HTTP to this computer itself crosses no network: no choice to make then.
    const bool needed = m_account.needsPlainHttpChoice() && !m_account.allowsPlainHttp();
    const QString warning
        = tr("%1 doesn't use a secure connection (HTTPS). If you go on, your password and "
             "what you read and write there travel unprotected, and someone on the same "
             "network could see them. Go on only if you trust this network, such as your "
             "home network.")
              .arg(m_communityName);
    m_plainHttpWarning->setText(warning);
    m_plainHttpWarning->setTextFormat(Qt::PlainText);
    m_plainHttpWarning->setWordWrap(true);
    m_plainHttpWarning->setVisible(needed);
    m_plainHttp->setAccessibleDescription(warning);
    m_plainHttp->setVisible(needed);
    connect(m_plainHttp, &QCheckBox::toggled, this, &SignInDialog::updateButtons);
}

QString SignInDialog::describe(
    const ApiError &error, const QString &message, const QString &communityName)
{
    if (error.code() == ApiError::Code::Network) {
        return tr("Hearth can't reach %1 right now. Check your connection, or try again in a "
                  "moment.")
            .arg(communityName);
    }
    return message;
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    {
        const QSignalBlocker blocker(m_modes);
        m_modes->setCurrentIndex(mode == Mode::SignIn ? 0 : 1);
    }
    const bool registering = mode == Mode::Register;
    m_displayNameLabel->setVisible(registering);
    m_displayName->setVisible(registering);
    setWindowTitle(registering ? tr("Join %1").arg(m_communityName)
                               : tr("Sign in to %1").arg(m_communityName));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(registering ? tr("Create account") : tr("Sign in"));
    showError({});
    updateButtons();
    DialogSize::fitToContent(*this);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    DialogSize::fitToContent(*this);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field :
        std::initializer_list<QWidget *>{m_modes, m_handle, m_password, m_displayName, m_plainHttp})
        field->setEnabled(!busy);
    if (busy) {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(m_mode == Mode::Register ? tr("Creating your account…") : tr("Signing in…"));
    } else {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(m_mode == Mode::Register ? tr("Create account") : tr("Sign in"));
    }
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool complete = !m_handle->text().trimmed().isEmpty() && !m_password->text().isEmpty()
        && (m_mode == Mode::SignIn || !m_displayName->text().trimmed().isEmpty());
    const bool allowed = m_plainHttp->isHidden() || m_plainHttp->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && allowed && !m_busy);
}

void SignInDialog::submit()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showError({});
    setBusy(true);
    if (m_plainHttp->isChecked())
        m_account.allowPlainHttp(true);
    if (m_mode == Mode::SignIn) {
        m_account.signIn(Login{m_handle->text().trimmed(), m_password->text()});
        return;
    }
    m_account.registerUser(Registration{
        m_handle->text().trimmed().toLower(), m_password->text(), m_displayName->text().trimmed()});
}

} // namespace Hearth
