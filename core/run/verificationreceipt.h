#pragma once

#include "common/result.h"
#include "mutation/mutationresult.h"
#include "run/receiptdifference.h"
#include "run/requirementcoverage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Autocoder::Run {

/// What a green run proved, written as VERIFICATION.json into the saved project so that a
/// later replay can be compared with it.
///
/// JSON (format version 1; keys are stable, new keys may be added):
///
///     {
///       "formatVersion": 1,
///       "autocoderVersion": "0.9.0",
///       "createdAt": "2026-11-30T23:00:00Z",              // UTC, ISO 8601
///       "specSha256": "<64 hex>",                           // of the spec's canonical JSON
///       "lockedTests": [ { "path": "tests/a.test.ts", "sha256": "<64 hex>" } ],
///       "commands": [ { "step": "install" | "test" | "build" | "lint",
///                       "command": "bun test", "exitCode": 0 } ],
///       "toolchain": { "bun": "1.1.38", "node": "v22.11.0" },
///       "requirements": { … RequirementCoverage::toJson() … },
///       "mutation": { … MutationResult::toJson() … } | null,  // null: no check ran
///       "testOutput": { "sha256": "<64 hex>",
///                       "counts": { "passed": 12, "failed": 0, "skipped": 1 } },
///       "files": [ { "path": "src/slug.ts", "sha256": "<64 hex>",
///                    "symlink": true } ],               // "symlink" only when true
///       "spec": { … Spec::ProjectSpec JSON … } | null    // what a replay runs
///     }
///
/// compare() decides what a replay must reproduce. Blocking (verification fails):
/// - specSha256, each locked test's hash and presence, each project file's hash and presence;
/// - each command's text and exit code, per step (a second command of one step is keyed
///   "lint#2");
/// - test counts (passed, failed, skipped);
/// - each requirement's presence, text and status;
/// - the mutation check: present on one side only, status, passed (threshold met),
///   killed (killed + timed out, as the score counts them) and survived counts, score beyond
///   MutationScoreTolerance, and each surviving mutant's id.
///
/// Informational (shown, never blocking): createdAt, autocoderVersion, toolchain versions
/// (a newer bun in a fresh sandbox is not a different project), the test output's digest
/// (runners print durations, so honest replays rarely produce the same bytes; the counts
/// carry the meaning), and the mutation error/not-run counts (infrastructure, not tests).
///
/// fromJson()'s errors name the offending key and are not translated: they are diagnostics
/// for the log, not sentences for the user.
class VerificationReceipt final
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr auto FileName = "VERIFICATION.json";
    /// The receipt of a run's last green iteration in its run folder (no file digests yet:
    /// those are of the saved project and are added when it is saved).
    static constexpr auto RunFileName = "verification.json";
    /// Scores are stored as JSON doubles; anything closer than this is the same score.
    static constexpr double MutationScoreTolerance = 1e-6;

    struct FileDigest
    {
        QString path; ///< relative, '/'-separated
        QString sha256; ///< lower-case hex
        bool symlink = false; ///< sha256 is of the link's target string, never of its content
        bool operator==(const FileDigest &o) const;
    };

    struct Command
    {
        QString step; ///< "install", "test", "build", "lint"
        QString command;
        int exitCode = 0;
        bool operator==(const Command &o) const;
    };

    struct TestCounts
    {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        bool operator==(const TestCounts &o) const;
    };

    QString autocoderVersion;
    QDateTime createdAt; ///< UTC
    QString specSha256;
    QList<FileDigest> lockedTests;
    QList<Command> commands;
    QMap<QString, QString> toolchain; ///< tool name → version string
    RequirementCoverage requirements;
    std::optional<Mutation::MutationResult> mutation;
    QString testOutputSha256;
    TestCounts testCounts;
    QList<FileDigest> files; ///< sorted by path
    /// The spec the run had (its hash is specSha256): a replay runs its commands, asks for its
    /// requirements and uses its verification settings. Empty in receipts that lack it.
    QJsonObject spec;

    static bool isStep(const QString &step);
    /// Lower-case hex sha256 of bytes.
    static QString sha256Hex(const QByteArray &bytes);

    /// The digests of the project under dir, sorted by path. Skips FileName at the top,
    /// every node_modules and .git; never follows a symbolic link (its target string is
    /// hashed instead, so a link to /etc/passwd reads nothing outside the project). Fails on
    /// an unreadable file, on a special file (a FIFO would block the read) and on a path
    /// that would escape dir.
    static Result<QList<FileDigest>> digestFolder(const QString &dir);

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static Result<VerificationReceipt> fromJson(const QByteArray &bytes);
    static Result<VerificationReceipt> fromJson(const QJsonObject &json);

    /// Every difference between a saved receipt and a replay's, ordered by key.
    static QList<ReceiptDifference> compare(const VerificationReceipt &expected,
                                            const VerificationReceipt &found);
    /// No blocking difference.
    static bool matches(const QList<ReceiptDifference> &differences);
    bool matches(const VerificationReceipt &found) const;
};

} // namespace Autocoder::Run
