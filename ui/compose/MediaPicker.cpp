#include "MediaPicker.h"

#include "LimitCounter.h"
#include "api/Limits.h"
#include "care/PhotoLocation.h"

#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Above this many pixels Qt's default allocation limit (128 MB) refuses to decode the
// picture: it is taken without a preview, and the server, which allows 40 megapixels,
// decides.
constexpr qint64 MaxPreviewPixels = 32'000'000;

QByteArray mimeTypeOf(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return "image/jpeg";
    if (format == "png")
        return "image/png";
    if (format == "webp")
        return "image/webp";
    if (format == "gif")
        return "image/gif";
    return {};
}

// JPEG and PNG decoders take a file cut short and pad it with grey; the server refuses
// such a file, and so does the composer. A JPEG ends with its end-of-image marker (line
// ends or zero bytes may follow it), a PNG holds its IEND chunk.
bool isWhole(const QByteArray &bytes, const QByteArray &mimeType)
{
    if (mimeType == "image/jpeg") {
        qsizetype end = bytes.size();
        while (
            end > 0 && (bytes[end - 1] == '\0' || bytes[end - 1] == '\n' || bytes[end - 1] == '\r'))
            --end;
        return end >= 2 && bytes[end - 2] == '\xFF' && bytes[end - 1] == '\xD9';
    }
    if (mimeType == "image/png")
        return bytes.contains("IEND");
    return true;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

MediaPicker::MediaPicker(QWidget *parent)
    : QWidget(parent)
    , m_photoButton(new QPushButton(this))
    , m_videoButton(new QPushButton(tr("Choose a &video…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_preview(new QLabel(this))
    , m_files(new QLabel(this))
    , m_locationNote(new QLabel(this))
    , m_refusalLabel(new QLabel(this))
    , m_altTextLabel(new QLabel(tr("&Description"), this))
    , m_altText(new QLineEdit(this))
    , m_altTextCounter(new LimitCounter(Limits::MaxAltTextLength, this))
    , m_altTextHint(new QLabel(this))
    , m_sensitive(new QCheckBox(tr("&Blur it until someone chooses to see it"), this))
    , m_videoNote(new QLabel(this))
{
    connect(m_photoButton, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_videoButton, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_removeButton, &QPushButton::clicked, this, &MediaPicker::clear);
    m_removeButton->setAccessibleName(tr("Remove the picked files"));
    describeLabels();
    setUpDescription();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_photoButton);
    buttons->addWidget(m_videoButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *shown = new QHBoxLayout;
    shown->addWidget(m_preview, 0, Qt::AlignTop);
    shown->addLayout(buildDetails(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_refusalLabel);
    layout->addLayout(shown);
    refresh();
}

void MediaPicker::describeLabels()
{
    m_preview->setFixedSize(PreviewSide, PreviewSide);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));
    m_files->setTextFormat(Qt::PlainText);
    m_files->setWordWrap(true);
    m_locationNote->setTextFormat(Qt::PlainText);
    m_locationNote->setWordWrap(true);
    m_locationNote->setAccessibleName(tr("Location in the photo"));

    m_refusalLabel->setTextFormat(Qt::PlainText);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setAccessibleName(tr("Problem with the file"));
    QFont bold = m_refusalLabel->font();
    bold.setBold(true);
    m_refusalLabel->setFont(bold);

    m_videoNote->setTextFormat(Qt::PlainText);
    m_videoNote->setWordWrap(true);
    m_videoNote->setText(tr("Videos are shared as they are: the file may carry details that "
                            "the app which recorded it put in, such as where it was made."));
}

void MediaPicker::setUpDescription()
{
    m_altText->setAccessibleName(tr("Description"));
    m_altText->setClearButtonEnabled(true);
    connect(m_altText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_altTextCounter->measure(text);
        refresh();
        Q_EMIT changed();
    });
    m_altTextHint->setTextFormat(Qt::PlainText);
    m_altTextHint->setWordWrap(true);
    m_altTextHint->setText(tr("A few words about what it shows help people who use a screen "
                              "reader. You can post without them."));
    connect(m_sensitive, &QCheckBox::toggled, this, &MediaPicker::changed);
}

QLayout *MediaPicker::buildDetails()
{
    auto *describe = new QFormLayout;
    auto *altTextRow = new QHBoxLayout;
    altTextRow->addWidget(m_altText, 1);
    altTextRow->addWidget(m_altTextCounter);
    m_altTextLabel->setBuddy(m_altText);
    describe->addRow(m_altTextLabel, altTextRow);
    describe->addRow(QString(), m_altTextHint);
    describe->addRow(QString(), m_sensitive);

    auto *details = new QVBoxLayout;
    details->addWidget(m_files);
    details->addWidget(m_locationNote);
    details->addLayout(describe);
    details->addWidget(m_videoNote);
    details->addStretch();
    return details;
}

void MediaPicker::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    refresh();
    Q_EMIT changed();
}

bool MediaPicker::looksLikeVideo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    return (head.size() >= 8 && head.mid(4, 4) == "ftyp") || head.startsWith("\x1A\x45\xDF\xA3");
}

