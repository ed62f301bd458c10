// The sandbox as a boundary: what code inside a sandbox must not see or reach of the host —
// the server's environment, host paths in /proc, the host's loopback services, the server
// itself, another sandbox's network.
#include "sandboxdharness.h"

#include <QTcpServer>
#include <QTest>

class TestSandboxdBoundary : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    QByteArray sh(const QString &script) { return h.run(m_id, m_token, script).stdoutData; }

    static QString probe(const QString &host, quint16 port)
    {
        // bash's /dev/tcp: connects or fails at once, no tool needed in the sandbox.
        return QStringLiteral("(exec 3<>/dev/tcp/%1/%2) 2>/dev/null && echo open || echo closed")
            .arg(host)
            .arg(port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Stands for whatever the user's shell exported (cloud credentials, tokens): the
        // server runs in this process and inherits it.
        qputenv("AUTOCODER_TEST_HOST_SECRET", "canary-7f3e9b1c");
        h.useBaseTemplateOnly();
        QVERIFY(h.start());
        m_id = h.createBase(&m_token);
        QVERIFY(!m_id.isEmpty());
    }

    void noHostEnvironment()
    {
        // pid 1 of the sandbox's pid namespace is bwrap itself: its environment is what
        // the server started it with.
        const QByteArray out = sh(QStringLiteral(
            "for p in /proc/[0-9]*; do tr '\\0' '\\n' < $p/environ 2>/dev/null; done; env"));
        QVERIFY2(!out.isEmpty(), "no environment read at all");
        QVERIFY2(!out.contains("canary-7f3e9b1c"), out.constData());
        QVERIFY(!out.contains(h.config.apiKey.toUtf8()));
        QVERIFY(!out.contains(h.dir.path().toUtf8()));
    }

    void noHostPathsInCommandLines()
    {
        const QByteArray out =
            sh(QStringLiteral("for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done"));
        QVERIFY2(out.contains("bwrap"), out.constData());
        QVERIFY2(!out.contains(h.dir.path().toUtf8()), out.constData());
        QVERIFY2(!out.contains("--setenv"), out.constData());
    }

    void noHostCgroupPath()
    {
        const QByteArray out = sh(QStringLiteral("cat /proc/self/cgroup"));
        QVERIFY2(!out.isEmpty(), "no cgroup file");
        QVERIFY2(!out.contains("autocoder"), out.constData());
    }

    void hostLoopbackIsNotReachable()
    {
        QTcpServer hostService;
        QVERIFY(hostService.listen(QHostAddress::LocalHost));
        QCOMPARE(sh(probe(QStringLiteral("127.0.0.1"), hostService.serverPort())),
                 QByteArray("closed\n"));
        // The sandbox server itself: with its API key a sandbox could control all the others.
        QCOMPARE(sh(probe(QStringLiteral("127.0.0.1"), h.port)), QByteArray("closed\n"));
        QCoreApplication::processEvents();
        QVERIFY(!hostService.hasPendingConnections());
        // Only a loopback interface, nothing routes anywhere else.
        QCOMPARE(sh(QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '")),
                 QByteArray("lo\n"));
        QCOMPARE(sh(QStringLiteral("tail -n +2 /proc/net/route | wc -l")), QByteArray("0\n"));
    }

    void processesOfOneSandboxShareItsLoopback()
    {
        // A server started by one process answers another process of the same sandbox.
        const QString serve = QStringLiteral(
            "python3 -c \"import socket; s = socket.socket(); "
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', 8080)); "
            "s.listen(); print('up', flush=True); c, _ = s.accept(); c.sendall(b'hello'); "
            "c.close()\"");
        QNetworkReply *server =
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"),
                         SandboxdHarness::startRequest(serve));
        const QString fetch = QStringLiteral(
            "for i in $(seq 50); do exec 3<>/dev/tcp/127.0.0.1/8080 2>/dev/null && break; "
            "sleep 0.1; done; cat <&3");
        QCOMPARE(sh(fetch), QByteArray("hello"));
        const StreamResult served = SandboxdHarness::collect(server);
        QCOMPARE(served.stdoutData, QByteArray("up\n"));
    }

    void sandboxesDoNotShareANetwork()
    {
        const QString serve = QStringLiteral(
            "python3 -c \"import socket, time; s = socket.socket(); "
            "s.bind(('127.0.0.1', 8081)); s.listen(); print('up', flush=True); time.sleep(30)\"");
        QNetworkReply *server =
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"),
                         SandboxdHarness::startRequest(serve));
        QTRY_VERIFY(sh(probe(QStringLiteral("127.0.0.1"), 8081)) == "open\n");
        QString otherToken;
        const QString other = h.createBase(&otherToken);
        QVERIFY(!other.isEmpty());
        QCOMPARE(h.run(other, otherToken, probe(QStringLiteral("127.0.0.1"), 8081)).stdoutData,
                 QByteArray("closed\n"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + other).status, 204);
        server->abort();
        server->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestSandboxdBoundary)
#include "tst_sandboxd_boundary.moc"
