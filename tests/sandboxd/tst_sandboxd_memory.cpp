// autocoder-sandboxd's memory stays bounded against hostile clients: a process
// stream nobody reads, huge bodies on requests that fail authentication or size
// limits, and large uploads that are written to disk as they arrive. The server
// is in-process, so this process's VmRSS is the server's memory.
#include "sandboxd/sandbox.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxdharness.h"

#include "sandboxd/guardedtcpserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <QTest>
#include <ctime>
#include <sys/resource.h>
#include <vector>

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 RssBound = 64 * MiB;

// The server runs on this thread: waiting must run the event loop, never block in the socket.
void spin(int ms = 5)
{
    QTest::qWait(ms);
}

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// A client socket that buffers at most 64 KiB of what the server sends: it behaves like a
// client that does not read (its memory is this process's memory too).
std::unique_ptr<QTcpSocket> connectRaw(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setReadBufferSize(64 * 1024);
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QByteArray pattern(qint64 offset, int size)
{
    // Deterministic, not compressible, different in every block.
    QByteArray block(size, Qt::Uninitialized);
    QRandomGenerator gen(quint32(offset / size) * 2654435761u + 1);
    gen.fillRange(reinterpret_cast<quint32 *>(block.data()), size / 4);
    return block;
}

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
};

// Reads one response (Content-Length framed) from \a socket, waiting up to \a ms.
RawResponse readResponse(QTcpSocket *socket, QByteArray *buffer, int ms = 10000)
{
    RawResponse r;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        *buffer += socket->readAll();
        const int headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            r.head = buffer->left(headEnd);
            r.status = r.head.mid(9, 3).toInt();
            qint64 length = 0;
            for (const QByteArray &line : r.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() >= headEnd + 4 + length) {
                r.body = buffer->mid(headEnd + 4, length);
                buffer->remove(0, int(headEnd + 4 + length));
                return r;
            }
        }
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            r.closed = true;
            return r;
        }
        spin();
    }
    return r;
}

bool waitClosed(QTcpSocket *socket, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        socket->readAll();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            return true;
        spin();
    }
    return false;
}
} // namespace

