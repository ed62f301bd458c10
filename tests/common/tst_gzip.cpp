// The one gzip codec: Gzip (whole buffers, archives) over GzipInflater (streams).

#include "common/gzip.h"
#include "common/gzipinflater.h"

#include <QTest>

using Autocoder::Gzip;
using Autocoder::GzipInflater;

class TestGzip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray data = QByteArray("hello gzip ").repeated(1000);
        const QByteArray packed = Gzip::compress(data);
        QVERIFY(packed.startsWith("\x1f\x8b")); // gzip framing, not zlib
        const auto back = Gzip::decompress(packed, data.size());
        QVERIFY(back.isOk());
        QCOMPARE(*back, data);
    }

    void concatenatedMembers()
    {
        const QByteArray both = Gzip::compress("first ") + Gzip::compress("second");
        const auto back = Gzip::decompress(both, 1024);
        QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error()));
        QCOMPARE(*back, QByteArray("first second"));

        // An HTTP body is one member: what follows it is refused.
        GzipInflater body;
        QString error;
        QVERIFY(!body.inflate(
            both, [](const QByteArray &) { return true; }, &error));
        QCOMPARE(error, QStringLiteral("data after the gzip body"));
    }

    void capStopsABomb()
    {
        const QByteArray bomb = Gzip::compress(QByteArray(4 * 1024 * 1024, '\0'));
        const auto back = Gzip::decompress(bomb, 1024 * 1024);
        QVERIFY(!back.isOk());
        QVERIFY2(back.error().contains(QLatin1String("1048576")), qPrintable(back.error()));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mention");
        const QByteArray packed = Gzip::compress(QByteArray(10000, 'x'));
        QTest::newRow("truncated") << packed.left(packed.size() / 2) << "truncated";
        QTest::newRow("garbage") << QByteArray("not gzip at all") << "corrupt";
        QTest::newRow("empty") << QByteArray() << "truncated";
    }

    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mention);
        const auto back = Gzip::decompress(input, 1 << 20);
        QVERIFY(!back.isOk());
        QVERIFY2(back.error().contains(mention), qPrintable(back.error()));
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"
