// Figures for autocoder-sandboxd (the real binary, over loopback HTTP):
// - latency from the create request to the first stdout byte of `echo hi`, p50/p95 over 50
//   sandboxes;
// - 20 sandboxes streaming output at once: aggregate throughput, server RSS per sandbox.
#include "sandboxd/connectenvelope.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {
const QByteArray Key = "e2b_0badc0ffee0badc0ffee";

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
} // namespace

class BenchSandboxd : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_base;

    QNetworkReply *post(QNetworkAccessManager &nam, const QString &path, const QByteArray &body)
    {
        QNetworkRequest req(QUrl(m_base + path));
        req.setRawHeader("X-API-Key", Key);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return nam.post(req, body);
    }

    QJsonObject createSandbox(QNetworkAccessManager &nam)
    {
        QNetworkReply *reply = post(nam, QStringLiteral("/sandboxes"),
                                    "{\"templateID\":\"base\",\"secure\":true,\"timeout\":300}");
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(30000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void kill(QNetworkAccessManager &nam, const QString &id)
    {
        QNetworkRequest req(QUrl(m_base + QStringLiteral("/sandboxes/") + id));
        req.setRawHeader("X-API-Key", Key);
        QNetworkReply *reply = nam.deleteResource(req);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(30000);
        reply->deleteLater();
    }

    QNetworkReply *start(QNetworkAccessManager &nam, const QJsonObject &sandbox,
                         const QString &script)
    {
        QNetworkRequest req(QUrl(m_base + QStringLiteral("/process.Process/Start")));
        req.setRawHeader("E2b-Sandbox-Id",
                         sandbox.value(QStringLiteral("sandboxID")).toString().toUtf8());
        req.setRawHeader("E2b-Sandbox-Port", "49983");
        req.setRawHeader("X-Access-Token",
                         sandbox.value(QStringLiteral("envdAccessToken")).toString().toUtf8());
        req.setRawHeader("Connect-Protocol-Version", "1");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/connect+json"));
        const QJsonObject body {
            { QStringLiteral("process"),
              QJsonObject {
                  { QStringLiteral("cmd"), QStringLiteral("/bin/bash") },
                  { QStringLiteral("args"),
                    QJsonArray { QStringLiteral("-l"), QStringLiteral("-c"), script } } } },
            { QStringLiteral("stdin"), false }
        };
        return nam.post(req, Autocoder::Sandboxd::ConnectEnvelope::encode(body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), QString::fromLatin1(Key));
        m_server.setProcessEnvironment(env);
        // BENCH_SANDBOXD_ARGS: extra server options, e.g. --rlimits-only to compare mechanisms.
        m_server.start(QStringLiteral(SANDBOXD_BINARY),
                       QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                     QStringLiteral("--data-dir"), m_dir.path() }
                           + qEnvironmentVariable("BENCH_SANDBOXD_ARGS")
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QVERIFY(m_server.waitForStarted());
        QByteArray line;
        while (!line.contains('\n') && m_server.waitForReadyRead(10000))
            line += m_server.readAllStandardOutput();
        QVERIFY(line.startsWith("Listening on "));
        m_base = QString::fromUtf8(line.mid(13).trimmed());
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void createToFirstByte()
    {
        QNetworkAccessManager nam;
        QList<double> ms;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QJsonObject sandbox = createSandbox(nam);
            QVERIFY(sandbox.contains(QStringLiteral("sandboxID")));
            QNetworkReply *reply = start(nam, sandbox, QStringLiteral("echo hi"));
            QByteArray buffer;
            double firstByte = -1;
            connect(reply, &QNetworkReply::readyRead, this, [&] {
                buffer += reply->readAll();
                if (firstByte < 0 && buffer.contains("\"stdout\""))
                    firstByte = double(timer.nsecsElapsed()) / 1e6;
            });
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(firstByte > 0);
            ms << firstByte;
            reply->deleteLater();
            kill(nam, sandbox.value(QStringLiteral("sandboxID")).toString());
        }
        std::sort(ms.begin(), ms.end());
        qInfo(
            "create -> first stdout byte of `echo hi` over 50 sandboxes: p50 %.1f ms, p95 %.1f ms, "
            "min %.1f ms, max %.1f ms",
            ms.at(24), ms.at(47), ms.first(), ms.last());
    }

    void twentyStreams()
    {
        constexpr int N = 20;
        constexpr qint64 BytesEach = 20 * 1024 * 1024;
        const qint64 rssBefore = rssKb(m_server.processId());
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QList<QJsonObject> sandboxes;
        for (int i = 0; i < N; ++i) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            sandboxes << createSandbox(*clients.back());
        }
        const qint64 rssIdle = rssKb(m_server.processId());
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        qint64 received = 0;
        qint64 rssPeak = rssIdle;
        int finished = 0;
        for (int i = 0; i < N; ++i) {
            QNetworkReply *reply = start(*clients.at(i), sandboxes.at(i),
                                         QStringLiteral("head -c %1 /dev/zero").arg(BytesEach));
            connect(reply, &QNetworkReply::readyRead, this,
                    [&received, reply] { received += reply->readAll().size(); });
            connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
            replies << reply;
        }
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { rssPeak = qMax(rssPeak, rssKb(m_server.processId())); });
        sampler.start(100);
        QTRY_COMPARE_WITH_TIMEOUT(finished, N, 120000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double payloadMb = double(N) * double(BytesEach) / (1024.0 * 1024.0);
        qInfo("20 sandboxes streaming %lld MiB each at once: %.2f s, %.1f MiB/s of process output "
              "(%.1f MiB/s on the wire, base64 in Connect envelopes)",
              BytesEach / (1024 * 1024), seconds, payloadMb / seconds,
              double(received) / (1024.0 * 1024.0) / seconds);
        qInfo(
            "server RSS: %lld KiB before, %lld KiB with 20 idle sandboxes (%.0f KiB per sandbox), "
            "peak %lld KiB while streaming",
            rssBefore, rssIdle, double(rssIdle - rssBefore) / N, rssPeak);
        for (QNetworkReply *r : replies)
            r->deleteLater();
        for (int i = 0; i < N; ++i)
            kill(*clients.at(i), sandboxes.at(i).value(QStringLiteral("sandboxID")).toString());
    }
};

QTEST_GUILESS_MAIN(BenchSandboxd)
#include "bench_sandboxd.moc"
