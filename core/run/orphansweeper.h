#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Autocoder::Run {

class SandboxProvider;

/// Kills sandboxes tagged {"app":"autocoder"} whose "run" is not one of the live runs
/// (left behind by a crash). Run at start-up and before resuming.
class OrphanSweeper
{
public:
    using Done = std::function<void(const QStringList &killedIds, const QString &error)>;
    static void sweep(SandboxProvider *provider, const QStringList &liveRunIds, QObject *context,
                      Done done);
};

} // namespace Autocoder::Run
