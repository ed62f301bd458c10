#pragma once

#include "run/runevent.h"

#include <QCoreApplication>
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
};

} // namespace Autocoder::Run
