#include "sandboxd/privatefile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

bool createWith(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, errnoText());
        return false;
    }
    // The umask can only narrow 0600, but be explicit about it.
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, data);
    if (!ok)
        *error = QStringLiteral("cannot write %1: %2").arg(path, errnoText());
    ::close(fd);
    if (!ok)
        ::unlink(name.constData());
    return ok;
}
} // namespace

std::optional<QByteArray> PrivateFile::read(const QString &path, qint64 maxBytes, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = errno == ELOOP ? QStringLiteral("refusing %1: it is a symbolic link").arg(path)
                                : QStringLiteral("cannot open %1: %2").arg(path, errnoText());
        return std::nullopt;
    }
    struct stat st
    {
    };
    QString problem;
    if (::fstat(fd, &st) != 0)
        problem = errnoText();
    else if (!S_ISREG(st.st_mode))
        problem = QStringLiteral("not a regular file");
    else if (st.st_uid != ::geteuid())
        problem = QStringLiteral("owned by uid %1, not by this user (uid %2)")
                      .arg(st.st_uid)
                      .arg(::geteuid());
    else if (st.st_mode & 077)
        problem =
            QStringLiteral("its permissions are %1; they must be 0600")
                .arg(QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')));
    else if (st.st_size > maxBytes)
        problem = QStringLiteral("larger than %1 bytes").arg(maxBytes);
    if (!problem.isEmpty()) {
        ::close(fd);
        *error = QStringLiteral("refusing %1: %2").arg(path, problem);
        return std::nullopt;
    }
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    data.truncate(done);
    return data;
}

bool PrivateFile::create(const QString &path, const QByteArray &data, QString *error)
{
    return createWith(path, data, error);
}

bool PrivateFile::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QString temporary = path + QStringLiteral(".%1.tmp").arg(::getpid());
    ::unlink(QFile::encodeName(temporary).constData());
    if (!createWith(temporary, data, error))
        return false;
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        *error = QStringLiteral("cannot replace %1: %2").arg(path, errnoText());
        ::unlink(QFile::encodeName(temporary).constData());
        return false;
    }
    return true;
}

} // namespace Autocoder::Sandboxd
