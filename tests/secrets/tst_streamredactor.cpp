#include "secrets/streamredactor.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Secrets::Redactor;
using Autocoder::Secrets::StreamRedactor;

namespace {

Redactor makeRedactor()
{
    Redactor r;
    r.addSecret(QStringLiteral("fake-ant-api03-SECRET0123456789"));
    r.addSecret(QStringLiteral("e2b_abcdef987654"));
    r.addSecret(QStringLiteral("aaaaaaaab")); // self-overlapping prefix
    return r;
}

QByteArray streamed(const QByteArray &data, const QList<int> &sizes,
                    qsizetype *maxPending = nullptr)
{
    StreamRedactor s(makeRedactor());
    QByteArray out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < data.size()) {
        const int n = sizes.at(i++ % sizes.size());
        out += s.feed(data.mid(pos, n));
        if (maxPending)
            *maxPending = std::max(*maxPending, s.pendingBytes());
        pos += n;
    }
    return out + s.flush();
}

} // namespace

class TestStreamRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splitAnywhere_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("key in middle")
            << QByteArray("export K=fake-ant-api03-SECRET0123456789 && run\n");
        QTest::newRow("two secrets")
            << QByteArray("e2b_abcdef987654fake-ant-api03-SECRET0123456789");
        QTest::newRow("near misses")
            << QByteArray("fake-ant-api03-SECRET012345678 e2b_abcdef98765 aaaaaaaa");
        QTest::newRow("overlap") << QByteArray("aaaaaaaaaaaab and aaaaaaaab");
        QTest::newRow("only secret") << QByteArray("e2b_abcdef987654");
        QTest::newRow("utf8 around") << QByteArray("✓✓e2b_abcdef987654✓✓");
    }

    // Every split point, and several chunk patterns, give the same output as redacting the whole.
    void splitAnywhere()
    {
        QFETCH(QByteArray, input);
        const QByteArray expected = makeRedactor().redact(input);
        QVERIFY(!expected.contains("SECRET0123456789"));
        for (int cut = 0; cut <= input.size(); ++cut) {
            StreamRedactor s(makeRedactor());
            // Sequenced on purpose: the operands of '+' have no defined evaluation order.
            QByteArray out = s.feed(input.left(cut));
            out += s.feed(input.mid(cut));
            out += s.flush();
            QCOMPARE(out, expected);
        }
        for (const QList<int> &sizes :
             { QList<int> { 1 }, QList<int> { 2 }, QList<int> { 3, 1, 5 }, QList<int> { 7 } })
            QCOMPARE(streamed(input, sizes), expected);
    }

    void holdsBackOnlyWhatCouldBeASecret()
    {
        StreamRedactor s(makeRedactor());
        QCOMPARE(s.feed("hello world\n"), QByteArray("hello world\n")); // nothing held
        QCOMPARE(s.feed("token: fake-ant"), QByteArray("token: "));
        QCOMPARE(s.pendingBytes(), 8);
        QCOMPARE(s.feed("-api03-SECRET0123456789!"), QByteArray("[REDACTED]!"));
        QCOMPARE(s.feed("fake-"), QByteArray());
        QCOMPARE(s.flush(), QByteArray("fake-")); // stream ended: a prefix is not a secret
        QCOMPARE(s.pendingBytes(), 0);
    }

    void noSecretsPassesThrough()
    {
        StreamRedactor s { Redactor() };
        QCOMPARE(s.feed("abc"), QByteArray("abc"));
        QCOMPARE(s.flush(), QByteArray());
    }

    void randomStreamsBoundedHoldBack()
    {
        QRandomGenerator rng(42);
        const QList<QByteArray> pieces = { "fake-ant-api03-SECRET0123456789",
                                           "e2b_abcdef987654",
                                           "aaaaaaaab",
                                           "fake-ant",
                                           "e2b_",
                                           "aaaa",
                                           "noise ",
                                           "\n",
                                           "✓" };
        for (int round = 0; round < 200; ++round) {
            QByteArray input;
            for (int k = 0; k < 40; ++k)
                input += pieces.at(int(rng.bounded(pieces.size())));
            QList<int> sizes;
            for (int k = 0; k < 10; ++k)
                sizes.append(1 + int(rng.bounded(20)));
            qsizetype maxPending = 0;
            QCOMPARE(streamed(input, sizes, &maxPending), makeRedactor().redact(input));
            QVERIFY(maxPending < makeRedactor().longestSecretBytes());
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamRedactor)
#include "tst_streamredactor.moc"
