#include "run/headlessprinter.h"

#include "run/runevents.h"

#include <QCoreApplication>

#include <algorithm>

namespace Autocoder::Run {

static QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessPrinter", text);
}

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
        return tr("Run %1 started: %2 (backend %3, at most %4 iterations, budget $%5)\n")
            .arg(e.runId, p->name, p->backend)
            .arg(p->maxIterations)
            .arg(p->budgetUsd, 0, 'f', 2);
    if (const auto p = e.payload<StepStarted>())
        return verbose ? prefix + tr("%1 ...\n").arg(p->step) : QString();
    if (const auto p = e.payload<StepFinished>()) {
        if (!p->ok && p->message == QLatin1String("stopped")) // cut short by a stop
            return prefix
                + tr("%1 stopped after %2 s\n")
                      .arg(p->step)
                      .arg(double(std::max<qint64>(p->durationMs, 0)) / 1000.0, 0, 'f', 1);
        return prefix
            + tr("%1 %2 in %3 s (%4)\n")
                  .arg(p->step, p->ok ? tr("ok") : tr("FAILED"))
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
            + tr("tool result%1: %2\n")
                  .arg(p->isError ? tr(" (error)") : QString(), oneLine(p->text));
    }
    if (const auto p = e.payload<AgentResult>())
        return prefix
            + tr("agent done: %1 turns, $%2%3\n")
                  .arg(p->turns)
                  .arg(p->costUsd, 0, 'f', 4)
                  .arg(p->isError ? tr(" (error: %1)").arg(p->subtype) : QString());
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
    if (const auto p = e.payload<IterationFinished>())
        return prefix
            + (p->green ? tr("iteration green\n")
                        : tr("iteration not green: %1\n")
                              .arg(oneLine(p->failing.join(QStringLiteral(", ")))));
    if (const auto p = e.payload<FilesSnapshot>())
        return verbose
            ? prefix + tr("snapshot: %1 files, %2 bytes\n").arg(p->files.size()).arg(p->totalBytes)
            : QString();
    if (const auto p = e.payload<RunFinished>())
        return tr("Run finished: %1 after %2 iteration(s), $%3. %4\n")
            .arg(p->outcome ? QString(wireName(*p->outcome)) : QString())
            .arg(p->iterations.value_or(0))
            .arg(p->costUsd.value_or(0.0), 0, 'f', 4)
            .arg(oneLine(p->message, 400));
    if (const auto p = e.payload<RunResumed>())
        return tr("Run %1 goes on after iteration %2 (%3; at most %4 iterations, budget $%5)\n")
            .arg(e.runId)
            .arg(p->iteration)
            .arg(p->how)
            .arg(p->maxIterations)
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
        return prefix + QStringLiteral("%1: %2\n").arg(wireName(p->level), oneLine(p->text, 400));
    }
    return QString();
}

} // namespace Autocoder::Run
