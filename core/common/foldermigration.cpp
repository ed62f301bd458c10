#include "common/foldermigration.h"

#include "common/appfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Common {

using Outcome = FolderMigration::Outcome;

namespace {
Q_LOGGING_CATEGORY(lcFolders, "autocoder.folders", QtInfoMsg)

bool exists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// rename() that never replaces: an empty folder someone made at \a to in the meantime stays.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    int r = ::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE);
    if (r != 0 && (errno == EINVAL || errno == ENOSYS)) // a filesystem without the flag
        r = ::rename(f.constData(), t.constData());
    return r == 0 ? 0 : errno;
}

// After a rename failed because one side changed under us: another process moved it.
Result<Outcome> settle(const QString &from, const QString &to, int error)
{
    // \a to first: \a from disappears only by becoming \a to, so a \a from still there after
    // \a to was seen is really a second folder, not one caught in the middle of a move.
    const bool toExists = exists(to);
    const bool fromExists = exists(from);
    if (!fromExists && toExists)
        return Outcome::AlreadyMoved;
    if (fromExists && toExists)
        return Outcome::BothExist;
    return failure(errnoText(error));
}

Result<void> copyEntry(const QString &src, const QString &dst)
{
    const QByteArray s = QFile::encodeName(src);
    const QByteArray d = QFile::encodeName(dst);
    struct stat st
    {
    };
    if (::lstat(s.constData(), &st) != 0)
        return failure(QStringLiteral("%1: %2").arg(src, errnoText(errno)));
    if (S_ISLNK(st.st_mode)) {
        QByteArray target(qsizetype(st.st_size) + 1, '\0');
        const ssize_t n = ::readlink(s.constData(), target.data(), size_t(target.size()));
        if (n < 0 || n >= target.size())
            return failure(QStringLiteral("%1: %2").arg(src, errnoText(errno)));
        target.truncate(n);
        if (::symlink(target.constData(), d.constData()) != 0)
            return failure(QStringLiteral("%1: %2").arg(dst, errnoText(errno)));
        return {};
    }
    if (S_ISREG(st.st_mode)) {
        QFile file(src);
        if (!file.copy(dst))
            return failure(QStringLiteral("%1: %2").arg(src, file.errorString()));
        return {};
    }
    if (!S_ISDIR(st.st_mode))
        return {}; // a socket or fifo means nothing without the process that made it
    if (::mkdir(d.constData(), 0700) != 0)
        return failure(QStringLiteral("%1: %2").arg(dst, errnoText(errno)));
    // readdir, not QDir::entryList: a folder that cannot be read must fail the copy, not
    // look empty (and then be deleted with the original).
    DIR *dir = ::opendir(s.constData());
    if (!dir)
        return failure(QStringLiteral("%1: %2").arg(src, errnoText(errno)));
    Result<void> result;
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QString child = QFile::decodeName(name);
        result = copyEntry(src + QLatin1Char('/') + child, dst + QLatin1Char('/') + child);
        if (!result)
            break;
        errno = 0;
    }
    if (result && errno != 0)
        result = failure(QStringLiteral("%1: %2").arg(src, errnoText(errno)));
    ::closedir(dir);
    // Last, so a read-only folder could be filled first.
    if (result && ::chmod(d.constData(), st.st_mode & 07777) != 0)
        result = failure(QStringLiteral("%1: %2").arg(dst, errnoText(errno)));
    return result;
}

bool removeTree(const QString &path)
{
    if (QFileInfo(path).isSymLink() || !QFileInfo(path).isDir())
        return QFile::remove(path);
    return QDir(path).removeRecursively();
}

void removeIfEmpty(const QString &dir)
{
    if (!dir.isEmpty())
        QDir().rmdir(dir); // fails, as it should, while anything is left in it
}

} // namespace

QList<FolderMigration::Step> FolderMigration::migrateLegacyFolders()
{
    return run(AppFolders::legacyMoves());
}

QList<FolderMigration::Step> FolderMigration::migrateReleasedServerFolder()
{
    const QList<FolderMove> moves = AppFolders::legacyServerMoves();
    const FolderMove &server = moves.first();
    if (!exists(server.from) || exists(server.to)
        || AppFolders::isLockHeld(server.from + QLatin1Char('/') + server.lockFile))
        return {};
    return run(moves);
}

