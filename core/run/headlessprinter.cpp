#include "run/headlessprinter.h"

#include "run/runevents.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Autocoder::Run {

QString HeadlessPrinter::humanLine(const RunEvent &e, bool verbose)
{
    const int it = e.iteration();
    const QString prefix = it > 0 ? QStringLiteral("[%1] ").arg(it) : QStringLiteral("[-] ");
    auto oneLine = [](QString s, int max = 160) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s = s.simplified();
        return s.size() > max ? s.left(max - 3) + QStringLiteral("...") : s;
    };
    if (const auto p = e.payload<RunStarted>())
        //: %1 run id, %2 project name, %3 sandbox backend (local or e2b), %4 budget in dollars
        return tr("Run %1 started: %2 (backend %3, at most %n iteration(s), budget $%4)\n", nullptr,
                  p->maxIterations)
            .arg(e.runId, p->name, p->backend)
            .arg(p->budgetUsd, 0, 'f', 2);
    if (const auto p = e.payload<StepStarted>())
        return verbose ? prefix + tr("%1 ...\n").arg(p->step) : QString();
    if (const auto p = e.payload<StepFinished>()) {
        if (!p->ok && p->message == QLatin1String("stopped")) // cut short by a stop
            return prefix
                + tr("%1 stopped after %2 s\n")
                      .arg(p->step)
                      .arg(double(std::max<qint64>(p->durationMs, 0)) / 1000.0, 0, 'f', 1);
        //: %1 step name, %2 seconds, %3 the step's message
        return prefix
            + (p->ok ? tr("%1 ok in %2 s (%3)\n") : tr("%1 FAILED in %2 s (%3)\n"))
                  .arg(p->step)
                  .arg(double(std::max<qint64>(p->durationMs, 0)) / 1000.0, 0, 'f', 1)
                  .arg(oneLine(p->message, 200));
    }
    if (const auto p = e.payload<ProcessOutput>())
        return verbose ? p->text : QString();
    if (const auto p = e.payload<AgentMessage>())
        return prefix + tr("agent: %1\n").arg(oneLine(p->text));
    if (const auto p = e.payload<AgentToolUse>())
        return prefix + tr("agent -> %1\n").arg(oneLine(p->summary));
    if (const auto p = e.payload<AgentToolResult>()) {
        if (!verbose && !p->isError)
            return QString();
        return prefix
            + (p->isError ? tr("tool result (error): %1\n") : tr("tool result: %1\n"))
                  .arg(oneLine(p->text));
    }
    if (const auto p = e.payload<AgentResult>()) {
        if (p->isError)
            //: %1 cost in dollars, %2 the kind of error
            return prefix
                + tr("agent done: %n turn(s), $%1 (error: %2)\n", nullptr, p->turns)
                      .arg(p->costUsd, 0, 'f', 4)
                      .arg(p->subtype);
        //: %1 cost in dollars
        return prefix
            + tr("agent done: %n turn(s), $%1\n", nullptr, p->turns).arg(p->costUsd, 0, 'f', 4);
    }
    if (const auto p = e.payload<GateTests>()) {
        QString line = prefix
            + tr("tests: %1 passed, %2 failed, %3 skipped\n")
                  .arg(p->passed)
                  .arg(p->failed)
                  .arg(p->skipped);
        for (const TestRecord &t : p->tests) {
            if (t.status == TestStatus::Failed)
                line += prefix + tr("  FAIL %1\n").arg(oneLine(t.name));
        }
        return line;
    }
    if (const auto p = e.payload<GateRequirements>()) {
        const RequirementCoverage &c = p->coverage;
        const int total = int(c.requirements().size());
        if (total == 0)
            return prefix + tr("requirements: none in the spec\n");
        const QStringList uncovered = c.uncovered();
        const QStringList failing = c.failing();
        //: %1 covered requirements, %n all requirements
        QString line = tr("requirements: %1 of %n covered", nullptr, total)
                           .arg(total - uncovered.size() - failing.size());
        if (!uncovered.isEmpty())
            line += tr("; uncovered: %1").arg(uncovered.join(QStringLiteral(", ")));
        if (!failing.isEmpty())
            line += tr("; failing: %1").arg(failing.join(QStringLiteral(", ")));
        return prefix + line + QLatin1Char('\n');
    }
    if (const auto p = e.payload<GateMutation>()) {
        using Mutation::MutationOutcome;
        using Mutation::MutationResult;
        if (!p->result)
            return prefix + tr("mutation check: the result could not be read\n");
        const MutationResult &r = *p->result;
        const int threshold = int(std::lround(r.threshold * 100.0));
        if (r.status == MutationResult::Status::Skipped)
            return prefix + tr("mutation check skipped: %1\n").arg(oneLine(r.skipReason, 400));
        const std::optional<double> score = r.score();
        if (!score)
            return prefix
                + tr("mutation: no mutant scored of %1 tried (threshold %2%)\n")
                      .arg(r.mutants.size())
                      .arg(threshold);
        const int caught = r.count(MutationOutcome::Killed) + r.count(MutationOutcome::TimedOut);
        //: %1 killed, %2 scored mutants, %3 score in percent, %4 threshold in percent
        QString line = prefix
            + tr("mutation: %1 of %2 killed (%3%, threshold %4%)")
                  .arg(caught)
                  .arg(caught + r.count(MutationOutcome::Survived))
                  .arg(std::lround(*score * 100.0))
                  .arg(threshold);
        line += r.meetsThreshold() ? QStringLiteral("\n") : tr(": below threshold\n");
        for (const Mutation::MutantResult &m : r.survivors())
            line += prefix
                + tr("  SURVIVED %1:%2 %3\n")
                      .arg(m.mutant.file)
                      .arg(m.mutant.line)
                      .arg(oneLine(m.mutant.description()));
        return line;
    }
    if (const auto p = e.payload<IterationFinished>())
        return prefix
            + (p->green ? tr("iteration green\n")
                        : tr("iteration not green: %1\n")
                              .arg(oneLine(p->failing.join(QStringLiteral(", ")))));
    if (const auto p = e.payload<FilesSnapshot>())
        return verbose ? prefix
                + tr("snapshot: %n file(s), %1 bytes\n", nullptr, int(p->files.size()))
                      .arg(p->totalBytes)
                       : QString();
    if (const auto p = e.payload<RunFinished>())
        //: %1 outcome (green, max_iterations, ...), %2 cost in dollars, %3 the run's message
        return tr("Run finished: %1 after %n iteration(s), $%2. %3\n", nullptr,
                  p->iterations.value_or(0))
            .arg(p->outcome ? QString(wireName(*p->outcome)) : QString())
            .arg(p->costUsd.value_or(0.0), 0, 'f', 4)
            .arg(oneLine(p->message, 400));
    if (const auto p = e.payload<RunResumed>())
        //: %1 run id, %2 iteration, %3 how it was resumed, %4 budget in dollars
        return tr("Run %1 goes on after iteration %2 (%3; at most %n iteration(s), budget $%4)\n",
                  nullptr, p->maxIterations)
            .arg(e.runId)
            .arg(p->iteration)
            .arg(p->how)
            .arg(p->budgetUsd, 0, 'f', 2);
    if (const auto p = e.payload<UserGuidance>()) {
        // Guidance typed here needs no source; a watcher's does.
        const bool fromFeed = p->source.startsWith(QLatin1String("feed:"));
        return QStringLiteral("[%1] ").arg(p->iteration)
            + (fromFeed ? tr("guidance from %1: %2\n").arg(p->source, oneLine(p->text, 400))
                        : tr("guidance: %1\n").arg(oneLine(p->text, 400)));
    }
    if (const auto p = e.payload<StopRequested>())
        return p->mode == StopRequested::Keep
            ? tr("Stop requested by %1 (the sandbox stays up)\n").arg(oneLine(p->source, 80))
            : tr("Stop requested by %1\n").arg(oneLine(p->source, 80));
    if (const auto p = e.payload<Log>()) {
        if (p->level == LogLevel::Info && !verbose)
            return QString();
        const QString text = oneLine(p->text, 400);
        return prefix
            + (p->level == LogLevel::Info          ? tr("info: %1\n").arg(text)
                   : p->level == LogLevel::Warning ? tr("warning: %1\n").arg(text)
                                                   : tr("error: %1\n").arg(text));
    }
    return QString();
}

} // namespace Autocoder::Run
