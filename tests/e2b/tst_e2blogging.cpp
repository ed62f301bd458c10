// The autocoder.e2b category: a retry is reported at debug level, can be switched off by
// rules, and never repeats the API key even when the server's answer does.

#include "e2b/e2blog.h"
#include "e2b/listsandboxesquery.h"
#include "e2b/sandboxapi.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Autocoder::E2b;

namespace {

const QString kKey = QStringLiteral("e2b_logtest_0123456789abcdef");

struct Captured
{
    QString category;
    QtMsgType type;
    QString message;
};

QMutex g_mutex;
QList<Captured> g_captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_mutex);
    g_captured.append({ QString::fromLatin1(context.category), type, message });
}

QList<Captured> takeCaptured()
{
    const QMutexLocker lock(&g_mutex);
    return std::exchange(g_captured, {});
}

/// Answers each connection with the next canned response, then closes it.
class CannedServer : public QTcpServer
{
public:
    QList<QByteArray> responses;
    int served = 0;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n")
                        || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(served < responses.size() ? responses.at(served) : QByteArray());
                    ++served;
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

} // namespace

class TestE2bLogging : public QObject
{
    Q_OBJECT

private:
    // One 503 that quotes the key, then an empty list: one retry, then success.
    std::optional<Result<SandboxListPage>> listThroughOneRetry()
    {
        CannedServer server;
        server.responses = {
            httpResponse(503, "Service Unavailable",
                         "{\"code\":503,\"message\":\"overloaded; key was " + kKey.toUtf8()
                             + "\"}"),
            httpResponse(200, "OK", "[]"),
        };
        if (!server.listen(QHostAddress::LocalHost))
            return std::nullopt;
        ConnectionConfig config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        config.apiKey = Secret(kKey);
        config.retry.initialDelay = std::chrono::milliseconds(10);
        config.requestTimeout = std::chrono::milliseconds(10000);
        SandboxApi api(config);
        QObject context;
        std::optional<Result<SandboxListPage>> page;
        api.list(ListSandboxesQuery(), &context,
                 [&](const Result<SandboxListPage> &r) { page = r; });
        if (!QTest::qWaitFor([&] { return page.has_value(); }, 10000))
            return std::nullopt;
        if (server.served != 2)
            return std::nullopt;
        return page;
    }

    static QList<Captured> retryLines(const QList<Captured> &captured)
    {
        QList<Captured> lines;
        for (const Captured &c : captured) {
            if (c.category == QLatin1String("autocoder.e2b")
                && c.message.contains(QLatin1String("retrying")))
                lines.append(c);
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        takeCaptured();
        qInstallMessageHandler(capture);
    }

    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void categoryName()
    {
        QCOMPARE(QString::fromLatin1(lcE2b().categoryName()), QStringLiteral("autocoder.e2b"));
    }

    void debugIsOffByDefault()
    {
        QVERIFY(!lcE2b().isDebugEnabled());
        QVERIFY(lcE2b().isInfoEnabled());
    }

    void retryIsLoggedWithTheKeyRedacted()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("autocoder.e2b.debug=true"));
        const auto page = listThroughOneRetry();
        QVERIFY(page.has_value());
        QVERIFY(page->isOk());
        const QList<Captured> captured = takeCaptured();
        const QList<Captured> lines = retryLines(captured);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().type, QtDebugMsg);
        QVERIFY2(lines.first().message.contains(QLatin1String("/v2/sandboxes")),
                 qPrintable(lines.first().message));
        QVERIFY2(lines.first().message.contains(QLatin1String("[REDACTED]")),
                 qPrintable(lines.first().message));
        for (const Captured &c : captured)
            QVERIFY2(!c.message.contains(kKey), qPrintable(c.message));
    }

    void rulesSwitchItOff()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("autocoder.*.debug=true\n"
                                                        "autocoder.e2b.debug=false"));
        const auto page = listThroughOneRetry();
        QVERIFY(page.has_value());
        QVERIFY(page->isOk());
        QVERIFY(retryLines(takeCaptured()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestE2bLogging)
#include "tst_e2blogging.moc"
