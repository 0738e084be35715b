#include "PostMediaView.h"

#include "ui/care/Care.h"
#include "ui/look/Metrics.h"
#include "ui/media/VideoPlayer.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The tallest a photo is drawn in the post; the viewer shows all of it.
constexpr int MaxPhotoHeight = 560;

// The pill over a blurred picture: says what it hides, and shows it on a click, Space or
// Enter.
class RevealPill : public QAbstractButton
{
public:
    explicit RevealPill(QWidget *parent) : QAbstractButton(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics metrics(font());
        return {metrics.horizontalAdvance(text()) + 2 * metrics.height(), 2 * metrics.height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        QColor fill = palette().color(QPalette::Base);
        fill.setAlpha(isDown() ? 255 : 225);
        painter.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 2)
                                  : QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine, text());
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            click();
            return;
        }
        QAbstractButton::keyPressEvent(event);
    }
};

// A picture with nothing left to recognise, only its colours: scaled down to a few pixels
// and up again.
QImage obscured(const QImage &image)
{
    const QSize size = image.size();
    const QSize tiny = size.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
    return image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

PostMediaView::PostMediaView(QWidget *pane)
    : QWidget(pane)
    , m_image(new QLabel(this))
    , m_reveal(new RevealPill(m_image))
    , m_caption(new QLabel(this))
    , m_see(new QPushButton(this))
{
    m_image->setTextFormat(Qt::PlainText);
    m_image->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_image->hide();
    m_image->installEventFilter(this); // a click on a blurred picture shows it
    // The pill sits in the middle of the picture it hides.
    m_reveal->setText(tr("Sensitive photo: show"));
    m_reveal->setAccessibleName(tr("Show the sensitive photo"));
    m_reveal->setAccessibleDescription(tr("The photo is blurred until you choose to see it."));
    m_reveal->hide();
    connect(m_reveal, &QAbstractButton::clicked, this, &PostMediaView::reveal);
    auto *pillLayout = new QGridLayout(m_image);
    pillLayout->setContentsMargins(0, 0, 0, 0);
    pillLayout->addWidget(m_reveal, 0, 0, Qt::AlignCenter);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    connect(m_see, &QPushButton::clicked, this, [this] {
        if (!m_media)
            return;
        // Asking for the full photo is choosing to see it.
        if (isBlurred())
            reveal();
        Q_EMIT mediaRequested(m_media->id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Metrics::spaceS);
    // As wide as the picture, so that the pill is in its middle.
    layout->addWidget(m_image, 0, Qt::AlignLeft);
    auto *row = new QHBoxLayout;
    row->addWidget(m_caption, 1);
    row->addWidget(m_see);
    layout->addLayout(row);
}

void PostMediaView::showMedia(const std::optional<Media> &shown)
{
    m_media = shown;
    m_image->clear();
    m_image->hide();
    if (!m_media) {
        hide();
        return;
    }
    const Media &media = *m_media;
    const bool video = media.kind == MediaKind::Video;
    QString caption = media.altText.isEmpty()
        ? (video ? tr("Video") : tr("Photo"))
        : (video ? tr("Video: %1") : tr("Photo: %1")).arg(media.altText);
    if (media.sensitive)
        caption += u" · "_s + tr("Sensitive");
    m_caption->setText(caption);
    m_see->setText(video ? tr("Play video") : tr("See full photo"));
    m_see->setAccessibleName(m_see->text());
    // A video plays here, in the post, with its own controls.
    const bool inline_ = video && m_server.isValid();
    if (inline_ && !m_videoPlayer) {
        m_videoPlayer = new VideoPlayer(this);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_videoPlayer);
    }
    fitToWidth();
    // Without a Care the player blurs every sensitive poster; with one, as Care says.
    m_blurred = m_care ? isBlurred() : media.sensitive;
    if (m_videoPlayer) {
        m_videoPlayer->setVisible(inline_);
        if (inline_) {
            Media played = media;
            played.sensitive = m_blurred;
            m_videoPlayer->setVideo(VideoPlayer::mediaUrl(m_server, media.id), played);
        }
    }
    m_see->setVisible(!inline_);
    show();
    // The same picture, told differently (marked sensitive since): drawn again.
    if (m_sourceId == media.id)
        showImage();
}

void PostMediaView::hideMedia()
{
    m_media.reset();
    hide();
}

void PostMediaView::clear()
{
    m_media.reset();
    m_image->clear();
    m_image->hide();
    m_source = {};
    m_sourceId = 0;
}

void PostMediaView::setImage(const QImage &image)
{
    m_source = image;
    m_sourceId = m_media ? m_media->id : 0;
    showImage();
}

void PostMediaView::showImage()
{
    const QImage &image = m_source;
    if (image.isNull()) {
        m_image->clear();
        m_image->hide();
        m_blurred = false;
        return;
    }
    // A video's poster goes to its player, which shows it until Play (blurred by itself).
    if (m_videoPlayer && !m_videoPlayer->isHidden()) {
        m_videoPlayer->setPoster(image);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    // The column's width, and never taller than most of a screen: the whole picture is seen
    // at once, the viewer shows it bigger. The window's picture is a thumbnail (480 px wide):
    // one at least half as wide as the column is drawn at its width; a smaller picture at its
    // own size, since enlarged more it would blur.
    const int column = std::max(width(), 160);
    QSize shown = image.size() / ratio;
    if (shown.width() > column || 2 * shown.width() >= column)
        shown = shown.scaled(column,
            std::max(1, shown.height() * column / std::max(1, shown.width())), Qt::KeepAspectRatio);
    if (shown.height() > MaxPhotoHeight)
        shown = shown.scaled(column, MaxPhotoHeight, Qt::KeepAspectRatio);
    const QSize device = shown * ratio;
    const QImage scaled = device == image.size()
        ? image
        : image.scaled(device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_blurred = isBlurred();
    QPixmap pixmap = QPixmap::fromImage(m_blurred ? obscured(scaled) : scaled);
    pixmap.setDevicePixelRatio(ratio);
    m_image->setPixmap(pixmap);
    m_image->setAccessibleName(m_caption->text());
    m_image->setCursor(Qt::PointingHandCursor); // it shows the blurred photo, or opens the viewer
    m_shownWidth = width();
    const bool pillHadFocus = m_reveal->hasFocus();
    m_reveal->setVisible(m_blurred);
    if (pillHadFocus && !m_blurred)
        m_see->setFocus();
    m_image->show();
}

bool PostMediaView::isBlurred() const
{
    return m_care && m_media && m_care->isBlurred(m_media->id, m_media->sensitive);
}

void PostMediaView::reveal()
{
    if (m_care && m_media)
        m_care->reveal(m_media->id); // Care::changed draws it sharp
}

QImage PostMediaView::shownImage() const
{
    return m_image->isHidden() ? QImage() : m_image->pixmap().toImage();
}

void PostMediaView::updateBlur()
{
    if (!m_care || isBlurred() == m_blurred)
        return;
    const bool inlineVideo = m_videoPlayer && !m_videoPlayer->isHidden();
    if (!inlineVideo) {
        showImage();
        return;
    }
    // The player blurs a sensitive poster itself: it is given the video again, told
    // whether to, while nothing plays.
    if (m_videoPlayer->state() != VideoPlayer::State::Poster || !m_media)
        return;
    Media media = *m_media;
    m_blurred = isBlurred();
    media.sensitive = m_blurred;
    m_videoPlayer->setVideo(VideoPlayer::mediaUrl(m_server, media.id), media,
        m_sourceId == media.id ? m_source : QImage());
}

QList<QWidget *> PostMediaView::tabChain() const
{
    QList<QWidget *> chain{m_reveal, m_see};
    // The video's controls, where the video is: made after the page, they would come last.
    if (m_videoPlayer) {
        chain.append(
            {m_videoPlayer->playButton(), m_videoPlayer->seekBar(), m_videoPlayer->muteButton(),
                m_videoPlayer->openExternallyButton(), m_videoPlayer->retryButton()});
    }
    return chain;
}

bool PostMediaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_image && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        // A click on a blurred photo shows it; on a sharp one, opens the viewer.
        if (m_blurred)
            reveal();
        else if (m_media)
            Q_EMIT mediaRequested(m_media->id);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PostMediaView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void PostMediaView::fitToWidth()
{
    // A video at the column's width, its poster there at once: 16:9, or the video's own
    // shape when known (the player says how tall, up to its limit).
    if (m_videoPlayer && !m_videoPlayer->isHidden())
        m_videoPlayer->setFixedHeight(m_videoPlayer->heightForWidth(width()));
    // A photo drawn for another width is drawn again for this one.
    if (!m_image->isHidden() && m_shownWidth != width() && !m_source.isNull())
        showImage();
}

} // namespace Hearth
