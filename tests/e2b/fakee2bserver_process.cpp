// The process half of the fake envd: Start/Connect streams and the unary process RPCs.

#include "e2b/connectenvelopedecoder.h"
#include "fakee2bserver.h"
#include "fakejson.h"
#include "fakeprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Autocoder::E2b::Testing {

namespace {

QList<QPair<QString, QString>> splitScript(const QString &script)
{
    QList<QPair<QString, QString>> steps;
    QString sep = QStringLiteral(";");
    QString current;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar ch = script[i];
        const bool andAnd =
            ch == QLatin1Char('&') && i + 1 < script.size() && script[i + 1] == QLatin1Char('&');
        if (ch == QLatin1Char(';') || ch == QLatin1Char('\n') || andAnd) {
            if (!current.trimmed().isEmpty())
                steps.append({ sep, current.trimmed() });
            current.clear();
            sep = andAnd ? QStringLiteral("&&") : QStringLiteral(";");
            if (andAnd)
                ++i;
            continue;
        }
        current += ch;
    }
    if (!current.trimmed().isEmpty())
        steps.append({ sep, current.trimmed() });
    return steps;
}

QJsonObject dataEvent(const char *stream, const QByteArray &bytes)
{
    return QJsonObject {
        { QStringLiteral("data"),
          QJsonObject { { QLatin1String(stream), QString::fromLatin1(bytes.toBase64()) } } }
    };
}

} // namespace

void FakeE2bServer::handleProcessRpc(FakeHttpConnection *c, const FakeHttpRequest &r,
                                     const QString &method, const QJsonObject &req,
                                     const QString &user, Sandbox *s)
{
    const Fault streamFault = Fault(r.header("x-fake-fault").toInt());
    const auto findProcess = [s](const QJsonObject &selector) -> QSharedPointer<FakeProcess> {
        if (selector.contains(QLatin1String("pid")))
            return s->processes.value(
                quint32(selector.value(QLatin1String("pid")).toVariant().toLongLong()));
        const QString tag = selector.value(QLatin1String("tag")).toString();
        for (const auto &p : std::as_const(s->processes)) {
            if (!tag.isEmpty() && p->tag == tag)
                return p;
        }
        return {};
    };
    if (method == QLatin1String("Start")) {
        startProcess(c, req, user, r.header("connect-timeout-ms").toInt(), s, streamFault);
    } else if (method == QLatin1String("Connect")) {
        const auto p = findProcess(req.value(QLatin1String("process")).toObject());
        if (!p || p->ended) {
            endStreamWithError(c, QStringLiteral("not_found"), QStringLiteral("process not found"));
            return;
        }
        attachStream(p.data(), c, streamFault);
    } else if (method == QLatin1String("List")) {
        QJsonArray list;
        for (const auto &p : std::as_const(s->processes)) {
            QJsonObject config { { QStringLiteral("cmd"), p->cmd },
                                 { QStringLiteral("args"), QJsonArray::fromStringList(p->args) } };
            if (!p->cwd.isEmpty())
                config.insert(QStringLiteral("cwd"), p->cwd);
            QJsonObject o { { QStringLiteral("config"), config },
                            { QStringLiteral("pid"), qint64(p->pid) } };
            if (!p->tag.isEmpty())
                o.insert(QStringLiteral("tag"), p->tag);
            list.append(o);
        }
        c->respondJson(200, compact(QJsonObject { { QStringLiteral("processes"), list } }));
    } else if (method == QLatin1String("SendInput") || method == QLatin1String("CloseStdin")
               || method == QLatin1String("SendSignal")) {
        const auto p = findProcess(req.value(QLatin1String("process")).toObject());
        if (!p || p->ended) {
            connectError(c, 404, QStringLiteral("not_found"), QStringLiteral("process not found"));
            return;
        }
        if (method == QLatin1String("SendSignal")) {
            c->respondJson(200, "{}");
            endProcess(s, p.data(), -1, true);
            return;
        }
        if (!p->stdinEnabled) {
            connectError(c, 400, QStringLiteral("failed_precondition"),
                         QStringLiteral("stdin not enabled"));
            return;
        }
        if (method == QLatin1String("SendInput")) {
            const QByteArray data = QByteArray::fromBase64(req.value(QLatin1String("input"))
                                                               .toObject()
                                                               .value(QLatin1String("stdin"))
                                                               .toString()
                                                               .toLatin1());
            c->respondJson(200, "{}");
            if (p->catting)
                emitEvent(p.data(), dataEvent("stdout", data));
            return;
        }
        p->stdinClosed = true;
        c->respondJson(200, "{}");
        if (p->catting) {
            p->catting = false;
            p->lastExit = 0;
            runNextStep(s, p.data());
        }
    } else {
        connectError(c, 404, QStringLiteral("unimplemented"), QStringLiteral("unknown method"));
    }
}

