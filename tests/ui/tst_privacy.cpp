// Privacy of photos, as a person meets it, through the real widgets on the offscreen
// platform: the composer says when a photo holds where it was taken (and stops saying so
// when the photo goes); and, against a real hearth-server (the demo community) with real
// cache files and the real keychain, a photo with GPS in its EXIF and XMP is posted, and the
// copies the app then shows (the full photo and the thumbnail, fetched as the viewer and the
// cards fetch them) carry no EXIF, no XMP and no position, and are still the same picture.

#include "AppUnderTest.h"
#include "care/PhotoLocation.h"
#include "models/FeedModel.h"
#include "support/HttpClient.h"
#include "support/JpegMetadata.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "sync/Outbox.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/MediaPicker.h"
#include "ui/feed/TopicPage.h"

#include <QAccessible>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Hearth::Testing::JpegMetadata;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;
const QSize PhotoSize(640, 480);

// The app, signed in as a person of the demo community.
struct Client : AppUnderTest
{
    Client(const QUrl &server, const QString &dataDir)
        : AppUnderTest(server, dataDir, std::chrono::seconds(3))
    { }
};

// A walk at dusk: something in every pixel, so that the picture can be recognised.
QImage photo()
{
    QImage image(PhotoSize, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(40 + x * 180 / 640, 30 + y * 120 / 480, 110));
    }
    return image;
}

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    return bytes;
}

QImage decoded(const QByteArray &bytes, QByteArray *format = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (format)
        *format = reader.format();
    return reader.read();
}

bool near(QRgb a, QRgb b, int tolerance = 24)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
        && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theNoteFollowsThePhoto();
    void aPostedPhotoIsShownWithoutItsLocation();

private:
    ServerProcess m_server;
    QTemporaryDir m_files;
    QString m_tagged; // EXIF GPS, XMP GPS and a comment naming a street
    QString m_xmpOnly;
    QString m_plain;
};

void TestPrivacy::initTestCase()
{
    QVERIFY(m_files.isValid());
    const QByteArray plain = jpeg(photo());
    const QByteArray tagged = withMetadata(plain);
    const QByteArray xmpOnly = withMetadata(plain, WithXmp);
    // What is written really says where, and is still a photo.
    QVERIFY(PhotoLocation::find(tagged).inExif && PhotoLocation::find(tagged).inXmp);
    QVERIFY(!PhotoLocation::find(xmpOnly).inExif && PhotoLocation::find(xmpOnly).inXmp);
    QVERIFY(!hasLocation(plain));
    QCOMPARE(decoded(tagged).size(), PhotoSize);
    m_tagged = write(m_files, u"dusk-walk.jpg"_s, tagged);
    m_xmpOnly = write(m_files, u"dusk-walk-xmp.jpg"_s, xmpOnly);
    m_plain = write(m_files, u"dusk-walk-plain.jpg"_s, plain);
    QVERIFY(!m_tagged.isEmpty() && !m_xmpOnly.isEmpty() && !m_plain.isEmpty());
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
}

void TestPrivacy::theNoteFollowsThePhoto()
{
    MediaPicker picker;
    picker.resize(600, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QLabel *note = picker.locationNote();
    QVERIFY(!note->isVisible());

    // A photo that says where: the note, in words and for a screen reader.
    QVERIFY(picker.attachFile(m_tagged));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"location information"_s));
    QVERIFY(note->text().contains(u"removed"_s));
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(note);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Location in the photo"_s);
    QCOMPARE(accessible->text(QAccessible::Description), note->text());

    // Removed: gone. Picked again, then replaced by a photo without: gone.
    QTest::mouseClick(picker.removeButton(), Qt::LeftButton);
    QVERIFY(!picker.hasFiles());
    QVERIFY(!note->isVisible());
    QVERIFY(picker.attachFile(m_tagged));
    QVERIFY(note->isVisible());
    QVERIFY(picker.attachFile(m_plain));
    QVERIFY(!note->isVisible());
    // XMP alone is enough.
    QVERIFY(picker.attachFile(m_xmpOnly));
    QVERIFY(note->isVisible());
    // A file refused keeps the photo, and the note with it.
    QVERIFY(!picker.attachFile(m_files.filePath(u"missing.jpg"_s)));
    QVERIFY(note->isVisible());

    // A draft picked up again is checked again.
    picker.clear();
    QVERIFY(!note->isVisible());
    picker.fromJson({{u"photo"_s, m_tagged}});
    QVERIFY(note->isVisible());

    // A video's poster is a picture the community re-encodes too.
    picker.clear();
    picker.setMode(MediaPicker::Mode::Video);
    QVERIFY(picker.attachPoster(m_tagged));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"poster"_s));
    QVERIFY(picker.attachPoster(m_plain));
    QVERIFY(!note->isVisible());
}

