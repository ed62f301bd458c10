#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Autocoder::Sandboxd {

/// Files only their owner may read: the server's key, its address. Reading
/// refuses anything a different user could have written or can read, and
/// never follows a symlink, so a planted file cannot hand out or steal a key.
class PrivateFile final
{
public:
    /// The content, if \a path is a regular file of this user with mode 0600 or
    /// narrower and at most \a maxBytes long.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error);
    /// Creates \a path with mode 0600; fails if it exists.
    static bool create(const QString &path, const QByteArray &data, QString *error);
    /// Replaces \a path through a 0600 temporary file in the same folder.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Autocoder::Sandboxd