void FakeE2bServer::startProcess(FakeHttpConnection *c, const QJsonObject &req, const QString &user,
                                 int timeoutMs, Sandbox *s, Fault streamFault)
{
    const QJsonObject config = req.value(QLatin1String("process")).toObject();
    auto p = QSharedPointer<FakeProcess>::create();
    p->cmd = config.value(QLatin1String("cmd")).toString();
    const QJsonArray args = config.value(QLatin1String("args")).toArray();
    for (const QJsonValue &a : args)
        p->args << a.toString();
    const QJsonObject envs = config.value(QLatin1String("envs")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it)
        p->envs.insert(it.key(), it.value().toString());
    // envd: sandbox-level envVars first, the request's envs win.
    for (auto it = s->envVars.begin(); it != s->envVars.end(); ++it) {
        if (!p->envs.contains(it.key()))
            p->envs.insert(it.key(), it.value());
    }
    p->cwd = config.value(QLatin1String("cwd")).toString();
    p->user = user;
    p->tag = req.value(QLatin1String("tag")).toString();
    p->stdinEnabled = req.value(QLatin1String("stdin")).toBool(true);
    if (p->cmd.isEmpty()) {
        endStreamWithError(c, QStringLiteral("invalid_argument"),
                           QStringLiteral("cmd is required"));
        return;
    }
    if (!p->cwd.isEmpty() && !QFileInfo(hostPath(*s, p->cwd, user)).isDir()) {
        endStreamWithError(c, QStringLiteral("invalid_argument"),
                           QStringLiteral("cwd '%1' does not exist").arg(p->cwd));
        return;
    }
    p->pid = m_nextPid++;
    if (p->cmd == QLatin1String("/bin/bash") || p->cmd == QLatin1String("bash")
        || p->cmd == QLatin1String("/bin/sh") || p->cmd == QLatin1String("sh")) {
        const qsizetype dashC = p->args.indexOf(QStringLiteral("-c"));
        p->steps = splitScript(dashC >= 0 ? p->args.value(dashC + 1) : QString());
    } else if (p->cmd != QLatin1String("tar")) {
        QStringList words { p->cmd };
        for (const QString &a : std::as_const(p->args))
            words << QLatin1Char('\'') + a + QLatin1Char('\'');
        p->steps = { { QStringLiteral(";"), words.join(QLatin1Char(' ')) } };
    }
    s->processes.insert(p->pid, p);
    attachStream(p.data(), c, streamFault);

    p->keepaliveTimer = new QTimer(this);
    connect(p->keepaliveTimer, &QTimer::timeout, this, [this, p = p.data()] {
        emitEvent(p, QJsonObject { { QStringLiteral("keepalive"), QJsonObject() } });
    });
    p->keepaliveTimer->start(keepaliveIntervalMs);
    if (timeoutMs > 0) {
        // envd's kill timer: Connect-Timeout-Ms on Start.
        p->killTimer = new QTimer(this);
        p->killTimer->setSingleShot(true);
        const QString id = s->id;
        connect(p->killTimer, &QTimer::timeout, this, [this, id, pid = p->pid] {
            Sandbox *sb = findSandbox(id);
            if (sb && sb->processes.contains(pid))
                endProcess(sb, sb->processes.value(pid).data(), -1, true,
                           QStringLiteral("deadline_exceeded"));
        });
        p->killTimer->start(timeoutMs);
    }
    const QString id = s->id;
    QTimer::singleShot(0, this, [this, id, pid = p->pid] {
        Sandbox *sb = findSandbox(id);
        if (!sb || !sb->processes.contains(pid))
            return;
        FakeProcess *proc = sb->processes.value(pid).data();
        if (proc->cmd == QLatin1String("tar"))
            runHostTar(sb, proc);
        else
            runNextStep(sb, proc);
    });
}