void TestPrivacy::aPostedPhotoIsShownWithoutItsLocation()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));

    // Write a post with the photo, as a person would; the composer says what it holds.
    const QString title = u"A walk at dusk, finally"_s;
    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QVERIFY(composer);
    QTRY_VERIFY(composer->isVisible());
    QTest::keyClicks(composer->titleField(), title);
    QTest::keyClicks(composer->bodyField(), u"First time out of the house in a week."_s);
    QVERIFY(composer->attachFile(m_tagged));
    QLabel *note = composer->mediaPicker()->locationNote();
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"location information"_s));
    composer->mediaPicker()->altTextField()->setText(u"A sky going from blue to violet"_s);
    QVERIFY2(composer->canPost(), qPrintable(composer->problem()));
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);
    QTRY_VERIFY(!client.window.composer());
    QVERIFY(client.sent());

    // The post as the app holds it, once the community has answered: its photo's id.
    FeedModel *feed = client.window.topicPage()->model();
    qint64 postId = 0;
    qint64 mediaId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < feed->rowCount(); ++row) {
                const QModelIndex index = feed->index(row);
                if (index.data(FeedModel::TitleRole).toString() == title) {
                    postId = index.data(FeedModel::IdRole).toLongLong();
                    mediaId = index.data(FeedModel::MediaIdRole).toLongLong();
                }
            }
            return postId > 0 && mediaId > 0;
        }(),
        Wait);
    QCOMPARE(feed->index(feed->rowOf(postId)).data(FeedModel::MediaWidthRole).toInt(),
        PhotoSize.width());
    HttpClient reader(m_server.url());
    const QJsonObject media
        = reader.get(u"/api/v1/posts/%1"_s.arg(postId)).json().value(u"media"_s).toObject();
    QCOMPARE(media.value(u"id"_s).toInteger(), mediaId);
    QCOMPARE(media.value(u"altText"_s).toString(), u"A sky going from blue to violet"_s);

    // The copies the app shows: the full photo (the viewer) and the thumbnail (the cards
    // and the post view), through the app's own client.
    std::optional<Result<QByteArray>> full;
    std::optional<Result<QByteArray>> thumbnail;
    client.api.mediaBytes(
        mediaId, false, this, [&full](Result<QByteArray> bytes) { full.emplace(bytes); });
    client.api.mediaBytes(
        mediaId, true, this, [&thumbnail](Result<QByteArray> bytes) { thumbnail.emplace(bytes); });
    QTRY_VERIFY_WITH_TIMEOUT(full && thumbnail, Wait);
    QVERIFY2(full->ok(), qPrintable(full->ok() ? QString() : full->error().message()));
    QVERIFY2(
        thumbnail->ok(), qPrintable(thumbnail->ok() ? QString() : thumbnail->error().message()));

    const QImage original = photo();
    const QByteArray uploaded = withMetadata(jpeg(original));
    const QList<std::pair<QString, QByteArray>> copies{
        {u"full"_s, full->value()}, {u"thumbnail"_s, thumbnail->value()}};
    for (const auto &[which, bytes] : copies) {
        const QList<Segment> segments = jpegSegments(bytes);
        qInfo("%s: %lld bytes, %s (uploaded %lld bytes, %s)", qPrintable(which),
            qint64(bytes.size()), qPrintable(describe(segments)), qint64(uploaded.size()),
            qPrintable(describe(jpegSegments(uploaded))));
        const PhotoLocation found = PhotoLocation::find(bytes);
        QVERIFY2(!found.inExif, qPrintable(which));
        QVERIFY2(!found.inXmp, qPrintable(which));
        QVERIFY2(
            !segments.isEmpty() && segments.last().marker == 0xda, qPrintable(describe(segments)));
        const QString context = which + u": "_s + describe(segments);
        for (const Segment &segment : segments) {
            // No APP1 (EXIF, XMP), no comment, no APP2 to APP15: JFIF's APP0 at most.
            QVERIFY2(segment.marker != 0xe1, qPrintable(context));
            QVERIFY2(segment.marker != 0xfe, qPrintable(context));
            QVERIFY2(segment.marker < 0xe2 || segment.marker > 0xef, qPrintable(context));
        }
        QVERIFY(!bytes.contains(ExifHeader));
        QVERIFY(!bytes.contains(XmpNamespace));
        QVERIFY(!bytes.contains("GPS"_ba));
        QVERIFY(!bytes.contains(latitudeValue()));
        QVERIFY(!bytes.contains(CommentText));

        // Still the picture: its size (the thumbnail's longest side is 480), its colours.
        QByteArray format;
        const QImage shown = decoded(bytes, &format);
        QCOMPARE(format, "jpeg"_ba);
        const QSize expected
            = which == u"full"_s ? PhotoSize : PhotoSize.scaled(480, 480, Qt::KeepAspectRatio);
        QCOMPARE(shown.size(), expected);
        for (const QPointF &at : {QPointF(0.1, 0.1), QPointF(0.5, 0.5), QPointF(0.9, 0.8)}) {
            const QRgb was
                = original.pixel(int(at.x() * original.width()), int(at.y() * original.height()));
            const QRgb is = shown.pixel(int(at.x() * shown.width()), int(at.y() * shown.height()));
            QVERIFY2(near(was, is), qPrintable(which));
        }
    }
    // The file on the person's disk is theirs: untouched.
    QFile picked(m_tagged);
    QVERIFY(picked.open(QIODevice::ReadOnly));
    QVERIFY(hasLocation(picked.readAll()));
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
