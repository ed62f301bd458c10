#pragma once

#include "common/result.h"
#include "run/runevent.h"
#include "spec/projectspec.h"

#include <QList>
#include <QString>

namespace Autocoder::Run {

/// Renders RUN_REPORT.md from the spec and the run's event stream (so a report can be made
/// again from any journal): outcome, iterations, cost, time, the last test table.
/// The events are expected to be redacted already (they always are in a journal).
class RunReport final
{
public:
    static QString fileName() { return QStringLiteral("RUN_REPORT.md"); }
    /// Text made safe for one cell of a Markdown table: no '|' or line break, bounded.
    static QString tableCell(QString text);
    static QString render(const Spec::ProjectSpec &spec, const QList<RunEvent> &events);
    /// The same, reading an events.jsonl line by line instead of holding the events.
    static Result<QString> renderJournal(const Spec::ProjectSpec &spec, const QString &eventsPath);
    /// The report of a run folder from its spec.json and events.jsonl; `fallbackName` names
    /// the project when the folder has no spec.
    static Result<QString> renderRunDir(const QString &runDir, const QString &fallbackName = {});
};

} // namespace Autocoder::Run
