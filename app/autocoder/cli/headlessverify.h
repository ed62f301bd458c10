#pragma once

#include "clicommand.h"

#include "run/projectverifier.h"
#include "run/sandboxbackend.h"

#include <QObject>

#include <memory>

namespace Autocoder::Run {
class SandboxProvider;
}

namespace Autocoder::Cli {

/// One `autocoder verify DIR`: brings up the sandbox backend as `autocoder run` does, replays
/// the saved project with a ProjectVerifier (its steps as progress lines on stderr), then
/// prints the result on stdout: a sentence and the differences, or with --json one object.
/// done() carries the exit code: 0 match, 1 mismatch, 2 when it could not be verified.
class HeadlessVerify final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessVerify)

public:
    explicit HeadlessVerify(const CliCommand &command, QObject *parent = nullptr);
    ~HeadlessVerify() override;

    /// Starts the backend, then the verification (from the event loop).
    void start(const Run::SandboxBackend::Options &backend);
    /// Verifies in @p provider's sandboxes (the backend's, or a test's); @p secrets are
    /// redacted from what is printed.
    void startWith(Run::SandboxProvider *provider, const QStringList &secrets = {});
    /// Ctrl-C: cancels the replay (its sandbox is removed), then ends with exit code 2.
    void interrupt();

    static int exitCodeFor(const Run::VerificationOutcome &outcome);
    /// What a person reads: "Verified: DIR matches its receipt", the differences, or why
    /// it could not be verified. Ends with a newline.
    static QString humanReport(const QString &dir, const Run::VerificationOutcome &outcome);
    /// {"status": "match"|"mismatch"|"error", "error": "...", "differences": [{"key",
    /// "kind", "expected", "found", "blocking"}]}, on one line, blocking differences first.
    static QByteArray jsonReport(const Run::VerificationOutcome &outcome);

Q_SIGNALS:
    void done(int exitCode);

private:
    void finish(const Run::VerificationOutcome &outcome);

    CliCommand m_command;
    Run::SandboxBackend m_backend;
    std::unique_ptr<Run::ProjectVerifier> m_verifier;
    bool m_done = false;
};

} // namespace Autocoder::Cli
