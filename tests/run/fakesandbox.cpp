#include "fakesandbox.h"

#include "run/tarwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimer>

namespace Autocoder::Run::Testing {

void FakeSandboxSession::later(QObject *context, std::function<void()> f)
{
    QTimer::singleShot(0, context, std::move(f));
}

SandboxProcess *FakeSandboxSession::start(const SandboxProcessRequest &request, QObject *parent)
{
    auto *p = new FakeSandboxProcess(request.tag, parent);
    startedTags.append(request.tag);
    if (onStarted)
        onStarted(request.tag);
    envByTag.insert(request.tag, request.env);
    commandByTag.insert(request.tag, request.command);
    requestByTag.insert(request.tag, request);
    m_processes.append(p);
    if (!m_alive) {
        QTimer::singleShot(0, p, [p]() {
            SandboxProcessExit e;
            e.transportError = true;
            e.sandboxGone = true;
            e.error = QStringLiteral("sandbox not found");
            p->finishWith(e);
        });
        return p;
    }
    const FakeScript script = m_handler ? m_handler(request, *this) : FakeScript();
    QTimer::singleShot(script.delayMs, p, [p, script]() {
        if (p->isFinished())
            return;
        if (!script.stdoutData.isEmpty())
            Q_EMIT p->stdoutReceived(script.stdoutData);
        if (!script.stderrData.isEmpty())
            Q_EMIT p->stderrReceived(script.stderrData);
        if (script.hang)
            return;
        SandboxProcessExit e;
        if (script.timeOut) {
            e.timedOut = true;
            e.error = QStringLiteral("timed out");
            p->finishWith(e);
            return;
        }
        e.exited = true;
        e.exitCode = script.exitCode;
        p->finishWith(e);
    });
    return p;
}

SandboxProcess *FakeSandboxSession::attach(const QString &tag, QObject *parent)
{
    auto *p = new FakeSandboxProcess(tag, parent);
    QTimer::singleShot(0, p, [p]() {
        SandboxProcessExit e;
        e.transportError = true;
        e.error = QStringLiteral("no such process");
        p->finishWith(e);
    });
    return p;
}

QStringList FakeSandboxSession::runningTags() const
{
    QStringList tags;
    for (const auto &p : m_processes) {
        if (p && !p->isFinished())
            tags.append(p->tag());
    }
    return tags;
}

void FakeSandboxSession::killProcess(const QString &tag, QObject *context, SandboxOpCallback done)
{
    for (const auto &p : std::as_const(m_processes)) {
        if (p && p->tag() == tag) {
            SandboxProcessExit e;
            e.exited = false;
            e.exitCode = -1;
            e.error = QStringLiteral("signal: killed");
            p->finishWith(e);
        }
    }
    later(context, [done]() { done({}); });
}

void FakeSandboxSession::listProcessTags(QObject *context, TagsCallback done)
{
    const QStringList tags = runningTags();
    const bool alive = m_alive;
    later(context, [done, tags, alive]() {
        if (alive)
            done(tags);
        else
            done(sandboxFailure(QStringLiteral("gone"), true));
    });
}

void FakeSandboxSession::writeFile(const QString &remotePath, const QByteArray &data,
                                   QObject *context, SandboxOpCallback done)
{
    writtenPaths.append(remotePath);
    if (m_alive)
        files.insert(remotePath, data);
    const bool alive = m_alive;
    later(context, [done, alive]() {
        if (alive)
            done({});
        else
            done(sandboxFailure(QStringLiteral("sandbox not found"), true));
    });
}

void FakeSandboxSession::downloadDirectory(const QString &remoteDir, const QString &localArchive,
                                           const QStringList &excludes, QObject *context,
                                           SandboxOpCallback done)
{
    if (!m_alive || failDownloads) {
        later(context,
              [done]() { done(sandboxFailure(QStringLiteral("sandbox not found"), true)); });
        return;
    }
    TarWriter w;
    w.addDirectory(QStringLiteral("./"));
    const QString prefix = remoteDir + QLatin1Char('/');
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rel = it.key().mid(prefix.size());
        bool excluded = false;
        for (const QString &part : rel.split(QLatin1Char('/')))
            excluded = excluded || excludes.contains(part);
        if (!excluded)
            w.addFile(QStringLiteral("./") + rel, it.value());
    }
    QDir().mkpath(QFileInfo(localArchive).absolutePath());
    QFile f(localArchive);
    const bool ok = f.open(QIODevice::WriteOnly) && f.write(w.finishGzip()) > 0;
    later(context, [done, ok]() {
        if (ok)
            done({});
        else
            done(sandboxFailure(QStringLiteral("write failed")));
    });
}

