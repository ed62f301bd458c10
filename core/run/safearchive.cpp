#include "run/safearchive.h"

#include "common/gzip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Autocoder::Run {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::SafeArchive)
};

QByteArray field(const char *header, int offset, int width)
{
    const char *start = header + offset;
    int n = 0;
    while (n < width && start[n] != '\0')
        ++n;
    return QByteArray(start, n);
}

bool parseNumber(const char *header, int offset, int width, qint64 *value)
{
    const auto *p = reinterpret_cast<const unsigned char *>(header + offset);
    if (p[0] & 0x80) {
        // base-256 (GNU) for huge values: we never accept more than 2^40 anyway.
        qint64 v = 0;
        for (int i = 1; i < width; ++i) {
            if (v > (qint64(1) << 40))
                return false;
            v = (v << 8) | p[i];
        }
        *value = v;
        return true;
    }
    const QByteArray text = field(header, offset, width).trimmed();
    if (text.isEmpty()) {
        *value = 0;
        return true;
    }
    bool ok = false;
    *value = text.toLongLong(&ok, 8);
    return ok && *value >= 0;
}

bool checksumOk(const char *header)
{
    qint64 stored = 0;
    if (!parseNumber(header, 148, 8, &stored))
        return false;
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(header[i]);
    return qint64(sum) == stored;
}

QMap<QByteArray, QByteArray> parsePax(const QByteArray &data)
{
    QMap<QByteArray, QByteArray> records;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype len = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || len <= 0 || pos + len > data.size())
            break;
        const QByteArray record = data.mid(space + 1, len - (space + 1 - pos) - 1); // drop '\n'
        const qsizetype eq = record.indexOf('=');
        if (eq > 0)
            records.insert(record.left(eq), record.mid(eq + 1));
        pos += len;
    }
    return records;
}

} // namespace

Result<QString> SafeArchive::cleanMemberPath(const QString &name)
{
    if (name.contains(QChar(0)))
        return failure(Tr::tr("an entry name contains a NUL byte"));
    if (name.startsWith(QLatin1Char('/')))
        return failure(Tr::tr("the entry \"%1\" has an absolute path").arg(name));
    QStringList parts;
    const QStringList raw = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : raw) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return failure(Tr::tr("the entry \"%1\" points outside the folder (\"..\")").arg(name));
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

ArchiveResult SafeArchive::parseTar(const QByteArray &tar, const ArchiveLimits &limits,
                                    const Visitor &visit)
{
    ArchiveListing result;
    qsizetype pos = 0;
    QByteArray longName;
    QByteArray paxPath;
    int zeroBlocks = 0;
    int entries = 0;
    while (pos + 512 <= tar.size()) {
        const char *header = tar.constData() + pos;
        bool allZero = true;
        for (int i = 0; i < 512 && allZero; ++i)
            allZero = header[i] == '\0';
        if (allZero) {
            pos += 512;
            if (++zeroBlocks == 2)
                break;
            continue;
        }
        zeroBlocks = 0;
        if (!checksumOk(header))
            return failure(
                Tr::tr("the archive is damaged (bad header checksum at byte %1)").arg(pos));
        qint64 size = 0;
        if (!parseNumber(header, 124, 12, &size) || size > limits.maxTotalBytes)
            return failure(
                Tr::tr("an entry is larger than the %1 MiB limit").arg(limits.maxTotalBytes >> 20));
        const char type = header[156];
        const qsizetype dataStart = pos + 512;
        const qsizetype padded = qsizetype((size + 511) / 512 * 512);
        if (dataStart + size > tar.size())
            return failure(Tr::tr("the archive is truncated"));
        const QByteArray data = tar.mid(dataStart, qsizetype(size));
        pos = dataStart + padded;

        if (type == 'L') { // GNU long name for the next entry
            longName = data;
            while (longName.endsWith('\0'))
                longName.chop(1);
            continue;
        }
        if (type == 'x') { // pax header for the next entry
            const QMap<QByteArray, QByteArray> pax = parsePax(data);
            paxPath = pax.value(QByteArrayLiteral("path"));
            continue;
        }
        if (type == 'g' || type == 'K') // global pax header, GNU long link name: ignore
            continue;

        QByteArray rawName = field(header, 0, 100);
        const QByteArray magic = field(header, 257, 6);
        const QByteArray prefix = field(header, 345, 155);
        if (magic.startsWith("ustar") && !prefix.isEmpty())
            rawName = prefix + '/' + rawName;
        if (!longName.isEmpty())
            rawName = longName;
        if (!paxPath.isEmpty())
            rawName = paxPath;
        longName.clear();
        paxPath.clear();

        const QString name = QString::fromUtf8(rawName);
        const Result<QString> cleaned = cleanMemberPath(name);
        if (!cleaned)
            return failure(cleaned.error());
        const QString &path = *cleaned;
        if (++entries > limits.maxEntries)
            return failure(
                Tr::tr("the archive has more than %n entries", nullptr, int(limits.maxEntries)));

        ArchiveEntry entry;
        entry.path = path;
        qint64 mode = 0;
        parseNumber(header, 100, 8, &mode);
        entry.executable = (mode & 0100) != 0;
        switch (type) {
        case '0':
        case '\0':
        case '7':
            if (path.isEmpty())
                return failure(Tr::tr("a file entry has an empty name"));
            entry.size = size;
            break;
        case '5':
            entry.isDirectory = true;
            if (path.isEmpty())
                continue; // "./" itself
            break;
        case '1':
            result.skipped.append(Tr::tr("%1 (hard link)").arg(name));
            continue;
        case '2':
            result.skipped.append(Tr::tr("%1 (symbolic link)").arg(name));
            continue;
        case '3':
        case '4':
            result.skipped.append(Tr::tr("%1 (device file)").arg(name));
            continue;
        case '6':
            result.skipped.append(Tr::tr("%1 (fifo)").arg(name));
            continue;
        default:
            result.skipped.append(
                Tr::tr("%1 (unsupported type '%2')").arg(name, QString(QLatin1Char(type))));
            continue;
        }
        result.totalBytes += entry.size;
        if (result.totalBytes > limits.maxTotalBytes)
            return failure(
                Tr::tr("the archive holds more than %1 MiB").arg(limits.maxTotalBytes >> 20));
        if (visit && !visit(entry, data))
            return failure(Tr::tr("cannot write %1").arg(entry.path));
        result.entries.append(entry);
    }
    return result;
}

