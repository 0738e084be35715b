#include "PhotoViewer.h"

#include "Care.h"
#include "MediaDecoder.h"
#include "MediaImageCache.h"
#include "net/ApiClient.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hearth {

// The photo itself: painted scaled into the viewport of a scroll area whose scroll bars
// (hidden; the keys, the wheel and dragging move them) pan it. Only what is visible is
// drawn, so a deep zoom costs no more memory than the decoded picture.
//
// The zoom counts pixels of the device per pixel of the photo's nominal size (the size
// the server has; a larger photo than the decoder keeps is drawn stretched to it), so that
// 1.0 is the actual size on any screen.
class PhotoCanvas : public QAbstractScrollArea
{
public:
    static constexpr qreal MaxZoom = 8.0;
    static constexpr qreal ZoomStep = 1.25;
    static constexpr int ArrowStep = 40; // logical pixels per arrow key press

    explicit PhotoCanvas(QWidget *parent) : QAbstractScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFocusPolicy(Qt::StrongFocus);
        viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    }

    // Called after every change of the zoom.
    std::function<void()> zoomChanged;

    // keepView keeps the zoom and the place (a full photo replacing its preview).
    void setImage(const QImage &image, QSizeF nominal, bool keepView)
    {
        m_image = image;
        m_nominal = nominal;
        m_scaled = {};
        m_blurred = {};
        if (!keepView)
            m_fit = true;
        relayout();
    }

    void clear() { setImage({}, {}, false); }
    const QImage &image() const { return m_image; }

    void setObscured(bool obscured)
    {
        m_obscured = obscured;
        if (obscured)
            fit();
        updateCursor();
        viewport()->update();
    }
    bool isObscured() const { return m_obscured; }

    qreal zoom() const { return m_zoom; }
    bool fitsWindow() const { return m_fit; }

    // The zoom that shows the whole photo, never above the actual size.
    qreal fitZoom() const
    {
        if (m_nominal.isEmpty())
            return 1.0;
        const QSizeF device = QSizeF(viewport()->size()) * ratio();
        return std::clamp(
            std::min(device.width() / m_nominal.width(), device.height() / m_nominal.height()),
            0.001, 1.0);
    }
    qreal minimumZoom() const { return fitZoom(); }

    void fit()
    {
        m_fit = true;
        relayout();
    }

    // Zooms keeping the photo's point under anchor (viewport coordinates; the middle when
    // not given) where it is.
    void setZoom(qreal zoom, std::optional<QPointF> anchor = std::nullopt)
    {
        if (m_image.isNull())
            return;
        zoom = std::clamp(zoom, minimumZoom(), MaxZoom);
        if (zoom <= minimumZoom() * 1.0001) {
            fit();
            return;
        }
        const QPointF at = anchor.value_or(QRectF(viewport()->rect()).center());
        const QRectF before = photoRect();
        const QPointF point = (at - before.topLeft()) / before.width() * m_nominal.width();
        m_fit = false;
        m_zoom = zoom;
        updateScrollBars();
        const QPointF content = point * m_zoom / ratio();
        horizontalScrollBar()->setValue(qRound(content.x() - at.x()));
        verticalScrollBar()->setValue(qRound(content.y() - at.y()));
        updateCursor();
        viewport()->update();
        if (zoomChanged)
            zoomChanged();
    }

    // Where the photo is drawn, in viewport coordinates: centred when smaller than the
    // viewport, moved by the scroll bars when larger; on whole device pixels.
    QRectF photoRect() const
    {
        const QSizeF content = contentSize();
        const QSizeF view = viewport()->size();
        QPointF topLeft(content.width() <= view.width() ? (view.width() - content.width()) / 2
                                                        : -horizontalScrollBar()->value(),
            content.height() <= view.height() ? (view.height() - content.height()) / 2
                                              : -verticalScrollBar()->value());
        const qreal r = ratio();
        topLeft = QPointF(std::round(topLeft.x() * r) / r, std::round(topLeft.y() * r) / r);
        return QRectF(topLeft, content);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(viewport());
        painter.fillRect(viewport()->rect(), palette().color(QPalette::Window).darker(115));
        if (m_image.isNull())
            return;
        const QRectF target = photoRect();
        const qreal r = ratio();
        const QSize device = (target.size() * r).toSize();
        if (device.isEmpty())
            return;
        if (m_obscured) {
            if (m_blurred.size() != device) {
                // Scaled down to a few pixels and up again: its colours, nothing to recognise.
                const QSize tiny = device.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
                m_blurred = QPixmap::fromImage(
                    m_image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                        .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                        .scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            }
            m_blurred.setDevicePixelRatio(r);
            painter.drawPixmap(target.topLeft(), m_blurred);
            return;
        }
        if (device.width() < m_image.width()) {
            // Smaller than decoded: scaled once with a proper filter (drawing it scaled would
            // only sample, and shimmer), and kept while the zoom stays.
            if (m_scaled.size() != device) {
                m_scaled = QPixmap::fromImage(
                    m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            }
            m_scaled.setDevicePixelRatio(r);
            painter.drawPixmap(target.topLeft(), m_scaled);
            return;
        }
        m_scaled = {};
        // Enlarged: smooth while it is a photo, pixels when the reader looks that close.
        painter.setRenderHint(
            QPainter::SmoothPixmapTransform, device.width() < 4 * m_image.width());
        painter.drawImage(target, m_image);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QAbstractScrollArea::resizeEvent(event);
        relayout();
    }

    void showEvent(QShowEvent *event) override
    {
        QAbstractScrollArea::showEvent(event);
        // The zoom counts device pixels: on a screen with another ratio the same zoom has
        // another size.
        if (QWindow *window = this->window()->windowHandle(); window && !m_screenWatched) {
            m_screenWatched = true;
            connect(window, &QWindow::screenChanged, viewport(), [this] { relayout(); });
        }
        relayout();
    }

    void scrollContentsBy(int, int) override { viewport()->update(); }

    void wheelEvent(QWheelEvent *event) override
    {
        if (!(event->modifiers() & Qt::ControlModifier) || m_obscured) {
            QAbstractScrollArea::wheelEvent(event);
            return;
        }
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(m_zoom * std::pow(ZoomStep, steps), event->position());
        event->accept();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && isPannable()) {
            m_dragFrom = event->position().toPoint();
            m_dragScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
            viewport()->setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
        QAbstractScrollArea::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!m_dragFrom) {
            QAbstractScrollArea::mouseMoveEvent(event);
            return;
        }
        const QPoint moved = event->position().toPoint() - *m_dragFrom;
        horizontalScrollBar()->setValue(m_dragScroll.x() - moved.x());
        verticalScrollBar()->setValue(m_dragScroll.y() - moved.y());
        event->accept();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_dragFrom && event->button() == Qt::LeftButton) {
            m_dragFrom.reset();
            updateCursor();
            event->accept();
            return;
        }
        QAbstractScrollArea::mouseReleaseEvent(event);
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton || m_obscured || m_image.isNull()) {
            QAbstractScrollArea::mouseDoubleClickEvent(event);
            return;
        }
        if (m_fit && fitZoom() < 1.0)
            setZoom(1.0, event->position());
        else
            fit();
        event->accept();
    }

