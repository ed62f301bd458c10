#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Run {

/// Builds a ustar archive in memory. Used to make archives of local data (tests, the fake
/// sandbox); it will also write whatever type and name it is told, which is what the
/// safe-unpack tests need to craft hostile archives.
class TarWriter
{
public:
    void addFile(const QString &path, const QByteArray &content, int mode = 0644);
    void addDirectory(const QString &path, int mode = 0755);
    void addSymlink(const QString &path, const QString &target);
    void addHardlink(const QString &path, const QString &target);
    /// Any type flag ('3' char device, '6' fifo, 'x' pax header, ...).
    void addRaw(char type, const QString &path, const QByteArray &content,
                const QString &linkTarget = QString());
    /// A pax extended header whose "path" record renames the next entry.
    void addPaxPath(const QString &path);

    /// The archive with its two terminating zero blocks.
    QByteArray finish() const;
    QByteArray finishGzip() const;

private:
    void addEntry(char type, const QByteArray &name, const QByteArray &content, int mode,
                  const QByteArray &linkTarget);
    QByteArray m_data;
};

} // namespace Autocoder::Run
