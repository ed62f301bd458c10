#pragma once

#include <QString>

namespace Autocoder::Run {

/// One way a replayed VERIFICATION.json differs from the saved one.
///
/// Reported as data, never as a sentence: the verify command and the app word it, and the
/// key path stays greppable in logs and `--json` output.
struct ReceiptDifference
{
    enum class Kind {
        Changed, ///< present on both sides with different values
        Missing, ///< in the expected receipt only
        Added, ///< in the found receipt only
    };

    /// "files/src/slug.ts", "commands/test/exitCode", "toolchain/bun", …
    QString key;
    QString expected; ///< empty when Added
    QString found; ///< empty when Missing
    Kind kind = Kind::Changed;
    /// False for what may differ between honest replays (time, versions of tools): such a
    /// difference is shown but does not fail verification.
    bool blocking = true;

    static QString kindId(Kind kind);
    bool operator==(const ReceiptDifference &o) const;
    bool operator!=(const ReceiptDifference &o) const { return !(*this == o); }
};

} // namespace Autocoder::Run
