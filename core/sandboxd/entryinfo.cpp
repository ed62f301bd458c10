#include "sandboxd/entryinfo.h"

#include "sandboxd/pathresolver.h"

#include <QDateTime>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
QString typeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("FILE_TYPE_DIRECTORY");
    if (S_ISLNK(mode))
        return QStringLiteral("FILE_TYPE_SYMLINK");
    return QStringLiteral("FILE_TYPE_FILE");
}

QString ownerName(uid_t id, bool group, int sandboxUid)
{
    // Files of the sandbox's host uid (or the server's, which maps to it when the sandbox runs
    // as the server's uid) are owned by "user" inside the sandbox.
    const uid_t mine = sandboxUid >= 0 ? uid_t(sandboxUid) : (group ? getgid() : getuid());
    if (id == mine)
        return QStringLiteral("user");
    return QString::number(id);
}
} // namespace

QString EntryInfo::permissionsString(bool isDir, bool isSymlink, unsigned mode)
{
    QString s;
    s += isDir ? QLatin1Char('d') : (isSymlink ? QLatin1Char('L') : QLatin1Char('-'));
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        s += (mode & (1u << (8 - i))) ? QLatin1Char(rwx[i]) : QLatin1Char('-');
    return s;
}

QString EntryInfo::rfc3339(qint64 seconds, long nanoseconds)
{
    QString out = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (nanoseconds > 0) {
        QString frac = QString::number(nanoseconds).rightJustified(9, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        out += QLatin1Char('.') + frac;
    }
    return out + QLatin1Char('Z');
}

QJsonObject EntryInfo::build(const PathResolver &resolver, const QString &visiblePath,
                             const struct stat &st, const QByteArray &symlinkTarget)
{
    QJsonObject entry;
    const QString clean = PathResolver::clean(visiblePath);
    const int slash = clean.lastIndexOf(QLatin1Char('/'));
    entry.insert(QStringLiteral("name"), clean.mid(slash + 1));
    entry.insert(QStringLiteral("path"), clean);
    mode_t shownType = st.st_mode;
    if (S_ISLNK(st.st_mode)) {
        entry.insert(QStringLiteral("symlinkTarget"), QFile::decodeName(symlinkTarget));
        // The target's type in the sandbox's view; a target outside its areas stays a symlink.
        const ResolvedPath target = resolver.resolve(clean, true);
        struct stat tst
        {
        };
        if (target.ok && target.exists && PathResolver::statConfined(target, &tst))
            shownType = tst.st_mode;
    }
    entry.insert(QStringLiteral("type"), typeName(shownType));
    entry.insert(QStringLiteral("size"), QString::number(qint64(st.st_size)));
    entry.insert(QStringLiteral("mode"), int(st.st_mode & 0777));
    entry.insert(QStringLiteral("permissions"),
                 permissionsString(S_ISDIR(st.st_mode), S_ISLNK(st.st_mode), st.st_mode & 0777));
    entry.insert(QStringLiteral("owner"), ownerName(st.st_uid, false, resolver.ownerUid()));
    entry.insert(QStringLiteral("group"), ownerName(st.st_gid, true, resolver.ownerUid()));
    entry.insert(QStringLiteral("modifiedTime"),
                 rfc3339(qint64(st.st_mtim.tv_sec), long(st.st_mtim.tv_nsec)));
    return entry;
}

QJsonObject EntryInfo::stat(const PathResolver &resolver, const QString &visiblePath,
                            const ResolvedPath &path)
{
    struct stat st
    {
    };
    QByteArray target;
    if (!path.ok || !PathResolver::statConfined(path, &st, &target))
        return {};
    return build(resolver, visiblePath, st, target);
}

} // namespace Autocoder::Sandboxd
