#pragma once

#include "run/sandboxprocess.h"

#include <QPointer>

namespace Autocoder::E2b {
class ProcessStream;
struct Error;
struct ProcessExit;
} // namespace Autocoder::E2b

namespace Autocoder::Run {

/// SandboxProcess over an envd process stream.
class E2bSandboxProcess final : public SandboxProcess
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bSandboxProcess)
public:
    E2bSandboxProcess(E2b::ProcessStream *stream, const QString &tag, bool hasTimeout,
                      QObject *parent);
    ~E2bSandboxProcess() override;

    QString tag() const override { return m_tag; }
    bool isFinished() const override { return m_finished; }

private:
    void onFinished(const E2b::Error &error);

    QPointer<E2b::ProcessStream> m_stream;
    QString m_tag;
    bool m_hasTimeout;
    bool m_finished = false;
};

} // namespace Autocoder::Run
