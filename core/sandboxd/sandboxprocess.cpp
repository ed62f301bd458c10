#include "sandboxd/sandboxprocess.h"

#include "sandboxd/outputpipe.h"
#include "sandboxd/sandboxdlog.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include "sandboxd/bwrapcommand.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
qint64 firstChild(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> pids = f.readAll().trimmed().split(' ');
    return pids.isEmpty() ? 0 : pids.first().toLongLong();
}
} // namespace

QJsonObject ProcessConfig::toJson() const
{
    QJsonObject o { { QStringLiteral("cmd"), cmd } };
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    if (!envs.isEmpty()) {
        QJsonObject e;
        for (auto it = envs.cbegin(); it != envs.cend(); ++it)
            e.insert(it.key(), it.value());
        o.insert(QStringLiteral("envs"), e);
    }
    if (!cwd.isEmpty())
        o.insert(QStringLiteral("cwd"), cwd);
    return o;
}

ProcessConfig ProcessConfig::fromJson(const QJsonObject &json)
{
    ProcessConfig c;
    c.cmd = json.value(QStringLiteral("cmd")).toString();
    const QJsonArray args = json.value(QStringLiteral("args")).toArray();
    for (const auto &a : args)
        c.args << a.toString();
    const QJsonObject envs = json.value(QStringLiteral("envs")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it)
        c.envs.insert(it.key(), it.value().toString());
    c.cwd = json.value(QStringLiteral("cwd")).toString();
    return c;
}

SandboxProcess::SandboxProcess(quint32 pid, const QString &tag, const ProcessConfig &config,
                               QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_stdout(new OutputPipe(this))
    , m_stderr(new OutputPipe(this))
    , m_pid(pid)
    , m_tag(tag)
    , m_config(config)
{ }

SandboxProcess::~SandboxProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        killAll();
        m_process->waitForFinished(2000);
    }
    if (!m_finished && !m_exitEvent.isEmpty()) {
        // Destroyed with its sandbox: report what the pipes hold now (at most their
        // capacity, the writers are gone) and the end, without waiting for end of file.
        m_stdout->drain(qint64(1024) * 1024);
        m_stderr->drain(qint64(1024) * 1024);
        finish(m_exitEvent);
    }
}

