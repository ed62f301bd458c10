#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Autocoder::Run {

/// One run, one driver: a lock file in the run folder, held by the process whose controller
/// drives the run (start, resume, continue) until the run finishes or the controller goes.
/// A lock whose process is gone (a kill -9, a crash) is stale and taken over; a live one
/// refuses a second driver, in this process or another.
class RunLock final
{
    Q_DISABLE_COPY_MOVE(RunLock)
public:
    RunLock();
    ~RunLock();

    /// Takes the lock of the run in @p runDir (created if missing). Fails with "Run X is being
    /// driven by process N" when a live process holds it. Holding it already is fine.
    Result<void> acquire(const QString &runDir, const QString &runId);
    void release();
    bool isHeld() const;

    static QString fileName();
    /// The process that drives the run in @p runDir right now, or 0 when none (no lock, or a
    /// stale one). For other processes' runs: a live run is not an interrupted one.
    static qint64 holder(const QString &runDir);

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace Autocoder::Run
