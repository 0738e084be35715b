#include "api/Png.h"

#include <QTest>
#include <QtEndian>

using namespace Hearth;
using namespace Qt::StringLiterals;

// Png::isWhole, on files built chunk by chunk (the CRCs are not its business).
class TestPng : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFilesAreWhole();
    void cutOrOverlongFilesAreNot();

private:
    static QByteArray chunk(const QByteArray &type, const QByteArray &data, quint32 length);
    static QByteArray chunk(const QByteArray &type, const QByteArray &data)
    {
        return chunk(type, data, quint32(data.size()));
    }
};

static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);

static bool whole(const QByteArray &bytes)
{
    return Png::isWhole(bytes);
}

QByteArray TestPng::chunk(const QByteArray &type, const QByteArray &data, quint32 length)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(length, bytes.data());
    return bytes + type + data + "CRC!"_ba;
}

void TestPng::wholeFilesAreWhole()
{
    const QByteArray head
        = signature + chunk("IHDR", QByteArray(13, '\1')) + chunk("IDAT", "pixels"_ba);
    QVERIFY(whole(head + chunk("IEND", {})));
    QVERIFY(whole(head + chunk("tEXt", "Title\0Calm"_ba) + chunk("IEND", {})));
    // What follows IEND is not the file's business.
    QVERIFY(whole(head + chunk("IEND", {}) + "trailing"_ba));
}

void TestPng::cutOrOverlongFilesAreNot()
{
    const QByteArray head
        = signature + chunk("IHDR", QByteArray(13, '\1')) + chunk("IDAT", "pixels"_ba);
    const QByteArray file = head + chunk("IEND", {});
    QVERIFY(!whole({}));
    QVERIFY(!whole(signature));
    QVERIFY(!whole(file.sliced(1)));
    QVERIFY(!whole(head));
    for (qsizetype cut = 1; cut < file.size(); ++cut)
        QVERIFY2(!whole(file.chopped(cut)), qPrintable(QString::number(cut)));
    // A chunk that claims more than the file holds, with "IEND" among its few bytes.
    QVERIFY(!whole(head + chunk("tEXt", "x\0"_ba + chunk("IEND", {}), 0x71000000)));
    QVERIFY(!whole(head + chunk("tEXt", "x"_ba, 0xFFFFFFFF) + chunk("IEND", {})));
    // An IEND whose own length runs past the end.
    QVERIFY(!whole(head + chunk("IEND", {}, 4)));
}

QTEST_APPLESS_MAIN(TestPng)
#include "tst_png.moc"
