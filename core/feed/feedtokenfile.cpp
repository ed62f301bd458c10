#include "feed/feedtokenfile.h"

#include "feed/feedprotocol.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Feed::TokenFile {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Feed::TokenFile)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Tokens are base64url (generated) or whatever a person put in the variable: printable ASCII
/// without spaces, of a sane size.
bool looksLikeToken(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 1024)
        return false;
    for (const char c : token) {
        if (c <= ' ' || c > '~')
            return false;
    }
    return true;
}

/// Closes a descriptor on every way out.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<QByteArray> read(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    Fd f { ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) };
    if (f.fd < 0)
        return failure(Tr::tr("%1 cannot be read: %2").arg(path, systemError()));
    struct stat st = {};
    if (::fstat(f.fd, &st) != 0)
        return failure(Tr::tr("%1 cannot be read: %2").arg(path, systemError()));
    if (!S_ISREG(st.st_mode))
        return failure(Tr::tr("%1 is not a regular file").arg(path));
    if (st.st_uid != ::geteuid())
        return failure(Tr::tr("%1 belongs to another user").arg(path));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return failure(Tr::tr("%1 can be read by other users").arg(path));
    char buffer[2048];
    const ssize_t n = ::read(f.fd, buffer, sizeof buffer);
    if (n < 0)
        return failure(Tr::tr("%1 cannot be read: %2").arg(path, systemError()));
    QByteArray token = QByteArray(buffer, qsizetype(n)).trimmed();
    if (!looksLikeToken(token))
        return failure(Tr::tr("%1 does not hold a token").arg(path));
    return token;
}

Result<void> write(const QString &path, const QByteArray &token)
{
    if (!looksLikeToken(token))
        return failure(Tr::tr("Not a token to write to %1").arg(path));
    QByteArray temp = QFile::encodeName(path) + ".XXXXXX";
    // mkstemp creates the file with mode 0600, O_EXCL: nobody else ever sees the content.
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(Tr::tr("%1 cannot be written: %2").arg(path, systemError()));
    Fd f { fd };
    const QByteArray content = token + '\n';
    const bool written = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0
        && ::write(fd, content.constData(), size_t(content.size())) == ssize_t(content.size())
        && ::fsync(fd) == 0;
    const QString error = written ? QString() : systemError();
    if (written && ::rename(temp.constData(), QFile::encodeName(path).constData()) == 0)
        return {};
    const QString why = error.isEmpty() ? systemError() : error;
    ::unlink(temp.constData());
    return failure(Tr::tr("%1 cannot be written: %2").arg(path, why));
}

Result<QByteArray> loadOrCreate(const QString &path)
{
    if (Result<QByteArray> existing = read(path))
        return existing;
    // Missing, or not to be trusted (another's, readable by others): a new one replaces it.
    QByteArray token = generateToken();
    if (const Result<void> written = write(path, token); !written)
        return failure(written.error());
    return token;
}

} // namespace Autocoder::Feed::TokenFile
