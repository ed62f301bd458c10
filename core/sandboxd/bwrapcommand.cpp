#include "sandboxd/bwrapcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Autocoder::Sandboxd {

namespace {
// Generated: user database with the one sandbox user, and a login profile that keeps the PATH
// (Debian's /etc/profile would reset it and hide the template's bin dir from `bash -l`).
const QList<QPair<QString, QByteArray>> &generatedEtc()
{
    static const QList<QPair<QString, QByteArray>> files {
        { QStringLiteral("passwd"),
          "root:x:0:0:root:/root:/bin/bash\n"
          "user:x:1000:1000:user:/home/user:/bin/bash\n"
          "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" },
        { QStringLiteral("group"), "root:x:0:\nuser:x:1000:\nnogroup:x:65534:\n" },
        { QStringLiteral("hosts"), "127.0.0.1\tlocalhost\n::1\tlocalhost\n127.0.1.1\tsandbox\n" },
        { QStringLiteral("hostname"), "sandbox\n" },
        // No name server: the sandbox's network has only its own loopback, and names are
        // resolved by the egress proxy (HTTP_PROXY/HTTPS_PROXY) on the host.
        { QStringLiteral("resolv.conf"),
          "# Names are resolved by the egress proxy (HTTP_PROXY, HTTPS_PROXY).\n" },
        { QStringLiteral("nsswitch.conf"),
          "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\n"
          "protocols: files\nservices: files\n" },
        { QStringLiteral("profile"),
          "# Autocoder sandbox login profile: keeps the PATH set by the server.\n"
          "if [ -d /etc/profile.d ]; then\n"
          "  for i in /etc/profile.d/*.sh; do [ -r \"$i\" ] && . \"$i\"; done\n"
          "  unset i\n"
          "fi\n" },
        { QStringLiteral("bash.bashrc"), "# Autocoder sandbox\n" },
        { QStringLiteral("shells"), "/bin/sh\n/bin/bash\n/usr/bin/bash\n" },
    };
    return files;
}

// Host files that programs in the sandbox commonly need (TLS roots, DNS, dynamic loader,
// Debian alternatives behind /usr/bin symlinks), bound read-only when present.
const QStringList &hostEtc()
{
    static const QStringList files {
        QStringLiteral("ssl"),
        QStringLiteral("ca-certificates"),
        QStringLiteral("ca-certificates.conf"),
        QStringLiteral("alternatives"),
        QStringLiteral("ld.so.cache"),
        QStringLiteral("ld.so.conf"),
        QStringLiteral("ld.so.conf.d"),
        QStringLiteral("localtime"),
        QStringLiteral("timezone"),
        QStringLiteral("mime.types"),
        QStringLiteral("protocols"),
        QStringLiteral("services"),
        QStringLiteral("gai.conf"),
        QStringLiteral("host.conf"),
        QStringLiteral("os-release"),
        QStringLiteral("debian_version"),
        QStringLiteral("inputrc"),
    };
    return files;
}
} // namespace

QString BwrapCommand::defaultPath()
{
    return QStringLiteral("/opt/autocoder/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:"
                          "/sbin:/bin");
}

QMap<QString, QString> BwrapCommand::baseEnvironment()
{
    QMap<QString, QString> env {
        { QStringLiteral("PATH"), defaultPath() },
        { QStringLiteral("HOME"), QStringLiteral("/home/user") },
        { QStringLiteral("USER"), QStringLiteral("user") },
        { QStringLiteral("LOGNAME"), QStringLiteral("user") },
    };
    const QString bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (QFileInfo::exists(bundle))
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), bundle);
    return env;
}

