#pragma once

#include "api/Profile.h"
#include "api/Requests.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Hearth {

class LimitCounter;

// "Edit profile": one's display name, bio (with its limit counted as the composer counts),
// whether the topics one follows are public, and an optional picture, picked from a file
// (checked as the composer checks photos) or taken away. What changed is the patch; a new
// picture is the file to upload first (its location is stripped by the community).
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileEditor(const Profile &profile, QWidget *parent = nullptr);

    // The fields that differ from the profile shown (an empty patch when nothing does); the
    // avatar only when it was taken away (a new one is pictureFile()).
    ProfilePatch patch() const;
    // The picture picked, to upload; empty when none was.
    QString pictureFile() const { return m_pictureFile; }
    QByteArray pictureMimeType() const { return m_pictureMimeType; }

    // Checks the file and takes it as the new picture; false (with the reason shown) when
    // it will not do.
    bool choosePicture(const QString &path);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *bioField() const { return m_bio; }
    LimitCounter *bioCounter() const { return m_bioCounter; }
    QCheckBox *topicsPublicBox() const { return m_topicsPublic; }
    QPushButton *pictureButton() const { return m_pictureButton; }
    QPushButton *removePictureButton() const { return m_removePicture; }
    QPushButton *saveButton() const;

private:
    void refresh();

    Profile m_profile;
    QLineEdit *m_name;
    LimitCounter *m_nameCounter;
    QPlainTextEdit *m_bio;
    LimitCounter *m_bioCounter;
    QCheckBox *m_topicsPublic;
    QLabel *m_picture;
    QLabel *m_pictureNote;
    QPushButton *m_pictureButton;
    QPushButton *m_removePicture;
    QDialogButtonBox *m_buttons;
    QString m_pictureFile;
    QByteArray m_pictureMimeType;
    bool m_pictureRemoved = false;
};

} // namespace Hearth
