// What a first run needs, checked on a machine set up for it: a throwaway HOME, no key in
// the environment, and (without AUTOCODER_SECRETS_MODE=keyring) no keychain either.
#include "run/localsandboxserver.h"
#include "secrets/secretstore.h"
#include "setup/endpointprobe.h"
#include "setup/readiness.h"
#include "setup/templatepreparer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Autocoder;
using Setup::Readiness;
using Setup::ReadinessCheck;
using State = ReadinessCheck::State;

namespace {

bool withKeyring()
{
    return qEnvironmentVariable("AUTOCODER_SECRETS_MODE") == QLatin1String("keyring");
}

void writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_service =
        QStringLiteral("AutocoderTest-") + QUuid::createUuid().toString(QUuid::Id128);
    QString m_sandboxd;
    QString m_templates;

    Readiness::Options options(const QString &backend = QStringLiteral("local")) const
    {
        Readiness::Options o;
        o.backend = backend;
        o.sandboxdProgram = m_sandboxd;
        o.templatesDir = m_templates;
        o.keychainService = m_service;
        o.timeoutMs = 5000;
        return o;
    }

    /// Runs the checks to their end.
    static QList<ReadinessCheck> run(Readiness &readiness, const Readiness::Options &o)
    {
        QSignalSpy finished(&readiness, &Readiness::finished);
        readiness.start(o);
        [&] {
            QVERIFY(finished.wait(20000));
        }();
        return readiness.checks();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        qunsetenv("E2B_API_KEY");
        qunsetenv("AUTOCODER_TEMPLATES_DIR");
        // A stand-in server binary and prepared templates, so only the key is missing.
        m_sandboxd = m_home.filePath(QStringLiteral("bin/autocoder-sandboxd"));
        writeFile(m_sandboxd, "#!/bin/sh\nexit 0\n", true);
        m_templates = m_home.filePath(QStringLiteral("templates"));
        writeFile(m_templates + QStringLiteral("/claude/.ready"), "2.1.112 (Claude Code)\n");
    }