class TestSandboxdMemory : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    QByteArray envdHead(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                        const QByteArray &extra = {}) const
    {
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "E2b-Sandbox-Id: " + m_id.toLatin1() + "\r\nE2b-Sandbox-Port: 49983\r\n";
        if (!token.isEmpty())
            head += "X-Access-Token: " + token + "\r\n";
        return head + extra;
    }

    // Sends \a head, then body bytes (at most \a maxBody, never more than 1 MiB unsent at
    // a time) until a response arrives; returns it.
    RawResponse sendUntilAnswered(const QByteArray &head, qint64 maxBody, qint64 *sent)
    {
        const auto socket = connectRaw(h.port);
        if (!socket)
            return {};
        socket->write(head);
        *sent = 0;
        QByteArray buffer;
        const QByteArray chunk(int(MiB), 'x');
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            while (*sent < maxBody && socket->bytesToWrite() < MiB
                   && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(chunk);
                *sent += chunk.size();
            }
            spin(2);
            buffer += socket->readAll();
            if (buffer.contains("\r\n\r\n"))
                break;
            if (socket->state() != QAbstractSocket::ConnectedState)
                break;
        }
        RawResponse r = readResponse(socket.get(), &buffer, 2000);
        r.closed = waitClosed(socket.get(), 5000);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        h.config.maxUploadBytes = 512 * MiB;
        h.useBaseTemplateOnly();
        QVERIFY(h.start());
        m_id = h.createBase(&m_token, 600);
        QVERIFY(!m_id.isEmpty());
    }

    // (a) A stream whose client never reads stalls the process instead of growing the server.
    void unreadProcessStreamIsBounded()
    {
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        const QByteArray body = Autocoder::Sandboxd::ConnectEnvelope::encode(
            SandboxdHarness::startRequest(QStringLiteral("head -c 2000000000 /dev/zero")));
        const qint64 before = rssBytes();
        socket->write(envdHead("POST", "/process.Process/Start", m_token.toLatin1(),
                               "Content-Type: application/connect+json\r\n"
                               "Content-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n")
                      + body);
        QTest::qWait(4000);
        const qint64 grown = rssBytes() - before;
        qInfo("RSS grew by %lld MB while the client did not read", grown / MiB);
        QVERIFY2(grown < RssBound, QByteArray::number(grown).constData());

        // Once the client reads, the data flows again.
        socket->setReadBufferSize(0);
        qint64 received = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000 && received < 64 * MiB) {
            spin(2);
            received += socket->readAll().size();
        }
        qInfo("then read %lld MB", received / MiB);
        QVERIFY(received >= 64 * MiB);
        QVERIFY(rssBytes() - before < RssBound);
        socket->abort();
    }

    // Start and a re-attached Connect on one process: output pauses while either lags, and
    // resumes for the other once the lagging one goes away.
    void slowestAttachedStreamHolds()
    {
        QJsonObject start =
            SandboxdHarness::startRequest(QStringLiteral("head -c 300000000 /dev/zero"));
        start.insert(QStringLiteral("tag"), QStringLiteral("both"));
        const QByteArray startBody = Autocoder::Sandboxd::ConnectEnvelope::encode(start);
        const auto lagging = connectRaw(h.port);
        QVERIFY(lagging);
        lagging->write(envdHead("POST", "/process.Process/Start", m_token.toLatin1(),
                                "Content-Type: application/connect+json\r\nContent-Length: "
                                    + QByteArray::number(startBody.size()) + "\r\n\r\n")
                       + startBody);
        QTest::qWait(300);
        const QByteArray connectBody = Autocoder::Sandboxd::ConnectEnvelope::encode(
            QJsonObject { { QStringLiteral("process"),
                            QJsonObject { { QStringLiteral("tag"), QStringLiteral("both") } } } });
        const auto reader = connectRaw(h.port);
        QVERIFY(reader);
        reader->setReadBufferSize(0);
        reader->write(envdHead("POST", "/process.Process/Connect", m_token.toLatin1(),
                               "Content-Type: application/connect+json\r\nContent-Length: "
                                   + QByteArray::number(connectBody.size()) + "\r\n\r\n")
                      + connectBody);
        const auto readFor = [&](int ms) {
            qint64 received = 0;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < ms) {
                spin(2);
                received += reader->readAll().size();
            }
            return received;
        };
        readFor(1000); // what was under way when the lagging stream filled up
        const qint64 whileHeld = readFor(1500);
        qInfo("the reading stream got %lld KB while the other lagged", whileHeld / 1024);
        QVERIFY(whileHeld < 4 * MiB);
        lagging->abort();
        const qint64 afterwards = readFor(2000);
        qInfo("and %lld MB once it went away", afterwards / MiB);
        QVERIFY(afterwards > 32 * MiB);
        reader->abort();
    }

    // A stream whose client goes away no longer holds the process back.
    void abandonedStreamReleasesProcess()
    {
        Autocoder::Sandboxd::Sandbox *sandbox = h.server->manager()->find(m_id);
        QVERIFY(sandbox);
        const QString marker =
            sandbox->paths().resolve(QStringLiteral("/tmp/abandoned-done")).hostPath;
        QFile::remove(marker);
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        const QByteArray body =
            Autocoder::Sandboxd::ConnectEnvelope::encode(SandboxdHarness::startRequest(
                QStringLiteral("head -c 100000000 /dev/zero; echo done > /tmp/abandoned-done")));
        socket->write(envdHead("POST", "/process.Process/Start", m_token.toLatin1(),
                               "Content-Type: application/connect+json\r\n"
                               "Content-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n")
                      + body);
        QTest::qWait(2000);
        QVERIFY2(!QFile::exists(marker), "the process ran on although its output was not read");
        socket->abort();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 20000);
    }

    // (b) Requests that fail on their headers are answered at once, without their body.
    void rejectedBeforeBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        const QByteArray huge = "Content-Length: 1610612736\r\n\r\n";
        QTest::newRow("control plane without key")
            << QByteArray("POST /sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\n"
                          + huge)
            << 401;
        QTest::newRow("control plane with a wrong key")
            << QByteArray("POST /v2/sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "X-API-Key: e2b_wrong\r\n"
                          + huge)
            << 401;
        QTest::newRow("control plane body too large")
            << QByteArray("POST /sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: "
                          + h.config.apiKey.toLatin1() + "\r\n" + huge)
            << 413;
        QTest::newRow("envd rpc with a wrong token")
            << envdHead("POST", "/process.Process/Start", "wrong", huge) << 401;
        QTest::newRow("envd rpc without token")
            << envdHead("POST", "/filesystem.Filesystem/Stat", {}, huge) << 401;
        QTest::newRow("envd rpc too large")
            << envdHead("POST", "/process.Process/Start", m_token.toLatin1(), huge) << 413;
        QTest::newRow("envd host form with a wrong token")
            << QByteArray("POST /process.Process/Start HTTP/1.1\r\nHost: 49983-" + m_id.toLatin1()
                          + ".sandbox.local\r\nX-Access-Token: wrong\r\n" + huge)
            << 401;
        QTest::newRow("files upload with a wrong token")
            << envdHead("POST", "/files?path=/home/user/x", "wrong", huge) << 401;
        QTest::newRow("files upload with a bad signature")
            << envdHead("POST", "/files?path=/home/user/x&signature=v1_abc", {}, huge) << 401;
        QTest::newRow("files upload above the limit")
            << envdHead("POST", "/files?path=/home/user/x", m_token.toLatin1(), huge) << 413;
        QTest::newRow("unknown sandbox")
            << QByteArray("POST /files HTTP/1.1\r\nHost: 49983-nosuchsandbox.x\r\n" + huge) << 502;
        QTest::newRow("chunked control plane without key")
            << QByteArray("POST /sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n40000000\r\n")
            << 401;
    }

    void rejectedBeforeBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const qint64 before = rssBytes();
        qint64 sent = 0;
        const RawResponse r = sendUntilAnswered(head, 256 * MiB, &sent);
        const qint64 grown = rssBytes() - before;
        qInfo("answered %d after %lld MB of body; RSS grew by %lld MB", r.status, sent / MiB,
              grown / MiB);
        QCOMPARE(r.status, status);
        QVERIFY(r.body.contains("\"code\":" + QByteArray::number(status)));
        QVERIFY(r.head.contains("Connection: close"));
        QVERIFY(r.closed);
        QVERIFY(sent < 256 * MiB);
        QVERIFY(grown < RssBound);
    }

    // Framing the server cannot track the way the HTTP parser does is refused.
    void badFraming_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST /sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: "
            + h.config.apiKey.toLatin1() + "\r\n";
        QTest::newRow("two lengths")
            << start + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("length and chunked")
            << start + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("bad length") << start + "Content-Length: 12abc\r\n\r\n{}" << 400;
        QTest::newRow("negative length") << start + "Content-Length: -5\r\n\r\n{}" << 400;
        QTest::newRow("other transfer coding") << start + "Transfer-Encoding: gzip\r\n\r\n" << 400;
        QTest::newRow("bad chunk size") << start + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
                                        << 400;
        QTest::newRow("head too large") << start + "X-Filler: " + QByteArray(70 * 1024, 'a')
                + "\r\n\r\n" << 431;
        QTest::newRow("no request line") << QByteArray("\r\n\r\n\r\nGARBAGE\r\n\r\n") << 400;
    }

    void badFraming()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        socket->write(request);
        QByteArray buffer;
        const RawResponse r = readResponse(socket.get(), &buffer);
        QCOMPARE(r.status, status);
        QVERIFY(waitClosed(socket.get(), 5000));
    }

    // (c) A large upload lands on disk intact while the server's memory stays bounded.
    void largeUploadStreamsToDisk_data()
    {
        QTest::addColumn<bool>("multipart");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("octet-stream") << false << false;
        QTest::newRow("multipart") << true << false;
        QTest::newRow("multipart, chunked") << true << true;
    }

    void largeUploadStreamsToDisk()
    {
        QFETCH(bool, multipart);
        QFETCH(bool, chunked);
        const qint64 size = 300 * MiB;
        const QByteArray boundary = "----autocoder-boundary-7MA4YWxkTrZu0gW";
        const QByteArray partHead = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
              "Content-Type: application/octet-stream\r\n\r\n";
        const QByteArray partTail = "\r\n--" + boundary + "--\r\n";
        const qint64 bodySize = multipart ? partHead.size() + size + partTail.size() : size;
        QByteArray head = envdHead("POST", "/files?path=/home/user/big.bin", m_token.toLatin1());
        head += multipart ? "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                          : QByteArray("Content-Type: application/octet-stream\r\n");
        head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                        : "Content-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";

        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        const qint64 before = rssBytes();
        qint64 peak = 0;
        const auto send = [&](const QByteArray &bytes) {
            socket->write(chunked ? QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n"
                                  : bytes);
            while (socket->bytesToWrite() > 4 * MiB
                   && socket->state() == QAbstractSocket::ConnectedState) {
                spin(1);
                peak = qMax(peak, rssBytes() - before);
            }
        };
        socket->write(head);
        if (multipart)
            send(partHead);
        QCryptographicHash sentHash(QCryptographicHash::Sha256);
        for (qint64 offset = 0; offset < size; offset += MiB) {
            const QByteArray block = pattern(offset, int(MiB));
            sentHash.addData(block);
            send(block);
        }
        if (multipart)
            send(partTail);
        if (chunked)
            socket->write("0\r\n\r\n");
        QByteArray buffer;
        const RawResponse r = readResponse(socket.get(), &buffer, 60000);
        peak = qMax(peak, rssBytes() - before);
        qInfo("uploaded %lld MB, RSS grew by at most %lld MB", size / MiB, peak / MiB);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().first().toObject().value("path"),
                 QStringLiteral("/home/user/big.bin"));
        QVERIFY2(peak < RssBound, QByteArray::number(peak).constData());

        Autocoder::Sandboxd::Sandbox *sandbox = h.server->manager()->find(m_id);
        QVERIFY(sandbox);
        QFile file(sandbox->paths().resolve(QStringLiteral("/home/user/big.bin")).hostPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), size);
        QCryptographicHash diskHash(QCryptographicHash::Sha256);
        QVERIFY(diskHash.addData(&file));
        QCOMPARE(diskHash.result().toHex(), sentHash.result().toHex());
        file.remove();
    }

    // Uploads that go wrong half-way are answered and the connection closed.
    void uploadBadInput_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const auto multipart = [](const QByteArray &body) {
            return "Content-Type: multipart/form-data; boundary=B\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        const QByteArray part = "--B\r\nContent-Disposition: form-data; name=file\r\n\r\n";
        QTest::newRow("part never ends")
            << envdHead("POST", "/files?path=/home/user/bad1", m_token.toLatin1(),
                        multipart(part + "abcdefghi"))
            << 400;
        QTest::newRow("bad delimiter")
            << envdHead("POST", "/files", m_token.toLatin1(), multipart("--Bxx")) << 400;
        QTest::newRow("part without a path")
            << envdHead("POST", "/files", m_token.toLatin1(), multipart(part + "x\r\n--B--"))
            << 400;
        QTest::newRow("same path twice")
            << envdHead("POST", "/files?path=/home/user/twice", m_token.toLatin1(),
                        multipart(part + "x\r\n" + part + "y\r\n--B--"))
            << 400;
        QTest::newRow("raw without a path")
            << envdHead("POST", "/files", m_token.toLatin1(), "Content-Length: 3\r\n\r\nabc")
            << 400;
        QTest::newRow("unknown user")
            << envdHead("POST", "/files?path=/home/user/x&username=mallory", m_token.toLatin1(),
                        "Content-Length: 3\r\n\r\nabc")
            << 401;
        QTest::newRow("escaping path") << envdHead(
            "POST", "/files?path=/etc/passwd", m_token.toLatin1(), "Content-Length: 3\r\n\r\nabc")
                                       << 403;
        QTest::newRow("other encoding")
            << envdHead("POST", "/files?path=/home/user/x", m_token.toLatin1(),
                        "Content-Encoding: br\r\nContent-Length: 3\r\n\r\nabc")
            << 415;
        QTest::newRow("not gzip") << envdHead(
            "POST", "/files?path=/home/user/x", m_token.toLatin1(),
            "Content-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc")
                                  << 400;
    }

    void uploadBadInput()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        socket->write(request);
        QByteArray buffer;
        const RawResponse r = readResponse(socket.get(), &buffer);
        QCOMPARE(r.status, status);
        QVERIFY(waitClosed(socket.get(), 5000));
    }

    // A client that asks first (curl does for large bodies) is told to go on.
    void expectContinue()
    {
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        socket->write(envdHead("POST", "/files?path=/home/user/continued", m_token.toLatin1(),
                               "Expect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
        QByteArray buffer;
        QTRY_VERIFY((buffer += socket->readAll()).contains("\r\n\r\n"));
        QVERIFY(buffer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        buffer.remove(0, 25);
        socket->write("abcd");
        QCOMPARE(readResponse(socket.get(), &buffer).status, 200);
        Autocoder::Sandboxd::Sandbox *sandbox = h.server->manager()->find(m_id);
        QFile file(sandbox->paths().resolve(QStringLiteral("/home/user/continued")).hostPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("abcd"));
    }

    // (d) Keep-alive and pipelining: several requests, streamed or not, on one connection.
    void halfHeadDoesNotSpin()
    {
        // A client that sends half a request head and goes quiet: the server waits for the
        // rest without burning a core (it used to re-queue itself forever).
        auto socket = connectRaw(h.port);
        socket->write("GET /health HTTP/1.1\r\nHost: x\r\n");
        socket->flush();
        QTest::qWait(100);
        const std::clock_t before = std::clock();
        QTest::qWait(1000);
        const double cpuSeconds = double(std::clock() - before) / CLOCKS_PER_SEC;
        QVERIFY2(cpuSeconds < 0.3, qPrintable(QString::number(cpuSeconds)));
        // The rest of the head still gets its answer.
        socket->write("\r\n");
        QByteArray buffer;
        QCOMPARE(readResponse(socket.get(), &buffer).status, 200);
    }

    void connectionFloodIsCapped()
    {
        // Idle connections beyond the cap are closed at once; the server still serves after.
        rlimit files {};
        ::getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
        constexpr int Extra = 20;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        // Connected without blocking: the server in this process must accept meanwhile.
        int closed = 0;
        for (int i = 0; i < Autocoder::Sandboxd::GuardedTcpServer::MaxConnections + Extra; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            connect(socket.get(), &QTcpSocket::disconnected, this, [&closed] { ++closed; });
            socket->connectToHost(QHostAddress::LocalHost, h.port);
            sockets.push_back(std::move(socket));
            if (i % 40 == 0)
                QTest::qWait(20);
        }
        // The harness's own keep-alive connections count too.
        QTRY_VERIFY_WITH_TIMEOUT(closed >= Extra, 10000);
        QTest::qWait(300);
        QVERIFY2(closed <= Extra + 4, qPrintable(QString::number(closed)));
        sockets.clear();
        // The server sees the closes on its next turns of the event loop.
        QTRY_VERIFY(h.api("GET", QStringLiteral("/health"), {}, QByteArray()).status == 200);
        auto socket = connectRaw(h.port);
        QVERIFY(socket);
        socket->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray buffer;
        QCOMPARE(readResponse(socket.get(), &buffer).status, 200);
    }

    void keepAlivePipelined()
    {
        const auto socket = connectRaw(h.port);
        QVERIFY(socket);
        const QByteArray key = "X-API-Key: " + h.config.apiKey.toLatin1() + "\r\n";
        const QByteArray rpc = "{}";
        QByteArray requests;
        requests += envdHead("POST", "/files?path=/home/user/ka.txt", m_token.toLatin1(),
                             "Content-Type: application/octet-stream\r\n"
                             "Content-Length: 5\r\n\r\nhello");
        requests += envdHead("GET", "/files?path=/home/user/ka.txt", m_token.toLatin1(), "\r\n");
        requests += envdHead("POST", "/process.Process/List", m_token.toLatin1(),
                             "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "2\r\n"
                                 + rpc + "\r\n0\r\n\r\n");
        requests += "GET /sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\n" + key + "\r\n";
        requests += envdHead("POST", "/files?path=/home/user/ka2.txt", m_token.toLatin1(),
                             "Content-Type: application/octet-stream\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        requests += envdHead("GET", "/files?path=/home/user/ka2.txt", m_token.toLatin1(), "\r\n");
        // Byte by byte: every split of heads and bodies must work.
        for (const char c : qAsConst(requests)) {
            socket->write(&c, 1);
            socket->flush();
        }
        QByteArray buffer;
        const RawResponse upload = readResponse(socket.get(), &buffer);
        QCOMPARE(upload.status, 200);
        const RawResponse download = readResponse(socket.get(), &buffer);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, QByteArray("hello"));
        const RawResponse list = readResponse(socket.get(), &buffer);
        QCOMPARE(list.status, 200);
        QVERIFY(QJsonDocument::fromJson(list.body).object().contains("processes"));
        const RawResponse sandboxes = readResponse(socket.get(), &buffer);
        QCOMPARE(sandboxes.status, 200);
        QVERIFY(sandboxes.body.contains(m_id.toLatin1()));
        QCOMPARE(readResponse(socket.get(), &buffer).status, 200);
        QCOMPARE(readResponse(socket.get(), &buffer).body, QByteArray("abcde"));
        QVERIFY(socket->state() == QAbstractSocket::ConnectedState);
    }

    void cleanupTestCase()
    {
        if (!m_id.isEmpty())
            h.api("DELETE", QStringLiteral("/sandboxes/") + m_id);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdMemory)
#include "tst_sandboxd_memory.moc"
