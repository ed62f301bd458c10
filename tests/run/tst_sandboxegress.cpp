// What an agent sandbox may reach: the model endpoint, the registries its commands need, what
// the spec and settings add, and on the local backend the host's loopback only by its alias.
#include "run/sandboxegress.h"
#include "spec/projectspec.h"

#include <QTest>

using Autocoder::Run::SandboxEgress;
using Autocoder::Spec::ProjectSpec;

class TestSandboxEgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("expected");
        QTest::newRow("anthropic") << QString() << true << QString();
        QTest::newRow("fake api, local")
            << "http://127.0.0.1:4123" << true << "http://host.autocoder.internal:4123";
        QTest::newRow("localhost, local")
            << "http://localhost:8080/v1" << true << "http://host.autocoder.internal:8080/v1";
        QTest::newRow("ipv6 loopback, local")
            << "http://[::1]:9000" << true << "http://host.autocoder.internal:9000";
        QTest::newRow("other loopback address, local")
            << "http://127.0.0.2:81" << true << "http://host.autocoder.internal:81";
        QTest::newRow("gateway, local")
            << "https://llm.example.com/anthropic" << true << "https://llm.example.com/anthropic";
        QTest::newRow("fake api, e2b")
            << "http://127.0.0.1:4123" << false << "http://127.0.0.1:4123";
    }

    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QFETCH(QString, expected);
        QCOMPARE(SandboxEgress::agentBaseUrl(url, local), expected);
    }

    void registries_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("bun") << "bun install" << QStringList { "registry.npmjs.org" };
        QTest::newRow("npm after cd") << "cd app && npm ci" << QStringList { "registry.npmjs.org" };
        QTest::newRow("path") << "./node_modules/.bin/vitest run"
                              << QStringList { "registry.npmjs.org" };
        QTest::newRow("pip") << "python3 -m pip install -r requirements.txt"
                             << QStringList { "pypi.org", "files.pythonhosted.org" };
        QTest::newRow("cargo") << "cargo test"
                               << QStringList { "crates.io", "index.crates.io",
                                                "static.crates.io" };
        QTest::newRow("a word inside another is not a tool")
            << "echo ungo; mygo build" << QStringList {};
        QTest::newRow("nothing") << "" << QStringList {};
    }

    void registries()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, hosts);
        QCOMPARE(SandboxEgress::registriesFor(command), hosts);
    }

    void allowOutForARun()
    {
        ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("bun-library"));
        spec.sandbox.allowOut = { QStringLiteral("*.example.org"), QStringLiteral(" ") };
        const QStringList fake = SandboxEgress::allowOut(
            spec, QStringLiteral("http://host.autocoder.internal:4123"),
            { QStringLiteral("10.0.0.5:5432"), QStringLiteral("REGISTRY.npmjs.org") });
        // The endpoint on its port only, the registry once, then spec, then settings.
        QCOMPARE(fake,
                 (QStringList { "host.autocoder.internal:4123", "registry.npmjs.org",
                                "*.example.org", "10.0.0.5:5432" }));
        QCOMPARE(SandboxEgress::allowOut(spec, {}, {}).first(),
                 QStringLiteral("api.anthropic.com"));
        QCOMPARE(
            SandboxEgress::allowOut(spec, QStringLiteral("https://gw.example.com/x"), {}).first(),
            QStringLiteral("gw.example.com:443"));
    }

    void specKeepsItsAllowList()
    {
        ProjectSpec spec;
        spec.sandbox.allowOut = { QStringLiteral("pypi.org"), QStringLiteral("1.2.3.0/24") };
        const auto back = ProjectSpec::parse(spec.toJson());
        QVERIFY(back.isOk());
        QCOMPARE(back->sandbox.allowOut, spec.sandbox.allowOut);
        const auto bad = ProjectSpec::parse(R"({"version":1,"sandbox":{"allowOut":"pypi.org"}})");
        QVERIFY(!bad.isOk());
        QVERIFY2(bad.error().contains(QLatin1String("sandbox.allowOut")), qPrintable(bad.error()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEgress)
#include "tst_sandboxegress.moc"
