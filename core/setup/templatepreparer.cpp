#include "setup/templatepreparer.h"

#include <QProcess>

namespace Autocoder::Setup {

TemplatePreparer::TemplatePreparer(QObject *parent)
    : QObject(parent)
{ }

TemplatePreparer::~TemplatePreparer()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

void TemplatePreparer::start(const QString &sandboxdProgram, const QString &templatesDir)
{
    if (m_process)
        return;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this, [this, process] {
        while (process->canReadLine()) {
            const QString line = QString::fromLocal8Bit(process->readLine()).trimmed();
            if (line.isEmpty())
                continue;
            m_lastLine = line;
            Q_EMIT progress(line);
        }
    });
    connect(
        process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            process->deleteLater();
            m_process = nullptr;
            if (status == QProcess::NormalExit && code == 0)
                Q_EMIT finished(Result<void>());
            else
                Q_EMIT finished(failure(
                    m_lastLine.isEmpty() ? tr("Preparing the templates failed (exit %1).").arg(code)
                                         : m_lastLine));
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_process = nullptr;
        Q_EMIT finished(
            failure(tr("Could not start %1: %2").arg(process->program(), process->errorString())));
    });
    Q_EMIT progress(tr("Preparing templates in %1…").arg(templatesDir));
    process->start(
        sandboxdProgram,
        { QStringLiteral("prepare-templates"), QStringLiteral("--templates-dir"), templatesDir });
}

} // namespace Autocoder::Setup
