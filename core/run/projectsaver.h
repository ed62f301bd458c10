#pragma once

#include "common/result.h"
#include "run/verificationreceipt.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Autocoder::Run {

struct SaveOptions
{
    QString targetDir;
    bool overwrite = false; ///< replace a non-empty target folder
    bool gitHistory = false; ///< git repository with one commit per iteration snapshot
    /// What the run proved (its run folder's receipt, see ProjectSaver::receiptOf): written
    /// as VERIFICATION.json with the digests of the saved files. Unset: no receipt.
    std::optional<VerificationReceipt> receipt;
};

/// What a finished save wrote.
struct SaveSummary
{
    QString dir;
    int files = 0;
    int commits = 0;
};

/// Why a save did not finish; the target is untouched either way.
struct SaveError
{
    QString message; ///< "Cancelled" when cancelled
    bool cancelled = false; ///< stopped on request, not a failure
};

using SaveResult = Result<SaveSummary, SaveError>;

/// Lets a caller on another thread follow and stop a save (see ExportJob). Both may be empty.
struct SaveControl
{
    std::function<bool()> isCancelled; ///< polled between steps and while git runs
    std::function<void(const QString &)> progress; ///< one short line per step
};

/// Writes a generated project to disk from its snapshot archives (safe-unpacked), plus
/// RUN_REPORT.md and, for a green run, VERIFICATION.json. Atomic: everything is built in a sibling
/// folder that is renamed into place at the end, so the target is either untouched or complete.
/// Uses the host's `git` only on this plain data (no hooks, no config from the sandbox: .git is
/// never in a snapshot).
class ProjectSaver
{
public:
    /// `snapshots` oldest first: (iteration, archive path). The last one is the project.
    /// Blocks (git runs up to two minutes per call): call it off the GUI thread, through
    /// ExportJob.
    static SaveResult save(const QList<QPair<int, QString>> &snapshots,
                           const QString &reportMarkdown, const SaveOptions &options,
                           const SaveControl &control = {});

    /// Snapshot archives of a run folder, oldest first.
    static QList<QPair<int, QString>> snapshotsOf(const QString &runDir);

    /// The receipt to save with @p snapshots of @p runDir: the run folder's
    /// VerificationReceipt::RunFileName, only when the run ended green and the last of
    /// @p snapshots is the run's last snapshot (the files that receipt is about). Anything
    /// else (no receipt, a run that is not green, an older iteration, an unreadable file)
    /// saves no receipt: an unproven project never carries one.
    static std::optional<VerificationReceipt>
    receiptOf(const QString &runDir, const QList<QPair<int, QString>> &snapshots);

    /// The digests a receipt holds for the project in @p dir: VerificationReceipt::digestFolder
    /// without the top-level RUN_REPORT.md. The report is not part of what was proven: it is
    /// written after the digest, is rendered anew for every save, and a person may annotate
    /// it; so the saver digests before writing it and the verifier leaves it out the same way.
    static Result<QList<VerificationReceipt::FileDigest>> projectDigest(const QString &dir);
};

} // namespace Autocoder::Run
