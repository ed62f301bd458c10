#include "run/headlessprinter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Autocoder::Run {

static QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessPrinter", text);
}

QString HeadlessPrinter::humanLine(const RunEvent &e, bool verbose)
{
    const QJsonObject &d = e.data;
    const int it = e.iteration();
    const QString prefix = it > 0 ? QStringLiteral("[%1] ").arg(it) : QStringLiteral("[-] ");
    auto oneLine = [](QString s, int max = 160) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s = s.simplified();
        return s.size() > max ? s.left(max - 3) + QStringLiteral("...") : s;
    };
    if (e.kind == EventKind::RunStarted)
        return tr("Run %1 started: %2 (backend %3, at most %4 iterations, budget $%5)\n")
            .arg(e.runId, d.value(QStringLiteral("name")).toString(),
                 d.value(QStringLiteral("backend")).toString())
            .arg(d.value(QStringLiteral("maxIterations")).toInt())
            .arg(d.value(QStringLiteral("budgetUsd")).toDouble(), 0, 'f', 2);
    if (e.kind == EventKind::StepStarted)
        return verbose ? prefix + tr("%1 ...\n").arg(e.step()) : QString();
    if (e.kind == EventKind::StepFinished) {
        const bool ok = d.value(QStringLiteral("ok")).toBool();
        return prefix
            + tr("%1 %2 in %3 s (%4)\n")
                  .arg(e.step(), ok ? tr("ok") : tr("FAILED"))
                  .arg(d.value(QStringLiteral("durationMs")).toDouble() / 1000.0, 0, 'f', 1)
                  .arg(oneLine(d.value(QStringLiteral("message")).toString(), 200));
    }
    if (e.kind == EventKind::ProcessOutput)
        return verbose ? d.value(QStringLiteral("text")).toString() : QString();
    if (e.kind == EventKind::AgentMessage)
        return prefix + tr("agent: %1\n").arg(oneLine(d.value(QStringLiteral("text")).toString()));
    if (e.kind == EventKind::AgentToolUse)
        return prefix
            + tr("agent -> %1\n").arg(oneLine(d.value(QStringLiteral("summary")).toString()));
    if (e.kind == EventKind::AgentToolResult)
        return verbose || d.value(QStringLiteral("isError")).toBool() ? prefix
                + tr("tool result%1: %2\n")
                      .arg(d.value(QStringLiteral("isError")).toBool() ? tr(" (error)") : QString(),
                           oneLine(d.value(QStringLiteral("text")).toString()))
                                                                      : QString();
    if (e.kind == EventKind::AgentResult)
        return prefix
            + tr("agent done: %1 turns, $%2%3\n")
                  .arg(d.value(QStringLiteral("turns")).toInt())
                  .arg(d.value(QStringLiteral("costUsd")).toDouble(), 0, 'f', 4)
                  .arg(d.value(QStringLiteral("isError")).toBool()
                           ? tr(" (error: %1)").arg(d.value(QStringLiteral("subtype")).toString())
                           : QString());
    if (e.kind == EventKind::GateTests) {
        QString line = prefix
            + tr("tests: %1 passed, %2 failed, %3 skipped\n")
                  .arg(d.value(QStringLiteral("passed")).toInt())
                  .arg(d.value(QStringLiteral("failed")).toInt())
                  .arg(d.value(QStringLiteral("skipped")).toInt());
        const QJsonArray tests = d.value(QStringLiteral("tests")).toArray();
        for (const QJsonValue &v : tests) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("status")).toString() == TestStatus::Failed)
                line += prefix
                    + tr("  FAIL %1\n").arg(oneLine(t.value(QStringLiteral("name")).toString()));
        }
        return line;
    }
    if (e.kind == EventKind::IterationFinished)
        return prefix
            + (d.value(QStringLiteral("green")).toBool()
                   ? tr("iteration green\n")
                   : tr("iteration not green: %1\n")
                         .arg(oneLine(d.value(QStringLiteral("failing"))
                                          .toVariant()
                                          .toStringList()
                                          .join(QStringLiteral(", ")))));
    if (e.kind == EventKind::FilesSnapshot)
        return verbose ? prefix
                + tr("snapshot: %1 files, %2 bytes\n")
                      .arg(d.value(QStringLiteral("files")).toArray().size())
                      .arg(qint64(d.value(QStringLiteral("totalBytes")).toDouble()))
                       : QString();
    if (e.kind == EventKind::RunFinished)
        return tr("Run finished: %1 after %2 iteration(s), $%3. %4\n")
            .arg(d.value(QStringLiteral("outcome")).toString())
            .arg(d.value(QStringLiteral("iterations")).toInt())
            .arg(d.value(QStringLiteral("costUsd")).toDouble(), 0, 'f', 4)
            .arg(oneLine(d.value(QStringLiteral("message")).toString(), 400));
    if (e.kind == EventKind::Log) {
        const QString level = d.value(QStringLiteral("level")).toString();
        if (level == QLatin1String("info") && !verbose)
            return QString();
        return prefix
            + QStringLiteral("%1: %2\n")
                  .arg(level, oneLine(d.value(QStringLiteral("text")).toString(), 400));
    }
    return QString();
}

} // namespace Autocoder::Run
