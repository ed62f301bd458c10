#pragma once

// What the end-to-end tests share: the real local sandbox server (template "claude", with
// the real `claude` CLI and bun), its provider, and runs driven by the scripted fake
// Anthropic API.
#include "fakeanthropicserver.h"
#include "skip.h"

#include "run/e2bsandboxprovider.h"
#include "run/localsandboxserver.h"
#include "run/runcontroller.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace Autocoder::Run::Testing {

inline const QString kE2eFakeKey = QStringLiteral("fake-ant-api03-FAKE-e2e-key-7f3a9c1d5b");

inline QString e2eDataPath(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/e2e/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Command lines of live processes on this machine whose command line contains `needle`
/// (sandbox processes are host processes in their own pid namespace).
inline QStringList hostProcessesContaining(const QByteArray &needle)
{
    QStringList found;
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool ok = false;
        pid.toInt(&ok);
        if (!ok)
            continue;
        QByteArray cmd = readAll(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmd.replace('\0', ' ');
        if (cmd.contains(needle) && !cmd.contains("pgrep"))
            found.append(pid + QLatin1Char(' ') + QString::fromUtf8(cmd));
    }
    return found;
}

/// Base of an end-to-end test: initServer() in initTestCase, stopServer() in cleanupTestCase;
/// a test skips itself when m_skipReason says the template is not prepared.
class E2eTestBase : public QObject
{
protected:
    struct Run
    {
        std::unique_ptr<Autocoder::Testing::FakeAnthropicServer> fake;
        std::unique_ptr<RunController> controller;
        QList<RunEvent> events;
        QString outDir;
    };

    void initServer()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        const QString program = QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
        if (templates.isEmpty() || !QFile::exists(templates + QStringLiteral("/claude/.ready"))) {
            m_skipReason = QStringLiteral(
                "the 'claude' sandbox template is not prepared (run the set-up script)");
            return;
        }
        if (!QFile::exists(program)) {
            m_skipReason = QStringLiteral("autocoder-sandboxd is not built");
            return;
        }
        m_server = std::make_unique<LocalSandboxServer>();
        QSignalSpy ready(m_server.get(), &LocalSandboxServer::ready);
        QSignalSpy failed(m_server.get(), &LocalSandboxServer::failed);
        LocalSandboxServer::Options o;
        o.program = program;
        o.dataDir = m_dir.filePath(QStringLiteral("sandboxd"));
        o.templatesDir = templates;
        m_server->start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_provider = std::make_unique<E2bSandboxProvider>(m_server->connectionConfig(),
                                                          QStringLiteral("local"));
    }

    void stopServer()
    {
        m_provider.reset();
        // The server outlives its clients; this one's data folder is about to go.
        if (m_server)
            QVERIFY(m_server->shutdownServer(15000));
        m_server.reset();
    }

    /// The spec of a data file, with its iteration limit replaced.
    static Autocoder::Spec::ProjectSpec loadSpec(const QString &file, int maxIterations)
    {
        const auto parsed = Autocoder::Spec::ProjectSpec::parse(readAll(e2eDataPath(file)));
        if (!parsed)
            qWarning("spec: %s", qPrintable(parsed.error()));
        Autocoder::Spec::ProjectSpec spec = parsed.valueOr(Autocoder::Spec::ProjectSpec());
        spec.limits.maxIterations = maxIterations;
        return spec;
    }

    std::unique_ptr<Run> makeRun(const QString &scenarioFile)
    {
        auto run = std::make_unique<Run>();
        QString error;
        run->fake = std::make_unique<Autocoder::Testing::FakeAnthropicServer>(
            Autocoder::Testing::FakeAnthropicScenario::fromFile(e2eDataPath(scenarioFile), &error));
        if (!error.isEmpty())
            qWarning("scenario: %s", qPrintable(error));
        run->fake->setExpectedApiKey(kE2eFakeKey);
        run->fake->listen();
        run->controller = std::make_unique<RunController>(m_provider.get());
        Run *raw = run.get();
        connect(run->controller.get(), &RunController::eventEmitted, this,
                [raw](const RunEvent &e) {
                    raw->events.append(e);
                    if (qEnvironmentVariableIsSet("AUTOCODER_E2E_VERBOSE"))
                        qDebug("%s", e.toJsonLine().left(400).constData());
                });
        run->outDir = m_dir.filePath(QStringLiteral("out-%1").arg(++m_counter));
        return run;
    }

    RunOptions optionsFor(const Run &run) const
    {
        RunOptions o;
        o.runsRoot = m_dir.filePath(QStringLiteral("runs"));
        o.anthropicApiKey = kE2eFakeKey;
        o.anthropicBaseUrl = run.fake->baseUrl();
        o.extraSecrets = QStringList { m_server->apiKey() };
        return o;
    }

    static QString waitFinished(Run &run, int timeoutMs = 240000)
    {
        QSignalSpy done(run.controller.get(), &RunController::finished);
        if (run.controller->isFinished())
            return run.controller->state().outcome;
        if (!done.wait(timeoutMs))
            return QStringLiteral("timeout");
        return done.first().first().toString();
    }

    /// The events worth reading when a run did not end as expected.
    static QString dump(const Run &run)
    {
        QString out;
        for (const RunEvent &e : run.events) {
            if (e.kind == EventKind::ProcessOutput || e.kind == EventKind::Log
                || e.kind == EventKind::StepFinished || e.kind == EventKind::AgentToolResult
                || e.kind == EventKind::RunFinished || e.kind == EventKind::IterationFinished)
                out += QString::fromUtf8(e.toJsonLine()).left(600);
        }
        return out.right(6000);
    }

    /// The data of every event of one kind, in order.
    static QList<QJsonObject> eventsOf(const Run &run, QLatin1String kind)
    {
        QList<QJsonObject> out;
        for (const RunEvent &e : run.events) {
            if (e.kind == kind)
                out.append(e.data);
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxServer> m_server;
    std::unique_ptr<E2bSandboxProvider> m_provider;
    QString m_skipReason;
    QStringList m_runFolders;
    int m_counter = 0;
};

} // namespace Autocoder::Run::Testing
