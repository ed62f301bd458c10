#pragma once

#include "run/tarwriter.h"

namespace Autocoder::Run::Testing {

/// A TarWriter that also writes what a hostile sandbox could put into an archive: links,
/// devices, fifos and pax headers. Only the safe-unpack tests need these.
class HostileTarWriter final : public TarWriter
{
public:
    void addSymlink(const QString &path, const QString &target)
    {
        addEntry('2', path.toUtf8(), QByteArray(), 0777, target.toUtf8());
    }

    void addHardlink(const QString &path, const QString &target)
    {
        addEntry('1', path.toUtf8(), QByteArray(), 0644, target.toUtf8());
    }

    /// Any type flag ('3' char device, '6' fifo, 'x' pax header, ...).
    void addRaw(char type, const QString &path, const QByteArray &content,
                const QString &linkTarget = QString())
    {
        addEntry(type, path.toUtf8(), content, 0644, linkTarget.toUtf8());
    }

    /// A pax extended header whose "path" record renames the next entry.
    void addPaxPath(const QString &path)
    {
        const QByteArray body = QByteArrayLiteral(" path=") + path.toUtf8() + '\n';
        // The length prefix counts itself.
        qsizetype len = body.size() + 1;
        while (QByteArray::number(len).size() + body.size() != len)
            len = QByteArray::number(len).size() + body.size();
        addEntry('x', QByteArrayLiteral("PaxHeader"), QByteArray::number(len) + body, 0644,
                 QByteArray());
    }
};

} // namespace Autocoder::Run::Testing
