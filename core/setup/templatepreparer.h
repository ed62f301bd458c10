#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>

#include <QProcess>

namespace Autocoder::Setup {

/// Prepares the local server's templates ahead of the first run: runs
/// `autocoder-sandboxd prepare-templates --templates-dir DIR` (which does its npm work inside
/// a sandbox) and reports its lines. Destroying the preparer kills the process.
class TemplatePreparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreparer)
public:
    explicit TemplatePreparer(QObject *parent = nullptr);
    ~TemplatePreparer() override;

    void start(const QString &sandboxdProgram, const QString &templatesDir);
    bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const Autocoder::Result<void> &result);

private:
    QPointer<QProcess> m_process;
    QString m_lastLine;
};

} // namespace Autocoder::Setup
