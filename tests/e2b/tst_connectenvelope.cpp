#include "e2b/connectenvelopedecoder.h"

#include <QTest>

using namespace Autocoder::E2b;

namespace {

QByteArray env(const QByteArray &payload, quint8 flags = 0)
{
    return encodeConnectEnvelope(payload, flags);
}

QByteArray header(quint8 flags, quint32 length)
{
    QByteArray h(5, '\0');
    h[0] = char(flags);
    h[1] = char((length >> 24) & 0xff);
    h[2] = char((length >> 16) & 0xff);
    h[3] = char((length >> 8) & 0xff);
    h[4] = char(length & 0xff);
    return h;
}

struct Outcome
{
    QList<ConnectFrame> frames;
    bool endSeen = false;
    QString error;
};

Outcome decodeInPieces(const QByteArray &input, const QList<qsizetype> &cuts, quint32 cap)
{
    ConnectEnvelopeDecoder d(cap);
    Outcome out;
    qsizetype pos = 0;
    QList<qsizetype> points = cuts;
    points.append(input.size());
    for (qsizetype cut : points) {
        d.feed(input.mid(pos, cut - pos));
        out.frames += d.takeFrames();
        pos = cut;
    }
    d.finish();
    out.frames += d.takeFrames();
    out.endSeen = d.endStreamSeen();
    out.error = d.errorString();
    return out;
}

} // namespace

class TestConnectEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encode();
    void decode_data();
    void decode();
    void errorAfterErrorIsSticky();
    void byteExampleFromSpec();
};

void TestConnectEnvelope::encode()
{
    const QByteArray e = env("{}", ConnectFrame::kEndStreamFlag);
    QCOMPARE(e, QByteArray("\x02\x00\x00\x00\x02{}", 7));
    QCOMPARE(env(QByteArray()), QByteArray(5, '\0'));
}

void TestConnectEnvelope::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<uint>("cap");
    QTest::addColumn<QList<QByteArray>>("payloads");
    QTest::addColumn<bool>("endSeen");
    QTest::addColumn<QString>("errorContains"); // empty = no error

    const QByteArray start = R"({"event":{"start":{"pid":4242}}})";
    const QByteArray data = R"({"event":{"data":{"stdout":"aGVsbG8K"}}})";
    const QByteArray endOk = "{}";
    const QByteArray endErr =
        R"({"error":{"code":"deadline_exceeded","message":"context deadline exceeded"}})";
    const uint cap = ConnectEnvelopeDecoder::kDefaultMaxMessageSize;

    QTest::newRow("one frame then end") << env(start) + env(endOk, 2) << cap
                                        << QList<QByteArray> { start, endOk } << true << QString();
    QTest::newRow("several frames in one buffer")
        << env(start) + env(data) + env(data) + env(R"({"event":{"keepalive":{}}})") + env(endOk, 2)
        << cap << QList<QByteArray> { start, data, data, R"({"event":{"keepalive":{}}})", endOk }
        << true << QString();
    QTest::newRow("end-of-stream with error")
        << env(start) + env(endErr, 2) << cap << QList<QByteArray> { start, endErr } << true
        << QString();
    QTest::newRow("end-of-stream only")
        << env(endOk, 2) << cap << QList<QByteArray> { endOk } << true << QString();
    QTest::newRow("empty payload frame")
        << env(QByteArray()) + env(endOk, 2) << cap << QList<QByteArray> { QByteArray(), endOk }
        << true << QString();
    QTest::newRow("no end-of-stream (clean cut)")
        << env(start) << cap << QList<QByteArray> { start } << false << QString();
    QTest::newRow("truncated payload")
        << env(start) + env(data).left(12) << cap << QList<QByteArray> { start } << false
        << QStringLiteral("stream ended inside an envelope");
    QTest::newRow("truncated header")
        << env(start) + QByteArray("\x00\x00", 2) << cap << QList<QByteArray> { start } << false
        << QStringLiteral("stream ended inside an envelope");
    QTest::newRow("exactly at cap")
        << env("0123456789") + env(endOk, 2) << 10u << QList<QByteArray> { "0123456789", endOk }
        << true << QString();
    QTest::newRow("one over cap") << env("0123456789A") << 10u << QList<QByteArray> {} << false
                                  << QStringLiteral("exceeds the limit");
    QTest::newRow("oversized 16 MiB + 1 header only")
        << header(0, cap + 1) << cap << QList<QByteArray> {} << false
        << QStringLiteral("exceeds the limit");
    QTest::newRow("oversized 4 GiB header")
        << env(start) + header(0, 0xffffffffu) << cap << QList<QByteArray> { start } << false
        << QStringLiteral("exceeds the limit");
    QTest::newRow("compressed flag refused")
        << env(start, 0x01) << cap << QList<QByteArray> {} << false << QStringLiteral("compressed");
    QTest::newRow("compressed end-of-stream refused")
        << env(endOk, 0x03) << cap << QList<QByteArray> {} << false << QStringLiteral("compressed");
    QTest::newRow("garbage html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << cap
                                  << QList<QByteArray> {} << false
                                  << QStringLiteral("invalid envelope flags");
    QTest::newRow("garbage high bits")
        << QByteArray("\xff\x00\x00\x00\x01x", 6) << cap << QList<QByteArray> {} << false
        << QStringLiteral("invalid envelope flags");
    QTest::newRow("bare JSON instead of envelope")
        << QByteArray(R"({"code":"not_found"})") << cap << QList<QByteArray> {} << false
        << QStringLiteral("invalid envelope flags");
    QTest::newRow("data after end-of-stream")
        << env(endOk, 2) + env(start) << cap << QList<QByteArray> { endOk } << true
        << QStringLiteral("after the end-of-stream");
    QTest::newRow("empty input") << QByteArray() << cap << QList<QByteArray> {} << false
                                 << QString();
}

