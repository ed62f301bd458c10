#pragma once

// Helpers shared by the per-format parsers of TestResultParser; not public API.

#include "run/testrecord.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>

class QRegularExpression;

namespace Autocoder::Run::TestParsing {

QString stripAnsi(const QString &text);
QStringList splitLines(const QString &output);
int indentOf(const QString &line);
qint64 toMs(const QString &number, const QString &unit);
TestRecord makeRecord(const QString &name, const QString &file, QLatin1String status, qint64 ms);
QString joinTrimmed(const QStringList &lines);
void readCount(const QString &line, const QRegularExpression &re, int *target);

} // namespace Autocoder::Run::TestParsing