private:
    qreal ratio() const { return viewport()->devicePixelRatioF(); }

    QSizeF contentSize() const { return m_nominal * m_zoom / ratio(); }

    bool isPannable() const
    {
        return !m_obscured && !m_image.isNull()
            && (horizontalScrollBar()->maximum() > 0 || verticalScrollBar()->maximum() > 0);
    }

    // After a change of size, image or screen: refits in fit mode, keeps the zoom otherwise.
    void relayout()
    {
        if (m_fit)
            m_zoom = fitZoom();
        updateScrollBars();
        updateCursor();
        viewport()->update();
        if (zoomChanged)
            zoomChanged();
    }

    void updateScrollBars()
    {
        const QSizeF content = contentSize();
        const QSize view = viewport()->size();
        horizontalScrollBar()->setRange(
            0, std::max(0, int(std::ceil(content.width())) - view.width()));
        verticalScrollBar()->setRange(
            0, std::max(0, int(std::ceil(content.height())) - view.height()));
        horizontalScrollBar()->setPageStep(view.width());
        verticalScrollBar()->setPageStep(view.height());
        horizontalScrollBar()->setSingleStep(ArrowStep);
        verticalScrollBar()->setSingleStep(ArrowStep);
    }

    void updateCursor()
    {
        if (m_dragFrom)
            return;
        if (isPannable())
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
    }

    QImage m_image;
    QSizeF m_nominal;
    qreal m_zoom = 1.0;
    bool m_fit = true;
    bool m_obscured = false;
    bool m_screenWatched = false;
    // m_image smoothly scaled to the size shown, when that is smaller than decoded.
    QPixmap m_scaled;
    QPixmap m_blurred;
    std::optional<QPoint> m_dragFrom;
    QPoint m_dragScroll;
};

