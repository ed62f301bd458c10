#pragma once

#include <QString>

namespace Autocoder::Sandboxd {

/// The server's API key lives in a 0600 file, never in an environment (which
/// /proc shows to the same user and child processes inherit) nor on a command
/// line (which every user can list). The server owns `<dataDir>/sandboxd.key`;
/// clients of the same user read it from there.
class ApiKeyFile final
{
public:
    static QString defaultPath(const QString &dataDir);
    /// The key in \a path; empty with \a error when the file is missing, empty,
    /// not this user's, or readable by anyone else.
    static QString read(const QString &path, QString *error);
    /// read(), or a new random key written to a new 0600 file if \a path does not exist.
    static QString readOrCreate(const QString &path, QString *error);
    /// `e2b_` and 40 random hex digits, like the keys E2B hands out.
    static QString generate();
};

} // namespace Autocoder::Sandboxd
