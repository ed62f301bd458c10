#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace Autocoder::Run {

/// Why a sandbox operation failed. sandboxGone distinguishes "the sandbox died or was killed"
/// (the run keeps its last snapshot and can resume elsewhere) from other failures.
struct SandboxError
{
    QString message;
    bool sandboxGone = false;
};

/// A sandbox operation's value, or why it failed.
template<typename T>
using SandboxResult = Result<T, SandboxError>;
/// Outcome of one sandbox operation that returns nothing.
using SandboxOpResult = SandboxResult<void>;
using SandboxOpCallback = std::function<void(const SandboxOpResult &)>;

inline Failure<SandboxError> sandboxFailure(const QString &message, bool gone = false)
{
    return { SandboxError { message, gone } };
}

/// A shell command to run in the sandbox (`/bin/bash -l -c <command>`).
struct SandboxProcessRequest
{
    QString tag; ///< unique per run step, e.g. "test-2"; used to re-attach and kill
    QString command; ///< shell line
    QMap<QString, QString> env; ///< may hold secrets: never logged
    QString cwd;
    QString user; ///< empty = sandbox default user
    std::chrono::milliseconds timeout {
        0
    }; ///< 0 = none; the sandbox kills the process when it expires
};

/// How a sandbox process ended.
struct SandboxProcessExit
{
    int exitCode = -1;
    bool exited = false; ///< false when killed by a signal or never observed to end
    bool timedOut = false;
    bool transportError =
        false; ///< we lost the process (connection, sandbox) rather than it ending
    bool sandboxGone = false;
    QString error;

    bool succeeded() const { return exited && exitCode == 0 && !transportError; }
};

struct SandboxCreateRequest
{
    QString templateName = QStringLiteral("claude");
    QMap<QString, QString> metadata;
    std::chrono::seconds ttl { 3600 };
    /// Egress allow-list (E2B allowOut); everything else is denied. Empty: no restriction.
    QStringList allowOut;
};

/// Something the backend logged about a sandbox (e.g. a refused outbound connection).
struct SandboxLogLine
{
    qint64 timestampMs = 0;
    QString level;
    QString message;
};

/// A sandbox as listed by the backend (for the orphan sweep).
struct SandboxListing
{
    QString sandboxId;
    QMap<QString, QString> metadata;
};

} // namespace Autocoder::Run