QStringList BwrapCommand::arguments(const BwrapSpec &spec)
{
    QStringList a {
        QStringLiteral("--unshare-user"),
        QStringLiteral("--uid"),
        QStringLiteral("1000"),
        QStringLiteral("--gid"),
        QStringLiteral("1000"),
        QStringLiteral("--unshare-pid"),
        QStringLiteral("--unshare-ipc"),
        QStringLiteral("--unshare-uts"),
        // The sandbox's cgroup becomes its root: /proc/self/cgroup names no host path.
        QStringLiteral("--unshare-cgroup-try"),
        QStringLiteral("--hostname"),
        spec.hostname,
        QStringLiteral("--die-with-parent"),
        QStringLiteral("--new-session"),
    };
    if (!spec.joinsSandboxNetwork)
        a << QStringLiteral("--unshare-net");
    // Nested user namespaces are a large kernel attack surface and nothing in a sandbox
    // (npm, bun, claude) needs them.
    a << QStringLiteral("--disable-userns");
    a << QStringLiteral("--ro-bind") << QStringLiteral("/usr") << QStringLiteral("/usr");
    // Merged-/usr hosts have /bin -> usr/bin etc.; older ones have real directories.
    for (const char *dir : { "bin", "sbin", "lib", "lib32", "lib64", "libx32" }) {
        const QString path = QLatin1Char('/') + QLatin1String(dir);
        const QFileInfo info(path);
        if (info.isSymLink()) {
            a << QStringLiteral("--symlink") << QFile::symLinkTarget(path) << path;
        } else if (info.isDir()) {
            a << QStringLiteral("--ro-bind") << path << path;
        }
    }
    a << QStringLiteral("--dir") << QStringLiteral("/etc");
    for (const auto &file : generatedEtc()) {
        a << QStringLiteral("--ro-bind") << spec.etcDir + QLatin1Char('/') + file.first
          << QStringLiteral("/etc/") + file.first;
    }
    for (const QString &file : hostEtc()) {
        a << QStringLiteral("--ro-bind-try") << QStringLiteral("/etc/") + file
          << QStringLiteral("/etc/") + file;
    }
    a << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
      << QStringLiteral("/dev");
    // /dev is a tmpfs of its own, as large as half the host's memory: read-only, with a small
    // /dev/shm, it cannot be filled past the sandbox's limits.
    a << QStringLiteral("--perms") << QStringLiteral("1777") << QStringLiteral("--size")
      << QString::number(DevShmBytes) << QStringLiteral("--tmpfs") << QStringLiteral("/dev/shm")
      << QStringLiteral("--remount-ro") << QStringLiteral("/dev");
    a << QStringLiteral("--perms") << QStringLiteral("0755") << QStringLiteral("--dir")
      << QStringLiteral("/home");
    a << QStringLiteral("--bind") << spec.homeDir << QStringLiteral("/home/user");
    a << QStringLiteral("--bind") << spec.tmpDir << QStringLiteral("/tmp");
    if (!spec.templateDir.isEmpty()) {
        a << (spec.templateWritable ? QStringLiteral("--bind") : QStringLiteral("--ro-bind"))
          << spec.templateDir << QLatin1String(TemplateMountPoint);
    }
    a << QStringLiteral("--remount-ro") << QStringLiteral("/");
    a << QStringLiteral("--clearenv");
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        a << QStringLiteral("--setenv") << it.key() << it.value();
    a << QStringLiteral("--chdir") << spec.cwd;
    a << QStringLiteral("--") << spec.program << spec.arguments;
    return a;
}

QByteArray BwrapCommand::argumentBlock(const QStringList &arguments)
{
    QByteArray block;
    for (const QString &argument : arguments) {
        block += argument.toUtf8();
        block += '\0';
    }
    return block;
}

bool BwrapCommand::writeEtc(const QString &etcDir, QString *error)
{
    if (!QDir().mkpath(etcDir)) {
        *error = QStringLiteral("cannot create %1").arg(etcDir);
        return false;
    }
    for (const auto &file : generatedEtc()) {
        QFile out(etcDir + QLatin1Char('/') + file.first);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file.second) < 0) {
            *error = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
        // Readable by a separate sandbox uid whatever the server's umask.
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                           | QFileDevice::ReadOther);
    }
    return true;
}

} // namespace Autocoder::Sandboxd
