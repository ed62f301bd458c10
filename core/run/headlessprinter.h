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

    /// jsonLine(), remembering the last gate.requirements and gate.mutation: once either was
    /// printed, the run.finished line gets "requirements" (RequirementCoverage JSON) and
    /// "mutation" (MutationResult JSON) of the last iteration that had them in its data (null
    /// for the one that never came), so a script reading the last line has the verdict and
    /// what backs it. That line then differs from the journal's by these two keys; every
    /// other line, and every line of a run without these checks, is the journal's.
    QByteArray jsonLineWithResults(const RunEvent &event);

private:
    QJsonValue m_requirements = QJsonValue::Null;
    QJsonValue m_mutation = QJsonValue::Null;
    bool m_verified = false; ///< a gate.requirements or gate.mutation was printed
};

} // namespace Autocoder::Run