bool SandboxProcess::launch(QProcess *process, const QString &program, const QStringList &arguments,
                            ChildSetup setup, QString *error)
{
    // bwrap takes options from --args but the command only from its real command line.
    const qsizetype split = arguments.indexOf(QStringLiteral("--"));
    const QByteArray block = BwrapCommand::argumentBlock(arguments.mid(0, split));
    const int fd = ::memfd_create("bwrap-args", MFD_CLOEXEC);
    if (fd < 0 || ::write(fd, block.constData(), size_t(block.size())) != block.size()
        || ::lseek(fd, 0, SEEK_SET) != 0) {
        *error = QStringLiteral("cannot pass the sandbox's arguments: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    setup.inheritFd = fd;
    setup.applyTo(process);
    // bwrap's pid 1 in the sandbox keeps the environment bwrap started with, readable in
    // /proc/1/environ: give it nothing of the server's.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(env);
    process->start(program,
                   QStringList { QStringLiteral("--args"), QString::number(fd) }
                       + (split >= 0 ? arguments.mid(split) : QStringList()));
    // The child has its own copy (or failed to start); the server needs none.
    ::close(fd);
    return true;
}

void SandboxProcess::start(const QString &program, const QStringList &arguments, bool keepStdinOpen,
                           const ChildSetup &setup)
{
    // QProcess cannot stop reading its pipes, so the child writes into pipes of our own and
    // QProcess's output channels go nowhere.
    ChildSetup childSetup = setup;
    if (m_stdout->open() && m_stderr->open()) {
        childSetup.stdoutFd = m_stdout->writeEnd();
        childSetup.stderrFd = m_stderr->writeEnd();
    } else {
        // Without pipes the child would have no output at all: refuse to start it.
        childSetup.stdoutFd = childSetup.stderrFd = -1;
    }
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_stdout, &OutputPipe::data, this,
            [this](const QByteArray &chunk) { Q_EMIT output(false, chunk); });
    connect(m_stderr, &OutputPipe::data, this,
            [this](const QByteArray &chunk) { Q_EMIT output(true, chunk); });
    connect(m_stdout, &OutputPipe::finished, this, [this] { finishWhenDrained(); });
    connect(m_stderr, &OutputPipe::finished, this, [this] { finishWhenDrained(); });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                if (status == QProcess::CrashExit) {
                    m_exitEvent = endEventFor(true, m_signalSent ? m_signalSent : SIGKILL);
                } else if (m_signalSent && exitCode == 128 + m_signalSent) {
                    // bwrap turns "killed by signal N" into exit status 128+N; when we sent
                    // exactly that signal, report it the way envd does.
                    m_exitEvent = endEventFor(true, m_signalSent);
                } else {
                    m_exitEvent = endEventFor(false, exitCode);
                }
                finishWhenDrained();
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcSandboxd, "%s failed to start: %s", qPrintable(m_process->program()),
                      qPrintable(m_process->errorString()));
            m_stdout->closeWriteEnd();
            m_stderr->closeWriteEnd();
            finish(QJsonObject { { QStringLiteral("exitCode"), -1 },
                                 { QStringLiteral("status"), QStringLiteral("failed to start") },
                                 { QStringLiteral("error"), m_process->errorString() } });
        }
    });
    QString error;
    if (childSetup.stdoutFd < 0)
        error = QStringLiteral("cannot create pipes");
    else
        launch(m_process, program, arguments, childSetup, &error);
    // The child has its copies now (or failed to start): ours would keep the pipes open.
    m_stdout->closeWriteEnd();
    m_stderr->closeWriteEnd();
    if (!error.isEmpty()) {
        qCWarning(lcSandboxd, "%s could not be launched: %s", qPrintable(program),
                  qPrintable(error));
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                finish({ { QStringLiteral("exitCode"), -1 },
                         { QStringLiteral("status"), QStringLiteral("failed to start") },
                         { QStringLiteral("error"), error } });
            },
            Qt::QueuedConnection);
        return;
    }
    if (!keepStdinOpen)
        m_process->closeWriteChannel();
}

void SandboxProcess::finishWhenDrained()
{
    // The end goes after every byte of output: the exit of bwrap and the end of both pipes
    // arrive in any order.
    if (!m_exitEvent.isEmpty() && m_stdout->atEnd() && m_stderr->atEnd())
        finish(m_exitEvent);
}

void SandboxProcess::holdOutput(QObject *holder)
{
    if (!holder || m_holders.contains(holder))
        return;
    m_holders.insert(holder);
    connect(holder, &QObject::destroyed, this, [this, holder] { releaseOutput(holder); });
    updatePipes();
}

void SandboxProcess::releaseOutput(QObject *holder)
{
    if (!m_holders.remove(holder))
        return;
    disconnect(holder, &QObject::destroyed, this, nullptr);
    updatePipes();
}

void SandboxProcess::updatePipes()
{
    const bool held = !m_holders.isEmpty();
    m_stdout->setPaused(held);
    m_stderr->setPaused(held);
}

void SandboxProcess::finish(const QJsonObject &endEvent)
{
    if (m_finished)
        return;
    m_finished = true;
    m_endEvent = endEvent;
    if (!m_endError.isEmpty())
        m_endEvent.insert(QStringLiteral("error"), m_endError);
    Q_EMIT finished(m_endEvent);
}

