#include "agent/toolsummary.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Agent::ToolSummary;

class TestToolSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void summaries_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("summary");
        QTest::newRow("write") << QStringLiteral(
            "Write") << QByteArray(R"({"file_path":"/home/user/p/src/index.ts","content":"x"})")
                               << QStringLiteral("Write src/index.ts");
        QTest::newRow("read outside")
            << QStringLiteral("Read") << QByteArray(R"({"file_path":"/etc/hosts"})")
            << QStringLiteral("Read /etc/hosts");
        QTest::newRow("bash") << QStringLiteral(
            "Bash") << QByteArray(R"({"command":"bun test\n  --bail","description":"Run tests"})")
                              << QStringLiteral("Bash: bun test --bail");
        QTest::newRow("grep") << QStringLiteral("Grep")
                              << QByteArray(R"({"pattern":"TODO","path":"/home/user/p/src"})")
                              << QStringLiteral("Grep TODO in src");
        QTest::newRow("todo") << QStringLiteral(
            "TodoWrite") << QByteArray(R"({"todos":[{"status":"completed"},{"status":"pending"}]})")
                              << QStringLiteral("Todo list: 1/2 done");
        QTest::newRow("unknown") << QStringLiteral("mcp__fs__list") << QByteArray("{}")
                                 << QStringLiteral("mcp__fs__list");
        QTest::newRow("long") << QStringLiteral("Bash")
                              << QByteArray(R"({"command":")" + QByteArray(300, 'y') + R"("})")
                              << QStringLiteral("Bash: ") + QString(33, QLatin1Char('y'))
                + QStringLiteral("…");
    }

    void summaries()
    {
        QFETCH(QString, tool);
        QFETCH(QByteArray, input);
        QFETCH(QString, summary);
        const QJsonObject o = QJsonDocument::fromJson(input).object();
        QCOMPARE(ToolSummary::summarize(tool, o, QStringLiteral("/home/user/p"), 40), summary);
    }
};

QTEST_GUILESS_MAIN(TestToolSummary)
#include "tst_toolsummary.moc"
