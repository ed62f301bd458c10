#pragma once

#include "run/engine/runstep.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

class QTemporaryDir;

namespace Autocoder::Run {

class RunContext;

/// Puts the project's starting point into the sandbox: the last snapshot first when a resume
/// asked for it (RunContext::restoreSnapshot, safely unpacked here before it goes back),
/// then CLAUDE.md and the locked tests, one file after the other.
class UploadStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadStep)
public:
    explicit UploadStep(RunContext &context, QObject *parent = nullptr);
    ~UploadStep() override;

protected:
    void run() override;

private:
    void restore(const QString &snapshot);
    void uploadBrief();
    void writeNext();
    qint64 elapsed() const;

    RunContext &m_ctx;
    std::unique_ptr<QTemporaryDir> m_restoreDir;
    QList<QPair<QString, QByteArray>> m_files; ///< still to write
    qint64 m_started = 0;
};

} // namespace Autocoder::Run