QJsonObject SandboxProcess::endEventFor(bool signaled, int code)
{
    QJsonObject end;
    if (signaled) {
        const QString status = QStringLiteral("signal: ") + signalName(code);
        end.insert(QStringLiteral("exitCode"), -1);
        end.insert(QStringLiteral("status"), status);
        end.insert(QStringLiteral("error"), status);
        return end;
    }
    const QString status = QStringLiteral("exit status %1").arg(code);
    end.insert(QStringLiteral("exited"), true);
    end.insert(QStringLiteral("status"), status);
    if (code != 0) {
        end.insert(QStringLiteral("exitCode"), code);
        end.insert(QStringLiteral("error"), status);
    }
    return end;
}

QString SandboxProcess::signalName(int signal)
{
    // Go's syscall.Signal.String(), which envd's "signal: ..." statuses use.
    static const char *names[] = { "",
                                   "hangup",
                                   "interrupt",
                                   "quit",
                                   "illegal instruction",
                                   "trace/breakpoint trap",
                                   "aborted",
                                   "bus error",
                                   "floating point exception",
                                   "killed",
                                   "user defined signal 1",
                                   "segmentation fault",
                                   "user defined signal 2",
                                   "broken pipe",
                                   "alarm clock",
                                   "terminated" };
    if (signal > 0 && signal < int(sizeof(names) / sizeof(names[0])))
        return QLatin1String(names[signal]);
    return QStringLiteral("signal %1").arg(signal);
}

bool SandboxProcess::sendInput(const QByteArray &data)
{
    // Also while still Starting: the start event reaches the client before QProcess has seen
    // the exec succeed, and QProcess keeps what is written until the pipe takes it.
    if (m_finished || m_process->state() == QProcess::NotRunning)
        return false;
    return m_process->write(data) == data.size();
}

bool SandboxProcess::closeStdin()
{
    if (m_finished)
        return false;
    m_process->closeWriteChannel();
    return true;
}

qint64 SandboxProcess::commandHostPid() const
{
    const qint64 outer = m_process->processId();
    if (outer <= 0)
        return 0;
    // bwrap (monitor) -> bwrap (pid 1 of the namespace, reaper) -> the command.
    const qint64 init = firstChild(outer);
    return init > 0 ? firstChild(init) : 0;
}

bool SandboxProcess::sendSignal(int signal)
{
    if (m_finished)
        return false;
    m_signalSent = signal;
    if (signal == SIGKILL) {
        killNamespace();
        return true;
    }
    const qint64 command = commandHostPid();
    // The command is a session and group leader (bwrap --new-session) or pid 2 under it.
    return command > 0
        && (::kill(pid_t(-command), signal) == 0 || ::kill(pid_t(command), signal) == 0);
}

void SandboxProcess::killNamespace()
{
    // SIGKILL to the namespace's pid 1 (bwrap's reaper) makes the kernel kill every process
    // in the namespace. Killing only the outer bwrap is not enough: a reaper that has not
    // armed its parent-death signal yet would survive it with the command. Wait briefly for
    // the reaper to exist when the process was only just started.
    const qint64 outer = m_process->processId();
    for (int attempt = 0; outer > 0 && attempt < 100; ++attempt) {
        const qint64 init = firstChild(outer);
        if (init > 0) {
            // bwrap's monitor reaps the reaper and exits with it: nothing left as a zombie.
            ::kill(pid_t(init), SIGKILL);
            return;
        }
        if (m_process->state() != QProcess::Running)
            break;
        ::usleep(2000);
    }
    m_process->kill();
}

void SandboxProcess::setPaused(bool paused)
{
    if (m_finished)
        return;
    const qint64 command = commandHostPid();
    if (command > 0)
        ::kill(pid_t(-command), paused ? SIGSTOP : SIGCONT);
}

void SandboxProcess::killAll()
{
    if (m_finished && m_process->state() == QProcess::NotRunning)
        return;
    if (!m_signalSent)
        m_signalSent = SIGKILL;
    killNamespace();
}

void SandboxProcess::killWithError(const QString &error)
{
    if (m_finished)
        return;
    m_endError = error;
    killAll();
}

} // namespace Autocoder::Sandboxd
