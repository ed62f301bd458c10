#pragma once

#include "run/receiptdifference.h"
#include "run/runevent.h"
#include "run/verificationreceipt.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Autocoder::Run {

class SandboxProvider;

/// How a verification ended.
struct VerificationOutcome
{
    enum class Status {
        Match, ///< the replay reproduced the receipt: no blocking difference
        Mismatch, ///< it ran and differs (differences says how)
        Error, ///< it could not run: no or unreadable receipt, sandbox failure, cancelled
    };
    Status status = Status::Error;
    QString error; ///< why it could not run (Status::Error), translated
    VerificationReceipt expected; ///< the saved project's VERIFICATION.json
    VerificationReceipt found; ///< what the replay produced (files from the folder on disk)
    QList<ReceiptDifference> differences; ///< blocking and informational, ordered by key
};

/// Re-checks a saved project against its VERIFICATION.json: digests its files, then, in a
/// fresh sandbox of the receipt's spec, uploads the project (without node_modules, .git and
/// the receipt), runs the install and test commands (and build, lint) as the gate does, maps
/// the tests to the requirements, asks the toolchain's versions and runs the mutation sample
/// with the receipt's seed and budget, and compares. The sandbox is removed at the end,
/// whatever happened. Nothing of the project runs on the host.
///
/// A receipt whose spec is not the one its specSha256 names is still replayed: the found
/// receipt's hash (of the spec that ran) then differs, a blocking difference shown with the
/// others. RUN_REPORT.md at the top is not digested (ProjectSaver::projectDigest). The replay
/// has the spec's wall-clock limit; past it, it ends as Status::Error.
///
/// Progress goes out as the run events the gate's steps emit (step.started, gate.tests, …,
/// kept in a throwaway journal), so a view or a printer can follow it like a run.
class ProjectVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectVerifier)
public:
    struct Options
    {
        /// Secrets to redact (E2B key); no Anthropic key: no agent runs.
        QStringList extraSecrets;
        QStringList extraAllowOut; ///< as RunOptions::extraAllowOut
    };

    explicit ProjectVerifier(SandboxProvider *provider, QObject *parent = nullptr);
    ~ProjectVerifier() override;

    /// Starts verifying @p projectDir (from the event loop); finished() follows exactly once.
    void start(const QString &projectDir, const Options &options);
    /// Kills what runs, removes the sandbox, then finishes with Status::Error "Cancelled".
    void cancel();

Q_SIGNALS:
    void eventEmitted(const Autocoder::Run::RunEvent &event);
    void finished(const Autocoder::Run::VerificationOutcome &outcome);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Autocoder::Run

Q_DECLARE_METATYPE(Autocoder::Run::VerificationOutcome)
