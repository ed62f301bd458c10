#include "run/runreport.h"

#include <QJsonArray>
#include <QMap>

namespace Autocoder::Run {

namespace {

QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

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
    QStringList failing;
    QString failedStep;
};

} // namespace

QString RunReport::render(const Spec::ProjectSpec &spec, const QList<RunEvent> &events)
{
    QString runId, backend, outcome, message;
    double cost = 0;
    int iterations = 0;
    QDateTime started, finished;
    QMap<int, IterationRow> rows;
    QJsonArray lastTests;
    int lastTestsIteration = 0;

    for (const RunEvent &e : events) {
        if (runId.isEmpty())
            runId = e.runId;
        if (!started.isValid())
            started = e.time;
        const int it = e.iteration();
        if (e.kind == EventKind::RunStarted) {
            backend = e.data.value(QStringLiteral("backend")).toString();
            started = e.time;
        } else if (e.kind == EventKind::AgentResult) {
            rows[it].agentCost += e.data.value(QStringLiteral("costUsd")).toDouble();
        } else if (e.kind == EventKind::StepFinished) {
            const QString step = e.step();
            if (!e.data.value(QStringLiteral("ok")).toBool() && rows[it].failedStep.isEmpty()
                && step != QLatin1String("snapshot"))
                rows[it].failedStep = step;
        } else if (e.kind == EventKind::GateTests) {
            IterationRow &r = rows[it];
            r.passed = e.data.value(QStringLiteral("passed")).toInt();
            r.failed = e.data.value(QStringLiteral("failed")).toInt();
            r.skipped = e.data.value(QStringLiteral("skipped")).toInt();
            lastTests = e.data.value(QStringLiteral("tests")).toArray();
            lastTestsIteration = it;
        } else if (e.kind == EventKind::IterationFinished) {
            IterationRow &r = rows[it];
            r.finished = true;
            r.green = e.data.value(QStringLiteral("green")).toBool();
            const QJsonArray failing = e.data.value(QStringLiteral("failing")).toArray();
            for (const QJsonValue &v : failing)
                r.failing.append(v.toString());
            cost = e.data.value(QStringLiteral("costUsd")).toDouble(cost);
        } else if (e.kind == EventKind::RunFinished) {
            outcome = e.data.value(QStringLiteral("outcome")).toString();
            message = e.data.value(QStringLiteral("message")).toString();
            iterations = e.data.value(QStringLiteral("iterations")).toInt();
            cost = e.data.value(QStringLiteral("costUsd")).toDouble(cost);
            finished = e.time;
        }
    }
    if (iterations == 0 && !rows.isEmpty())
        iterations = rows.lastKey();
    if (!finished.isValid() && !events.isEmpty())
        finished = events.last().time;

    QString md;
    md += QStringLiteral("# Run report: %1\n\n").arg(spec.name);
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| Run | `%1` |\n").arg(runId);
    md += QStringLiteral("| Outcome | **%1** |\n")
              .arg(outcome.isEmpty() ? QStringLiteral("unfinished") : outcome);
    if (!message.isEmpty())
        md += QStringLiteral("| Message | %1 |\n").arg(cell(message));
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
                       !r.finished ? QStringLiteral("-")
                                   : (r.green ? QStringLiteral("yes") : QStringLiteral("no")),
                       cell(r.failing.join(QStringLiteral(", "))));
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("## Tests (iteration %1)\n\n").arg(lastTestsIteration);
    if (lastTests.isEmpty()) {
        md += QStringLiteral("No test results were recorded.\n");
    } else {
        md += QStringLiteral(
            "| Test | File | Status | Duration | Message |\n|---|---|---|---|---|\n");
        for (const QJsonValue &v : std::as_const(lastTests)) {
            const QJsonObject t = v.toObject();
            const qint64 ms = qint64(t.value(QStringLiteral("durationMs")).toDouble(-1));
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(cell(t.value(QStringLiteral("name")).toString()),
                           cell(t.value(QStringLiteral("file")).toString()),
                           t.value(QStringLiteral("status")).toString(),
                           ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms),
                           cell(t.value(QStringLiteral("message")).toString()));
        }
    }
    md += QStringLiteral(
        "\n_Generated by Autocoder. The gate (install, test, build) was run by Autocoder "
        "in a sandbox; the result does not rely on the agent's own claims._\n");
    return md;
}

} // namespace Autocoder::Run
