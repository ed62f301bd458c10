#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Cli {

/// Unbuffered terminal output of the headless commands: events and results on stdout,
/// diagnostics on stderr.
void printOut(const QByteArray &bytes);
void printErr(const QString &text);

} // namespace Autocoder::Cli