void FakeSandboxSession::uploadDirectory(const QString &localDir, const QString &remoteDir,
                                         QObject *context, SandboxOpCallback done)
{
    QDirIterator it(localDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(remoteDir + QLatin1Char('/') + QDir(localDir).relativeFilePath(path),
                         f.readAll());
    }
    later(context, [done]() { done({}); });
}

void FakeSandboxSession::keepAlive(std::chrono::seconds, QObject *context, SandboxOpCallback done)
{
    later(context, [done]() { done({}); });
}

void FakeSandboxSession::fetchLogs(qint64 sinceMs, QObject *context,
                                   std::function<void(const QList<SandboxLogLine> &)> done)
{
    logRequests.append(sinceMs);
    QList<SandboxLogLine> lines;
    for (const SandboxLogLine &line : std::as_const(logLines)) {
        if (line.timestampMs >= sinceMs)
            lines.append(line);
    }
    later(context, [done, lines]() { done(lines); });
}

void FakeSandboxSession::isAlive(QObject *context, std::function<void(bool)> done)
{
    const bool alive = m_alive;
    later(context, [done, alive]() { done(alive); });
}

void FakeSandboxSession::die()
{
    m_alive = false;
    // Like a real stream, the end arrives from the event loop, never inside the caller.
    for (const auto &p : std::as_const(m_processes)) {
        if (p && !p->isFinished()) {
            QPointer<FakeSandboxProcess> guard = p;
            QTimer::singleShot(0, p, [guard]() {
                SandboxProcessExit e;
                e.transportError = true;
                e.sandboxGone = true;
                e.error = QStringLiteral("The sandbox was not found");
                guard->finishWith(e);
            });
        }
    }
}

void FakeSandboxSession::kill(QObject *context, SandboxOpCallback done)
{
    ++killCount;
    if (onKilled)
        onKilled(*this);
    die();
    later(context, [done]() { done({}); });
}

void FakeSandboxProvider::create(const SandboxCreateRequest &request, QObject *context,
                                 SessionCallback done)
{
    if (failCreate) {
        QTimer::singleShot(0, context,
                           [done]() { done(sandboxFailure(QStringLiteral("no capacity"))); });
        return;
    }
    const QString id = QStringLiteral("fake-%1").arg(++m_counter);
    metadataById.insert(id, request.metadata);
    requests.append(request);
    QPointer<QObject> ctx(context);
    QTimer::singleShot(createDelayMs, context,
                       [this, id, ctx, done]() { done(makeSession(id, ctx)); });
}

FakeSandboxSession *FakeSandboxProvider::makeSession(const QString &id, QObject *parent)
{
    auto *s = new FakeSandboxSession(id, m_handler, parent);
    s->manifest = templateManifest;
    s->onDestroyed = [this](FakeSandboxSession &gone) {
        saved.insert(gone.sandboxId(), Saved { gone.files, gone.isAliveNow() });
    };
    s->onKilled = [this](FakeSandboxSession &killed) {
        sessionKills.append(killed.sandboxId());
    };
    s->onStarted = [this](const QString &tag) {
        startedTags.append(tag);
    };
    sessions.append(s);
    return s;
}

void FakeSandboxProvider::connectTo(const QString &sandboxId, QObject *context,
                                    SessionCallback done)
{
    if (saved.value(sandboxId).alive && !killedIds.contains(sandboxId)) {
        const Saved state = saved.take(sandboxId);
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, context, [this, sandboxId, state, ctx, done]() {
            FakeSandboxSession *s = makeSession(sandboxId, ctx);
            s->files = state.files;
            done(s);
        });
        return;
    }
    for (const auto &s : std::as_const(sessions)) {
        if (s && s->sandboxId() == sandboxId && s->isAliveNow()) {
            QTimer::singleShot(0, context, [done, s]() { done(s.data()); });
            return;
        }
    }
    QTimer::singleShot(0, context,
                       [done]() { done(sandboxFailure(QStringLiteral("not found"), true)); });
}

void FakeSandboxProvider::list(const QMap<QString, QString> &metadata, QObject *context,
                               ListCallback done)
{
    QList<SandboxListing> out;
    for (const auto &s : std::as_const(sessions)) {
        if (!s || !s->isAliveNow())
            continue;
        const QMap<QString, QString> md = metadataById.value(s->sandboxId());
        bool match = true;
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
            match = match && md.value(it.key()) == it.value();
        if (match)
            out.append(SandboxListing { s->sandboxId(), md });
    }
    QTimer::singleShot(0, context, [done, out]() { done(out); });
}

void FakeSandboxProvider::killSandbox(const QString &sandboxId, QObject *context,
                                      SandboxOpCallback done)
{
    killedIds.append(sandboxId);
    saved.remove(sandboxId);
    for (const auto &s : std::as_const(sessions)) {
        if (s && s->sandboxId() == sandboxId)
            s->die();
    }
    QTimer::singleShot(0, context, [done]() { done({}); });
}

} // namespace Autocoder::Run::Testing
