#include "feed/feedprotocol.h"

#include <QSet>
#include <QtTest>

using namespace Autocoder::Feed;

class FeedProtocolTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensAreLongUrlSafeAndDistinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray token = generateToken();
            QCOMPARE(token.size(), 43); // 32 bytes, base64 without padding
            for (const char c : token)
                QVERIFY2(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_',
                         token.constData());
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 200);
    }

    void tokensEqual_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
        QTest::newRow("last byte") << QByteArray("abcdef") << QByteArray("abcdeg") << false;
        QTest::newRow("first byte") << QByteArray("abcdef") << QByteArray("bbcdef") << false;
        QTest::newRow("prefix") << QByteArray("abcdef") << QByteArray("abc") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << false;
        QTest::newRow("one empty") << QByteArray("abc") << QByteArray() << false;
    }
    void tokensEqual()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(Autocoder::Feed::tokensEqual(a, b), equal);
        QCOMPARE(Autocoder::Feed::tokensEqual(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(FeedProtocolTest)
#include "tst_feedprotocol.moc"
