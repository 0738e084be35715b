#include "PhotoViewer.h"

#include "PhotoCanvas.h"
#include "sync/ErrorText.h"
#include "sync/MediaImageCache.h"
#include "ui/care/Care.h"
#include "ui/look/Icons.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return PhotoViewer::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

// An action of the window with its shortcuts, shown in its tooltip.
QAction *windowAction(QWidget *window, const QString &text, const QString &iconName,
    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(Icons::icon(iconName), text, window);
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

PhotoViewer::PhotoViewer(MediaImageCache &images, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
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

    m_canvas->setAccessibleName(tr("Photo"));
    m_canvas->zoomChanged = [this] {
        updateControls();
    };
    m_stack->addWidget(buildCanvasPage());
    m_stack->addWidget(buildMessagePage());

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    layout->addLayout(buildBar());

    const QSize around = parent ? parent->window()->size() * 0.85 : QSize(960, 720);
    resize(around.expandedTo(QSize(480, 360)));
    updateControls();
}

QWidget *PhotoViewer::buildCanvasPage()
{
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
    return canvasPage;
}

QWidget *PhotoViewer::buildMessagePage()
{
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
    return m_messagePage;
}

QLayout *PhotoViewer::buildBar()
{
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
    return bar;
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
    m_images.loadPhoto(m_media.id, this, [this, request](Result<QImage> image) {
        if (request != m_request)
            return;
        if (image) {
            decoded(*image);
            return;
        }
        switch (image.error().code()) {
        case ApiError::Code::NotFound:
            fail(tr("This photo is no longer here. It may have been deleted."), false);
            return;
        case ApiError::Code::Network:
            fail(ErrorText::describe(image.error()), true);
            return;
        default:
            fail(tr("This photo could not be loaded: %1").arg(ErrorText::describe(image.error())),
                true);
            return;
        }
    });
}

void PhotoViewer::decoded(const QImage &image)
{
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
