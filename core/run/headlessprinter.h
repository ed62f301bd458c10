#pragma once

#include "run/runevent.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class QTextStream;

namespace Autocoder::Run {

/// Turns run events into what `autocoder run` prints: short human progress lines, or the
/// events' JSON lines with --json. Pure formatting; the CLI writes the result.
class HeadlessPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::HeadlessPrinter)

public:
    /// One or more lines (each ending in '\n'), or empty when the event is not shown.
    static QString humanLine(const RunEvent &event, bool verbose = false);
    static QByteArray jsonLine(const RunEvent &event) { return event.toJsonLine(); }

    /// jsonLine(), remembering the last gate.requirements and gate.mutation: the run.finished
    /// line gets "requirements" (RequirementCoverage JSON) and "mutation" (MutationResult
    /// JSON) of the last iteration that had them in its data, null when none did, so a
    /// script reading the last line has the verdict and what backs it.
    QByteArray jsonLineWithResults(const RunEvent &event);

private:
    QJsonValue m_requirements = QJsonValue::Null;
    QJsonValue m_mutation = QJsonValue::Null;
};

} // namespace Autocoder::Run
