#include "secrets/redactor.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Secrets::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void text_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString key = QStringLiteral("sk-ant-api03-abcdefgh");
        QTest::newRow("none") << QStringList() << QStringLiteral("a sk-ant-api03-abcdefgh")
                              << QStringLiteral("a sk-ant-api03-abcdefgh");
        QTest::newRow("one") << QStringList { key } << QStringLiteral("key=sk-ant-api03-abcdefgh;")
                             << QStringLiteral("key=[REDACTED];");
        QTest::newRow("twice") << QStringList { key } << key + key
                               << QStringLiteral("[REDACTED][REDACTED]");
        QTest::newRow("short ignored") << QStringList { QStringLiteral("abc1234") }
                                       << QStringLiteral("abc1234") << QStringLiteral("abc1234");
        QTest::newRow("exactly 8")
            << QStringList { QStringLiteral("abcd1234") } << QStringLiteral("xabcd1234x")
            << QStringLiteral("x[REDACTED]x");
        QTest::newRow("nested secrets, longest wins")
            << QStringList { QStringLiteral("token-1234"),
                             QStringLiteral("prefix-token-1234-suffix") }
            << QStringLiteral("prefix-token-1234-suffix and token-1234")
            << QStringLiteral("[REDACTED] and [REDACTED]");
        QTest::newRow("unicode") << QStringList { QStringLiteral("pässwörd✓✓") }
                                 << QStringLiteral("<pässwörd✓✓>")
                                 << QStringLiteral("<[REDACTED]>");
        QTest::newRow("case matters") << QStringList { key } << key.toUpper() << key.toUpper();
    }

    void text()
    {
        QFETCH(QStringList, secrets);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor r;
        for (const QString &s : secrets)
            r.addSecret(s);
        QCOMPARE(r.redact(input), expected);
        QCOMPARE(r.redact(input.toUtf8()), expected.toUtf8());
    }

    void bookkeeping()
    {
        Redactor r;
        QVERIFY(r.isEmpty());
        r.addSecret(QStringLiteral("short"));
        QVERIFY(r.isEmpty());
        r.addSecret(QStringLiteral("long-enough-✓"));
        r.addSecret(QStringLiteral("long-enough-✓"));
        QCOMPARE(r.secrets().size(), 1);
        QCOMPARE(r.longestSecretBytes(), 15);
        r.clear();
        QVERIFY(r.isEmpty());
        QCOMPARE(r.longestSecretBytes(), 0);
    }

    void json()
    {
        Redactor r;
        r.addSecret(QStringLiteral("SECRET-VALUE-42"));
        const QJsonObject input = QJsonDocument::fromJson(R"({
            "env": {"ANTHROPIC_API_KEY": "SECRET-VALUE-42", "N": 3},
            "args": ["-p", "use SECRET-VALUE-42 please", true, null, {"deep": ["SECRET-VALUE-42"]}],
            "SECRET-VALUE-42": "as a key"
        })")
                                      .object();
        const QJsonObject out = r.redact(input);
        const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        QVERIFY2(!text.contains("SECRET-VALUE-42"), text.constData());
        QCOMPARE(out.value(QStringLiteral("env")).toObject().value(QStringLiteral("N")).toInt(), 3);
        QCOMPARE(out.value(QStringLiteral("args")).toArray().at(1).toString(),
                 QStringLiteral("use [REDACTED] please"));
        QCOMPARE(out.value(QStringLiteral("args")).toArray().at(2).toBool(), true);
        QVERIFY(out.value(QStringLiteral("args")).toArray().at(3).isNull());
        QVERIFY(out.contains(QStringLiteral("[REDACTED]")));
        QCOMPARE(r.redact(QJsonValue(42)).toInt(), 42);
    }

    void pendingPrefix()
    {
        Redactor r;
        r.addSecret(QStringLiteral("abcdefgh"));
        QCOMPARE(r.pendingPrefixLength("xxabc"), 3);
        QCOMPARE(r.pendingPrefixLength("xxabcdefg"), 7);
        QCOMPARE(r.pendingPrefixLength("xxabcdefgh"), 0); // complete: not pending
        QCOMPARE(r.pendingPrefixLength("xxx"), 0);
        QCOMPARE(r.pendingPrefixLength(""), 0);
        QCOMPARE(r.pendingPrefixLength("a"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
