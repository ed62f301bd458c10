#pragma once

#include "run/runevent.h"
#include "spec/projectspec.h"

#include <QList>
#include <QString>

namespace Autocoder::Run {

/// Renders RUN_REPORT.md from the spec and the run's event stream (so a report can be made
/// again from any journal): outcome, iterations, cost, time, the last test table.
/// The events are expected to be redacted already (they always are in a journal).
class RunReport
{
public:
    static QString fileName() { return QStringLiteral("RUN_REPORT.md"); }
    static QString render(const Spec::ProjectSpec &spec, const QList<RunEvent> &events);
};

} // namespace Autocoder::Run
