// RunView, second half: saving the generated project and the run report.
#include "runview/runview.h"

#include "asyncdialogs.h"
#include "models/filetreemodel.h"
#include "run/exportjob.h"
#include "run/projectsaver.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "run/verificationreceipt.h"
#include "spec/projectspec.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace Autocoder::Ui {

QString RunView::reportPath() const
{
    if (m_runDirectory.isEmpty())
        return {};
    const QString path = QDir(m_runDirectory).filePath(Run::RunReport::fileName());
    return QFileInfo::exists(path) ? path : QString();
}

QString RunView::renderReport() const
{
    Spec::ProjectSpec spec;
    if (!m_runDirectory.isEmpty())
        spec = Spec::ProjectSpec::parse(Run::RunJournal::readSpec(m_runDirectory))
                   .valueOr(Spec::ProjectSpec());
    if (spec.name.isEmpty())
        spec.name = runName();
    // Rendered from the journal on disk: the view does not keep the events.
    const auto report = Run::RunReport::renderJournal(spec, journalPath());
    return report ? *report : Run::RunReport::render(spec, {});
}

QList<QPair<int, QString>> RunView::snapshots() const
{
    if (!m_runDirectory.isEmpty()) {
        auto list = Run::ProjectSaver::snapshotsOf(m_runDirectory);
        if (!list.isEmpty())
            return list;
    }
    if (m_files->archivePath().isEmpty())
        return {};
    return { { m_files->snapshotIteration(), m_files->archivePath() } };
}

void RunView::saveToDirectory(const QString &directory, bool overwrite)
{
    // The job lives as this view's child while it runs (so closing the view cancels it);
    // there is at most one.
    if (findChild<Run::ExportJob *>(QString(), Qt::FindDirectChildrenOnly)) {
        Q_EMIT saved(directory, tr("A save is already in progress."));
        return;
    }
    Run::ExportRequest request;
    request.runDir = m_runDirectory;
    request.snapshots = snapshots();
    if (request.snapshots.isEmpty()) {
        Q_EMIT saved(directory, tr("This run has no snapshot to save yet."));
        return;
    }
    request.projectName = runName();
    // A journal replayed from outside a run folder is rendered here, from that journal;
    // otherwise the job renders the report from the run folder's journal.
    if (m_runDirectory.isEmpty())
        request.report = renderReport();
    request.options.targetDir = directory;
    request.options.overwrite = overwrite;
    auto *job = new Run::ExportJob(this);
    connect(job, &Run::ExportJob::finished, this,
            [this, job, directory](const Run::ExportResult &result) {
                job->deleteLater();
                if (result)
                    Q_EMIT saved(result->dir.isEmpty() ? directory : result->dir, QString());
                else
                    Q_EMIT saved(directory, result.error().message);
            });
    job->start(request);
}

void RunView::saveToDisk()
{
    const QString suggested =
        QDir::home().filePath(runName().isEmpty() ? QStringLiteral("project") : runName());
    AsyncDialogs::existingDirectory(this, tr("Save the Generated Project"),
                                    QFileInfo(suggested).absolutePath(),
                                    [this](const QString &directory) { confirmSave(directory); });
}

void RunView::confirmSave(const QString &directory)
{
    QString target = directory;
    // Saving into a fresh folder named after the project is what people expect.
    if (!runName().isEmpty() && QFileInfo(directory).fileName() != runName())
        target = QDir(directory).filePath(runName());
    const QDir targetDir(target);
    if (!targetDir.exists() || targetDir.isEmpty()) {
        saveWithFeedback(target, false);
        return;
    }
    AsyncDialogs::message(this, QMessageBox::Warning, tr("Overwrite Files?"),
                          tr("%1 already contains files. Saving replaces the whole folder with the "
                             "generated project.")
                              .arg(QDir::toNativeSeparators(target)),
                          QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
                          [this, target](QMessageBox::StandardButton answer) {
                              if (answer == QMessageBox::Save)
                                  saveWithFeedback(target, true);
                          });
}

void RunView::saveWithFeedback(const QString &target, bool overwrite)
{
    auto *context = new QObject(this);
    connect(this, &RunView::saved, context,
            [this, context](const QString &dir, const QString &error) {
                context->deleteLater();
                if (!error.isEmpty()) {
                    AsyncDialogs::message(this, QMessageBox::Critical, tr("Saving Failed"), error);
                    return;
                }
                // A green run's project carries its receipt: say how to check it again.
                const bool receipt = QFileInfo::exists(
                    QDir(dir).filePath(QLatin1String(Run::VerificationReceipt::FileName)));
                const QString text = receipt
                    ? tr("The project was saved to %1 with its verification receipt (File › "
                         "Verify Project… replays it). Open the folder?")
                    : tr("The project was saved to %1. Open the folder?");
                AsyncDialogs::message(this, QMessageBox::Question, tr("Project Saved"),
                                      text.arg(QDir::toNativeSeparators(dir)),
                                      QMessageBox::Open | QMessageBox::Close, QMessageBox::Open,
                                      [dir](QMessageBox::StandardButton answer) {
                                          if (answer == QMessageBox::Open)
                                              QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
                                      });
            });
    saveToDirectory(target, overwrite);
}

void RunView::openReport()
{
    QString path = reportPath();
    if (path.isEmpty()) {
        // No report on disk yet (live run, or a replayed journal): render one.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        path = QDir(dir).filePath(QStringLiteral("autocoder-%1-%2")
                                      .arg(m_runId.isEmpty() ? QStringLiteral("run") : m_runId,
                                           Run::RunReport::fileName()));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(renderReport().toUtf8()) < 0
            || !file.commit()) {
            AsyncDialogs::message(
                this, QMessageBox::Warning, tr("Cannot Open the Report"),
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        AsyncDialogs::message(this, QMessageBox::Information, tr("Report"),
                              tr("The report is at %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Autocoder::Ui
