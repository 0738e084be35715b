#pragma once

#include "sync/Outbox.h"

#include <QImage>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace Hearth {

class LimitCounter;

// The composer's media: a photo for a post or a story, or a video and its poster image.
// Each file is checked as it is picked (its kind, its size, that it opens whole), so that a
// file the server would refuse is turned down here, in plain words, before anything is
// queued. Shows a preview, asks (gently) for a description, and offers to blur the picture.
// When a photo's metadata says where it was taken, a calm line says so, and that the
// community removes it on upload.
class MediaPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Photo, Video };

    // A picked file that will do for an upload.
    struct CheckedFile
    {
        QString path;
        QByteArray mimeType; // from the file's content, never from its name
        qint64 byteSize = 0;
        QImage preview; // a photo's, at most PreviewSide; null for a video (or a huge photo)
        bool hasLocation = false; // a photo whose metadata says where it was taken
    };

    explicit MediaPicker(QWidget *parent = nullptr);

    // Photo for posts and stories, Video for videos. What was picked for the other mode
    // stays (a photo becomes the video's poster, and back).
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Checks the file and attaches it: in Photo mode a photo; in Video mode a video, or a
    // picture as its poster. False when the file is refused: refusal() says why, and what
    // was attached before stays.
    bool attachFile(const QString &path);
    // The picture for a video's poster (the same slot as a post's photo).
    bool attachPoster(const QString &path);
    // Lets go of every file.
    void clear();

    // What the post carries: nothing when nothing is picked, or while a video lacks its
    // poster (or a poster its video).
    std::optional<PostMedia> media() const;
    bool hasFiles() const { return m_photo || m_video; }
    // Why what is picked can't go yet, in words; empty when it can (or nothing is picked).
    QString problem() const;
    // Why the last file was refused; empty once a file is taken.
    QString refusal() const { return m_refusal; }

    // For drafts: the picked files' paths, the description and the blur.
    QJsonObject toJson() const;
    // Picks the files of a draft again (each checked anew: it may have moved since).
    void fromJson(const QJsonObject &json);

    QLineEdit *altTextField() const { return m_altText; }
    LimitCounter *altTextCounter() const { return m_altTextCounter; }
    QCheckBox *sensitiveBox() const { return m_sensitive; }
    QLabel *preview() const { return m_preview; }
    QLabel *refusalLabel() const { return m_refusalLabel; }
    // Shown while the photo (or poster) carries its location.
    QLabel *locationNote() const { return m_locationNote; }
    QPushButton *photoButton() const { return m_photoButton; }
    QPushButton *videoButton() const { return m_videoButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    // The fields in tab order, for the dialog's chain.
    QList<QWidget *> tabOrder() const;

    // The checks, in the person's words when a file won't do.
    static std::optional<CheckedFile> checkPhoto(const QString &path, QString *problem);
    static std::optional<CheckedFile> checkVideo(const QString &path, QString *problem);
    // Whether the file starts like an MP4 or a WebM video.
    static bool looksLikeVideo(const QString &path);

    static constexpr int PreviewSide = 160;

Q_SIGNALS:
    // Files, description or blur changed.
    void changed();

private:
    void describeLabels();
    void setUpDescription();
    QLayout *buildDetails();
    void choose(bool video);
    void refuse(const QString &problem);
    void refresh();

    Mode m_mode = Mode::Photo;
    std::optional<CheckedFile> m_photo; // the photo, or the video's poster
    std::optional<CheckedFile> m_video;
    QString m_refusal;

    QPushButton *m_photoButton;
    QPushButton *m_videoButton;
    QPushButton *m_removeButton;
    QLabel *m_preview;
    QLabel *m_files;
    QLabel *m_locationNote;
    QLabel *m_refusalLabel;
    QLabel *m_altTextLabel;
    QLineEdit *m_altText;
    LimitCounter *m_altTextCounter;
    QLabel *m_altTextHint;
    QCheckBox *m_sensitive;
    QLabel *m_videoNote;
};

} // namespace Hearth
