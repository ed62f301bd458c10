#pragma once

#include "run/sandboxtypes.h"

#include <QByteArray>
#include <QObject>

namespace Autocoder::Run {

/// A running process in a sandbox, as the run engine sees it. Emits output as it arrives,
/// then finished() exactly once. Destroying it detaches (does not kill): use
/// SandboxSession::killProcess for that.
class SandboxProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)
public:
    using QObject::QObject;
    ~SandboxProcess() override;

    virtual QString tag() const = 0;
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    void finished(const Autocoder::Run::SandboxProcessExit &exit);
};

} // namespace Autocoder::Run
