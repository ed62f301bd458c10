#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Autocoder::Run {

class SandboxProvider;

/// Kills sandboxes tagged {"app":"autocoder"} whose "run" is one of \a finishedRunIds: runs
/// this app knows have ended, so nobody will come back for their sandbox (left behind by a
/// crash). Sandboxes of runs it does not know — a headless run with its own runs folder on
/// the same shared server, another machine's run on E2B — are not its to judge; their own
/// timeouts end them. Run at start-up.
class OrphanSweeper final
{
public:
    using Done = std::function<void(const QStringList &killedIds, const QString &error)>;
    static void sweep(SandboxProvider *provider, const QStringList &finishedRunIds,
                      QObject *context, const Done &done);
};

} // namespace Autocoder::Run