QList<FolderMigration::Step> FolderMigration::run(const QList<FolderMove> &moves)
{
    QList<Step> steps;
    for (const FolderMove &m : moves) {
        Step step;
        step.move = m;
        const Result<Outcome> result = move(m);
        if (result)
            step.outcome = *result;
        else
            step.error = result.error();
        const QString text = describe(step);
        if (!step.error.isEmpty())
            qCCritical(lcFolders).noquote() << text;
        else if (step.outcome == Outcome::BothExist || step.outcome == Outcome::InUse)
            qCWarning(lcFolders).noquote() << text;
        else if (!text.isEmpty())
            qCInfo(lcFolders).noquote() << text;
        steps.append(step);
    }
    return steps;
}

Result<Outcome> FolderMigration::move(const FolderMove &m)
{
    if (!exists(m.from)) {
        if (!exists(m.to))
            return Outcome::NothingToMove;
        removeIfEmpty(m.emptiedParent);
        return Outcome::AlreadyMoved;
    }
    // An empty new folder holds nothing to keep: rmdir() refuses, atomically, any other.
    // Another process may have moved it since the check above: settle() tells.
    if (exists(m.to) && ::rmdir(QFile::encodeName(m.to).constData()) != 0) {
        Result<Outcome> settled = settle(m.from, m.to, errno);
        if (settled && *settled == Outcome::AlreadyMoved)
            removeIfEmpty(m.emptiedParent);
        return settled;
    }
    if (!m.lockFile.isEmpty() && AppFolders::isLockHeld(m.from + QLatin1Char('/') + m.lockFile))
        return Outcome::InUse;
    const QString parent = QFileInfo(m.to).path();
    if (!QDir().mkpath(parent))
        return failure(tr("cannot create the folder %1").arg(parent));
    const int error = renameNoReplace(m.from, m.to);
    Result<Outcome> result = Outcome::Moved;
    if (error == EXDEV)
        result = moveByCopy(m.from, m.to);
    else if (error == ENOENT || error == EEXIST || error == ENOTEMPTY)
        result = settle(m.from, m.to, error);
    else if (error != 0)
        result = failure(errnoText(error));
    if (result && *result != Outcome::BothExist)
        removeIfEmpty(m.emptiedParent);
    return result;
}

Result<Outcome> FolderMigration::moveByCopy(const QString &from, const QString &to)
{
    const QString parent = QFileInfo(to).path();
    if (!QDir().mkpath(parent))
        return failure(tr("cannot create the folder %1").arg(parent));
    const QString partial =
        to + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    removeTree(partial); // what a copy cut short by a crash left
    if (const Result<void> copied = copyEntry(from, partial); !copied) {
        removeTree(partial);
        return failure(tr("copying failed: %1").arg(copied.error()));
    }
    if (const int error = renameNoReplace(partial, to); error != 0) {
        removeTree(partial);
        if (error == EEXIST || error == ENOTEMPTY)
            return settle(from, to, error);
        return failure(errnoText(error));
    }
    // Only now, with the whole copy in place, does the original go.
    if (!removeTree(from))
        qCWarning(lcFolders).noquote()
            << tr("%1 was copied to %2, but could not be removed completely; what is left of "
                  "it can be deleted")
                   .arg(from, to);
    return Outcome::Copied;
}

QString FolderMigration::describe(const Step &step)
{
    const QString &from = step.move.from;
    const QString &to = step.move.to;
    if (!step.error.isEmpty())
        return tr("Could not move %1 to %2: %3. Going on with %2; %1 is left as it was.")
            .arg(from, to, step.error);
    switch (step.outcome) {
    case Outcome::NothingToMove:
    case Outcome::AlreadyMoved:
        return {};
    case Outcome::Moved:
        return tr("Moved %1 to %2").arg(from, to);
    case Outcome::Copied:
        return tr("Copied %1 to %2 and removed the original").arg(from, to);
    case Outcome::BothExist:
        return tr("Both %1 and %2 exist: using %2 and leaving %1 as it is (nothing is merged; "
                  "take what you need from it, then delete it)")
            .arg(from, to);
    case Outcome::InUse:
        return tr("%1 is in use by a local sandbox server started by an earlier version; it is "
                  "used where it is and moves to %2 on a later start, once that server has "
                  "exited (it does so by itself when idle)")
            .arg(from, to);
    }
    return {};
}

} // namespace Autocoder::Common
