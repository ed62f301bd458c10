#pragma once

#include "tsfile.h"

#include <QStringList>

namespace Autocoder::Testing {

/// What makes a committed translation wrong, each problem one line naming the file, the
/// context and the source text: unfinished, obsolete or vanished messages; placeholders
/// (%1..%99, %L1, %n) or mnemonics (&) that differ from the source; the wrong number of
/// plural forms; messages the code has that the file lacks, or the other way round.
class TsChecker
{
public:
    /// @p pluralForms: how many forms each numerus message must have (2 for de, fr and en).
    static QStringList check(const TsFile &file, int pluralForms);
    /// Compares @p file with what lupdate finds in the code now (@p fromSources).
    static QStringList compare(const TsFile &file, const TsFile &fromSources);

    /// The placeholders in @p text, sorted (a multiset): "%1", "%L2", "%n".
    static QStringList placeholders(const QString &text);
    /// How many keyboard mnemonics (&x, not && and not an entity such as &amp;) @p text has.
    static int mnemonics(const QString &text);
};

} // namespace Autocoder::Testing
