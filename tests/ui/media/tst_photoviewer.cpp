// PhotoViewer against a real hearth-server --demo, on a HiDPI screen (scale factor 2): the
// full photo comes and fits the window, the zoom keys, Ctrl+wheel and a double click
// change the scale (with the actual size counted in device pixels), dragging and the arrow
// keys pan, Escape closes, the alt text is the caption and the accessible description, a
// sensitive photo is blurred until "Show photo" (or, with the reader's Care, as long as it
// says), and a missing, unreachable or corrupt photo says so without a crash.

#include "api/Json.h"
#include "net/ApiClient.h"
#include "support/CannedImageServer.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/MediaImageCache.h"
#include "ui/care/Care.h"
#include "ui/care/Preferences.h"
#include "ui/media/PhotoViewer.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QJsonArray>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// How far apart two colours are, channel by channel.
int distance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
        std::abs(qBlue(a) - qBlue(b))});
}

// What the canvas shows, in device pixels.
QImage shown(const PhotoViewer &viewer)
{
    return viewer.canvas()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestPhotoViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheFullPhotoFittedToTheWindow();
    void zoomsWithKeysWheelAndDoubleClick();
    void pansByDraggingAndWithArrowKeys();
    void escapeCloses();
    void aPreviewShowsWhileTheFullPhotoLoads();
    void aSensitivePhotoStartsBlurred();
    void theCareDecidesWhatStartsBlurred();
    void aMissingPhotoSaysSo();
    void anUnreachableServerOffersToTryAgain();
    void aCorruptPhotoIsRefused();
    void canCloseWhileLoading();

private:
    // A viewer showing the test photo, shown, active and loaded.
    std::unique_ptr<PhotoViewer> openViewer(MediaImageCache &images, const Media &media);

    ServerProcess m_server;
    Media m_photo; // a demo photo
    QImage m_expected; // its pixels, as the server sends them
    QByteArray m_bytes;
    QImage m_thumbnail;
};

void TestPhotoViewer::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const auto topics = http.get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        const QString slug = topic.toObject().value(u"slug"_s).toString();
        const auto posts
            = http.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(slug)).json().value(u"items"_s);
        for (const QJsonValue &post : posts.toArray()) {
            const Result<Media> media = Json::decode<Media>(post.toObject().value(u"media"_s));
            if (media && media->kind == MediaKind::Image && !media->altText.isEmpty()) {
                m_photo = *media;
                break;
            }
        }
        if (m_photo.id)
            break;
    }
    QVERIFY(m_photo.id > 0);
    const HttpClient::Reply full = http.get(u"/api/v1/media/%1"_s.arg(m_photo.id));
    QCOMPARE(full.status, 200);
    m_bytes = full.body;
    m_expected = QImage::fromData(m_bytes).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(m_expected.size(), QSize(m_photo.width, m_photo.height));
    const HttpClient::Reply thumbnail = http.get(u"/api/v1/media/%1?size=thumb"_s.arg(m_photo.id));
    QCOMPARE(thumbnail.status, 200);
    m_thumbnail = QImage::fromData(thumbnail.body);
    QVERIFY(m_thumbnail.width() < m_photo.width);
}

void TestPhotoViewer::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