Result<QByteArray> SafeArchive::load(const QString &archivePath, const ArchiveLimits &limits)
{
    QFile f(archivePath);
    if (!f.open(QIODevice::ReadOnly))
        return failure(Tr::tr("cannot open %1: %2").arg(archivePath, f.errorString()));
    if (f.size() > limits.maxCompressedBytes)
        return failure(Tr::tr("the archive %1 is too large").arg(archivePath));
    const QByteArray gz = f.readAll();
    // The inflated tar is headers + padded files; allow for that overhead.
    const qint64 cap = limits.maxTotalBytes + qint64(limits.maxEntries) * 1024 + (qint64(1) << 20);
    return Gzip::decompress(gz, cap);
}

ArchiveResult SafeArchive::parseFile(const QString &archivePath, const ArchiveLimits &limits,
                                     const Visitor &visit)
{
    const Result<QByteArray> tar = load(archivePath, limits);
    if (!tar)
        return failure(tar.error());
    return parseTar(*tar, limits, visit);
}

ArchiveResult SafeArchive::list(const QString &archivePath, const ArchiveLimits &limits)
{
    return parseFile(archivePath, limits);
}

ArchiveResult SafeArchive::readFiles(const QString &archivePath, const QStringList &paths,
                                     QMap<QString, QByteArray> *out, const ArchiveLimits &limits)
{
    return parseFile(archivePath, limits, [&](const ArchiveEntry &e, const QByteArray &data) {
        if (!e.isDirectory && paths.contains(e.path))
            out->insert(e.path, data);
        return true;
    });
}

ArchiveResult SafeArchive::readAll(const QString &archivePath, QMap<QString, QByteArray> *out,
                                   const ArchiveLimits &limits)
{
    return parseFile(archivePath, limits, [&](const ArchiveEntry &e, const QByteArray &data) {
        if (!e.isDirectory)
            out->insert(e.path, data);
        return true;
    });
}

ArchiveResult SafeArchive::extract(const QString &archivePath, const QString &destinationDir,
                                   const ArchiveLimits &limits)
{
    if (QFileInfo::exists(destinationDir))
        return failure(Tr::tr("%1 already exists").arg(destinationDir));
    const Result<QByteArray> tar = load(archivePath, limits);
    if (!tar)
        return failure(tar.error());
    // Validate everything before writing a byte.
    ArchiveResult result = parseTar(*tar, limits);
    if (!result)
        return result;
    const QString root = QDir::cleanPath(QFileInfo(destinationDir).absoluteFilePath());
    if (!QDir().mkpath(root))
        return failure(Tr::tr("cannot create %1").arg(root));
    QString writeError;
    const ArchiveResult written =
        parseTar(*tar, limits, [&](const ArchiveEntry &e, const QByteArray &data) {
            const QString target = root + QLatin1Char('/') + e.path;
            // Belt and braces: the cleaned path must stay under root.
            if (!QDir::cleanPath(target).startsWith(root + QLatin1Char('/'))) {
                writeError = Tr::tr("the entry \"%1\" points outside the folder").arg(e.path);
                return false;
            }
            if (e.isDirectory) {
                if (QFileInfo(target).isSymLink() || !QDir().mkpath(target)) {
                    writeError = Tr::tr("cannot create the folder %1").arg(e.path);
                    return false;
                }
                return true;
            }
            const QString parent = QFileInfo(target).absolutePath();
            if (!QDir().mkpath(parent)) {
                writeError = Tr::tr("cannot create the folder for %1").arg(e.path);
                return false;
            }
            QFile f(target);
            if (QFileInfo(target).isSymLink() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || f.write(data) != data.size()) {
                writeError = Tr::tr("cannot write %1: %2").arg(e.path, f.errorString());
                return false;
            }
            f.close();
            QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                | QFileDevice::ReadGroup | QFileDevice::ReadOther;
            if (e.executable)
                perms |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
            f.setPermissions(perms);
            return true;
        });
    if (!written) {
        QDir(root).removeRecursively();
        return failure(writeError.isEmpty() ? written.error() : writeError);
    }
    return result;
}

} // namespace Autocoder::Run