void TestConnectEnvelope::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(uint, cap);
    QFETCH(QList<QByteArray>, payloads);
    QFETCH(bool, endSeen);
    QFETCH(QString, errorContains);

    const auto check = [&](const Outcome &o, const QByteArray &how) {
        const QByteArray ctx = " (" + how + ")";
        if (errorContains.isEmpty()) {
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error + QString::fromLatin1(ctx)));
        } else {
            QVERIFY2(
                o.error.contains(errorContains),
                qPrintable(QStringLiteral("got \"%1\"").arg(o.error) + QString::fromLatin1(ctx)));
        }
        QCOMPARE(o.endSeen, endSeen);
        QCOMPARE(o.frames.size(), payloads.size());
        for (qsizetype i = 0; i < payloads.size(); ++i)
            QCOMPARE(o.frames[i].payload, payloads[i]);
        if (endSeen)
            QVERIFY(o.frames.last().isEndStream());
    };

    // Whole, split at every byte boundary, and one byte at a time.
    check(decodeInPieces(input, {}, cap), "whole");
    if (QTest::currentTestFailed())
        return;
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        check(decodeInPieces(input, { cut }, cap), "split at " + QByteArray::number(cut));
        if (QTest::currentTestFailed())
            return;
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    check(decodeInPieces(input, everyByte, cap), "byte by byte");
}

void TestConnectEnvelope::errorAfterErrorIsSticky()
{
    ConnectEnvelopeDecoder d;
    QVERIFY(!d.feed(QByteArray("GET / HTTP/1.1\r\n")));
    QVERIFY(d.hasError());
    const QString first = d.errorString();
    QVERIFY(!d.feed(env("{}", 2)));
    QCOMPARE(d.errorString(), first);
    QVERIFY(!d.hasFrame());
    d.reset();
    QVERIFY(d.feed(env("{}", 2)));
    QVERIFY(d.endStreamSeen());
}

void TestConnectEnvelope::byteExampleFromSpec()
{
    // e2b-protocol.md §3.1: 00 00 00 00 20 + 32 bytes, then 02 00 00 00 02 {}
    QByteArray bytes("\x00\x00\x00\x00\x20", 5);
    bytes += R"({"event":{"start":{"pid":4242}}})";
    bytes += QByteArray("\x02\x00\x00\x00\x02{}", 7);
    ConnectEnvelopeDecoder d;
    QVERIFY(d.feed(bytes));
    QVERIFY(d.finish());
    const auto frames = d.takeFrames();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].payload.size(), 32);
    QVERIFY(frames[1].isEndStream());
}

QTEST_GUILESS_MAIN(TestConnectEnvelope)
#include "tst_connectenvelope.moc"