std::unique_ptr<PhotoViewer> TestPhotoViewer::openViewer(
    MediaImageCache &images, const Media &media)
{
    auto viewer = std::make_unique<PhotoViewer>(images);
    viewer->resize(460, 380);
    viewer->show();
    viewer->activateWindow();
    if (!QTest::qWaitForWindowActive(viewer.get()))
        return nullptr;
    QSignalSpy loaded(viewer.get(), &PhotoViewer::photoLoaded);
    viewer->showPhoto(media);
    if (!loaded.wait(10'000))
        return nullptr;
    return viewer;
}

void TestPhotoViewer::showsTheFullPhotoFittedToTheWindow()
{
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    PhotoViewer viewer(images);
    viewer.resize(460, 380);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy loaded(&viewer, &PhotoViewer::photoLoaded);
    viewer.showPhoto(m_photo);
    QCOMPARE(viewer.state(), PhotoViewer::State::Loading);
    QCOMPARE(viewer.statusText(), u"Loading the photo…"_s);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(viewer.state(), PhotoViewer::State::Shown);
    QVERIFY(viewer.statusText().isEmpty());

    // The whole photo, decoded at its own size.
    QCOMPARE(viewer.image().size(), m_expected.size());
    QVERIFY(viewer.fitsWindow());
    // Fitted: the photo's longer side fills the viewport (in device pixels), never enlarged.
    const QSize view = viewer.canvas()->viewport()->size();
    const qreal fit
        = std::min({view.width() * 2.0 / m_photo.width, view.height() * 2.0 / m_photo.height, 1.0});
    QVERIFY2(fit < 1.0, "the window is smaller than the photo");
    QVERIFY(qAbs(viewer.zoom() - fit) < 1e-6);
    const QRectF rect = viewer.photoRect();
    QVERIFY(qAbs(rect.width() - m_photo.width * fit / 2) < 0.01);
    QVERIFY(qAbs(rect.height() - m_photo.height * fit / 2) < 0.01);
    QVERIFY(rect.left() >= 0 && rect.top() >= 0);
    QVERIFY(rect.right() <= view.width() + 0.5 && rect.bottom() <= view.height() + 0.5);
    QCOMPARE(viewer.zoomText(), u"%1 %"_s.arg(qRound(fit * 100)));

    // What is on the screen is the photo: the middle of the canvas is the photo's middle.
    const QImage screen = shown(viewer);
    QCOMPARE(screen.size(), view * 2);
    const QPoint middle = (rect.center() * 2).toPoint();
    const QRgb expected = m_expected.pixel(m_expected.width() / 2, m_expected.height() / 2);
    QVERIFY2(distance(screen.pixel(middle), expected) < 40,
        qPrintable(u"%1 vs %2"_s.arg(screen.pixel(middle), 0, 16).arg(expected, 0, 16)));

    // The alt text: the caption, and what a screen reader says of the picture.
    QCOMPARE(viewer.captionText(), m_photo.altText);
    QCOMPARE(viewer.canvas()->accessibleDescription(), m_photo.altText);
    QCOMPARE(viewer.canvas()->accessibleName(), u"Photo"_s);

    // The zoom's buttons say their keys.
    QStringList tips;
    for (const QToolButton *button : viewer.findChildren<QToolButton *>())
        tips.append(button->toolTip());
    tips.sort();
    QCOMPARE(tips,
        QStringList({u"Actual size (Ctrl+1)"_s, u"Fit to window (Ctrl+0)"_s, u"Zoom in (Ctrl++)"_s,
            u"Zoom out (Ctrl+-)"_s}));

    // A larger window fits again.
    viewer.resize(900, 760);
    QTRY_VERIFY(viewer.zoom() > fit);
    QVERIFY(viewer.fitsWindow());
}

void TestPhotoViewer::zoomsWithKeysWheelAndDoubleClick()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    const auto viewer = openViewer(images, m_photo);
    QVERIFY(viewer);
    const qreal fit = viewer->zoom();
    QVERIFY(fit < 1.0);

    // Ctrl+1: the actual size, one pixel of the photo on one pixel of the device; on this
    // screen that is half as many logical pixels.
    QTest::keyClick(viewer.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(viewer->zoom(), 1.0);
    QVERIFY(!viewer->fitsWindow());
    QCOMPARE(viewer->photoRect().size(), QSizeF(m_photo.width / 2.0, m_photo.height / 2.0));
    QCOMPARE(viewer->zoomText(), u"100 %"_s);
    // On the device, pixel for pixel: the middle of the viewport is the photo's middle.
    {
        const QRectF rect = viewer->photoRect();
        const QPointF inPhoto
            = (QRectF(viewer->canvas()->viewport()->rect()).center() - rect.topLeft()) * 2;
        const QImage screen = shown(*viewer);
        const QPoint device = (QRectF(viewer->canvas()->viewport()->rect()).center() * 2).toPoint();
        QVERIFY(distance(screen.pixel(device), m_expected.pixel(inPhoto.toPoint())) < 40);
    }

    // Ctrl+Plus and Ctrl+Minus: by steps of 1.25.
    QTest::keyClick(viewer.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(qAbs(viewer->zoom() - 1.25) < 1e-9);
    QCOMPARE(viewer->zoomText(), u"125 %"_s);
    QTest::keyClick(viewer.get(), Qt::Key_Equal, Qt::ControlModifier); // "+" without Shift
    QVERIFY(qAbs(viewer->zoom() - 1.5625) < 1e-9);
    QTest::keyClick(viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(qAbs(viewer->zoom() - 1.0) < 1e-9);
    // Zooming out stops at the fit, and is the fit again.
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(viewer->fitsWindow());
    QVERIFY(qAbs(viewer->zoom() - fit) < 1e-9);

    // Ctrl+0 fits from anywhere.
    QTest::keyClick(viewer.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(viewer.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(viewer->fitsWindow());
    QVERIFY(qAbs(viewer->zoom() - fit) < 1e-9);

    // Ctrl+wheel zooms around the pointer: the photo's point under it stays under it.
    QWidget *viewport = viewer->canvas()->viewport();
    const QPointF pointer(viewer->photoRect().left() + viewer->photoRect().width() * 0.3,
        viewer->photoRect().top() + viewer->photoRect().height() * 0.4);
    const auto photoPoint = [&] {
        const QRectF rect = viewer->photoRect();
        return QPointF(
            (pointer.x() - rect.left()) / rect.width(), (pointer.y() - rect.top()) / rect.height());
    };
    const QPointF before = photoPoint();
    for (int i = 0; i < 4; ++i) {
        QWheelEvent wheel(pointer, viewport->mapToGlobal(pointer), QPoint(), QPoint(0, 120),
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
    }
    QVERIFY(qAbs(viewer->zoom() - fit * std::pow(1.25, 4)) < 1e-9);
    const QPointF after = photoPoint();
    QVERIFY2(qAbs(after.x() - before.x()) < 0.01 && qAbs(after.y() - before.y()) < 0.01,
        qPrintable(
            u"%1,%2 → %3,%4"_s.arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
    // The wheel without Ctrl does not zoom.
    const qreal zoomed = viewer->zoom();
    QWheelEvent plain(pointer, viewport->mapToGlobal(pointer), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &plain);
    QCOMPARE(viewer->zoom(), zoomed);

    // A double click switches between the fit and the actual size.
    QTest::keyClick(viewer.get(), Qt::Key_0, Qt::ControlModifier);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, viewport->rect().center());
    QCOMPARE(viewer->zoom(), 1.0);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, viewport->rect().center());
    QVERIFY(viewer->fitsWindow());
}

void TestPhotoViewer::pansByDraggingAndWithArrowKeys()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    const auto viewer = openViewer(images, m_photo);
    QVERIFY(viewer);
    QAbstractScrollArea *canvas = viewer->canvas();
    QWidget *viewport = canvas->viewport();
    QVERIFY(canvas->hasFocus());
    // Fitted, there is nothing to pan.
    QCOMPARE(canvas->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(canvas->verticalScrollBar()->maximum(), 0);

    // Twice the actual size: larger than the window both ways.
    viewer->showActualSize();
    viewer->zoomIn();
    viewer->zoomIn();
    viewer->zoomIn();
    QVERIFY(viewer->zoom() > 1.9);
    QVERIFY(canvas->horizontalScrollBar()->maximum() > 0);
    QVERIFY(canvas->verticalScrollBar()->maximum() > 0);
    const QPointF start = viewer->photoRect().topLeft();

    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(viewer->photoRect().topLeft(), start - QPointF(40, 80));
    QTest::keyClick(canvas, Qt::Key_Left);
    QCOMPARE(viewer->photoRect().topLeft(), start - QPointF(0, 80));

    // Dragging moves the photo with the pointer.
    const QPointF beforeDrag = viewer->photoRect().topLeft();
    const QPoint from = viewport->rect().center();
    const QPoint to = from + QPoint(-60, 25);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QCOMPARE(viewport->cursor().shape(), Qt::ClosedHandCursor);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(viewer->photoRect().topLeft(), beforeDrag + QPointF(-60, 25));
    QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);
}

void TestPhotoViewer::escapeCloses()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    const auto viewer = openViewer(images, m_photo);
    QVERIFY(viewer);
    viewer->showActualSize();
    QVERIFY(viewer->canvas()->hasFocus());
    QTest::keyClick(viewer->canvas(), Qt::Key_Escape);
    QVERIFY(!viewer->isVisible());
    QCOMPARE(viewer->result(), int(QDialog::Rejected));
}

void TestPhotoViewer::aPreviewShowsWhileTheFullPhotoLoads()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    PhotoViewer viewer(images);
    viewer.resize(460, 380);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy loaded(&viewer, &PhotoViewer::photoLoaded);
    viewer.showPhoto(m_photo, m_thumbnail);
    // The thumbnail at once, at the photo's own scale: the zoom does not jump when the full
    // photo replaces it.
    QCOMPARE(viewer.state(), PhotoViewer::State::Loading);
    QVERIFY(viewer.statusText().isEmpty());
    QCOMPARE(viewer.image().size(), m_thumbnail.size());
    const qreal fit = viewer.zoom();
    const QRectF rect = viewer.photoRect();
    QVERIFY(qAbs(rect.width() - m_photo.width * fit / 2) < 0.01);
    viewer.showActualSize();
    QCOMPARE(viewer.photoRect().size(), QSizeF(m_photo.width / 2.0, m_photo.height / 2.0));
    const QPointF place = viewer.photoRect().topLeft();

    QVERIFY(loaded.wait(10'000));
    QCOMPARE(viewer.image().size(), m_expected.size());
    QCOMPARE(viewer.zoom(), 1.0);
    QCOMPARE(viewer.photoRect().topLeft(), place);
}

void TestPhotoViewer::aSensitivePhotoStartsBlurred()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    Media sensitive = m_photo;
    sensitive.sensitive = true;
    const auto viewer = openViewer(images, sensitive);
    QVERIFY(viewer);
    QVERIFY(viewer->isObscured());
    QPushButton *show = viewer->showPhotoButton();
    QVERIFY(show->isVisible());
    QCOMPARE(show->text(), u"Show photo"_s);
    QCOMPARE(QApplication::focusWidget(), show);

    // Blurred: the screen is smooth where the photo has detail.
    const QImage blurred = shown(*viewer);
    // No zooming past the veil.
    const qreal fit = viewer->zoom();
    QTest::keyClick(viewer.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(viewer.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(viewer->zoom(), fit);

    // The keyboard reaches "Show photo".
    QTest::keyClick(show, Qt::Key_Space);
    QVERIFY(!viewer->isObscured());
    QVERIFY(!show->isVisible());
    QVERIFY(viewer->canvas()->hasFocus());
    const QImage sharp = shown(*viewer);
    QCOMPARE(sharp.size(), blurred.size());

    // The sharp photo has edges (neighbouring pixels far apart); the blurred one has none
    // to speak of.
    const auto detail = [&](const QImage &image) {
        const QRectF rect = viewer->photoRect();
        const QRect area
            = QRectF(rect.topLeft() * 2, rect.size() * 2).toRect().adjusted(4, 4, -4, -4);
        qint64 sum = 0;
        for (int y = area.top(); y < area.bottom(); y += 2) {
            for (int x = area.left(); x < area.right(); x += 2)
                sum += distance(image.pixel(x, y), image.pixel(x + 1, y)) > 12 ? 1 : 0;
        }
        return sum;
    };
    const qint64 sharpDetail = detail(sharp);
    const qint64 blurredDetail = detail(blurred);
    QVERIFY2(blurredDetail * 10 < sharpDetail,
        qPrintable(u"blurred %1, sharp %2"_s.arg(blurredDetail).arg(sharpDetail)));
    viewer->showActualSize();
    QCOMPARE(viewer->zoom(), 1.0);
}

void TestPhotoViewer::theCareDecidesWhatStartsBlurred()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"hearth.ini"_s), QSettings::IniFormat);
    Preferences preferences(file);
    Care care(preferences);
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    Media sensitive = m_photo;
    sensitive.sensitive = true;

    // Blurred, as Care says; showing it tells Care, which remembers.
    auto viewer = std::make_unique<PhotoViewer>(images);
    viewer->setCare(&care);
    viewer->showPhoto(sensitive);
    QVERIFY(viewer->isObscured());
    QVERIFY(care.isBlurred(sensitive.id, true));
    viewer->showPhotoButton()->click();
    QVERIFY(!viewer->isObscured());
    QVERIFY(!care.isBlurred(sensitive.id, true));
    // So the next viewer shows it at once.
    viewer = std::make_unique<PhotoViewer>(images);
    viewer->setCare(&care);
    viewer->showPhoto(sensitive);
    QVERIFY(!viewer->isObscured());
    QVERIFY(!viewer->showPhotoButton()->isVisibleTo(viewer.get()));

    // Shown elsewhere (in the post) while the viewer is open: shown here too.
    Media another = sensitive;
    another.id = sensitive.id + 1000;
    viewer->showPhoto(another);
    QVERIFY(viewer->isObscured());
    care.reveal(another.id);
    QVERIFY(!viewer->isObscured());

    // The reader who does not blur sensitive photos; a photo that is not sensitive.
    QSettings clearFile(dir.filePath(u"clear.ini"_s), QSettings::IniFormat);
    Preferences clear(clearFile);
    clear.setBlurSensitivePhotos(false);
    Care clearCare(clear);
    viewer = std::make_unique<PhotoViewer>(images);
    viewer->setCare(&clearCare);
    viewer->showPhoto(sensitive);
    QVERIFY(!viewer->isObscured());
    viewer->setCare(&care);
    viewer->showPhoto(m_photo);
    QVERIFY(!viewer->isObscured());
    // Without a Care, every sensitive photo starts blurred.
    viewer = std::make_unique<PhotoViewer>(images);
    viewer->showPhoto(sensitive);
    QVERIFY(viewer->isObscured());
}

void TestPhotoViewer::aMissingPhotoSaysSo()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    PhotoViewer viewer(images);
    viewer.show();
    QSignalSpy failed(&viewer, &PhotoViewer::photoFailed);
    Media missing = m_photo;
    missing.id = 987'654;
    viewer.showPhoto(missing);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(viewer.state(), PhotoViewer::State::Failed);
    QCOMPARE(viewer.statusText(), u"This photo is no longer here. It may have been deleted."_s);
    QVERIFY(!viewer.retryButton()->isVisible()); // it will not come back
    QVERIFY(viewer.image().isNull());
    QVERIFY(viewer.zoomText().isEmpty());
    viewer.zoomIn(); // nothing to zoom, and no crash
    QVERIFY(viewer.photoRect().isNull());
}

void TestPhotoViewer::anUnreachableServerOffersToTryAgain()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    MediaImageCache images(api);
    PhotoViewer viewer(images);
    viewer.show();
    QSignalSpy failed(&viewer, &PhotoViewer::photoFailed);
    viewer.showPhoto(m_photo);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(viewer.state(), PhotoViewer::State::Failed);
    QVERIFY(viewer.statusText().contains(u"reach"_s));
    QVERIFY(viewer.retryButton()->isVisible());
    // Trying again asks again (and fails again, quietly).
    viewer.retryButton()->click();
    QCOMPARE(viewer.state(), PhotoViewer::State::Loading);
    QCOMPARE(viewer.statusText(), u"Loading the photo…"_s);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.size(), 2);
}

void TestPhotoViewer::aCorruptPhotoIsRefused()
{
    for (const QByteArray &body : {m_bytes.left(m_bytes.size() / 2), QByteArray(4'000, 'x')}) {
        CannedImageServer server(body);
        ApiClient api(server.url());
        MediaImageCache images(api);
        PhotoViewer viewer(images);
        viewer.show();
        QSignalSpy failed(&viewer, &PhotoViewer::photoFailed);
        viewer.showPhoto(m_photo, m_thumbnail);
        QVERIFY(failed.wait(10'000));
        QCOMPARE(viewer.state(), PhotoViewer::State::Failed);
        QVERIFY2(viewer.statusText().startsWith(u"This photo can't be shown"_s),
            qPrintable(viewer.statusText()));
        // Not half a photo, nor the preview dressed up as the photo.
        QVERIFY(viewer.image().isNull());
        QVERIFY(!viewer.retryButton()->isVisible());
    }
}

void TestPhotoViewer::canCloseWhileLoading()
{
    ApiClient api(m_server.url());
    MediaImageCache images(api);
    for (int i = 0; i < 5; ++i) {
        auto viewer = std::make_unique<PhotoViewer>(images);
        viewer->show();
        viewer->showPhoto(m_photo);
        QTest::qWait(i * 3); // gone before the answer, with it, or while decoding
        viewer.reset();
    }
    QTest::qWait(100);
    // The client is still fine.
    PhotoViewer viewer(images);
    QSignalSpy loaded(&viewer, &PhotoViewer::photoLoaded);
    viewer.showPhoto(m_photo);
    QVERIFY(loaded.wait(10'000));
}

int main(int argc, char *argv[])
{
    // A HiDPI screen: the actual size is checked in device pixels.
    qputenv("QT_SCALE_FACTOR", "2");
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestPhotoViewer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_photoviewer.moc"