namespace {

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return PhotoViewer::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

// An action of the window with its shortcuts, shown in its tooltip.
QAction *windowAction(QWidget *window, const QString &text, const QString &iconName,
    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, window);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(withShortcut(text, shortcuts.first()));
    window->addAction(action);
    return action;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setAccessibleName(action->text());
    return button;
}

} // namespace

PhotoViewer::PhotoViewer(ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_stack(new QStackedWidget(this))
    , m_canvas(new PhotoCanvas(this))
    , m_veil(new QFrame(this))
    , m_showPhoto(new QPushButton(tr("Show photo"), m_veil))
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(tr("Try again"), m_messagePage))
    , m_caption(new QLabel(this))
    , m_zoomOut(nullptr)
    , m_zoomLabel(new QLabel(this))
    , m_zoomIn(nullptr)
    , m_fit(nullptr)
    , m_actualSize(nullptr)
    , m_progress(new QLabel(this))
{
    setWindowTitle(tr("Photo"));
    m_decoder.setMaxThreadCount(1);

    m_canvas->setAccessibleName(tr("Photo"));
    m_canvas->zoomChanged = [this] {
        updateControls();
    };

    // The veil over a sensitive photo: what it is, and the one way past it.
    QFrame *veil = m_veil;
    veil->setFrameShape(QFrame::StyledPanel);
    veil->setAutoFillBackground(true);
    veil->setBackgroundRole(QPalette::Window);
    auto *veilText = new QLabel(tr("This photo may be sensitive."), veil);
    veilText->setTextFormat(Qt::PlainText);
    veilText->setAlignment(Qt::AlignCenter);
    auto *veilLayout = new QVBoxLayout(veil);
    veilLayout->addWidget(veilText);
    veilLayout->addWidget(m_showPhoto, 0, Qt::AlignHCenter);
    m_showPhoto->setAccessibleDescription(tr("The photo is blurred until you choose to see it."));
    connect(m_showPhoto, &QPushButton::clicked, this, &PhotoViewer::reveal);
    veil->hide();

    auto *canvasPage = new QWidget(this);
    auto *canvasLayout = new QGridLayout(canvasPage);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->addWidget(m_canvas, 0, 0);
    canvasLayout->addWidget(veil, 0, 0, Qt::AlignCenter);
    veil->raise();

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        ++m_request;
        m_state = State::Loading;
        m_message->setText(tr("Loading the photo…"));
        m_retry->hide();
        load();
    });
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);

    m_stack->addWidget(canvasPage);
    m_stack->addWidget(m_messagePage);

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->hide();

    // Ctrl+= too: on many keyboards "+" needs Shift.
    QAction *zoomIn = windowAction(this, tr("Zoom in"), u"zoom-in"_s,
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut
        = windowAction(this, tr("Zoom out"), u"zoom-out"_s, {QKeySequence(QKeySequence::ZoomOut)});
    QAction *fit = windowAction(
        this, tr("Fit to window"), u"zoom-fit-best"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    QAction *actualSize = windowAction(
        this, tr("Actual size"), u"zoom-original"_s, {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(zoomIn, &QAction::triggered, this, &PhotoViewer::zoomIn);
    connect(zoomOut, &QAction::triggered, this, &PhotoViewer::zoomOut);
    connect(fit, &QAction::triggered, this, &PhotoViewer::fitToWindow);
    connect(actualSize, &QAction::triggered, this, &PhotoViewer::showActualSize);
    m_zoomOut = toolButton(zoomOut, this);
    m_zoomIn = toolButton(zoomIn, this);
    m_fit = toolButton(fit, this);
    m_actualSize = toolButton(actualSize, this);
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000 %"_s));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_progress->hide();

    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    close->setToolTip(withShortcut(tr("Close"), QKeySequence(Qt::Key_Escape)));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addWidget(m_actualSize);
    bar->addSpacing(12);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    layout->addLayout(bar);

    const QSize around = parent ? parent->window()->size() * 0.85 : QSize(960, 720);
    resize(around.expandedTo(QSize(480, 360)));
    updateControls();
}

PhotoViewer::~PhotoViewer()
{
    // A decode that finishes now posts its result to this object, which drops it as it goes.
    m_decoder.clear();
    m_decoder.waitForDone();
}

void PhotoViewer::showPhoto(const Media &media, const QImage &preview)
{
    ++m_request;
    m_media = media;
    m_state = State::Loading;
    m_hasPreview = !preview.isNull();

    m_caption->setText(media.altText);
    m_caption->setVisible(!media.altText.isEmpty());
    m_canvas->setAccessibleDescription(media.altText);

    const bool obscured = m_care ? m_care->isBlurred(media.id, media.sensitive) : media.sensitive;
    m_canvas->setObscured(obscured);
    m_veil->setVisible(obscured);
    m_showPhoto->setDefault(obscured);
    if (obscured)
        m_showPhoto->setFocus();
    else
        m_canvas->setFocus();

    m_retry->hide();
    if (m_hasPreview) {
        const QSize original(media.width, media.height);
        QSizeF nominal = preview.size();
        if (original.isValid() && original.width() > preview.width())
            nominal = nominal.scaled(QSizeF(original), Qt::KeepAspectRatio);
        m_canvas->setImage(preview, nominal, false);
        m_progress->setText(tr("Loading the full photo…"));
        m_progress->show();
        m_message->clear();
        m_stack->setCurrentIndex(0);
    } else {
        m_canvas->clear();
        m_progress->hide();
        m_message->setText(tr("Loading the photo…"));
        m_stack->setCurrentWidget(m_messagePage);
    }
    updateControls();
    load();
}

void PhotoViewer::load()
{
    const quint64 request = m_request;
    m_api.mediaBytes(m_media.id, false, this, [this, request](Result<QByteArray> bytes) {
        if (request != m_request)
            return;
        if (!bytes) {
            switch (bytes.error().code()) {
            case ApiError::Code::NotFound:
                fail(tr("This photo is no longer here. It may have been deleted."), false);
                return;
            case ApiError::Code::Network:
                fail(ApiClient::describe(bytes.error()), true);
                return;
            default:
                fail(tr("This photo could not be loaded: %1")
                         .arg(ApiClient::describe(bytes.error())),
                    true);
                return;
            }
        }
        // The destructor waits for a running decode, so this object outlives it.
        m_decoder.start([this, request, data = *bytes] {
            const QImage image = MediaDecoder::decode(data);
            QMetaObject::invokeMethod(
                this, [this, request, image] { decoded(request, image); }, Qt::QueuedConnection);
        });
    });
}

void PhotoViewer::decoded(quint64 request, const QImage &image)
{
    if (request != m_request)
        return;
    if (image.isNull()) {
        fail(tr("This photo can't be shown: the file is damaged, or it is not a kind of "
                "picture Hearth opens."),
            false);
        return;
    }
    // The decoder keeps large photos smaller than they are; the zoom stays true to the
    // photo's own size.
    const QSize original(m_media.width, m_media.height);
    QSizeF nominal = image.size();
    if (original.isValid() && original.width() > image.width())
        nominal = nominal.scaled(QSizeF(original), Qt::KeepAspectRatio);
    m_canvas->setImage(image, nominal, m_hasPreview);
    m_state = State::Shown;
    m_progress->hide();
    m_message->clear();
    m_stack->setCurrentIndex(0);
    updateControls();
    Q_EMIT photoLoaded();
}

void PhotoViewer::fail(const QString &message, bool canRetry)
{
    m_state = State::Failed;
    m_hasPreview = false;
    m_canvas->clear();
    m_veil->hide();
    m_showPhoto->setDefault(false);
    m_progress->hide();
    m_message->setText(message);
    m_retry->setVisible(canRetry);
    m_stack->setCurrentWidget(m_messagePage);
    if (canRetry)
        m_retry->setFocus();
    updateControls();
    Q_EMIT photoFailed();
}

bool PhotoViewer::isObscured() const
{
    return m_canvas->isObscured();
}

void PhotoViewer::setCare(Care *care)
{
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    if (!m_care)
        return;
    // Shown elsewhere, or the reader stopped blurring sensitive photos: shown here too.
    connect(m_care, &Care::changed, this, [this] {
        if (m_canvas->isObscured() && !m_care->isBlurred(m_media.id, m_media.sensitive))
            unveil();
    });
}

void PhotoViewer::reveal()
{
    if (!m_canvas->isObscured())
        return;
    unveil();
    if (m_care)
        m_care->reveal(m_media.id);
}

void PhotoViewer::unveil()
{
    if (!m_canvas->isObscured())
        return;
    m_canvas->setObscured(false);
    m_veil->hide();
    m_showPhoto->setDefault(false);
    m_canvas->setFocus();
    updateControls();
}

qreal PhotoViewer::zoom() const
{
    return m_canvas->zoom();
}

bool PhotoViewer::fitsWindow() const
{
    return m_canvas->fitsWindow();
}

void PhotoViewer::zoomIn()
{
    if (!m_canvas->isObscured())
        m_canvas->setZoom(m_canvas->zoom() * PhotoCanvas::ZoomStep);
}

void PhotoViewer::zoomOut()
{
    if (!m_canvas->isObscured())
        m_canvas->setZoom(m_canvas->zoom() / PhotoCanvas::ZoomStep);
}

void PhotoViewer::fitToWindow()
{
    if (!m_canvas->isObscured())
        m_canvas->fit();
}

void PhotoViewer::showActualSize()
{
    if (!m_canvas->isObscured())
        m_canvas->setZoom(1.0);
}

QAbstractScrollArea *PhotoViewer::canvas() const
{
    return m_canvas;
}

QRectF PhotoViewer::photoRect() const
{
    return m_canvas->image().isNull() ? QRectF() : m_canvas->photoRect();
}

QImage PhotoViewer::image() const
{
    return m_canvas->image();
}

QString PhotoViewer::statusText() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : QString();
}

QString PhotoViewer::captionText() const
{
    return m_caption->text();
}

QString PhotoViewer::zoomText() const
{
    return m_zoomLabel->text();
}

void PhotoViewer::updateControls()
{
    const bool zoomable = !m_canvas->image().isNull() && !m_canvas->isObscured();
    const qreal zoom = m_canvas->zoom();
    m_zoomIn->defaultAction()->setEnabled(zoomable && zoom < PhotoCanvas::MaxZoom);
    m_zoomOut->defaultAction()->setEnabled(zoomable && !m_canvas->fitsWindow());
    m_fit->defaultAction()->setEnabled(zoomable && !m_canvas->fitsWindow());
    m_actualSize->defaultAction()->setEnabled(zoomable && !qFuzzyCompare(zoom, 1.0));
    m_zoomLabel->setText(
        zoomable ? tr("%1 %").arg(QLocale().toString(qRound(zoom * 100))) : QString());
}

} // namespace Hearth
