// The start of a run: the agent's presence and version known from the template's manifest
// (no process in the sandbox), and the check + install when the manifest says nothing.
#include "fakesandbox.h"
#include "liverunfixture.h"

#include "e2b/sandboxinfo.h"
#include "run/engine/ensureagentstep.h"
#include "run/runcontroller.h"
#include "sandboxd/templatemanifest.h"
#include "sandboxd/templatestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;
using Autocoder::Sandboxd::TemplateManifest;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

template<typename R>
QString errorOf(const R &result)
{
    return result ? QString() : result.error();
}

} // namespace

class RunStartTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void manifestRoundTrip();
    void manifestRefusesBadInput_data();
    void manifestRefusesBadInput();
    void manifestFromVersionOutput();
    void manifestReadFromTemplateFolder();
    void storeReportsManifests();
    void clientReadsTheReportedManifest();
    void versionFromTemplate_data();
    void versionFromTemplate();
    void agentKnownFromTemplateStartsNoProcess();
    void agentCheckedWithoutAManifest_data();
    void agentCheckedWithoutAManifest();

private:
    /// Runs until the agent's turn starts, then stops; returns the log texts seen.
    QStringList startUntilAgentTurn(FakeSandboxProvider &provider);
};

void RunStartTest::manifestRoundTrip()
{
    const TemplateManifest m { QStringLiteral("claude"), QStringLiteral("2.1.112"),
                               QStringLiteral("1.4.5") };
    const auto back = TemplateManifest::fromJson(m.toJson());
    QVERIFY2(back, qPrintable(errorOf(back)));
    QCOMPARE(back->name, m.name);
    QCOMPARE(back->claudeCodeVersion, m.claudeCodeVersion);
    QCOMPARE(back->bunVersion, m.bunVersion);
    QCOMPARE(m.toJson().value(QStringLiteral("formatVersion")).toInt(),
             TemplateManifest::FormatVersion);
}

void RunStartTest::manifestRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no format") << QByteArray(R"({"claudeCode":"2.1.112"})");
    QTest::newRow("format not a number") << QByteArray(R"({"formatVersion":"1"})");
    QTest::newRow("format zero") << QByteArray(R"({"formatVersion":0})");
    QTest::newRow("newer format") << QByteArray(R"({"formatVersion":99,"claudeCode":"9.9.9"})");
    QTest::newRow("version not a string") << QByteArray(R"({"formatVersion":1,"claudeCode":2})");
    QTest::newRow("name not a string") << QByteArray(R"({"formatVersion":1,"name":[]})");
}

void RunStartTest::manifestRefusesBadInput()
{
    QFETCH(QByteArray, json);
    const auto parsed = TemplateManifest::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().isEmpty());
}

void RunStartTest::manifestFromVersionOutput()
{
    const TemplateManifest m = TemplateManifest::fromVersionOutput(
        QStringLiteral("claude"), QStringLiteral("2.1.112 (Claude Code)\n1.4.5\n"));
    QCOMPARE(m.name, QStringLiteral("claude"));
    QCOMPARE(m.claudeCodeVersion, QStringLiteral("2.1.112"));
    QCOMPARE(m.bunVersion, QStringLiteral("1.4.5"));
    const TemplateManifest none =
        TemplateManifest::fromVersionOutput(QStringLiteral("x"), QStringLiteral("garbage\n"));
    QVERIFY(none.claudeCodeVersion.isEmpty());
    QVERIFY(none.bunVersion.isEmpty());
}

void RunStartTest::manifestReadFromTemplateFolder()
{
    QTemporaryDir dir;
    const QString t = dir.path();
    QVERIFY(!TemplateManifest::read(QStringLiteral("claude"), t)); // nothing prepared
    // Prepared before manifests: the .ready marker holds the verification output.
    QVERIFY(write(t + QStringLiteral("/.ready"), "2.1.100 (Claude Code)\n1.4.0\n"));
    auto old = TemplateManifest::read(QStringLiteral("claude"), t);
    QVERIFY2(old, qPrintable(errorOf(old)));
    QCOMPARE(old->claudeCodeVersion, QStringLiteral("2.1.100"));
    // template.json wins over .ready.
    const TemplateManifest m { QStringLiteral("claude"), QStringLiteral("2.1.112"), {} };
    QVERIFY(write(t + QLatin1Char('/') + TemplateManifest::fileName(),
                  QJsonDocument(m.toJson()).toJson()));
    auto current = TemplateManifest::read(QStringLiteral("claude"), t);
    QVERIFY2(current, qPrintable(errorOf(current)));
    QCOMPARE(current->claudeCodeVersion, QStringLiteral("2.1.112"));
    // A broken template.json is an error, not a guess from .ready.
    QVERIFY(write(t + QLatin1Char('/') + TemplateManifest::fileName(), "{not json"));
    QVERIFY(!TemplateManifest::read(QStringLiteral("claude"), t));
    QVERIFY(write(t + QLatin1Char('/') + TemplateManifest::fileName(), QByteArray(70000, ' ')));
    QVERIFY(!TemplateManifest::read(QStringLiteral("claude"), t));
}

