#include "run/tarwriter.h"

#include "common/gzip.h"

#include <cstring>

namespace Autocoder::Run {

static void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

void TarWriter::addEntry(char type, const QByteArray &name, const QByteArray &content, int mode,
                         const QByteArray &linkTarget)
{
    char header[512];
    std::memset(header, 0, sizeof header);
    QByteArray n = name;
    if (n.size() > 100) {
        // Long names go through a GNU 'L' entry so the writer never truncates silently.
        addEntry('L', QByteArrayLiteral("././@LongLink"), name + '\0', 0644, QByteArray());
        n = name.left(100);
    }
    std::memcpy(header, n.constData(), size_t(n.size()));
    putOctal(header + 100, 8, mode);
    putOctal(header + 108, 8, 1000);
    putOctal(header + 116, 8, 1000);
    putOctal(header + 124, 12, content.size());
    putOctal(header + 136, 12, 1700000000);
    std::memset(header + 148, ' ', 8);
    header[156] = type;
    std::memcpy(header + 157, linkTarget.constData(),
                size_t(std::min<qsizetype>(linkTarget.size(), 100)));
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    const QByteArray chk = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, chk.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';
    m_data.append(header, sizeof header);
    m_data.append(content);
    const qsizetype pad = (512 - content.size() % 512) % 512;
    m_data.append(QByteArray(pad, '\0'));
}

void TarWriter::addFile(const QString &path, const QByteArray &content, int mode)
{
    addEntry('0', path.toUtf8(), content, mode, QByteArray());
}

void TarWriter::addDirectory(const QString &path, int mode)
{
    QByteArray n = path.toUtf8();
    if (!n.endsWith('/'))
        n.append('/');
    addEntry('5', n, QByteArray(), mode, QByteArray());
}

QByteArray TarWriter::finish() const
{
    return m_data + QByteArray(1024, '\0');
}

QByteArray TarWriter::finishGzip() const
{
    return Gzip::compress(finish());
}

} // namespace Autocoder::Run
