#include "run/localsandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Autocoder::Run {

LocalSandboxServer::LocalSandboxServer(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this]() {
        fail(tr("autocoder-sandboxd did not become ready in time. %1")
                 .arg(QString::fromLocal8Bit(m_stderrTail).trimmed()));
    });
}

LocalSandboxServer::~LocalSandboxServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->terminate();
        // Shutdown only: give the server a moment to remove its sandboxes.
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString LocalSandboxServer::findProgram()
{
    const QString fromEnv = qEnvironmentVariable("AUTOCODER_SANDBOXD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside =
        QCoreApplication::applicationDirPath() + QStringLiteral("/autocoder-sandboxd");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("autocoder-sandboxd"));
}

quint16 LocalSandboxServer::parseListeningLine(const QByteArray &line)
{
    static const QRegularExpression re(
        QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return 0;
    const uint port = m.captured(1).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : 0;
}

E2b::ConnectionConfig LocalSandboxServer::connectionConfig() const
{
    E2b::ConnectionConfig c;
    c.apiKey = E2b::Secret(m_apiKey);
    c.apiUrl = m_url;
    c.sandboxUrl = m_url;
    c.domain = QStringLiteral("localhost");
    return c;
}

void LocalSandboxServer::start(const Options &options)
{
    const QString program = options.program.isEmpty() ? findProgram() : options.program;
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this]() { fail(tr("autocoder-sandboxd was not found")); }, Qt::QueuedConnection);
        return;
    }
    QByteArray random(20, '\0');
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    m_apiKey = QStringLiteral("e2b_") + QString::fromLatin1(random.toHex());

    auto *p = new QProcess(this);
    m_process = p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), m_apiKey);
    p->setProcessEnvironment(env);
    QStringList args { QStringLiteral("--port"), QStringLiteral("0") };
    if (!options.dataDir.isEmpty())
        args << QStringLiteral("--data-dir") << options.dataDir;
    if (!options.templatesDir.isEmpty())
        args << QStringLiteral("--templates-dir") << options.templatesDir;
    p->setProgram(program);
    p->setArguments(args);
    connect(p, &QProcess::readyReadStandardOutput, this, [this, p]() {
        m_stdoutBuffer += p->readAllStandardOutput();
        qsizetype nl;
        while (!m_ready && (nl = m_stdoutBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_stdoutBuffer.left(nl);
            m_stdoutBuffer.remove(0, nl + 1);
            const quint16 port = parseListeningLine(line);
            if (port) {
                m_ready = true;
                m_startTimer.stop();
                m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
                Q_EMIT ready(m_url);
            }
        }
        if (m_stdoutBuffer.size() > 65536)
            m_stdoutBuffer.clear();
    });
    connect(p, &QProcess::readyReadStandardError, this, [this, p]() {
        m_stderrTail += p->readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("autocoder-sandboxd could not be started: %1").arg(p->errorString()));
    });
    connect(p, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString why = tr("autocoder-sandboxd exited (code %1): %2")
                                .arg(code)
                                .arg(QString::fromLocal8Bit(m_stderrTail).trimmed());
        if (m_stopping)
            return;
        if (m_ready) {
            m_ready = false;
            Q_EMIT crashed(why);
        } else {
            fail(why);
        }
    });
    m_startTimer.start(options.startTimeoutMs);
    p->start();
}

void LocalSandboxServer::stop()
{
    m_stopping = true;
    m_ready = false;
    m_startTimer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        QPointer<QProcess> p = m_process;
        QTimer::singleShot(5000, this, [p]() {
            if (p && p->state() != QProcess::NotRunning)
                p->kill();
        });
    }
}

void LocalSandboxServer::fail(const QString &error)
{
    m_startTimer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->kill();
    }
    Q_EMIT failed(error);
}

} // namespace Autocoder::Run