void FakeE2bServer::attachStream(FakeProcess *p, FakeHttpConnection *c, Fault fault)
{
    if (fault == Fault::WrongContentType) {
        c->respond(200, "text/html", "<html><body>not a stream</body></html>");
        return;
    }
    c->beginStream(200, "application/connect+json");
    if (fault == Fault::Garbage) {
        c->writeChunk(QByteArray("\x7f\xff\xff\xff\xffgarbage that is no envelope", 32));
        c->endStream();
        return;
    }
    const QByteArray start = encodeConnectEnvelope(compact(QJsonObject {
        { QStringLiteral("event"),
          QJsonObject { { QStringLiteral("start"),
                          QJsonObject { { QStringLiteral("pid"), qint64(p->pid) } } } } } }));
    c->writeChunk(start);
    if (fault == Fault::TruncatedFrame) {
        const QByteArray next = encodeConnectEnvelope(
            compact(QJsonObject { { QStringLiteral("event"),
                                    dataEvent("stdout", QByteArrayLiteral("partial output")) } }));
        c->writeChunk(next.left(next.size() / 2));
        c->abortConnection();
        return;
    }
    p->sinks.append({ QPointer<FakeHttpConnection>(c), fault, 1 });
}

void FakeE2bServer::emitEvent(FakeProcess *p, const QJsonObject &event)
{
    const QByteArray envelope =
        encodeConnectEnvelope(compact(QJsonObject { { QStringLiteral("event"), event } }));
    for (qsizetype i = p->sinks.size() - 1; i >= 0; --i) {
        FakeProcess::Sink &sink = p->sinks[i];
        if (!sink.connection || !sink.connection->isOpen()) {
            p->sinks.removeAt(i);
            continue;
        }
        sink.connection->writeChunk(envelope);
        ++sink.sent;
        if (sink.fault == Fault::DropMidStream && sink.sent >= dropAfterEnvelopes) {
            sink.connection->abortConnection();
            p->sinks.removeAt(i);
        }
    }
}

void FakeE2bServer::runNextStep(Sandbox *s, FakeProcess *p)
{
    while (!p->ended) {
        if (p->step >= p->steps.size()) {
            endProcess(s, p, p->lastExit, false);
            return;
        }
        const auto [sep, command] = p->steps[p->step++];
        if (sep == QLatin1String("&&") && p->lastExit != 0)
            continue;
        QStringList words = QProcess::splitCommand(command);
        if (words.isEmpty())
            continue;
        const QString name = words.takeFirst();
        bool toStderr = false;
        if (!words.isEmpty()
            && (words.last() == QLatin1String(">&2") || words.last() == QLatin1String("1>&2"))) {
            toStderr = true;
            words.removeLast();
        }
        const char *stream = toStderr ? "stderr" : "stdout";
        for (QString &w : words) {
            if (w.startsWith(QLatin1Char('$')))
                w = w == QLatin1String("$PWD")
                    ? (p->cwd.isEmpty() ? QStringLiteral("/home/") + p->user : p->cwd)
                    : p->envs.value(w.mid(1));
        }
        if (name == QLatin1String("echo")) {
            bool newline = true;
            if (words.value(0) == QLatin1String("-n")) {
                newline = false;
                words.removeFirst();
            }
            emitEvent(p,
                      dataEvent(stream,
                                (words.join(QLatin1Char(' '))
                                 + (newline ? QStringLiteral("\n") : QString()))
                                    .toUtf8()));
            p->lastExit = 0;
        } else if (name == QLatin1String("printf")) {
            QString text = words.value(0);
            text.replace(QLatin1String("\\n"), QLatin1String("\n"));
            emitEvent(p, dataEvent(stream, text.toUtf8()));
            p->lastExit = 0;
        } else if (name == QLatin1String("true") || name == QLatin1String("false")) {
            p->lastExit = name == QLatin1String("true") ? 0 : 1;
        } else if (name == QLatin1String("exit")) {
            endProcess(s, p, words.value(0).toInt(), false);
            return;
        } else if (name == QLatin1String("sleep")) {
            const int ms = int(words.value(0).toDouble() * 1000);
            p->lastExit = 0;
            p->stepTimer = new QTimer(this);
            p->stepTimer->setSingleShot(true);
            const QString id = s->id;
            connect(p->stepTimer, &QTimer::timeout, this, [this, id, pid = p->pid] {
                Sandbox *sb = findSandbox(id);
                if (sb && sb->processes.contains(pid)) {
                    FakeProcess *proc = sb->processes.value(pid).data();
                    proc->stepTimer->deleteLater();
                    runNextStep(sb, proc);
                }
            });
            p->stepTimer->start(ms);
            return;
        } else if (name == QLatin1String("cat") && words.isEmpty()) {
            if (!p->stdinEnabled || p->stdinClosed) {
                p->lastExit = 0;
                continue;
            }
            p->catting = true;
            return; // resumed by CloseStdin
        } else {
            emitEvent(
                p,
                dataEvent(
                    "stderr",
                    QStringLiteral("bash: line 1: %1: command not found\n").arg(name).toUtf8()));
            p->lastExit = 127;
        }
    }
}

