#include "agent/streamjsonparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Agent::AgentEvent;
using Autocoder::Agent::StreamJsonParser;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString escaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    out.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return out;
}

// One line per event with every non-default field: what the .expected files contain.
QString describe(const AgentEvent &e)
{
    QStringList f { QString::number(e.lineNumber), AgentEvent::kindName(e.kind) };
    auto add = [&f](const char *key, const QString &value) {
        if (!value.isEmpty())
            f.append(QString::fromLatin1(key) + QLatin1Char('=') + escaped(value));
    };
    add("session", e.sessionId);
    add("model", e.model);
    add("cwd", e.cwd);
    if (!e.tools.isEmpty())
        add("tools", e.tools.join(QLatin1Char(',')));
    add("parent", e.parentToolUseId);
    add("toolId", e.toolId);
    add("toolName", e.toolName);
    if (!e.toolInput.isEmpty())
        add("input", QString::fromUtf8(QJsonDocument(e.toolInput).toJson(QJsonDocument::Compact)));
    if (e.isError)
        f.append(QStringLiteral("isError"));
    add("subtype", e.subtype);
    if (e.costUsd != 0.0)
        add("cost", QString::number(e.costUsd, 'g', 10));
    if (e.turns != 0)
        add("turns", QString::number(e.turns));
    if (e.durationMs != 0)
        add("durationMs", QString::number(e.durationMs));
    if (!e.errors.isEmpty())
        add("errors", e.errors.join(QLatin1Char('|')));
    add("text", e.text);
    return f.join(QLatin1Char(' '));
}

QStringList describeAll(const QList<AgentEvent> &events)
{
    QStringList lines;
    for (const AgentEvent &e : events)
        lines.append(describe(e));
    return lines;
}

QList<AgentEvent> parseInChunks(const QByteArray &data, const QList<int> &sizes)
{
    StreamJsonParser parser;
    QList<AgentEvent> events;
    qsizetype pos = 0;
    int i = 0;
    while (pos < data.size()) {
        const int n = sizes.isEmpty() ? int(data.size()) : sizes.at(i++ % sizes.size());
        events += parser.feed(data.mid(pos, n));
        pos += n;
    }
    events += parser.finish();
    return events;
}

} // namespace

class TestStreamJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Recorded transcripts parsed in many chunkings must all give the .expected events.
    void transcripts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("chunks");
        const QStringList names =
            QDir(dataPath(QString()))
                .entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 5);
        const QList<QPair<const char *, QList<int>>> chunkings = { { "whole", {} },
                                                                   { "bytes", { 1 } },
                                                                   { "7", { 7 } },
                                                                   { "odd",
                                                                     { 3, 1, 250, 2, 4096, 13 } },
                                                                   { "64k", { 65536 } } };
        for (const QString &name : names) {
            for (const auto &c : chunkings)
                QTest::addRow("%s/%s", qPrintable(name), c.first) << name << c.second;
        }
    }

    void transcripts()
    {
        QFETCH(QString, name);
        QFETCH(QList<int>, chunks);
        const QByteArray data = readFile(dataPath(name));
        QVERIFY(!data.isEmpty());
        const QStringList actual = describeAll(parseInChunks(data, chunks));

        const QString expectedPath = dataPath(name + QStringLiteral(".expected"));
        if (qEnvironmentVariableIntValue("AUTOCODER_UPDATE_GOLDEN") == 1) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.join(QLatin1Char('\n')).toUtf8() + '\n');
            return;
        }
        const QStringList expected =
            QString::fromUtf8(readFile(expectedPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath + QStringLiteral(" missing")));
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QCOMPARE(actual.size(), expected.size());
    }

    void successTranscriptFacts()
    {
        StreamJsonParser parser;
        const auto events = parser.feed(readFile(dataPath(QStringLiteral("success.jsonl"))));
        QCOMPARE(parser.sessionId(), QStringLiteral("4f1c2a7e-9b3d-4e2a-8c51-6d0f3b9a1e27"));
        QVERIFY(parser.sawResult());
        QCOMPARE(events.first().kind, AgentEvent::Kind::Init);
        QCOMPARE(events.first().tools.size(), 14);
        QCOMPARE(events.first().text, QStringLiteral("2.1.112"));
        const AgentEvent &result = events.last();
        QCOMPARE(result.kind, AgentEvent::Kind::Result);
        QCOMPARE(result.subtype, QStringLiteral("success"));
        QVERIFY(!result.isError);
        QCOMPARE(result.turns, 7);
        QCOMPARE(result.durationMs, 48213);
        QVERIFY(qFuzzyCompare(result.costUsd, 0.0834215));
        int toolUses = 0;
        int errors = 0;
        for (const AgentEvent &e : events) {
            toolUses += e.kind == AgentEvent::Kind::ToolUse;
            errors += e.kind == AgentEvent::Kind::ToolResult && e.isError;
            QVERIFY(e.kind != AgentEvent::Kind::ParseWarning);
        }
        QCOMPARE(toolUses, 5);
        QCOMPARE(errors, 1);
    }

    void utf8SplitAnywhere()
    {
        const QString text = QStringLiteral("Größe ✓ 😀 日本語");
        QByteArray line =
            "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\",\"text\":\""
            + text.toUtf8() + "\"}]}}" + '\n';
        for (int cut = 1; cut < line.size(); ++cut) {
            StreamJsonParser parser;
            QList<AgentEvent> events = parser.feed(line.left(cut));
            events += parser.feed(line.mid(cut));
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().text, text);
        }
    }

    void lastLineWithoutNewline()
    {
        StreamJsonParser parser;
        QVERIFY(parser.feed("{\"type\":\"result\",\"subtype\":\"success\",\"total_cost_usd\":1.5}")
                    .isEmpty());
        const auto events = parser.finish();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().costUsd, 1.5);
        QVERIFY(parser.finish().isEmpty());
    }

    void legacyCostField()
    {
        StreamJsonParser parser;
        const auto events = parser.parseLine(
            "{\"type\":\"result\",\"subtype\":\"success\",\"cost_usd\":0.25,\"num_turns\":3}");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().costUsd, 0.25);
        QCOMPARE(events.first().turns, 3);
    }

    void lineLengthCap_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("one chunk") << 1000000;
        QTest::newRow("bytes") << 1;
        QTest::newRow("5") << 5;
        QTest::newRow("100") << 100;
    }

    void lineLengthCap()
    {
        QFETCH(int, chunk);
        StreamJsonParser parser(64);
        const QByteArray longLine =
            "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\",\"text\":\""
            + QByteArray(500, 'a') + "\"}]}}";
        const QByteArray data =
            longLine + "\n" + "{\"type\":\"result\",\"subtype\":\"success\"}" + "\n" + longLine;
        QList<AgentEvent> events;
        for (qsizetype pos = 0; pos < data.size(); pos += chunk)
            events += parser.feed(data.mid(pos, chunk));
        events += parser.finish();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).kind, AgentEvent::Kind::ParseWarning);
        QCOMPARE(events.at(0).lineNumber, 1);
        QVERIFY(events.at(0).text.contains(QStringLiteral("longer than 64 bytes")));
        QVERIFY(!events.at(0).text.contains(QStringLiteral("aaaa")));
        QCOMPARE(events.at(1).kind, AgentEvent::Kind::Result);
        QCOMPARE(events.at(1).lineNumber, 2);
        QCOMPARE(events.at(2).kind, AgentEvent::Kind::ParseWarning);
        QCOMPARE(events.at(2).lineNumber, 3);
    }

    void warningsNeverQuoteTheLine()
    {
        StreamJsonParser parser;
        const auto events =
            parser.feed("{\"type\":\"assistant\",\"secret\":\"sk-ant-abcdef123456\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, AgentEvent::Kind::ParseWarning);
        QVERIFY(!events.first().text.contains(QStringLiteral("sk-ant")));
    }

    // Random bytes and random truncations of real transcripts: no crash, no hang, bounded output.
    void survivesGarbage()
    {
        QRandomGenerator rng(20261126);
        const QByteArray real = readFile(dataPath(QStringLiteral("success.jsonl")))
            + readFile(dataPath(QStringLiteral("old-format.jsonl")));
        for (int round = 0; round < 300; ++round) {
            QByteArray data;
            if (round % 2 == 0) {
                data.resize(int(rng.bounded(4096)));
                for (char &c : data)
                    c = char(rng.bounded(256));
            } else {
                data = real;
                for (int k = 0; k < 20; ++k) // flip bytes
                    data[int(rng.bounded(data.size()))] = char(rng.bounded(256));
                data.truncate(int(rng.bounded(data.size())));
            }
            StreamJsonParser parser(1024);
            QList<AgentEvent> events;
            qsizetype pos = 0;
            while (pos < data.size()) {
                const int n = 1 + int(rng.bounded(300));
                events += parser.feed(data.mid(pos, n));
                pos += n;
            }
            events += parser.finish();
            QVERIFY(events.size() <= data.count('\n') * 2 + 2);
        }
    }

    void reset()
    {
        StreamJsonParser parser;
        parser.feed("{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"s1\"}"
                    "\n{\"partial");
        QCOMPARE(parser.sessionId(), QStringLiteral("s1"));
        parser.reset();
        QCOMPARE(parser.sessionId(), QString());
        QCOMPARE(parser.linesSeen(), 0);
        QVERIFY(parser.finish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamJsonParser)
#include "tst_streamjsonparser.moc"
