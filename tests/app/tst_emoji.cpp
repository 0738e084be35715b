// Emoji in colour: with Debian's fonts-noto-color-emoji (scripts/deps installs it, the
// package recommends it) the offscreen platform finds the font through fontconfig, and a
// label holding an emoji is painted in colour, not as an empty box or a grey outline.

#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEmoji : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEmojiFontIsFound();
    void anEmojiIsPaintedInColour();
};

namespace {

// How many pixels have clearly different red, green and blue: grey text has none.
int colouredPixels(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (std::max({r, g, b}) - std::min({r, g, b}) > 80)
                ++count;
        }
    }
    return count;
}

QImage paintedLabel(const QString &text)
{
    QLabel label(text);
    QFont font = label.font();
    font.setPointSize(16);
    label.setFont(font);
    label.adjustSize();
    return label.grab().toImage();
}

} // namespace

void TestEmoji::theEmojiFontIsFound()
{
    QVERIFY2(QFontDatabase::families().contains(u"Noto Color Emoji"_s),
        "no colour emoji font: install fonts-noto-color-emoji (scripts/deps)");
}

void TestEmoji::anEmojiIsPaintedInColour()
{
    // Words alone: the label's own colours are greys, so colour comes from the emoji.
    const QImage words = paintedLabel(u"Thank you all"_s);
    QCOMPARE(colouredPixels(words), 0);

    // U+1F49A GREEN HEART, at a size people read, amid words as in a post.
    const QImage heart = paintedLabel(u"Thank you all \U0001F49A"_s);
    const int coloured = colouredPixels(heart);
    qInfo("%d of %lld pixels in colour (%dx%d)", coloured, qint64(heart.width()) * heart.height(),
        heart.width(), heart.height());
    // A heart some 20 px across has a few hundred green pixels; a box or outline has none.
    QVERIFY2(coloured > 50, qPrintable(u"only %1 coloured pixels"_s.arg(coloured)));
    // And they are the heart's green (Noto draws it about #7CB342).
    const QImage rgb = heart.convertToFormat(QImage::Format_RGB32);
    int green = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = rgb.pixel(x, y);
            if (qGreen(pixel) > qRed(pixel) + 40 && qGreen(pixel) > qBlue(pixel) + 40)
                ++green;
        }
    }
    QVERIFY2(green > 50, qPrintable(u"only %1 green pixels"_s.arg(green)));
}

QTEST_MAIN(TestEmoji)
#include "tst_emoji.moc"
