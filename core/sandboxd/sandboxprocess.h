#pragma once

#include "sandboxd/childsetup.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

class QProcess;

namespace Autocoder::Sandboxd {

class OutputPipe;

/// envd's ProcessConfig.
struct ProcessConfig
{
    QString cmd;
    QStringList args;
    QMap<QString, QString> envs;
    QString cwd;

    QJsonObject toJson() const;
    static ProcessConfig fromJson(const QJsonObject &json);
};

/// One process started in a sandbox: a bwrap child (own pid namespace) driven
/// by QProcess on the server's event loop. Output comes through pipes of its own
/// (see OutputPipe) and is emitted as it is read; while any holder holds the
/// output, nothing is read and the process blocks on its full pipe. The end is
/// reported once the process exited and both pipes were read to their end; after
/// it, the end event stays available for re-attaching clients.
///
/// Signals go to the command's process group inside the namespace (found via
/// /proc/<bwrap>/task/<tid>/children, never by a client-given host pid); SIGKILL
/// falls back to killing bwrap, whose --die-with-parent child then takes the
/// whole namespace down.
class SandboxProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)
public:
    SandboxProcess(quint32 pid, const QString &tag, const ProcessConfig &config,
                   QObject *parent = nullptr);
    ~SandboxProcess() override;

    /// Starts \a program (bwrap) with \a arguments, the child prepared by \a setup and with
    /// a minimal environment of its own (bwrap's pid 1 inside keeps the environment it was
    /// started with, and the sandbox can read it); emits finished() later if it cannot run.
    void start(const QString &program, const QStringList &arguments, bool keepStdinOpen,
               const ChildSetup &setup);
    /// Starts bwrap (\a program) in \a process: \a arguments through `--args` (a sealed
    /// memfd), the child prepared by \a setup, and an environment of its own that holds
    /// nothing of the server's. False with \a error when the memfd cannot be made.
    static bool launch(QProcess *process, const QString &program, const QStringList &arguments,
                       ChildSetup setup, QString *error);

    quint32 pid() const { return m_pid; }
    QString tag() const { return m_tag; }
    const ProcessConfig &config() const { return m_config; }
    bool isRunning() const { return !m_finished; }
    /// `{"end":{...}}` payload in envd form; valid once finished.
    QJsonObject endEvent() const { return m_endEvent; }

    /// Stops reading output while \a holder (e.g. a stream whose client is slow) holds
    /// it; reading resumes when no holder is left. A destroyed holder lets go.
    void holdOutput(QObject *holder);
    void releaseOutput(QObject *holder);
    bool isOutputHeld() const { return !m_holders.isEmpty(); }

    bool sendInput(const QByteArray &data);
    bool closeStdin();
    bool sendSignal(int signal);
    /// SIGSTOP/SIGCONT of the whole process group (sandbox pause/resume).
    void setPaused(bool paused);
    /// Kills everything of this process now (sandbox end).
    void killAll();
    /// Kills everything of this process; its end event carries \a error (a broken limit).
    void killWithError(const QString &error);
    /// Host pid of the command inside the namespace (0 if not known yet).
    qint64 commandHostPid() const;

    static QJsonObject endEventFor(bool signaled, int code);
    static QString signalName(int signal);

Q_SIGNALS:
    void output(bool isStderr, const QByteArray &data);
    void finished(const QJsonObject &endEvent);

private:
    void finish(const QJsonObject &endEvent);
    void finishWhenDrained();
    void killNamespace();
    void updatePipes();

    QProcess *m_process = nullptr;
    OutputPipe *m_stdout = nullptr;
    OutputPipe *m_stderr = nullptr;
    QSet<QObject *> m_holders;
    QJsonObject m_exitEvent; ///< set when bwrap exited; reported once the pipes are drained
    quint32 m_pid;
    QString m_tag;
    ProcessConfig m_config;
    QJsonObject m_endEvent;
    QString m_endError;
    int m_signalSent = 0;
    bool m_finished = false;
};

} // namespace Autocoder::Sandboxd
