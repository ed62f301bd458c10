#include "sandboxd/processservice.h"

#include "sandboxd/chunkedstream.h"
#include "sandboxd/connectenvelope.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/processstream.h"
#include "sandboxd/sandbox.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <csignal>

namespace Autocoder::Sandboxd {

namespace {
SandboxProcess *select(Sandbox *sandbox, const QJsonObject &request)
{
    const QJsonObject selector = request.value(QStringLiteral("process")).toObject();
    const QString tag = selector.value(QStringLiteral("tag")).toString();
    const QJsonValue pid = selector.value(QStringLiteral("pid"));
    const quint32 pidValue = pid.isString() ? pid.toString().toUInt() : quint32(pid.toDouble());
    return sandbox->findProcess(pidValue, tag);
}

QString selectorText(const QJsonObject &request)
{
    const QJsonObject selector = request.value(QStringLiteral("process")).toObject();
    if (selector.contains(QStringLiteral("tag")))
        return QStringLiteral("process with tag %1 not found")
            .arg(selector.value(QStringLiteral("tag")).toString());
    return QStringLiteral("process with pid %1 not found")
        .arg(selector.value(QStringLiteral("pid")).toVariant().toString());
}

int signalFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    const QString name = value.toString();
    if (name == QLatin1String("SIGNAL_SIGKILL") || name == QLatin1String("9"))
        return SIGKILL;
    if (name == QLatin1String("SIGNAL_SIGTERM") || name == QLatin1String("15"))
        return SIGTERM;
    return 0;
}
} // namespace

ProcessService::ProcessService(QObject *parent)
    : QObject(parent)
{ }

bool ProcessService::checkUser(const QHttpServerRequest &request, QString *error)
{
    const QByteArray auth = HttpReply::header(request, "Authorization");
    if (auth.isEmpty())
        return true;
    if (!auth.startsWith("Basic ")) {
        *error = QStringLiteral("invalid authorization header");
        return false;
    }
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const QString user = QString::fromUtf8(decoded.left(decoded.indexOf(':')));
    if (user == QLatin1String("user") || user == QLatin1String("root") || user.isEmpty())
        return true;
    *error = QStringLiteral("invalid username: '%1'").arg(user);
    return false;
}

