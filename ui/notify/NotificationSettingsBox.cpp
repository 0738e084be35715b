#include "NotificationSettingsBox.h"

#include "NotificationSettings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Hearth {

NotificationSettingsBox::NotificationSettingsBox(NotificationSettings &settings, QWidget *parent)
    : QGroupBox(tr("Notifications"), parent)
    , m_settings(settings)
    , m_quiet(new QCheckBox(tr("&Quiet hours: no desktop notifications from"), this))
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Tell me on the desktop, while Hearth's window is not in front, when someone:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<std::pair<NotificationKind, QString>> kinds{
        {NotificationKind::Reply, tr("comments on my posts")},
        {NotificationKind::CommentReply, tr("replies to my comments")},
        {NotificationKind::Reactions, tr("reacts to my posts")},
        {NotificationKind::Mention, tr("mentions me")},
    };
    for (const auto &[kind, words] : kinds) {
        auto *box = new QCheckBox(words, this);
        box->setChecked(m_settings.isEnabled(kind));
        connect(box, &QCheckBox::toggled, this,
            [this, kind](bool on) { m_settings.setEnabled(kind, on); });
        layout->addWidget(box);
        m_kinds.append({kind, box});
    }
    m_quiet->setChecked(m_settings.hasQuietHours());
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setTime(m_settings.quietFrom());
    m_to->setTime(m_settings.quietTo());
    m_from->setAccessibleName(tr("Quiet from"));
    m_to->setAccessibleName(tr("Quiet until"));
    // The field inside each takes the keys: a screen reader names it as the time it is.
    for (QTimeEdit *edit : {m_from, m_to}) {
        if (auto *field = edit->findChild<QLineEdit *>())
            field->setAccessibleName(edit->accessibleName());
    }
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_from);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_to);
    quietRow->addStretch(1);
    layout->addLayout(quietRow);
    auto *note = new QLabel(tr("The bell in the toolbar still counts what arrives."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    const auto updateTimes = [this] {
        m_from->setEnabled(m_quiet->isChecked());
        m_to->setEnabled(m_quiet->isChecked());
    };
    updateTimes();
    connect(m_quiet, &QCheckBox::toggled, this, [this, updateTimes](bool on) {
        m_settings.setQuietHours(on);
        updateTimes();
    });
    connect(m_from, &QTimeEdit::timeChanged, this,
        [this](const QTime &time) { m_settings.setQuietFrom(time); });
    connect(m_to, &QTimeEdit::timeChanged, this,
        [this](const QTime &time) { m_settings.setQuietTo(time); });
}

QCheckBox *NotificationSettingsBox::kindBox(NotificationKind kind) const
{
    for (const auto &[each, box] : m_kinds) {
        if (each == kind)
            return box;
    }
    return nullptr;
}

} // namespace Hearth