    void cleanup()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        qunsetenv("E2B_API_KEY");
    }

    void withoutAKeyTheKeyIsMissingAndBlocks()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bwrap")).isEmpty())
            QSKIP("bubblewrap is not installed here");
        Readiness readiness;
        const QList<ReadinessCheck> checks = run(readiness, options());
        QCOMPARE(checks.size(), 4);
        QVERIFY2(readiness.check(QStringLiteral("bwrap")).isOk(),
                 qPrintable(readiness.check(QStringLiteral("bwrap")).detail));
        QVERIFY(readiness.check(QStringLiteral("sandboxd")).isOk());
        QVERIFY(readiness.check(QStringLiteral("templates")).isOk());
        QVERIFY(readiness.check(QStringLiteral("templates"))
                    .detail.contains(QStringLiteral("2.1.112")));

        const ReadinessCheck key = readiness.check(QStringLiteral("anthropic"));
        QCOMPARE(key.state, State::Missing);
        QVERIFY(key.blocks());
        QVERIFY(key.detail.contains(QStringLiteral("ANTHROPIC_API_KEY")));
        QVERIFY(!readiness.isReady());
        QVERIFY(readiness.blockingReason().startsWith(QStringLiteral("Anthropic API key")));
        if (withKeyring()) {
            // A keychain to keep it in: the page can ask for it.
            QVERIFY(readiness.keychainAvailable());
            QCOMPARE(key.fix, ReadinessCheck::Fix::EnterKey);
        } else {
            // Nowhere to keep a typed key: the only way is the environment, and it says so.
            QVERIFY(!readiness.keychainAvailable());
            QCOMPARE(key.fix, ReadinessCheck::Fix::None);
            QVERIFY(key.detail.contains(QStringLiteral("no system keychain")));
        }
    }

    void aKeyInTheEnvironmentIsEnough()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true"); // bwrap is not what this test is about
        run(readiness, o);
        const ReadinessCheck key = readiness.check(QStringLiteral("anthropic"));
        QCOMPARE(key.state, State::Ok);
        QVERIFY(key.detail.contains(QStringLiteral("ANTHROPIC_API_KEY")));
        QVERIFY(!key.detail.contains(QStringLiteral("0123456789")));
        QVERIFY(readiness.isReady());
        QVERIFY(readiness.blockingReason().isEmpty());
    }

    void aBaseUrlThatAnswersIsEnoughWithoutAKey()
    {
        QTcpServer fake; // loopback only
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        qputenv("ANTHROPIC_BASE_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()).toLatin1());
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        run(readiness, o);
        const ReadinessCheck key = readiness.check(QStringLiteral("anthropic"));
        QVERIFY2(key.isOk(), qPrintable(key.detail));
        QVERIFY(key.detail.contains(QStringLiteral("answers")));
        QVERIFY(readiness.isReady());
    }

    void aBaseUrlThatDoesNotAnswerFails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        qputenv("ANTHROPIC_BASE_URL", QStringLiteral("http://127.0.0.1:%1").arg(port).toLatin1());
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        run(readiness, o);
        const ReadinessCheck key = readiness.check(QStringLiteral("anthropic"));
        QCOMPARE(key.state, State::Failed);
        QVERIFY(key.detail.contains(QStringLiteral("does not answer")));
        QVERIFY(!readiness.isReady());

        qputenv("ANTHROPIC_BASE_URL", "not a url");
        run(readiness, o);
        QCOMPARE(readiness.check(QStringLiteral("anthropic")).state, State::Failed);
    }

    void missingBwrapIsSaidWithWhatToInstall()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_home.filePath(QStringLiteral("empty-path")).toLocal8Bit());
        Readiness readiness;
        run(readiness, options());
        qputenv("PATH", path);
        const ReadinessCheck bwrap = readiness.check(QStringLiteral("bwrap"));
        QCOMPARE(bwrap.state, State::Missing);
        QVERIFY(bwrap.blocks());
        QVERIFY(bwrap.detail.contains(QStringLiteral("bubblewrap")));
        QVERIFY(!readiness.isReady());
        QVERIFY(readiness.blockingReason().startsWith(QStringLiteral("Bubblewrap")));
    }

    void aBwrapThatCannotMakeASandboxFails()
    {
        const QString broken = m_home.filePath(QStringLiteral("broken/bwrap"));
        writeFile(broken,
                  "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n",
                  true);
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = broken;
        run(readiness, o);
        const ReadinessCheck bwrap = readiness.check(QStringLiteral("bwrap"));
        QCOMPARE(bwrap.state, State::Failed);
        QVERIFY2(bwrap.detail.contains(QStringLiteral("No permissions")), qPrintable(bwrap.detail));
    }

    void missingTemplatesSayWhatToRunButDoNotBlock()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        o.templatesDir = m_home.filePath(QStringLiteral("no-templates"));
        run(readiness, o);
        const ReadinessCheck templates = readiness.check(QStringLiteral("templates"));
        QCOMPARE(templates.state, State::Missing);
        QVERIFY(!templates.blocks()); // the first run prepares them
        QCOMPARE(templates.fix, ReadinessCheck::Fix::PrepareTemplates);
        QVERIFY2(templates.detail.contains(m_sandboxd
                                           + QStringLiteral(" prepare-templates --templates-dir ")
                                           + o.templatesDir),
                 qPrintable(templates.detail));
        QVERIFY(readiness.isReady());
    }

    void withoutATemplatesFolderTheDataFolderIsChecked()
    {
        // What an installed app does: no AUTOCODER_TEMPLATES_DIR, no folder in the options.
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        qunsetenv("AUTOCODER_SANDBOXD_DATA_DIR");
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        o.templatesDir.clear();
        run(readiness, o);
        const ReadinessCheck templates = readiness.check(QStringLiteral("templates"));
        QCOMPARE(templates.state, State::Missing);
        QCOMPARE(templates.fix, ReadinessCheck::Fix::PrepareTemplates);
        const QString dir =
            Run::LocalSandboxServer::defaultDataDir() + QStringLiteral("/templates");
        QVERIFY2(templates.detail.contains(
                     m_sandboxd + QStringLiteral(" prepare-templates --templates-dir ") + dir),
                 qPrintable(templates.detail));
        // Prepared there, it is found there.
        writeFile(dir + QStringLiteral("/claude/.ready"), "2.1.112 (Claude Code)\n");
        run(readiness, o);
        QVERIFY2(readiness.check(QStringLiteral("templates")).isOk(),
                 qPrintable(readiness.check(QStringLiteral("templates")).detail));
        QVERIFY(QDir(Run::LocalSandboxServer::defaultDataDir()).removeRecursively());
    }

    void theDefaultTemplatesFolderFollowsTheEnvironment()
    {
        qputenv("AUTOCODER_TEMPLATES_DIR", "/somewhere/templates");
        QCOMPARE(Readiness::defaultTemplatesDir(), QStringLiteral("/somewhere/templates"));
        qunsetenv("AUTOCODER_TEMPLATES_DIR");
        // Without it: in the local server's data folder, where the server itself looks.
        qunsetenv("AUTOCODER_SANDBOXD_DATA_DIR");
        QCOMPARE(Readiness::defaultTemplatesDir(),
                 Run::LocalSandboxServer::defaultDataDir() + QStringLiteral("/templates"));
        QVERIFY2(Readiness::defaultTemplatesDir().endsWith(
                     QStringLiteral("/dev.autocoder.Autocoder/autocoder-sandboxd/templates")),
                 qPrintable(Readiness::defaultTemplatesDir()));
        qputenv("AUTOCODER_SANDBOXD_DATA_DIR", "/elsewhere/sandboxd");
        QCOMPARE(Readiness::defaultTemplatesDir(), QStringLiteral("/elsewhere/sandboxd/templates"));
        qunsetenv("AUTOCODER_SANDBOXD_DATA_DIR");
    }

    void missingServerBinaryBlocks()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        o.sandboxdProgram = m_home.filePath(QStringLiteral("nowhere/autocoder-sandboxd"));
        run(readiness, o);
        const ReadinessCheck server = readiness.check(QStringLiteral("sandboxd"));
        QCOMPARE(server.state, State::Missing);
        QVERIFY(server.blocks());
        QVERIFY(server.detail.contains(QStringLiteral("AUTOCODER_SANDBOXD")));
        QVERIFY(!readiness.isReady());
    }

    void e2bNeedsItsKeyAndNoLocalTools()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        Readiness readiness;
        run(readiness, options(QStringLiteral("e2b")));
        QCOMPARE(readiness.checks().size(), 2);
        QVERIFY(readiness.check(QStringLiteral("bwrap")).id.isEmpty());
        QCOMPARE(readiness.check(QStringLiteral("e2b")).state, State::Missing);
        QVERIFY(readiness.blockingReason().startsWith(QStringLiteral("E2B API key")));

        qputenv("E2B_API_KEY", "e2b_fake_0123456789");
        run(readiness, options(QStringLiteral("e2b")));
        QVERIFY(readiness.isReady());
    }

    void aStoredKeyIsFound()
    {
        if (!withKeyring())
            QSKIP("needs a Secret Service (AUTOCODER_SECRETS_MODE=keyring)");
        Secrets::SecretStore store(m_service, nullptr);
        QSignalSpy written(&store, &Secrets::SecretStore::writeFinished);
        store.write(Secrets::SecretStore::anthropicKey(), QStringLiteral("fake-ant-keyring-42"));
        QVERIFY(written.wait(20000));
        Readiness readiness;
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        run(readiness, o);
        const ReadinessCheck key = readiness.check(QStringLiteral("anthropic"));
        QVERIFY2(key.isOk(), qPrintable(key.detail));
        QVERIFY(key.detail.contains(QStringLiteral("keychain")));
        QVERIFY(readiness.isReady());
        QSignalSpy removed(&store, &Secrets::SecretStore::removeFinished);
        store.remove(Secrets::SecretStore::anthropicKey());
        QVERIFY(removed.wait(20000));
    }

    void aRecheckDropsOlderAnswers()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-readiness-0123456789");
        Readiness readiness;
        QSignalSpy finished(&readiness, &Readiness::finished);
        Readiness::Options o = options();
        o.bwrapProgram = QStringLiteral("true");
        readiness.start(o);
        readiness.start(o); // before the first one answered
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(readiness.isReady());
    }

    void preparingTemplatesRunsTheServerAndReportsItsLines()
    {
        const QString fake = m_home.filePath(QStringLiteral("prep/autocoder-sandboxd"));
        writeFile(
            fake,
            "#!/bin/sh\n[ \"$1\" = prepare-templates ] && [ \"$2\" = --templates-dir ] || exit 3\n"
            "echo \"installing into $3\"\necho 'Templates ready: base, claude'\n",
            true);
        Setup::TemplatePreparer preparer;
        QSignalSpy lines(&preparer, &Setup::TemplatePreparer::progress);
        QList<Result<void>> results;
        connect(&preparer, &Setup::TemplatePreparer::finished, this,
                [&results](const Result<void> &result) { results.append(result); });
        preparer.start(fake, QStringLiteral("/tmp/where"));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QVERIFY(results.first().isOk());
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.at(1).first().toString(), QStringLiteral("installing into /tmp/where"));

        const QString failing = m_home.filePath(QStringLiteral("prep/failing"));
        writeFile(failing,
                  "#!/bin/sh\necho 'Preparing templates failed: npm is unreachable'\nexit 1\n",
                  true);
        preparer.start(failing, QStringLiteral("/tmp/where"));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QVERIFY(!results.at(1).isOk());
        QVERIFY(results.at(1).error().contains(QStringLiteral("npm is unreachable")));

        preparer.start(m_home.filePath(QStringLiteral("prep/none")), QStringLiteral("/tmp/where"));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
        QVERIFY(!results.at(2).isOk());
        QVERIFY(!preparer.isRunning());
    }

    void endpointProbeSaysWhy()
    {
        Setup::EndpointProbe probe;
        QString answer = QStringLiteral("unset");
        probe.probe(QUrl(QStringLiteral("ftp://127.0.0.1/")),
                    [&answer](const QString &error) { answer = error; });
        QTRY_VERIFY(answer != QLatin1String("unset"));
        QVERIFY(answer.contains(QStringLiteral("not an http")));
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
