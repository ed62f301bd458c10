// A 5,000-file / ~50 MB project tree fetched from the fake server (a) as one archive
// (DirectoryTransfer: tar in the "sandbox", one streamed download) versus (b) file by file
// (ListDir + one /files GET per file, 6 in flight). Local loopback only: real E2B adds
// a round trip per request, which makes (b) far worse than measured here.

#include "e2b/directorytransfer.h"
#include "e2btestpeer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <deque>

using namespace Autocoder::E2b;
using namespace Autocoder::E2b::Testing;

class BenchE2bTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeTreeAsOneArchive();
    void fileByFile();

private:
    static constexpr int kFiles = 5000;
    static constexpr int kFileSize = 10 * 1024;

    TestPeer m_peer;
    SandboxInfo m_sandbox;
    QTemporaryDir m_out;
    const QString m_remote = QStringLiteral("/home/user/proj");
};

void BenchE2bTransfer::initTestCase()
{
    QString why;
    QVERIFY2(m_peer.init(&why), qPrintable(why));
    if (!m_peer.isFake())
        QSKIP("the benchmark seeds the tree through the fake's directory");
    QVERIFY(m_peer.createSandbox(&m_sandbox));
    // Seed the tree directly on disk: 50 dirs x 100 files of 10 KiB base64 text.
    const QString root = m_peer.fake->sandboxRoot(m_sandbox.sandboxId) + m_remote;
    QByteArray raw(kFileSize * 3 / 4, Qt::Uninitialized);
    for (int i = 0; i < kFiles; ++i) {
        const QString dir = root + QStringLiteral("/src/module%1").arg(i / 100);
        if (i % 100 == 0)
            QVERIFY(QDir().mkpath(dir));
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                              raw.size() / 4);
        QFile f(dir + QStringLiteral("/file%1.ts").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(raw.toBase64().left(kFileSize));
    }
    qInfo("tree: %d files, %d MB", kFiles, kFiles * kFileSize / (1024 * 1024));
}

void BenchE2bTransfer::wholeTreeAsOneArchive()
{
    EnvdClient client(m_peer.config, EnvdTarget::fromSandbox(m_sandbox));
    qint64 bytes = 0;
    QBENCHMARK_ONCE
    {
        QObject ctx;
        DirectoryTransfer *t =
            client.downloadDirectory(m_remote, m_out.filePath(QStringLiteral("tree.tgz")),
                                     { QStringLiteral("node_modules") }, &ctx);
        QSignalSpy done(t, &DirectoryTransfer::finished);
        QVERIFY(done.wait(300000));
        QVERIFY2(done.first().first().value<Error>().isOk(),
                 qPrintable(done.first().first().value<Error>().toString()));
        bytes = t->archiveBytes();
    }
    qInfo("archive bytes: %lld", qlonglong(bytes));
}

void BenchE2bTransfer::fileByFile()
{
    EnvdClient client(m_peer.config, EnvdTarget::fromSandbox(m_sandbox));
    int downloaded = 0;
    qint64 bytes = 0;
    QBENCHMARK_ONCE
    {
        QObject ctx;
        // A real event loop: QTest::qWaitFor sleeps 10 ms per round, which would dominate.
        QEventLoop loop;
        std::optional<Result<QList<EntryInfo>>> listing;
        client.listDir(m_remote, 10, &ctx, [&](const Result<QList<EntryInfo>> &r) {
            listing = r;
            loop.quit();
        });
        loop.exec();
        QVERIFY(listing.has_value());
        QVERIFY(listing->isOk());
        std::deque<QString> queue;
        for (const auto &e : listing->value()) {
            if (e.type == EntryInfo::Type::File)
                queue.push_back(e.path);
        }
        QCOMPARE(int(queue.size()), kFiles);
        int inFlight = 0;
        bool failed = false;
        std::function<void()> pump = [&] {
            while (inFlight < 6 && !queue.empty()) {
                const QString path = queue.front();
                queue.pop_front();
                ++inFlight;
                const QString local =
                    m_out.filePath(QStringLiteral("files/") + path.mid(m_remote.size() + 1));
                QDir().mkpath(QFileInfo(local).absolutePath());
                client.downloadFile(path, local, 1024 * 1024, &ctx, [&](const Result<qint64> &r) {
                    --inFlight;
                    failed = failed || !r.isOk();
                    bytes += r.valueOr(0);
                    ++downloaded;
                    if (downloaded == kFiles)
                        loop.quit();
                    pump();
                });
            }
        };
        pump();
        loop.exec();
        QCOMPARE(downloaded, kFiles);
        QVERIFY(!failed);
    }
    qInfo("downloaded %d files, %lld bytes", downloaded, qlonglong(bytes));
}

QTEST_GUILESS_MAIN(BenchE2bTransfer)
#include "bench_e2btransfer.moc"
