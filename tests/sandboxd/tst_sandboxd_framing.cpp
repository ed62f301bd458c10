// Pure stream parsers in front of autocoder-sandboxd's handlers: request framing
// (heads, Content-Length and chunked bodies, limits), streamed multipart and gzip.
// Every input is also fed in one-byte pieces: a split must never change a result.
#include "common/gzip.h"
#include "common/gzipinflater.h"
#include "sandboxd/multipartparser.h"
#include "sandboxd/multipartstream.h"
#include "sandboxd/requestframer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Autocoder::Sandboxd;

namespace {
// Runs \a input through a framer in pieces of \a piece bytes; every head gets \a limit.
// Returns a summary: "H:<method> <target>" per head, "B:<payload>" per body (merged),
// "E" per end, "X<status>" for an error.
QString frame(const QByteArray &input, int piece, qint64 limit)
{
    RequestFramer framer;
    QStringList out;
    QByteArray body;
    for (int at = 0; at < input.size(); at += piece) {
        framer.append(input.mid(at, piece));
        while (true) {
            const RequestFramer::Step step = framer.next();
            if (step.kind == RequestFramer::Kind::NeedMore)
                break;
            if (step.kind == RequestFramer::Kind::Error) {
                out << QStringLiteral("X%1").arg(step.status);
                return out.join(QLatin1Char(' '));
            }
            if (step.kind == RequestFramer::Kind::Head) {
                out << QStringLiteral("H:%1 %2").arg(QString::fromLatin1(step.head.method),
                                                     QString::fromLatin1(step.head.target));
                if (!framer.beginBody(limit)) {
                    out << QStringLiteral("X413");
                    return out.join(QLatin1Char(' '));
                }
            } else if (step.kind == RequestFramer::Kind::Body) {
                body += step.payload;
            } else {
                if (!body.isEmpty())
                    out << QStringLiteral("B:") + QString::fromLatin1(body);
                body.clear();
                out << QStringLiteral("E");
            }
        }
    }
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestSandboxdFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framer_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("get") << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n") << qint64(10)
                             << "H:GET /a E";
        QTest::newRow("no headers")
            << QByteArray("GET /a HTTP/1.1\r\n\r\n") << qint64(10) << "H:GET /a E";
        QTest::newRow("bare LF") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << qint64(10)
                                 << "H:GET /a E";
        QTest::newRow("pipelined with length")
            << QByteArray("\r\nPOST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                          "POST /b HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
            << qint64(10) << "H:POST /a B:abc E H:POST /b E";
        QTest::newRow("chunked") << QByteArray(
            "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
            "3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\nGET /d HTTP/1.1\r\n\r\n")
                                 << qint64(13) << "H:POST /c B:abc0123456789 E H:GET /d E";
        QTest::newRow("length over the limit")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 11\r\n\r\n") << qint64(10)
            << "H:POST /a X413";
        QTest::newRow("chunked over the limit")
            << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3\r\nabc\r\n8\r\n01234567\r\n")
            << qint64(10) << "H:POST /c X413";
        QTest::newRow("chunk extension") << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: "
                                                       "chunked\r\n\r\n3;x=y\r\nabc\r\n")
                                         << qint64(10) << "H:POST /c X400";
        QTest::newRow("trailer") << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n0\r\nX-T: 1\r\n\r\n")
                                 << qint64(10) << "H:POST /c X400";
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naXX")
            << qint64(10) << "H:POST /c X400";
        QTest::newRow("huge chunk size") << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: "
                                                       "chunked\r\n\r\nffffffffffffffffff\r\n")
                                         << qint64(10) << "H:POST /c X400";
        QTest::newRow("two lengths")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-length: 1\r\n\r\n")
            << qint64(10) << "X400";
        QTest::newRow("length and chunked") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: "
                                                          "1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                            << qint64(10) << "X400";
        QTest::newRow("signed length")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: +1\r\n\r\n") << qint64(10) << "X400";
        QTest::newRow("chunked, then gzip")
            << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")
            << qint64(10) << "X400";
        QTest::newRow("folded header")
            << QByteArray("GET /a HTTP/1.1\r\nX-A: 1\r\n Content-Length: 5\r\n\r\n") << qint64(10)
            << "X400";
        QTest::newRow("space before colon")
            << QByteArray("GET /a HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << qint64(10) << "X400";
        QTest::newRow("bad request line") << QByteArray("GET /a\r\n\r\n") << qint64(10) << "X400";
        QTest::newRow("HTTP/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << qint64(10) << "X400";
        QTest::newRow("head too large")
            << QByteArray("GET /a HTTP/1.1\r\nX: " + QByteArray(70000, 'a')) << qint64(10)
            << "X431";
    }

    void framer()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, limit);
        QFETCH(QString, expected);
        QCOMPARE(frame(input, int(input.size()), limit), expected);
        QCOMPARE(frame(input, 1, limit), expected);
        QCOMPARE(frame(input, 7, limit), expected);
    }

    void tinyPiecesAreCheap()
    {
        // A body of 100000 one-byte chunks and a head that trickles in byte by byte: the
        // work must grow with the bytes, not with their square.
        QByteArray input = "POST /c HTTP/1.1\r\nX-Filler: " + QByteArray(60000, 'a')
            + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 100000; ++i)
            input += "1\r\na\r\n";
        input += "0\r\n\r\n";
        QElapsedTimer timer;
        timer.start();
        RequestFramer framer;
        qint64 payload = 0;
        bool ended = false;
        for (int at = 0; at < input.size() && !ended; ++at) {
            framer.append(input.mid(at, 1));
            for (RequestFramer::Step step = framer.next();
                 step.kind != RequestFramer::Kind::NeedMore; step = framer.next()) {
                QVERIFY(step.kind != RequestFramer::Kind::Error);
                if (step.kind == RequestFramer::Kind::Head)
                    QVERIFY(framer.beginBody(1000000));
                payload += step.payload.size();
                ended = step.kind == RequestFramer::Kind::End;
                if (ended)
                    break;
            }
        }
        QVERIFY(ended);
        QCOMPARE(payload, qint64(100000));
        qInfo("framed %lld bytes in %lld ms", qint64(input.size()), timer.elapsed());
        QVERIFY(timer.elapsed() < 3000);
    }

    void headHeaders()
    {
        RequestHead head;
        QString error;
        QVERIFY(RequestHead::parse("POST /files?path=%2Fa%20b HTTP/1.1\r\nX-Access-Token:  t1 "
                                   "\r\nx-access-token: t2\r\n",
                                   &head, &error));
        QCOMPARE(head.header("X-ACCESS-TOKEN"), QByteArray("t1"));
        QCOMPARE(head.path(), QStringLiteral("/files"));
        QCOMPARE(head.url.query(QUrl::FullyDecoded), QStringLiteral("path=/a b"));
        QCOMPARE(head.contentLength, qint64(-1));
        QVERIFY(!head.chunked);
    }

    void multipartMatchesWholeParser_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("two parts")
            << QByteArray("preamble\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; "
                          "filename=\"a.txt\"\r\n\r\nhello\r\n-B\r\n--B\r\n"
                          "Content-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--y\r\n"
                          "--B--\r\nepilogue");
        QTest::newRow("at the start") << QByteArray(
            "--B\r\nContent-Disposition: form-data; name=file; filename=x\r\n\r\n\r\n--B--");
    }

    void multipartMatchesWholeParser()
    {
        QFETCH(QByteArray, body);
        QList<MultipartPart> whole;
        QString error;
        QVERIFY(MultipartParser::parse(body, "B", &whole, &error));
        for (const int piece : { 1, 2, 5, int(body.size()) }) {
            MultipartStream stream("B");
            QList<MultipartStream::Event> events;
            for (int at = 0; at < body.size(); at += piece)
                QVERIFY(stream.feed(body.mid(at, piece), &events, &error));
            QVERIFY(stream.finish(&error));
            QList<MultipartPart> parts;
            for (const auto &e : qAsConst(events)) {
                if (e.kind == MultipartStream::Event::Kind::Begin)
                    parts.append(MultipartPart { e.name, e.fileName, {}, {} });
                else if (e.kind == MultipartStream::Event::Kind::Data)
                    parts.last().data += e.data;
            }
            QCOMPARE(parts.size(), whole.size());
            for (int i = 0; i < parts.size(); ++i) {
                QCOMPARE(parts.at(i).name, whole.at(i).name);
                QCOMPARE(parts.at(i).fileName, whole.at(i).fileName);
                QCOMPARE(parts.at(i).data, whole.at(i).data);
            }
        }
    }

    void multipartErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("no boundary")
            << QByteArray("just text") << QStringLiteral("multipart body has no boundary");
        QTest::newRow("not terminated")
            << QByteArray("--B\r\nContent-Disposition: form-data; name=file\r\n\r\nabc")
            << QStringLiteral("multipart part is not terminated");
        QTest::newRow("bad delimiter")
            << QByteArray("--Bxx") << QStringLiteral("malformed multipart delimiter");
        QTest::newRow("endless part head") << QByteArray("--B\r\n" + QByteArray(20000, 'h'))
                                           << QStringLiteral("multipart part without headers end");
    }

    void multipartErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        MultipartStream stream("B");
        QList<MultipartStream::Event> events;
        QString message;
        const bool fed = stream.feed(body, &events, &message);
        if (fed)
            QVERIFY(!stream.finish(&message));
        QCOMPARE(message, error);
    }

    void gzipInPieces()
    {
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        data += QByteArray(1024 * 1024, 'z');
        const QByteArray packed = Autocoder::Gzip::compress(data);
        Autocoder::GzipInflater inflater;
        QByteArray out;
        qint64 largestPiece = 0;
        QString error;
        for (int at = 0; at < packed.size(); at += 1000) {
            QVERIFY(inflater.inflate(
                packed.mid(at, 1000),
                [&](const QByteArray &piece) {
                    largestPiece = qMax<qint64>(largestPiece, piece.size());
                    out += piece;
                    return true;
                },
                &error));
        }
        QVERIFY(inflater.atEnd());
        QCOMPARE(out, data);
        QVERIFY(largestPiece <= 64 * 1024);

        Autocoder::GzipInflater truncated;
        QVERIFY(truncated.inflate(
            packed.left(packed.size() / 2), [](const QByteArray &) { return true; }, &error));
        QVERIFY(!truncated.atEnd());

        Autocoder::GzipInflater garbage;
        QVERIFY(!garbage.inflate(
            "not gzip at all", [](const QByteArray &) { return true; }, &error));
    }

    void gzipBombStops()
    {
        // 64 MB of zeros packs into about 64 KB; the consumer stops it early.
        const QByteArray bomb = Autocoder::Gzip::compress(QByteArray(64 * 1024 * 1024, '\0'));
        Autocoder::GzipInflater inflater;
        qint64 produced = 0;
        QString error;
        QVERIFY(!inflater.inflate(
            bomb,
            [&](const QByteArray &piece) {
                produced += piece.size();
                return produced < 1024 * 1024;
            },
            &error));
        QVERIFY(produced < 2 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdFraming)
#include "tst_sandboxd_framing.moc"
