#include "run/exportjob.h"

#include "run/runjournal.h"
#include "run/runreport.h"
#include "spec/projectspec.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Autocoder::Run {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{ }

ExportJob::~ExportJob()
{
    // Never wait for the worker here: it sees the flag at its next step, removes its staging
    // folder and ends; nobody is left to hear about it.
    if (m_cancel)
        *m_cancel = true;
}

QString ExportJob::renderReport(const QString &runDir, const QString &projectName)
{
    // The journal is redacted as it is written, so the report made from it is too.
    const Result<QString> report = RunReport::renderRunDir(runDir, projectName);
    if (report)
        return *report;
    Spec::ProjectSpec named;
    named.name = projectName;
    return RunReport::render(named, {});
}

bool ExportJob::start(const ExportRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    delete m_watcher;
    m_watcher = new QFutureWatcher<SaveResult>(this);
    connect(m_watcher, &QFutureWatcher<SaveResult>::progressTextChanged, this,
            &ExportJob::progress);
    connect(m_watcher, &QFutureWatcher<SaveResult>::finished, this, [this] {
        m_running = false;
        const QFuture<SaveResult> future = m_watcher->future();
        if (future.resultCount() == 0) {
            Q_EMIT finished(failure(ExportError { tr("The export stopped unexpectedly"), false }));
            return;
        }
        const SaveResult saved = future.result();
        if (!saved) {
            Q_EMIT finished(
                failure(ExportError { saved.error().message, saved.error().cancelled }));
            return;
        }
        Q_EMIT finished(ExportSummary { saved->dir, saved->files, saved->commits });
    });

    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([request, cancel](QPromise<SaveResult> &promise) {
        SaveControl control;
        control.isCancelled = [cancel] {
            return cancel->load();
        };
        int step = 0;
        control.progress = [&promise, &step](const QString &message) {
            promise.setProgressValueAndText(++step, message);
        };
        QList<QPair<int, QString>> snapshots = request.snapshots;
        if (snapshots.isEmpty() && !request.runDir.isEmpty())
            snapshots = ProjectSaver::snapshotsOf(request.runDir);
        QString report;
        if (request.report) {
            report = *request.report;
        } else {
            control.progress(tr("Writing the run report"));
            report = renderReport(request.runDir, request.projectName);
        }
        SaveOptions options = request.options;
        // A green run's receipt goes with its last snapshot (ProjectSaver::receiptOf decides).
        if (!options.receipt)
            options.receipt = ProjectSaver::receiptOf(request.runDir, snapshots);
        promise.addResult(ProjectSaver::save(snapshots, report, options, control));
    }));
    return true;
}

void ExportJob::cancel()
{
    if (m_running && m_cancel)
        *m_cancel = true;
}

} // namespace Autocoder::Run