std::optional<MediaPicker::CheckedFile> MediaPicker::checkPhoto(
    const QString &path, QString *problem)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!info.isFile())
        return refuse(tr("Hearth can't find %1.").arg(path));
    if (info.size() == 0)
        return refuse(tr("%1 is empty.").arg(name));
    if (info.size() > Limits::MaxImageUploadBytes) {
        return refuse(tr("%1 is %2, and a photo can be at most %3. A smaller copy will do.")
                          .arg(name, sizeText(info.size()), sizeText(Limits::MaxImageUploadBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Hearth can't open %1: %2").arg(name, file.errorString()));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray mimeType = mimeTypeOf(reader.format());
    if (mimeType.isEmpty()) {
        return refuse(tr("%1 isn't a picture Hearth can share. Choose a JPEG, PNG, WebP or GIF "
                         "picture.")
                          .arg(name));
    }
    // The size the header claims, checked before any pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(tr("%1 can't be opened: the file may be damaged.").arg(name));
    if (size.width() > Limits::MaxImageSide || size.height() > Limits::MaxImageSide
        || qint64(size.width()) * size.height() > Limits::MaxImagePixels) {
        return refuse(tr("%1 is too large a picture (%2 × %3 pixels). A picture can be at most "
                         "%4 pixels on a side and %5 megapixels.")
                          .arg(name)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(Limits::MaxImageSide)
                          .arg(Limits::MaxImagePixels / 1'000'000));
    }
    if (!isWhole(bytes, mimeType))
        return refuse(tr("%1 is incomplete: it may not have finished copying.").arg(name));

    CheckedFile checked{path, mimeType, info.size(), {}, PhotoLocation::find(bytes).found()};
    if (qint64(size.width()) * size.height() <= MaxPreviewPixels) {
        reader.setScaledSize(
            size.scaled(PreviewSide, PreviewSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        if (!reader.read(&checked.preview) || checked.preview.isNull())
            return refuse(tr("%1 can't be opened: the file may be damaged.").arg(name));
    }
    return checked;
}

std::optional<MediaPicker::CheckedFile> MediaPicker::checkVideo(
    const QString &path, QString *problem)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!info.isFile())
        return refuse(tr("Hearth can't find %1.").arg(path));
    if (info.size() > Limits::MaxVideoUploadBytes) {
        return refuse(tr("%1 is %2, and a video can be at most %3. A shorter clip will do.")
                          .arg(name, sizeText(info.size()), sizeText(Limits::MaxVideoUploadBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Hearth can't open %1: %2").arg(name, file.errorString()));
    const QByteArray head = file.read(12);
    QByteArray mimeType;
    if (head.size() >= 8 && head.mid(4, 4) == "ftyp")
        mimeType = "video/mp4";
    else if (head.startsWith("\x1A\x45\xDF\xA3"))
        mimeType = "video/webm";
    else
        return refuse(
            tr("%1 isn't a video Hearth can share. Choose an MP4 or WebM video.").arg(name));
    return CheckedFile{path, mimeType, info.size(), {}};
}

bool MediaPicker::attachFile(const QString &path)
{
    QString problem;
    if (looksLikeVideo(path)) {
        if (m_mode == Mode::Photo) {
            refuse(tr("%1 is a video. To share a video, choose Video as the kind of post.")
                       .arg(QFileInfo(path).fileName()));
            return false;
        }
        auto video = checkVideo(path, &problem);
        if (!video) {
            refuse(problem);
            return false;
        }
        m_video = std::move(video);
    } else {
        auto photo = checkPhoto(path, &problem);
        if (!photo) {
            refuse(problem);
            return false;
        }
        m_photo = std::move(photo);
    }
    m_refusal.clear();
    refresh();
    Q_EMIT changed();
    return true;
}

bool MediaPicker::attachPoster(const QString &path)
{
    QString problem;
    auto poster = checkPhoto(path, &problem);
    if (!poster) {
        refuse(problem);
        return false;
    }
    m_photo = std::move(poster);
    m_refusal.clear();
    refresh();
    Q_EMIT changed();
    return true;
}

void MediaPicker::clear()
{
    m_photo.reset();
    m_video.reset();
    m_refusal.clear();
    m_altText->clear();
    m_sensitive->setChecked(false);
    refresh();
    Q_EMIT changed();
}

void MediaPicker::refuse(const QString &problem)
{
    m_refusal = problem;
    refresh();
}

std::optional<PostMedia> MediaPicker::media() const
{
    PostMedia media;
    media.altText = m_altText->text().trimmed();
    media.sensitive = m_sensitive->isChecked();
    if (m_mode == Mode::Photo) {
        if (!m_photo)
            return std::nullopt;
        media.path = m_photo->path;
        media.mimeType = m_photo->mimeType;
        return media;
    }
    if (!m_video || !m_photo)
        return std::nullopt;
    media.path = m_video->path;
    media.mimeType = m_video->mimeType;
    media.posterPath = m_photo->path;
    media.posterMimeType = m_photo->mimeType;
    return media;
}

QString MediaPicker::problem() const
{
    if (m_mode == Mode::Video) {
        if (!m_video && !m_photo)
            return tr("Choose the video to share, and a picture for its poster.");
        if (!m_video)
            return tr("Choose the video to share.");
        if (!m_photo)
            return tr("Choose a picture for the video's poster: people see it before they play "
                      "the video.");
    }
    if (m_altTextCounter->isOver())
        return tr("The description is too long.");
    return {};
}

QJsonObject MediaPicker::toJson() const
{
    QJsonObject json;
    if (m_photo)
        json.insert(u"photo"_s, m_photo->path);
    if (m_video)
        json.insert(u"video"_s, m_video->path);
    if (!m_altText->text().isEmpty())
        json.insert(u"altText"_s, m_altText->text());
    if (m_sensitive->isChecked())
        json.insert(u"sensitive"_s, true);
    return json;
}

void MediaPicker::fromJson(const QJsonObject &json)
{
    m_photo.reset();
    m_video.reset();
    QStringList problems;
    QString problem;
    if (const QString path = json.value(u"photo"_s).toString(); !path.isEmpty()) {
        m_photo = checkPhoto(path, &problem);
        if (!m_photo)
            problems.append(problem);
    }
    if (const QString path = json.value(u"video"_s).toString(); !path.isEmpty()) {
        m_video = checkVideo(path, &problem);
        if (!m_video)
            problems.append(problem);
    }
    m_refusal = problems.join(u'\n');
    m_altText->setText(json.value(u"altText"_s).toString());
    m_sensitive->setChecked(json.value(u"sensitive"_s).toBool());
    refresh();
    Q_EMIT changed();
}

QList<QWidget *> MediaPicker::tabOrder() const
{
    return {m_photoButton, m_videoButton, m_removeButton, m_altText, m_sensitive};
}

void MediaPicker::choose(bool video)
{
    // A window-modal file dialog, answered through its signal: no nested event loop.
    auto *dialog = new QFileDialog(this,
        video ? tr("Choose a video")
              : (m_mode == Mode::Video ? tr("Choose a poster picture") : tr("Choose a photo")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(video
            ? QStringList{tr("Videos (*.mp4 *.webm)"), tr("All files (*)")}
            : QStringList{tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this, video](const QString &path) {
        if (video)
            attachFile(path);
        else if (m_mode == Mode::Video)
            attachPoster(path);
        else
            attachFile(path);
    });
    dialog->open();
}

void MediaPicker::refresh()
{
    const bool videoMode = m_mode == Mode::Video;
    m_photoButton->setText(videoMode
            ? (m_photo ? tr("Change the &poster…") : tr("Choose a &poster…"))
            : (m_photo ? tr("Change the &photo…") : tr("Add a &photo…")));
    m_videoButton->setVisible(videoMode);
    m_videoButton->setText(m_video ? tr("Change the &video…") : tr("Choose a &video…"));

    const bool shown = videoMode ? (m_photo || m_video) : bool(m_photo);
    m_removeButton->setVisible(shown);
    m_preview->setVisible(shown);
    if (m_photo && !m_photo->preview.isNull()) {
        m_preview->setPixmap(QPixmap::fromImage(m_photo->preview));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(m_photo ? tr("No preview") : tr("No poster yet"));
    }
    m_preview->setAccessibleDescription(m_photo ? QFileInfo(m_photo->path).fileName() : QString());

    QStringList files;
    if (videoMode && m_video) {
        files.append(tr("Video: %1 (%2)")
                         .arg(QFileInfo(m_video->path).fileName(), sizeText(m_video->byteSize)));
    }
    if (m_photo) {
        files.append((videoMode ? tr("Poster: %1 (%2)") : tr("Photo: %1 (%2)"))
                         .arg(QFileInfo(m_photo->path).fileName(), sizeText(m_photo->byteSize)));
    }
    m_files->setText(files.join(u'\n'));
    m_files->setVisible(shown);
    // The server re-encodes every picture without its metadata: said calmly, as a fact.
    m_locationNote->setText(videoMode
            ? tr("This poster picture holds location information, such as where it was "
                 "taken. It is removed when you post, before anyone sees the picture.")
            : tr("This photo holds location information, such as where it was taken. It is "
                 "removed when you post, before anyone sees the photo."));
    m_locationNote->setAccessibleDescription(m_locationNote->text());
    m_locationNote->setVisible(m_photo && m_photo->hasLocation);

    m_altText->setPlaceholderText(
        videoMode ? tr("What happens in the video") : tr("What the photo shows"));
    for (QWidget *describing : std::initializer_list<QWidget *>{
             m_altTextLabel, m_altText, m_altTextCounter, m_sensitive}) {
        describing->setVisible(shown);
    }
    m_altTextHint->setVisible(shown && m_altText->text().trimmed().isEmpty());
    m_videoNote->setVisible(videoMode && m_video);

    m_refusalLabel->setText(m_refusal);
    m_refusalLabel->setVisible(!m_refusal.isEmpty());
}

} // namespace Hearth