void FakeE2bServer::runHostTar(Sandbox *s, FakeProcess *p)
{
    // Test data only: map every path argument into the sandbox directory.
    QStringList args;
    for (qsizetype i = 0; i < p->args.size(); ++i) {
        const QString &a = p->args[i];
        args << a;
        const bool takesPath = a == QLatin1String("-C")
            || (a.endsWith(QLatin1Char('f')) && a.startsWith(QLatin1Char('-'))
                && !a.startsWith(QLatin1String("--")));
        if (takesPath && i + 1 < p->args.size()) {
            const QString mapped = hostPath(*s, p->args[++i], p->user);
            args << (mapped.isEmpty() ? QStringLiteral("/nonexistent") : mapped);
        }
    }
    auto *tar = new QProcess(this);
    p->tar = tar;
    tar->setProgram(QStringLiteral("tar"));
    tar->setArguments(args);
    tar->setWorkingDirectory(
        hostPath(*s, p->cwd.isEmpty() ? QStringLiteral("~") : p->cwd, p->user));
    const QString id = s->id;
    const quint32 pid = p->pid;
    connect(tar, &QProcess::readyReadStandardError, this, [this, id, pid, tar] {
        Sandbox *sb = findSandbox(id);
        if (sb && sb->processes.contains(pid))
            emitEvent(sb->processes.value(pid).data(),
                      dataEvent("stderr", tar->readAllStandardError()));
    });
    connect(tar, &QProcess::readyReadStandardOutput, this, [this, id, pid, tar] {
        Sandbox *sb = findSandbox(id);
        if (sb && sb->processes.contains(pid))
            emitEvent(sb->processes.value(pid).data(),
                      dataEvent("stdout", tar->readAllStandardOutput()));
    });
    connect(tar, &QProcess::finished, this,
            [this, id, pid, tar](int exitCode, QProcess::ExitStatus status) {
                tar->deleteLater();
                Sandbox *sb = findSandbox(id);
                if (sb && sb->processes.contains(pid))
                    endProcess(sb, sb->processes.value(pid).data(),
                               status == QProcess::NormalExit ? exitCode : -1,
                               status != QProcess::NormalExit);
            });
    tar->start();
}

void FakeE2bServer::endProcess(Sandbox *s, FakeProcess *p, int exitCode, bool signalled,
                               const QString &rpcError)
{
    if (p->ended)
        return;
    p->ended = true;
    QJsonObject end;
    if (signalled) {
        end.insert(QStringLiteral("exitCode"), -1);
        end.insert(QStringLiteral("status"), QStringLiteral("signal: killed"));
        end.insert(QStringLiteral("error"), QStringLiteral("signal: killed"));
    } else {
        end.insert(QStringLiteral("exited"), true);
        end.insert(QStringLiteral("status"), QStringLiteral("exit status %1").arg(exitCode));
        if (exitCode != 0) {
            end.insert(QStringLiteral("exitCode"), exitCode);
            end.insert(QStringLiteral("error"), QStringLiteral("exit status %1").arg(exitCode));
        }
    }
    emitEvent(p, QJsonObject { { QStringLiteral("end"), end } });
    QJsonObject trailer;
    if (!rpcError.isEmpty())
        trailer.insert(QStringLiteral("error"),
                       QJsonObject { { QStringLiteral("code"), rpcError },
                                     { QStringLiteral("message"),
                                       QStringLiteral("context deadline exceeded") } });
    const QByteArray envelope =
        encodeConnectEnvelope(compact(trailer), ConnectFrame::kEndStreamFlag);
    for (const auto &sink : std::as_const(p->sinks)) {
        if (sink.connection && sink.connection->isOpen()) {
            sink.connection->writeChunk(envelope);
            sink.connection->endStream();
        }
    }
    p->sinks.clear();
    if (p->stepTimer)
        p->stepTimer->deleteLater();
    if (p->keepaliveTimer)
        p->keepaliveTimer->deleteLater();
    if (p->killTimer)
        p->killTimer->deleteLater();
    if (p->tar) {
        p->tar->disconnect(this);
        p->tar->kill();
        p->tar->deleteLater();
    }
    // Like envd: a finished process is forgotten (Connect to it -> not_found).
    const quint32 pid = p->pid;
    QTimer::singleShot(0, this, [this, id = s->id, pid] {
        if (Sandbox *sb = findSandbox(id))
            sb->processes.remove(pid);
    });
}

} // namespace Autocoder::E2b::Testing
