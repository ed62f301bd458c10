#pragma once

// Tests that run the real autocoder-sandboxd binary on temporary data folders:
// the folders, the servers they start and their clean-up.
#include "run/localsandboxserver.h"
#include "sandboxdharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace SandboxdBinary {
inline QString sandboxdProgram()
{
    // Overridable to show what an older binary does with these tests.
    const QString fromEnv = qEnvironmentVariable("AUTOCODER_LIFETIME_SANDBOXD");
    return fromEnv.isEmpty() ? QStringLiteral(SANDBOXD_BINARY) : fromEnv;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool isAlive(qint64 pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return pid > 0 && close > 0 && stat.mid(close + 2, 1) != "Z"; // a zombie has ended
}

/// The host pid of `sleep <marker>`, wherever it runs; 0 if there is none.
inline qint64 findSleep(const QString &marker)
{
    const QByteArray wanted = QByteArray("sleep\0", 6) + marker.toLatin1() + '\0';
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.toLongLong() > 0
            && readAll(QStringLiteral("/proc/%1/cmdline").arg(pid)).endsWith(wanted))
            return pid.toLongLong();
    }
    return 0;
}

inline QString newMarker()
{
    return QStringLiteral("600.%1").arg(QRandomGenerator::system()->bounded(100000, 999999));
}
} // namespace SandboxdBinary

/// Base of the test classes: temporary data folders and servers, ended after each test.
class SandboxdBinaryTest : public QObject
{
protected:
    QTemporaryDir m_tmp;
    QStringList m_dataDirs;
    QList<QProcess *> m_processes;
    int m_counter = 0;

    QString newDataDir()
    {
        const QString d = m_tmp.filePath(QStringLiteral("data%1").arg(++m_counter));
        m_dataDirs << d;
        return d;
    }

    QString templatesDir() const
    {
        const QString t = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        return t.isEmpty() ? m_tmp.filePath(QStringLiteral("templates")) : t;
    }

    /// The binary run directly, as a person would.
    QProcess *runServer(const QString &dataDir, const QStringList &extra,
                        const QProcessEnvironment &env = {})
    {
        auto *p = new QProcess(this);
        m_processes << p;
        QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        if (env.isEmpty())
            e.remove(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"));
        p->setProcessEnvironment(e);
        p->start(SandboxdBinary::sandboxdProgram(),
                 QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--data-dir"), dataDir,
                               QStringLiteral("--templates-dir"), templatesDir() }
                     + extra);
        return p;
    }

    static QUrl waitListening(QProcess *p)
    {
        QElapsedTimer t;
        t.start();
        while (!p->canReadLine() && p->state() != QProcess::NotRunning && !t.hasExpired(15000))
            p->waitForReadyRead(100);
        const QByteArray line = p->readLine().trimmed();
        if (!line.startsWith("Listening on "))
            return {};
        return QUrl(QString::fromLatin1(line.mid(13)));
    }

    static SandboxdHarness *clientFor(SandboxdHarness &h, const QUrl &url, const QString &key)
    {
        h.port = quint16(url.port());
        h.config.apiKey = key;
        return &h;
    }

    bool initFolders()
    {
        QDir().mkpath(templatesDir());
        return m_tmp.isValid() && QFileInfo(SandboxdBinary::sandboxdProgram()).isExecutable();
    }

    void endServers()
    {
        for (QProcess *p : std::as_const(m_processes)) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
        m_processes.clear();
        for (const QString &d : std::as_const(m_dataDirs))
            QVERIFY2(Autocoder::Run::LocalSandboxServer::shutdownServer(d, 10000), qPrintable(d));
        m_dataDirs.clear();
    }
};
