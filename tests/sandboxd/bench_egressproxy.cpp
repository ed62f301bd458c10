// Throughput of a sandbox's egress proxy: a 100 MB download from a local origin
// (127.0.0.2) through the proxy, as plain HTTP and through a CONNECT tunnel,
// next to the same download without the proxy. Origin, proxy and client share
// this process's one event loop, so the figures are a lower bound for the proxy.
#include "egressorigin.h"
#include "sandboxd/egresspolicy.h"
#include "sandboxd/egressproxy.h"
#include "sandboxd/hostresolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Autocoder::Sandboxd;

namespace {
constexpr qint64 DownloadBytes = 100 * 1000 * 1000;
}

class BenchEgressProxy : public QObject
{
    Q_OBJECT

    HostResolver m_resolver;
    std::unique_ptr<EgressOrigin> m_origin;
    std::unique_ptr<EgressProxy> m_proxy;

    // Connects to `port`, sends `request` (after a CONNECT handshake when
    // `tunnel`), and reads until the server closes; returns the bytes received.
    qint64 download(const QHostAddress &address, quint16 port, const QByteArray &request,
                    bool tunnel)
    {
        QTcpSocket socket;
        qint64 received = 0;
        bool inTunnel = !tunnel;
        QByteArray handshake;
        connect(&socket, &QTcpSocket::readyRead, this, [&] {
            if (!inTunnel) {
                handshake += socket.readAll();
                if (!handshake.endsWith("\r\n\r\n"))
                    return;
                inTunnel = true;
                socket.write(request);
                return;
            }
            received += socket.skip(socket.bytesAvailable());
        });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(address, port);
        socket.write(tunnel ? "CONNECT example.test:" + QByteArray::number(m_origin->port())
                             + " HTTP/1.1\r\n\r\n"
                            : request);
        closed.wait(120000);
        return received + socket.skip(socket.bytesAvailable());
    }

    // Runs the download as a QBENCHMARK and reports the best run in MB/s.
    void measure(const char *what, const QHostAddress &address, quint16 port,
                 const QByteArray &request, bool tunnel)
    {
        qint64 bytes = 0;
        qint64 bestMs = -1;
        QBENCHMARK
        {
            QElapsedTimer clock;
            clock.start();
            bytes = download(address, port, request, tunnel);
            const qint64 ms = qMax<qint64>(1, clock.elapsed());
            bestMs = bestMs < 0 ? ms : qMin(bestMs, ms);
        }
        QVERIFY2(bytes > DownloadBytes, qPrintable(QString::number(bytes)));
        qInfo("%s: %lld bytes, best run %lld ms = %.0f MB/s", what, bytes, bestMs,
              double(bytes) / 1e6 / (double(bestMs) / 1000.0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_resolver.setStrict(true);
        m_resolver.addOverride(QStringLiteral("example.test"), { QHostAddress("127.0.0.2") });
        m_origin = std::make_unique<EgressOrigin>(QHostAddress("127.0.0.2"));
        QString error;
        const auto policy = EgressPolicy::fromCreateRequest(
            { { "network", QJsonObject { { "allowOut", QJsonArray { "example.test" } } } } },
            &error);
        QVERIFY2(policy, qPrintable(error));
        m_proxy = std::make_unique<EgressProxy>(*policy, &m_resolver);
        QVERIFY(m_proxy->listen(QHostAddress(QHostAddress::LocalHost)));
    }

    void directBaseline()
    {
        measure("direct, no proxy", QHostAddress("127.0.0.2"), m_origin->port(),
                "GET /big?n=" + QByteArray::number(DownloadBytes)
                    + " HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n",
                false);
    }

    void plainHttpThroughProxy()
    {
        measure("plain HTTP through the proxy", QHostAddress(QHostAddress::LocalHost),
                m_proxy->serverPort(),
                "GET http://example.test:" + QByteArray::number(m_origin->port())
                    + "/big?n=" + QByteArray::number(DownloadBytes) + " HTTP/1.1\r\n\r\n",
                false);
    }

    void connectTunnelThroughProxy()
    {
        measure("CONNECT tunnel through the proxy", QHostAddress(QHostAddress::LocalHost),
                m_proxy->serverPort(),
                "GET /big?n=" + QByteArray::number(DownloadBytes)
                    + " HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n",
                true);
    }
};

QTEST_GUILESS_MAIN(BenchEgressProxy)
#include "bench_egressproxy.moc"