bool ProcessService::parseUnary(const QHttpServerRequest &request, QJsonObject *out, QString *error)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("invalid request body: %1").arg(parseError.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

int ProcessService::keepaliveSeconds(const QHttpServerRequest &request)
{
    bool ok = false;
    const int s = HttpReply::header(request, "Keepalive-Ping-Interval").toInt(&ok);
    return ok && s > 0 ? s : 90;
}

void ProcessService::streamError(QTcpSocket *socket, const QString &code, const QString &message)
{
    ChunkedStream out(socket);
    out.begin(200, ProcessStream::responseHeaders());
    out.write(ConnectEnvelope::endOfStream(code, message));
    out.finish();
}

void ProcessService::handle(Sandbox *sandbox, const QString &method,
                            const QHttpServerRequest &request, QTcpSocket *socket,
                            QHttpServerResponder &responder)
{
    QString error;
    const bool streaming = method == QLatin1String("Start") || method == QLatin1String("Connect");
    if (!checkUser(request, &error)) {
        if (streaming)
            streamError(socket, QStringLiteral("unauthenticated"), error);
        else
            HttpReply::connectError(responder, QStringLiteral("unauthenticated"), error);
        return;
    }
    if (method == QLatin1String("Start")) {
        start(sandbox, request, socket);
        return;
    }
    if (method == QLatin1String("Connect")) {
        connectTo(sandbox, request, socket);
        return;
    }
    QJsonObject body;
    if (!parseUnary(request, &body, &error)) {
        HttpReply::connectError(responder, QStringLiteral("invalid_argument"), error);
        return;
    }
    if (method == QLatin1String("List")) {
        QJsonArray list;
        const auto processes = sandbox->runningProcesses();
        for (SandboxProcess *p : processes) {
            QJsonObject info { { QStringLiteral("config"), p->config().toJson() },
                               { QStringLiteral("pid"), qint64(p->pid()) } };
            if (!p->tag().isEmpty())
                info.insert(QStringLiteral("tag"), p->tag());
            list.append(info);
        }
        HttpReply::json(responder, 200, QJsonObject { { QStringLiteral("processes"), list } });
        return;
    }
    if (method != QLatin1String("SendInput") && method != QLatin1String("CloseStdin")
        && method != QLatin1String("SendSignal")) {
        HttpReply::connectError(
            responder, QStringLiteral("unimplemented"),
            QStringLiteral("process.Process/%1 is not implemented").arg(method));
        return;
    }
    SandboxProcess *process = select(sandbox, body);
    if (!process || !process->isRunning()) {
        HttpReply::connectError(responder, QStringLiteral("not_found"), selectorText(body));
        return;
    }
    if (method == QLatin1String("SendInput")) {
        const QJsonObject input = body.value(QStringLiteral("input")).toObject();
        const QString data = input.contains(QStringLiteral("pty"))
            ? input.value(QStringLiteral("pty")).toString()
            : input.value(QStringLiteral("stdin")).toString();
        if (!process->sendInput(QByteArray::fromBase64(data.toLatin1()))) {
            HttpReply::connectError(responder, QStringLiteral("failed_precondition"),
                                    QStringLiteral("stdin of the process is closed"));
            return;
        }
    } else if (method == QLatin1String("CloseStdin")) {
        process->closeStdin();
    } else {
        const int sig = signalFromJson(body.value(QStringLiteral("signal")));
        if (sig != SIGKILL && sig != SIGTERM) {
            HttpReply::connectError(responder, QStringLiteral("invalid_argument"),
                                    QStringLiteral("unsupported signal"));
            return;
        }
        process->sendSignal(sig);
    }
    HttpReply::json(responder, 200, QJsonObject());
}

void ProcessService::start(Sandbox *sandbox, const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray payload;
    QString error;
    if (!ConnectEnvelope::decodeSingle(request.body(), &payload, &error)) {
        streamError(socket, QStringLiteral("invalid_argument"), error);
        return;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        streamError(socket, QStringLiteral("invalid_argument"),
                    QStringLiteral("invalid StartRequest: %1").arg(parseError.errorString()));
        return;
    }
    const QJsonObject req = doc.object();
    ProcessConfig config = ProcessConfig::fromJson(req.value(QStringLiteral("process")).toObject());
    if (config.cmd.isEmpty()) {
        streamError(socket, QStringLiteral("invalid_argument"),
                    QStringLiteral("process.cmd is required"));
        return;
    }
    if (const QString quota = sandbox->diskQuotaError(); !quota.isEmpty()) {
        streamError(socket, QStringLiteral("resource_exhausted"), quota);
        return;
    }
    const QString cwd = config.cwd.isEmpty() ? PathResolver::homePath() : config.cwd;
    const ResolvedPath resolvedCwd = sandbox->paths().resolve(cwd);
    if (!resolvedCwd.ok || !resolvedCwd.isDirectory) {
        streamError(socket, QStringLiteral("invalid_argument"),
                    QStringLiteral("cwd '%1' does not exist").arg(cwd));
        return;
    }
    // Start inside the sandbox at the resolved (symlink-free) place.
    config.cwd = resolvedCwd.canonicalVisiblePath;
    const bool keepStdin = req.value(QStringLiteral("stdin")).toBool(true);
    const QString tag = req.value(QStringLiteral("tag")).toString();
    bool ok = false;
    const qint64 deadline = HttpReply::header(request, "Connect-Timeout-Ms").toLongLong(&ok);

    auto *out = new ChunkedStream(socket);
    SandboxProcess *process = sandbox->startProcess(config, tag, keepStdin);
    auto *stream =
        new ProcessStream(out, process, keepaliveSeconds(request), ok ? deadline : 0, this);
    stream->begin();
}

void ProcessService::connectTo(Sandbox *sandbox, const QHttpServerRequest &request,
                               QTcpSocket *socket)
{
    QByteArray payload;
    QString error;
    if (!ConnectEnvelope::decodeSingle(request.body(), &payload, &error)) {
        streamError(socket, QStringLiteral("invalid_argument"), error);
        return;
    }
    const QJsonObject req = QJsonDocument::fromJson(payload).object();
    SandboxProcess *process = select(sandbox, req);
    if (!process) {
        streamError(socket, QStringLiteral("not_found"), selectorText(req));
        return;
    }
    auto *stream =
        new ProcessStream(new ChunkedStream(socket), process, keepaliveSeconds(request), 0, this);
    stream->begin();
}

} // namespace Autocoder::Sandboxd
