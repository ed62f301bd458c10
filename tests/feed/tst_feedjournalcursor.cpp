#include "feed/feedjournalcursor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Feed;

namespace {

QByteArray line(qint64 seq, int padding = 0)
{
    return R"({"data":{"text":")" + QByteArray(padding, 'p') + R"("},"kind":"log","run":"r","seq":)"
        + QByteArray::number(seq) + R"(,"ts":"2026-01-01T00:00:00.000Z","v":1})";
}

} // namespace

class FeedJournalCursorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("events.jsonl")); }
    void write(const QByteArray &data, QIODevice::OpenMode mode = QIODevice::Append)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | mode));
        file.write(data);
    }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void aMissingJournalHasNothingYet()
    {
        FeedJournalCursor cursor(path(), 0);
        QVERIFY(!cursor.next());
        QCOMPARE(FeedJournalCursor::lastSeqOf(path()), 0);
        write(line(1) + '\n');
        QCOMPARE(cursor.next().value_or(QByteArray()), line(1));
    }

    void aTornLineWaitsUntilComplete()
    {
        const QByteArray third = line(3);
        write(line(1) + '\n' + line(2) + '\n' + third.left(20));
        FeedJournalCursor cursor(path(), 0);
        QCOMPARE(cursor.next().value_or(QByteArray()), line(1));
        QCOMPARE(cursor.next().value_or(QByteArray()), line(2));
        QVERIFY(!cursor.next());
        QCOMPARE(FeedJournalCursor::lastSeqOf(path()), 2);
        write(third.mid(20));
        QVERIFY(!cursor.next());
        write("\n");
        QCOMPARE(cursor.next().value_or(QByteArray()), third);
        QVERIFY(!cursor.next());
        QCOMPARE(FeedJournalCursor::lastSeqOf(path()), 3);
    }

    void skipsUpToSinceAndNonEventsAndRepeats()
    {
        write(line(1) + '\n' + line(2) + "\nnot json\n\n[1]\n" + line(2) + '\n' + line(3) + '\n'
              + line(4) + '\n');
        FeedJournalCursor cursor(path(), 1);
        QCOMPARE(cursor.next().value_or(QByteArray()), line(2));
        QCOMPARE(cursor.next().value_or(QByteArray()), line(3));
        QCOMPARE(cursor.next().value_or(QByteArray()), line(4));
        QVERIFY(!cursor.next());
        QCOMPARE(cursor.lastSeq(), 4);

        FeedJournalCursor beyond(path(), 10);
        QVERIFY(!beyond.next());
        QCOMPARE(beyond.lastSeq(), 10);
    }

    void linesLongerThanOneChunk()
    {
        QByteArray data;
        for (int seq = 1; seq <= 5; ++seq)
            data += line(seq, seq * 50 * 1000) + '\n';
        write(data);
        FeedJournalCursor cursor(path(), 0);
        for (int seq = 1; seq <= 5; ++seq)
            QCOMPARE(cursor.next().value_or(QByteArray()), line(seq, seq * 50 * 1000));
        QVERIFY(!cursor.next());
        QCOMPARE(FeedJournalCursor::lastSeqOf(path()), 5);
    }

    void manySmallLinesInOrder()
    {
        QByteArray data;
        for (int seq = 1; seq <= 20000; ++seq)
            data += line(seq) + '\n';
        write(data);
        FeedJournalCursor cursor(path(), 0);
        for (int seq = 1; seq <= 20000; ++seq) {
            const std::optional<QByteArray> next = cursor.next();
            QVERIFY(next);
            QCOMPARE(FeedJournalCursor::seqOf(*next), seq);
        }
        QVERIFY(!cursor.next());
    }
};

QTEST_GUILESS_MAIN(FeedJournalCursorTest)
#include "tst_feedjournalcursor.moc"
