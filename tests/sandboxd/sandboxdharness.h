#pragma once

// Test harness: an in-process autocoder-sandboxd on a free loopback port and a
// small blocking client (QSignalSpy waits) speaking the raw E2B wire protocol.

#include "sandboxd/connectenvelope.h"
#include "sandboxd/sandboxserver.h"
#include "sandboxd/serverconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <unistd.h>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct StreamResult
{
    int status = 0;
    bool complete = false; ///< the end-of-stream envelope arrived
    QList<QJsonObject> events; ///< the "event" objects in order
    QJsonObject endOfStream;
    QByteArray stdoutData;
    QByteArray stderrData;
    QJsonObject end; ///< the "end" event, if any
    qint64 pid = -1;
    int keepalives = 0;
};

class SandboxdHarness
{
public:
    QTemporaryDir dir;
    Autocoder::Sandboxd::ServerConfig config;
    std::unique_ptr<Autocoder::Sandboxd::SandboxServer> server;
    quint16 port = 0;
    QNetworkAccessManager nam;

    SandboxdHarness()
    {
        config.apiKey = QStringLiteral("e2b_0123456789abcdef0123");
        config.dataDir = dir.path() + QStringLiteral("/data");
        config.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        if (config.templatesDir.isEmpty())
            config.templatesDir = dir.path() + QStringLiteral("/templates");
        // As root (CI), run sandboxes as an unprivileged host uid, like the real server does.
        if (::geteuid() == 0) {
            config.sandboxUid = 65534;
            QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                      | QFileDevice::ExeOther);
        }
    }

    /// Only the `base` template, from a folder the sandbox uid can always reach (the build
    /// folder may sit below a 0700 directory): the security suites then always run with
    /// sandboxes under their own uid.
    void useBaseTemplateOnly() { config.templatesDir = dir.path() + QStringLiteral("/templates"); }

    bool start()
    {
        server = std::make_unique<Autocoder::Sandboxd::SandboxServer>(config);
        QString error;
        port = server->start(0, &error);
        if (port == 0)
            qWarning("server start failed: %s", qPrintable(error));
        return port != 0;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }

    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 20000)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(timeoutMs);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    HttpResult api(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                   const QByteArray &key = QByteArray("<default>"))
    {
        QNetworkRequest req(url(path));
        req.setRawHeader("X-API-Key", key == "<default>" ? config.apiKey.toUtf8() : key);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return wait(nam.sendCustomRequest(req, verb, body));
    }

    /// Creates a sandbox; returns its id and stores the token.
    QString create(const QJsonObject &body, QString *token)
    {
        const HttpResult r = api("POST", QStringLiteral("/sandboxes"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status != 201) {
            qWarning("create failed: %d %s", r.status, r.body.constData());
            return {};
        }
        if (token)
            *token = r.json().value(QStringLiteral("envdAccessToken")).toString();
        return r.json().value(QStringLiteral("sandboxID")).toString();
    }

    QString createBase(QString *token, int timeout = 120)
    {
        return create(QJsonObject { { QStringLiteral("templateID"), QStringLiteral("base") },
                                    { QStringLiteral("secure"), true },
                                    { QStringLiteral("timeout"), timeout } },
                      token);
    }

    QNetworkRequest envdRequest(const QString &id, const QString &token, const QString &path,
                                const QByteArray &contentType) const
    {
        QNetworkRequest req(url(path));
        req.setRawHeader("E2b-Sandbox-Id", id.toUtf8());
        req.setRawHeader("E2b-Sandbox-Port", "49983");
        if (!token.isNull())
            req.setRawHeader("X-Access-Token", token.toUtf8());
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setRawHeader("Connect-Protocol-Version", "1");
        return req;
    }

    HttpResult rpc(const QString &id, const QString &token, const QString &method,
                   const QJsonObject &body)
    {
        const QNetworkRequest req =
            envdRequest(id, token, QLatin1Char('/') + method, "application/json");
        return wait(nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    /// Starts a server-streaming RPC; finish it with collect().
    QNetworkReply *openStream(QNetworkAccessManager &client, const QString &id,
                              const QString &token, const QString &method, const QJsonObject &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req =
            envdRequest(id, token, QLatin1Char('/') + method, "application/connect+json");
        req.setRawHeader("Keepalive-Ping-Interval", "50");
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return client.post(req, Autocoder::Sandboxd::ConnectEnvelope::encode(body));
    }

    static StreamResult collect(QNetworkReply *reply, int timeoutMs = 20000)
    {
        const HttpResult http = wait(reply, timeoutMs);
        StreamResult s;
        s.status = http.status;
        QByteArray buf = http.body;
        while (buf.size() >= 5) {
            const quint8 flags = quint8(buf.at(0));
            const int len =
                int((quint32(quint8(buf.at(1))) << 24) | (quint32(quint8(buf.at(2))) << 16)
                    | (quint32(quint8(buf.at(3))) << 8) | quint32(quint8(buf.at(4))));
            if (buf.size() < 5 + len)
                break;
            const QJsonObject msg = QJsonDocument::fromJson(buf.mid(5, len)).object();
            buf.remove(0, 5 + len);
            if (flags & 0x02) {
                s.complete = true;
                s.endOfStream = msg;
                break;
            }
            const QJsonObject event = msg.value(QStringLiteral("event")).toObject();
            s.events.append(event);
            if (event.contains(QStringLiteral("start")))
                s.pid = event.value(QStringLiteral("start"))
                            .toObject()
                            .value(QStringLiteral("pid"))
                            .toInteger(-1);
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            s.stdoutData +=
                QByteArray::fromBase64(data.value(QStringLiteral("stdout")).toString().toLatin1());
            s.stderrData +=
                QByteArray::fromBase64(data.value(QStringLiteral("stderr")).toString().toLatin1());
            if (event.contains(QStringLiteral("end")))
                s.end = event.value(QStringLiteral("end")).toObject();
            if (event.contains(QStringLiteral("keepalive")))
                ++s.keepalives;
        }
        return s;
    }

    static QJsonObject startRequest(const QString &script, const QJsonObject &extra = {})
    {
        QJsonObject process { { QStringLiteral("cmd"), QStringLiteral("/bin/bash") },
                              { QStringLiteral("args"),
                                QJsonArray { QStringLiteral("-l"), QStringLiteral("-c"),
                                             script } } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            process.insert(it.key(), it.value());
        return QJsonObject { { QStringLiteral("process"), process },
                             { QStringLiteral("stdin"), false } };
    }

    StreamResult run(const QString &id, const QString &token, const QString &script,
                     const QJsonObject &extra = {})
    {
        return collect(openStream(nam, id, token, QStringLiteral("process.Process/Start"),
                                  startRequest(script, extra)));
    }
};
