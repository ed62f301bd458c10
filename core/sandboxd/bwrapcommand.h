#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Autocoder::Sandboxd {

/// Everything bubblewrap needs to start one process in one sandbox.
struct BwrapSpec
{
    QString homeDir; ///< host dir bound read-write as /home/user
    QString tmpDir; ///< host dir bound read-write as /tmp
    QString etcDir; ///< generated passwd/group/hosts/profile (see writeEtc)
    QString templateDir; ///< mounted at /opt/autocoder; empty = none
    bool templateWritable = false; ///< only while preparing a template
    /// The process joins the sandbox's network namespace before bwrap runs (see
    /// NetworkNamespace); without it bwrap gives the process an empty network of its own.
    bool joinsSandboxNetwork = false;
    QString hostname = QStringLiteral("sandbox");
    QString cwd = QStringLiteral("/home/user");
    QMap<QString, QString> env;
    QString program;
    QStringList arguments;
};

/// Builds the bwrap command line of a sandboxed process: new user (uid/gid 1000
/// "user"), pid, ipc and uts namespaces (net: see BwrapSpec::joinsSandboxNetwork), a
/// read-only host /usr, a minimal /etc, the sandbox's own /home/user and /tmp,
/// the template read-only at /opt/autocoder, a read-only root, a cleared
/// environment, and --die-with-parent so nothing outlives the server.
class BwrapCommand final
{
public:
    static constexpr const char *TemplateMountPoint = "/opt/autocoder";
    static constexpr qint64 DevShmBytes = qint64(64) * 1024 * 1024; ///< /dev/shm of a sandbox
    static QString defaultPath();
    /// PATH, HOME, USER, LOGNAME of the sandbox user, and NODE_EXTRA_CA_CERTS when the host
    /// has a CA bundle (node ignores the system store; hosts behind a TLS-inspecting proxy
    /// add its CA there, and npm/claude/bun in the sandbox must trust it too).
    static QMap<QString, QString> baseEnvironment();

    static QStringList arguments(const BwrapSpec &spec);
    /// \a arguments NUL-separated, for `bwrap --args FD`: bwrap's own command line (which
    /// every process of the sandbox can read in /proc/1/cmdline) then names no host path
    /// and no environment value.
    static QByteArray argumentBlock(const QStringList &arguments);
    /// Writes the generated /etc files into \a etcDir; false with \a error on failure.
    static bool writeEtc(const QString &etcDir, QString *error);
};

} // namespace Autocoder::Sandboxd
