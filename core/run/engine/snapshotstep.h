#pragma once

#include "run/engine/runstep.h"
#include "run/sandboxtypes.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace Autocoder::Run {

class RunContext;
struct ArchiveListing;
struct SandboxLogLine;

/// After the gate: downloads the workspace as one archive into the run folder, checks it
/// (refuses what it would not unpack), scrubs secret values out of it, and records what the
/// verdict needs (RunContext::gate). Also shows what the backend logged about the sandbox
/// since the last time (refused connections). A failed snapshot is a result; only a sandbox
/// that went away fails the step.
class SnapshotStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotStep)
public:
    enum class Kind {
        Iteration, ///< the snapshot of an iteration's gate
        Final, ///< the last one of a stop: keeps what the cut-short iteration made
    };
    explicit SnapshotStep(RunContext &context, Kind kind = Kind::Iteration,
                          QObject *parent = nullptr);
    ~SnapshotStep() override;

    /// Why the archive was not kept (empty when it was, or while running).
    QString error() const { return m_error; }

protected:
    void run() override;

private:
    void fetchLogs();
    void logsFetched(const QList<SandboxLogLine> &lines);
    void downloaded(const SandboxOpResult &r);
    QStringList scrubSecrets(const ArchiveListing &listing, QMap<QString, QByteArray> *contents);
    void finishWhenLogsShown();
    /// The files the mutation check may mutate, into RunContext::gate.sources.
    void keepSources(const QMap<QString, QByteArray> &contents);

    RunContext &m_ctx;
    Kind m_kind;
    QString m_error;
    int m_iteration = 0;
    QString m_path;
    qint64 m_started = 0;
    bool m_logsPending = false;
    bool m_snapshotDone = false;
};

} // namespace Autocoder::Run
