#include "run/runreport.h"

#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runsummary.h"
#include "run/verificationreport.h"

#include <QDir>
#include <QMap>

namespace Autocoder::Run {

namespace {

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', 4);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1.%2 s").arg(s).arg((ms % 1000) / 100);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}

struct IterationRow
{
    double agentCost = 0;
    int passed = 0, failed = 0, skipped = 0;
    bool green = false;
    bool finished = false;
    bool stopped = false; ///< cut short by a stop: no verdict
    QStringList failing;
    QString failedStep;
};

// Reads events one at a time, so a journal of any length is rendered without holding it.
class ReportBuilder
{
public:
    void add(const RunEvent &e)
    {
        m_summary = reduce(std::move(m_summary), e);
        m_lastTime = e.time;
        const int it = e.iteration();
        if (const auto p = e.payload<AgentResult>()) {
            m_rows[it].agentCost += p->costUsd;
        } else if (const auto p = e.payload<StepFinished>()) {
            // Set-up (iteration 0) is not an iteration: its failures have their own lines.
            // A step ended by a stop did not fail.
            if (it <= 0) {
                if (!p->ok && p->message != QLatin1String("stopped"))
                    m_setUpFailures.append(QStringLiteral("%1: %2").arg(p->step, p->message));
            } else if (!p->ok && m_rows[it].failedStep.isEmpty() && p->step != Step::Snapshot
                       && p->message != QLatin1String("stopped")) {
                m_rows[it].failedStep = p->step;
            }
        } else if (auto p = e.payload<GateTests>()) {
            IterationRow &r = m_rows[it];
            r.passed = p->passed;
            r.failed = p->failed;
            r.skipped = p->skipped;
            m_lastTests = std::move(p->tests);
            m_lastTestsIteration = it;
            m_testsFailed[it] = p->failed > 0;
        } else if (auto p = e.payload<GateRequirements>()) {
            m_requirements = std::move(*p);
            m_requirementsUnreadable =
                !RequirementCoverage::fromJson(e.data.value(QLatin1String("coverage")).toObject());
        } else if (auto p = e.payload<GateMutation>()) {
            m_mutation = std::move(*p);
        } else if (const auto p = e.payload<IterationFinished>()) {
            IterationRow &r = m_rows[it];
            r.finished = true;
            r.green = p->green;
            r.failing += p->failing;
        } else if (const auto p = e.payload<RunFinished>()) {
            const auto row = m_rows.find(p->iterations.value_or(m_summary.iteration));
            if (p->outcome == RunOutcome::Stopped && row != m_rows.end() && !row->finished)
                row->stopped = true;
        }
    }

    QString render(const Spec::ProjectSpec &spec) const;

private:
    QString verificationSections() const;

