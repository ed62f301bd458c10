#pragma once

#include <QString>
#include <QStringList>

namespace Autocoder::Testing {

/// The comment that marks a line whose literal is not user text (an address, a file name).
extern const QString trAllowMarker;

/// "FILE:LINE: call(\"literal\")" for each string literal with letters that @p path passes
/// straight to a call that puts text on screen (setText, setToolTip, QLabel, addAction, ...),
/// unless its line carries trAllowMarker. @p shownAs names the file in the result.
QStringList scanForLiterals(const QString &path, const QString &shownAs);

} // namespace Autocoder::Testing