void RunStartTest::storeReportsManifests()
{
    QTemporaryDir dir;
    Autocoder::Sandboxd::TemplateStore store(dir.filePath(QStringLiteral("templates")),
                                             dir.filePath(QStringLiteral("etc")),
                                             QStringLiteral("bwrap"), nullptr);
    // Not prepared: nothing to report, so clients check for themselves.
    QVERIFY(store.manifest(QStringLiteral("claude")).isEmpty());
    QVERIFY(store.manifest(QStringLiteral("no-such-template")).isEmpty());
    QVERIFY(EnsureAgentStep::versionFromTemplate(store.manifest(QStringLiteral("base"))).isEmpty());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("templates/claude"))));
    QVERIFY(write(dir.filePath(QStringLiteral("templates/claude/.ready")),
                  "2.1.112 (Claude Code)\n1.4.5\n"));
    QVERIFY(store.isReady(QStringLiteral("claude")));
    QCOMPARE(EnsureAgentStep::versionFromTemplate(store.manifest(QStringLiteral("claude"))),
             QStringLiteral("2.1.112"));
}

void RunStartTest::clientReadsTheReportedManifest()
{
    const QJsonObject manifest =
        TemplateManifest { QStringLiteral("claude"), QStringLiteral("2.1.112"), {} }.toJson();
    const auto local = Autocoder::E2b::SandboxInfo::fromJson(
        { { QStringLiteral("sandboxID"), QStringLiteral("s1") },
          { QStringLiteral("templateManifest"), manifest } });
    QVERIFY(local);
    QCOMPARE(local->templateManifest, manifest);
    // E2B cloud sends none; a wrong type is ignored like any unknown member.
    const auto cloud = Autocoder::E2b::SandboxInfo::fromJson(
        { { QStringLiteral("sandboxID"), QStringLiteral("s2") } });
    QVERIFY(cloud);
    QVERIFY(cloud->templateManifest.isEmpty());
    const auto odd = Autocoder::E2b::SandboxInfo::fromJson(
        { { QStringLiteral("sandboxID"), QStringLiteral("s3") },
          { QStringLiteral("templateManifest"), QStringLiteral("2.1.112") } });
    QVERIFY(odd);
    QVERIFY(odd->templateManifest.isEmpty());
}

void RunStartTest::versionFromTemplate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("version");
    QTest::newRow("known") << QByteArray(R"({"formatVersion":1,"claudeCode":"2.1.112"})")
                           << QStringLiteral("2.1.112");
    QTest::newRow("empty") << QByteArray("{}") << QString();
    QTest::newRow("no agent") << QByteArray(R"({"formatVersion":1,"name":"base"})") << QString();
    QTest::newRow("newer format") << QByteArray(R"({"formatVersion":2,"claudeCode":"3.0.0"})")
                                  << QString();
    QTest::newRow("wrong type") << QByteArray(R"({"formatVersion":1,"claudeCode":7})") << QString();
}

void RunStartTest::versionFromTemplate()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, version);
    QCOMPARE(EnsureAgentStep::versionFromTemplate(QJsonDocument::fromJson(json).object()), version);
}

QStringList RunStartTest::startUntilAgentTurn(FakeSandboxProvider &provider)
{
    QTemporaryDir dir;
    RunController c(&provider);
    QStringList logs;
    connect(&c, &RunController::eventEmitted, this, [&logs](const RunEvent &e) {
        if (e.kind == EventKind::Log)
            logs << e.data.value(QStringLiteral("text")).toString();
    });
    QSignalSpy finished(&c, &RunController::finished);
    QString error;
    if (!c.start(liveRunSpec(QStringLiteral("start")), liveRunOptions(dir.path()), &error)) {
        qWarning("start: %s", qPrintable(error));
        return {};
    }
    const auto agentTurn = [&provider]() {
        return std::any_of(provider.startedTags.cbegin(), provider.startedTags.cend(),
                           [](const QString &t) {
                               return t.startsWith(QLatin1String("agent-"))
                                   && !t.startsWith(QLatin1String("agent-check"))
                                   && !t.startsWith(QLatin1String("agent-install"));
                           });
    };
    QElapsedTimer waited;
    waited.start();
    while (!agentTurn() && finished.isEmpty() && !waited.hasExpired(10000))
        QTest::qWait(10);
    c.stop();
    if (finished.isEmpty() && !finished.wait(10000))
        qWarning("the run did not end");
    return logs;
}

void RunStartTest::agentKnownFromTemplateStartsNoProcess()
{
    FakeSandboxProvider provider(liveRunHandler());
    provider.templateManifest =
        TemplateManifest { QStringLiteral("claude"), QStringLiteral("2.1.112"), {} }.toJson();
    const QStringList logs = startUntilAgentTurn(provider);
    QVERIFY2(provider.startedTags.filter(QStringLiteral("agent-check")).isEmpty(),
             qPrintable(provider.startedTags.join(QLatin1Char(' '))));
    QVERIFY(provider.startedTags.filter(QStringLiteral("agent-install")).isEmpty());
    // The version is still logged, once.
    QCOMPARE(logs.filter(QStringLiteral("Claude Code 2.1.112 is available")).size(), 1);
}

void RunStartTest::agentCheckedWithoutAManifest_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::newRow("none (E2B)") << QByteArray();
    QTest::newRow("no agent in it") << QByteArray(R"({"formatVersion":1,"name":"base"})");
    QTest::newRow("unreadable") << QByteArray(R"({"formatVersion":"x","claudeCode":"2.1.112"})");
}

void RunStartTest::agentCheckedWithoutAManifest()
{
    QFETCH(QByteArray, manifest);
    FakeSandboxProvider provider(liveRunHandler());
    provider.templateManifest = QJsonDocument::fromJson(manifest).object();
    const QStringList logs = startUntilAgentTurn(provider);
    QCOMPARE(provider.startedTags.filter(QStringLiteral("agent-check")).size(), 1);
    QCOMPARE(logs.filter(QStringLiteral("Claude Code 2.1.112 is available")).size(), 1);
}

QTEST_GUILESS_MAIN(RunStartTest)
#include "tst_runstart.moc"
