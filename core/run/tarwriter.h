#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Run {

/// Builds a ustar archive of regular files and directories in memory (a snapshot rewritten
/// without a secret, the fake sandbox). The tests' hostile-archive writer derives from it to
/// add links, devices and pax headers through addEntry().
class TarWriter
{
public:
    void addFile(const QString &path, const QByteArray &content, int mode = 0644);
    void addDirectory(const QString &path, int mode = 0755);

    /// The archive with its two terminating zero blocks.
    QByteArray finish() const;
    QByteArray finishGzip() const;

protected:
    /// One header (and its padded content) with any type flag, name and link target.
    void addEntry(char type, const QByteArray &name, const QByteArray &content, int mode,
                  const QByteArray &linkTarget);

private:
    QByteArray m_data;
};

} // namespace Autocoder::Run
