#pragma once

#include "common/result.h"
#include "run/projectsaver.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPair>

#include <atomic>
#include <memory>
#include <optional>

namespace Autocoder::Run {

/// What to export: a run folder (its snapshots, journal and spec) to a destination.
struct ExportRequest
{
    QString runDir; ///< the run's folder; may be empty when snapshots and report are given
    /// Archives oldest first; empty: the run folder's own snapshots.
    QList<QPair<int, QString>> snapshots;
    /// RUN_REPORT.md as given; unset: rendered (once) from the run folder's journal.
    std::optional<QString> report;
    QString projectName; ///< for the report when the run folder has no spec
    SaveOptions options; ///< destination, overwrite, git history
};

struct ExportSummary
{
    QString dir; ///< where the project now is
    int files = 0;
    int commits = 0;
};

struct ExportError
{
    QString message; ///< for a person; "Cancelled" when cancelled
    bool cancelled = false; ///< stopped on request, not a failure
};

using ExportResult = Result<ExportSummary, ExportError>;

/// Writes a run's project to disk without blocking the thread that starts it: the report is
/// rendered and the snapshots unpacked (and committed, with git history) on a worker thread,
/// and the result comes back as a signal. A green run's receipt is saved with its last
/// snapshot as VERIFICATION.json (ProjectSaver::receiptOf). The destination is all-or-nothing
/// (ProjectSaver): on failure or cancel it is left as it was. Used by the GUI's "Save to disk" and
/// by the headless `autocoder run --out`.
///
/// Deleting a running job cancels it; the worker finishes cleaning up on its own and its
/// result is dropped.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    /// Starts the export; false (and no signal) when one is already running.
    bool start(const ExportRequest &request);
    /// Asks the worker to stop at its next step; finished() then reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Renders RUN_REPORT.md from a run folder's journal and spec (what start() does when
    /// the request has no report). Blocking file reads: for worker threads and tests.
    static QString renderReport(const QString &runDir, const QString &projectName);

Q_SIGNALS:
    /// The step under way, one short line ("Unpacking iteration 3"); steps that follow
    /// each other quickly may be folded into the last one.
    void progress(const QString &message);
    void finished(const Autocoder::Run::ExportResult &result);

private:
    QFutureWatcher<SaveResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Autocoder::Run
