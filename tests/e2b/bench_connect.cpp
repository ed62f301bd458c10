// Throughput of the streaming path: Connect envelope decoding + protobuf-JSON event
// mapping (base64 decode included). Prints bytes per iteration so MB/s can be computed
// from QBENCHMARK's time per iteration.

#include "e2b/connectenvelopedecoder.h"
#include "e2b/processeventmapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Autocoder::E2b;

namespace {

QByteArray makeStream(int chunkSize, qsizetype totalBytes)
{
    QByteArray stream = encodeConnectEnvelope(R"({"event":{"start":{"pid":311}}})");
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (int i = 0; i < chunkSize; ++i)
        chunk[i] =
            char(' ' + QRandomGenerator::global()->bounded(95)); // printable, like build output
    const QByteArray event =
        QJsonDocument(
            QJsonObject {
                { QStringLiteral("event"),
                  QJsonObject { { QStringLiteral("data"),
                                  QJsonObject { { QStringLiteral("stdout"),
                                                  QString::fromLatin1(chunk.toBase64()) } } } } } })
            .toJson(QJsonDocument::Compact);
    const QByteArray envelope = encodeConnectEnvelope(event);
    while (stream.size() < totalBytes)
        stream += envelope;
    stream +=
        encodeConnectEnvelope(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})");
    stream += encodeConnectEnvelope("{}", ConnectFrame::kEndStreamFlag);
    return stream;
}

} // namespace

class BenchConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeAndMap_data();
    void decodeAndMap();
    void decodeOnly_data() { decodeAndMap_data(); }
    void decodeOnly();
};

void BenchConnect::decodeAndMap_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<int>("readSize");
    // envd sends stdout chunks of up to 32 KiB; Claude Code's NDJSON lines are often ~200 B.
    QTest::newRow("32KiB events, 16KiB reads") << 32 * 1024 << 16 * 1024;
    QTest::newRow("4KiB events, 64KiB reads") << 4096 << 64 * 1024;
    QTest::newRow("200B events, 64KiB reads") << 200 << 64 * 1024;
}

void BenchConnect::decodeAndMap()
{
    QFETCH(int, chunkSize);
    QFETCH(int, readSize);
    const QByteArray stream = makeStream(chunkSize, 8 * 1024 * 1024);
    qInfo("wire bytes per iteration: %lld", qlonglong(stream.size()));
    qint64 payloadBytes = 0;
    QBENCHMARK
    {
        ConnectEnvelopeDecoder decoder;
        payloadBytes = 0;
        for (qsizetype off = 0; off < stream.size(); off += readSize) {
            decoder.feed(stream.constData() + off, qMin<qsizetype>(readSize, stream.size() - off));
            while (decoder.hasFrame()) {
                const ConnectFrame f = decoder.takeFrame();
                if (f.isEndStream()) {
                    QVERIFY(ProcessEventMapper::mapEndStream(f.payload).isOk());
                    continue;
                }
                ProcessEvent e;
                Error err;
                QVERIFY(ProcessEventMapper::mapEvent(f.payload, &e, &err));
                payloadBytes += e.data.size();
            }
        }
        QVERIFY(decoder.finish());
    }
    qInfo("decoded stdout bytes per iteration: %lld", qlonglong(payloadBytes));
}

void BenchConnect::decodeOnly()
{
    QFETCH(int, chunkSize);
    QFETCH(int, readSize);
    const QByteArray stream = makeStream(chunkSize, 8 * 1024 * 1024);
    qInfo("wire bytes per iteration: %lld", qlonglong(stream.size()));
    QBENCHMARK
    {
        ConnectEnvelopeDecoder decoder;
        int frames = 0;
        for (qsizetype off = 0; off < stream.size(); off += readSize) {
            decoder.feed(stream.constData() + off, qMin<qsizetype>(readSize, stream.size() - off));
            frames += int(decoder.takeFrames().size());
        }
        QVERIFY(frames > 0);
    }
}

QTEST_GUILESS_MAIN(BenchConnect)
#include "bench_connect.moc"