    RunSummary m_summary;
    QDateTime m_lastTime;
    QMap<int, IterationRow> m_rows;
    QList<TestRecord> m_lastTests;
    int m_lastTestsIteration = 0;
    QStringList m_setUpFailures; ///< "step: message" of set-up steps that failed
    QMap<int, bool> m_testsFailed; ///< per iteration with gate.tests: did a test fail
    std::optional<GateRequirements> m_requirements; ///< the last iteration's
    bool m_requirementsUnreadable = false;
    std::optional<GateMutation> m_mutation; ///< the last iteration's
};

} // namespace

// What green proved, for the last iteration that recorded it; nothing for a run made before
// these checks existed.
QString ReportBuilder::verificationSections() const
{
    if (!m_requirements && !m_mutation)
        return {};
    QString md = QStringLiteral("\n");
    if (m_requirements)
        md += VerificationReport::requirements(m_requirements->iteration, m_requirements->coverage,
                                               m_requirementsUnreadable);
    if (m_mutation) {
        md += VerificationReport::mutation(m_mutation->iteration,
                                           m_mutation->result ? &*m_mutation->result : nullptr);
    } else if (!m_testsFailed.isEmpty()) {
        // Requirements were checked but the mutation check never ran: say why, not nothing.
        const int last = m_testsFailed.lastKey();
        md += VerificationReport::mutationNotRun(last, m_testsFailed.value(last));
    }
    // The closing line brings its own blank line.
    while (md.endsWith(QLatin1String("\n\n")))
        md.chop(1);
    return md;
}

QString RunReport::tableCell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

QString RunReport::render(const Spec::ProjectSpec &spec, const QList<RunEvent> &events)
{
    ReportBuilder builder;
    for (const RunEvent &e : events)
        builder.add(e);
    return builder.render(spec);
}

Result<QString> RunReport::renderJournal(const Spec::ProjectSpec &spec, const QString &eventsPath)
{
    ReportBuilder builder;
    const auto read =
        RunJournal::forEachEvent(eventsPath, [&builder](const RunEvent &e) { builder.add(e); });
    if (!read)
        return failure(read.error());
    return builder.render(spec);
}

Result<QString> RunReport::renderRunDir(const QString &runDir, const QString &fallbackName)
{
    Spec::ProjectSpec spec =
        Spec::ProjectSpec::parse(RunJournal::readSpec(runDir)).valueOr(Spec::ProjectSpec());
    if (spec.name.isEmpty())
        spec.name = fallbackName;
    return renderJournal(spec, QDir(runDir).filePath(RunJournal::eventsFileName()));
}

QString ReportBuilder::render(const Spec::ProjectSpec &spec) const
{
    const RunSummary &s = m_summary;
    const QString runId = s.id;
    const QString backend = s.backend;
    const QString outcome = s.isFinished() ? s.outcomeName() : QString();
    const QString message = s.isFinished() ? s.message : QString();
    const double cost = s.costUsd;
    int iterations = s.isFinished() ? s.iteration : 0;
    const QDateTime started = s.startedAt;
    const QDateTime finished = s.isFinished() ? s.finishedAt : m_lastTime;
    const QMap<int, IterationRow> &rows = m_rows;
    if (iterations == 0 && !rows.isEmpty())
        iterations = rows.lastKey();

    QString md;
    md += QStringLiteral("# Run report: %1\n\n").arg(spec.name);
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| Run | `%1` |\n").arg(runId);
    md += QStringLiteral("| Outcome | **%1** |\n")
              .arg(outcome.isEmpty() ? QStringLiteral("unfinished") : outcome);
    if (!message.isEmpty())
        md += QStringLiteral("| Message | %1 |\n").arg(RunReport::tableCell(message));
    md += QStringLiteral("| Iterations | %1 of at most %2 |\n")
              .arg(iterations)
              .arg(spec.limits.maxIterations);
    md += QStringLiteral("| Agent cost | %1 (budget %2) |\n")
              .arg(usd(cost), usd(spec.limits.budgetUsd));
    md += QStringLiteral("| Started | %1 |\n").arg(started.toUTC().toString(Qt::ISODate));
    md += QStringLiteral("| Time | %1 |\n")
              .arg(duration(started.isValid() && finished.isValid() ? started.msecsTo(finished)
                                                                    : -1));
    md += QStringLiteral("| Backend | %1 |\n").arg(backend);
    md += QStringLiteral("| Model | %1 |\n\n").arg(spec.model);

    md += QStringLiteral("## Spec\n\n");
    md += QStringLiteral("Kind: `%1`\n\n").arg(spec.kind);
    if (!spec.description.isEmpty())
        md += spec.description.trimmed() + QStringLiteral("\n\n");
    if (!spec.requirements.isEmpty()) {
        md += QStringLiteral("Requirements:\n\n");
        for (const QString &r : spec.requirements)
            md += QStringLiteral("- %1\n").arg(r);
        md += QLatin1Char('\n');
    }
    if (!spec.acceptanceCriteria.isEmpty()) {
        md += QStringLiteral("Acceptance criteria:\n\n");
        for (const QString &r : spec.acceptanceCriteria)
            md += QStringLiteral("- %1\n").arg(r);
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("Gate commands:\n\n");
    const QList<QPair<QString, QString>> commands {
        { QStringLiteral("install"), spec.commands.install },
        { QStringLiteral("test"), spec.commands.test },
        { QStringLiteral("build"), spec.commands.build },
        { QStringLiteral("lint"), spec.commands.lint }
    };
    for (const auto &c : commands) {
        if (!c.second.isEmpty())
            md += QStringLiteral("- %1: `%2`\n").arg(c.first, c.second);
    }
    md += QLatin1Char('\n');
    if (!spec.lockedTests.isEmpty()) {
        md += QStringLiteral("Locked tests (must stay unchanged): ");
        QStringList paths;
        for (const auto &t : spec.lockedTests)
            paths.append(QStringLiteral("`%1`").arg(t.path));
        md += paths.join(QStringLiteral(", ")) + QStringLiteral("\n\n");
    }

    md += QStringLiteral("## Iterations\n\n");
    md += QStringLiteral(
        "| # | Agent cost | Passed | Failed | Skipped | Failed step | Green | Failing tests |\n");
    md += QStringLiteral("|---|---|---|---|---|---|---|---|\n");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() <= 0)
            continue;
        const IterationRow &r = it.value();
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(it.key())
                  .arg(usd(r.agentCost))
                  .arg(r.passed)
                  .arg(r.failed)
                  .arg(r.skipped)
                  .arg(r.failedStep.isEmpty() ? QStringLiteral("-") : r.failedStep,
                       r.stopped         ? QStringLiteral("stopped")
                           : !r.finished ? QStringLiteral("-")
                                         : (r.green ? QStringLiteral("yes") : QStringLiteral("no")),
                       RunReport::tableCell(r.failing.join(QStringLiteral(", "))));
    }
    md += QLatin1Char('\n');
    for (const QString &f : m_setUpFailures)
        md += QStringLiteral("Set-up failed: %1\n\n").arg(RunReport::tableCell(f));

    md += QStringLiteral("## Tests (iteration %1)\n\n").arg(m_lastTestsIteration);
    if (m_lastTests.isEmpty()) {
        md += QStringLiteral("No test results were recorded.\n");
    } else {
        md += QStringLiteral(
            "| Test | File | Status | Duration | Message |\n|---|---|---|---|---|\n");
        for (const TestRecord &t : m_lastTests) {
            const qint64 ms = t.durationMs;
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(RunReport::tableCell(t.name), RunReport::tableCell(t.file), t.status,
                           ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms),
                           RunReport::tableCell(t.message));
        }
    }
    md += verificationSections();
    md += QStringLiteral(
        "\n_Generated by Autocoder. The gate (install, test, build) was run by Autocoder "
        "in a sandbox; the result does not rely on the agent's own claims._\n");
    return md;
}

} // namespace Autocoder::Run
