#include "run/engine/snapshotstep.h"

#include "run/engine/mutationcheckstep.h"
#include "run/engine/runcontext.h"
#include "run/safearchive.h"
#include "run/sandboxsession.h"
#include "run/tarwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace Autocoder::Run {

namespace {

constexpr int kMaxSnapshotFilesInEvent = 5000;

const QStringList &snapshotExcludes()
{
    // Reinstallable or private: never part of the project on disk.
    static const QStringList excludes { QStringLiteral("node_modules"), QStringLiteral(".git"),
                                        QStringLiteral(".cache"),       QStringLiteral(".npm"),
                                        QStringLiteral(".bun"),         QStringLiteral(".claude") };
    return excludes;
}

} // namespace

SnapshotStep::SnapshotStep(RunContext &context, Kind kind, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
    , m_kind(kind)
{ }

SnapshotStep::~SnapshotStep() = default;

void SnapshotStep::run()
{
    fetchLogs();
    if (m_kind == Kind::Iteration) // a final one runs while the run is stopping
        m_ctx.setPhase(RunController::Phase::Snapshot);
    m_iteration = m_ctx.state.iteration;
    m_ctx.stepStarted(Step::Snapshot, m_iteration);
    if (!isRunning())
        return;
    m_path = m_ctx.journal.snapshotPath(m_iteration);
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_ctx.session->downloadDirectory(m_ctx.options.projectDir, m_path, snapshotExcludes(), this,
                                     guard([this](const SandboxOpResult &r) { downloaded(r); }));
}

void SnapshotStep::fetchLogs()
{
    m_logsPending = true;
    m_ctx.session->fetchLogs(
        m_ctx.sandboxLogCursorMs, this,
        guard([this](const QList<SandboxLogLine> &lines) { logsFetched(lines); }));
}

void SnapshotStep::logsFetched(const QList<SandboxLogLine> &lines)
{
    for (const SandboxLogLine &line : lines) {
        if (!isRunning())
            return;
        m_ctx.sandboxLogCursorMs = qMax(m_ctx.sandboxLogCursorMs, line.timestampMs + 1);
        const bool problem =
            line.level == QLatin1String("warn") || line.level == QLatin1String("error");
        m_ctx.log(problem ? LogLevel::Warning : LogLevel::Info,
                  tr("Sandbox: %1").arg(line.message));
        if (problem && !m_ctx.allowListHintShown && isRunning()) {
            m_ctx.allowListHintShown = true;
            m_ctx.log(LogLevel::Info,
                      tr("A sandbox reaches only the model endpoint and the package registries "
                         "its commands use. If the project needs another host, add it to the "
                         "spec's sandbox.allowOut or to Settings."));
        }
    }
    m_logsPending = false;
    finishWhenLogsShown();
}

void SnapshotStep::finishWhenLogsShown()
{
    // The verdict comes after both the archive and the sandbox's log lines.
    if (m_snapshotDone && !m_logsPending)
        succeed();
}

void SnapshotStep::downloaded(const SandboxOpResult &r)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_started;
    GateRecord &gate = m_ctx.gate;
    gate.snapshotOk = false;
    gate.lockedFiles.clear();
    gate.sources.clear();
    m_snapshotDone = true;
    if (!r) {
        const SandboxError &error = r.error();
        m_error = error.message;
        m_ctx.stepFinished(Step::Snapshot, m_iteration, false, -1, ms, error.message);
        if (!isRunning())
            return;
        if (error.sandboxGone) {
            fail(tr("The sandbox went away before the snapshot of iteration %1: %2")
                     .arg(m_iteration)
                     .arg(error.message));
            return;
        }
        m_ctx.log(LogLevel::Error,
                  tr("Snapshot of iteration %1 failed: %2").arg(m_iteration).arg(error.message));
        finishWhenLogsShown();
        return;
    }
    QMap<QString, QByteArray> contents;
    const ArchiveResult read = SafeArchive::readAll(m_path, &contents);
    if (!read) {
        m_error = read.error();
        QFile::remove(m_path); // never keep an archive we would refuse to unpack
        m_ctx.stepFinished(Step::Snapshot, m_iteration, false, -1, ms, read.error());
        if (!isRunning())
            return;
        m_ctx.log(
            LogLevel::Error,
            tr("The snapshot of iteration %1 was refused: %2").arg(m_iteration).arg(read.error()));
        finishWhenLogsShown();
        return;
    }
    const ArchiveListing &listing = *read;
    for (const QString &s : listing.skipped) {
        if (isRunning())
            m_ctx.log(LogLevel::Warning, tr("Not kept from the workspace: %1").arg(s));
    }
    const QStringList scrubbed = scrubSecrets(listing, &contents);
    if (!scrubbed.isEmpty() && isRunning())
        m_ctx.log(LogLevel::Warning,
                  tr("A secret value was found and replaced in: %1")
                      .arg(scrubbed.join(QStringLiteral(", "))));
    if (!isRunning())
        return;
    QList<SnapshotFile> files;
    for (const ArchiveEntry &e : listing.entries) {
        if (e.isDirectory)
            continue;
        if (files.size() >= kMaxSnapshotFilesInEvent)
            break;
        files.append(SnapshotFile { e.path, e.size });
    }
    m_ctx.state.lastSnapshot = m_path;
    m_ctx.state.lastSnapshotIteration = m_iteration;
    m_ctx.saveState();
    m_ctx.stepFinished(Step::Snapshot, m_iteration, true, 0, ms,
                       tr("%n file(s)", nullptr, int(files.size())));
    if (!isRunning())
        return;
    m_ctx.emitEvent(FilesSnapshot { m_iteration, m_path, files, listing.totalBytes });
    gate.snapshotOk = true;
    for (const auto &t : std::as_const(m_ctx.spec.lockedTests)) {
        if (contents.contains(t.path))
            gate.lockedFiles.insert(t.path, contents.value(t.path));
    }
    keepSources(contents);
    finishWhenLogsShown();
}

void SnapshotStep::keepSources(const QMap<QString, QByteArray> &contents)
{
    // Only what the mutation check may mutate, and no file larger than it would read: the
    // gate record stays small whatever the project holds.
    m_ctx.gate.sources = MutationCheckStep::sourcesOf(m_ctx.spec, contents);
}

QStringList SnapshotStep::scrubSecrets(const ArchiveListing &listing,
                                       QMap<QString, QByteArray> *contents)
{
    // The agent had the API key in its environment: if it wrote it into the project, the
    // copy on disk must not keep it. Rewrites the archive with the values redacted.
    if (m_ctx.redactor.isEmpty())
        return {};
    QStringList affected;
    for (auto it = contents->begin(); it != contents->end(); ++it) {
        const QByteArray clean = m_ctx.redactor.redact(it.value());
        if (clean != it.value()) {
            affected.append(it.key());
            it.value() = clean;
        }
    }
    if (affected.isEmpty())
        return {};
    TarWriter writer;
    for (const ArchiveEntry &e : listing.entries) {
        if (e.isDirectory)
            writer.addDirectory(e.path);
        else
            writer.addFile(e.path, contents->value(e.path), e.executable ? 0755 : 0644);
    }
    QSaveFile out(m_path);
    const QByteArray gz = writer.finishGzip();
    if (!out.open(QIODevice::WriteOnly) || out.write(gz) != gz.size() || !out.commit()) {
        QFile::remove(m_path); // better no snapshot than one holding a key
        m_ctx.log(LogLevel::Error, tr("Could not rewrite %1 without the secret").arg(m_path));
    }
    return affected;
}

} // namespace Autocoder::Run
