#include "ProfileEditor.h"

#include "api/Limits.h"
#include "api/Text.h"
#include "ui/compose/LimitCounter.h"
#include "ui/compose/MediaPicker.h"
#include "ui/look/Avatar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Hearth {

ProfileEditor::ProfileEditor(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.user.displayName, this))
    , m_nameCounter(new LimitCounter(Limits::MaxDisplayNameLength, this))
    , m_bio(new QPlainTextEdit(this))
    , m_bioCounter(new LimitCounter(Limits::MaxBioLength, this))
    , m_topicsPublic(new QCheckBox(tr("Show the topics I follow on my page"), this))
    , m_picture(new QLabel(this))
    , m_pictureNote(new QLabel(this))
    , m_pictureButton(new QPushButton(tr("Choose a &picture…"), this))
    , m_removePicture(new QPushButton(tr("&Remove picture"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit profile"));
    m_bio->setPlainText(profile.bio);
    m_bio->setTabChangesFocus(true);
    m_bio->setPlaceholderText(tr("A few words about you, if you like"));
    m_bio->setAccessibleName(tr("Bio"));
    m_name->setAccessibleName(tr("Display name"));
    m_topicsPublic->setChecked(profile.topicsPublic);
    m_picture->setFixedSize(64, 64);
    m_pictureNote->setWordWrap(true);
    m_pictureNote->setTextFormat(Qt::PlainText);
    m_picture->setPixmap(Avatar::drawInitials(profile.user, 64, devicePixelRatioF()));

    auto *pictureButtons = new QVBoxLayout;
    pictureButtons->addWidget(m_pictureButton);
    pictureButtons->addWidget(m_removePicture);
    pictureButtons->addWidget(m_pictureNote);
    auto *picture = new QHBoxLayout;
    picture->addWidget(m_picture, 0, Qt::AlignTop);
    picture->addLayout(pictureButtons, 1);
    auto *name = new QHBoxLayout;
    name->addWidget(m_name, 1);
    name->addWidget(m_nameCounter);
    auto *form = new QFormLayout;
    form->addRow(tr("Picture"), picture);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Bio"), m_bio);
    form->addRow(QString(), m_bioCounter);
    form->addRow(QString(), m_topicsPublic);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditor::refresh);
    connect(m_bio, &QPlainTextEdit::textChanged, this, &ProfileEditor::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pictureButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a picture"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.jpg *.jpeg *.png *.webp)"));
        if (!path.isEmpty())
            choosePicture(path);
    });
    connect(m_removePicture, &QPushButton::clicked, this, [this] {
        m_pictureFile.clear();
        m_pictureMimeType.clear();
        m_pictureRemoved = true;
        m_picture->setPixmap(Avatar::drawInitials(m_profile.user, 64, devicePixelRatioF()));
        m_pictureNote->clear();
        refresh();
    });
    refresh();
}

QPushButton *ProfileEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

bool ProfileEditor::choosePicture(const QString &path)
{
    QString problem;
    const std::optional<MediaPicker::CheckedFile> file = MediaPicker::checkPhoto(path, &problem);
    if (!file) {
        m_pictureNote->setText(problem);
        return false;
    }
    m_pictureFile = file->path;
    m_pictureMimeType = file->mimeType;
    m_pictureRemoved = false;
    if (!file->preview.isNull()) {
        m_picture->setPixmap(QPixmap::fromImage(file->preview.scaled(
            64, 64, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)));
    }
    m_pictureNote->setText(file->hasLocation
            ? tr("This picture says where it was taken. The community removes that when it "
                 "is uploaded.")
            : QString());
    refresh();
    return true;
}

ProfilePatch ProfileEditor::patch() const
{
    ProfilePatch patch;
    const QString name = m_name->text().trimmed();
    if (name != m_profile.user.displayName)
        patch.displayName = name;
    const QString bio = m_bio->toPlainText().trimmed();
    if (bio != m_profile.bio)
        patch.bio = bio;
    if (m_topicsPublic->isChecked() != m_profile.topicsPublic)
        patch.topicsPublic = m_topicsPublic->isChecked();
    if (m_pictureRemoved && m_profile.user.avatarId)
        patch.avatarMediaId = std::optional<qint64>();
    return patch;
}

void ProfileEditor::refresh()
{
    m_nameCounter->measure(m_name->text().trimmed());
    m_bioCounter->measure(m_bio->toPlainText().trimmed());
    m_removePicture->setEnabled(
        !m_pictureFile.isEmpty() || (m_profile.user.avatarId && !m_pictureRemoved));
    const bool nameOk = !Text::isBlank(m_name->text()) && !m_nameCounter->isOver();
    saveButton()->setEnabled(nameOk && !m_bioCounter->isOver());
}

} // namespace Hearth
