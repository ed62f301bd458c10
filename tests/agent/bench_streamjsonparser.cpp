#include "agent/streamjsonparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using Autocoder::Agent::StreamJsonParser;

// Throughput of stream-json parsing, fed in 16 KiB chunks as a process pipe would deliver.
class BenchStreamJsonParser : public QObject
{
    Q_OBJECT

private:
    QByteArray m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray transcript;
        for (const char *name : { "success.jsonl", "old-format.jsonl", "max-turns.jsonl" }) {
            QFile f(QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + QString::fromLatin1(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            transcript += f.readAll();
        }
        while (m_data.size() < 8 * 1024 * 1024)
            m_data += transcript;
    }

    void parse()
    {
        qint64 events = 0;
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        QBENCHMARK
        {
            StreamJsonParser parser;
            for (qsizetype pos = 0; pos < m_data.size(); pos += 16384)
                events += parser.feed(m_data.mid(pos, 16384)).size();
            events += parser.finish().size();
            ++rounds;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double mb = double(m_data.size()) * rounds / (1024.0 * 1024.0);
        qInfo("stream-json parsing: %.1f MB/s (%.1f MiB in %.3f s, %lld events)", mb / seconds, mb,
              seconds, events);
        QVERIFY(events > 0);
    }
};

QTEST_GUILESS_MAIN(BenchStreamJsonParser)
#include "bench_streamjsonparser.moc"
