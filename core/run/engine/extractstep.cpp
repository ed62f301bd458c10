#include "run/engine/extractstep.h"

#include "run/engine/runcontext.h"
#include "run/projectsaver.h"
#include "run/runreport.h"

#include <QElapsedTimer>

namespace Autocoder::Run {

ExtractStep::ExtractStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

ExtractStep::~ExtractStep() = default;

void ExtractStep::run()
{
    m_ctx.setPhase(RunController::Phase::Extracting);
    if (m_ctx.options.outDir.isEmpty() || m_ctx.state.lastSnapshot.isEmpty() || !m_ctx.ending) {
        succeed();
        return;
    }
    const RunEnding ending = *m_ctx.ending;
    m_ctx.stepStarted(Step::Extract, m_ctx.state.iteration);
    if (!isRunning())
        return;
    // The report in the project folder already tells how the run ended.
    QList<RunEvent> events = RunJournal::readEvents(m_ctx.journal.runDir());
    RunEvent end;
    end.runId = m_ctx.state.id;
    end.time = QDateTime::currentDateTimeUtc();
    end.kind = EventKind::RunFinished;
    end.data = { { QStringLiteral("outcome"), ending.outcome },
                 { QStringLiteral("message"), m_ctx.redactor.redact(ending.message) },
                 { QStringLiteral("iterations"), m_ctx.state.iteration },
                 { QStringLiteral("costUsd"), m_ctx.state.costUsd } };
    events.append(end);
    SaveOptions o;
    o.targetDir = m_ctx.options.outDir;
    o.overwrite = m_ctx.options.overwrite;
    o.gitHistory = m_ctx.options.gitHistory;
    QElapsedTimer t;
    t.start();
    const SaveResult saved =
        ProjectSaver::save(ProjectSaver::snapshotsOf(m_ctx.journal.runDir()),
                           m_ctx.redactor.redact(RunReport::render(m_ctx.spec, events)), o);
    m_ctx.stepFinished(
        Step::Extract, m_ctx.state.iteration, saved.ok, saved.ok ? 0 : 1, t.elapsed(),
        saved.ok ? tr("saved %n file(s) to %1", nullptr, saved.files).arg(saved.dir) : saved.error);
    if (!saved.ok && isRunning())
        m_ctx.log(QStringLiteral("error"),
                  tr("The project could not be saved: %1").arg(saved.error));
    succeed();
}

} // namespace Autocoder::Run
