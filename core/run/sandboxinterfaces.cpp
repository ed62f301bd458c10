#include "run/sandboxprocess.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"

// Out-of-line destructors anchor the vtables (and moc output) in this library.
namespace Autocoder::Run {

SandboxProcess::~SandboxProcess() = default;
SandboxSession::~SandboxSession() = default;
SandboxProvider::~SandboxProvider() = default;

// `done` by value: the signature every override shares.
void SandboxSession::fetchLogs(qint64, QObject *,
                               // NOLINTNEXTLINE(performance-unnecessary-value-param)
                               std::function<void(const QList<SandboxLogLine> &)> done)
{
    done({});
}

} // namespace Autocoder::Run
