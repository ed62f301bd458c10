#include "common/gzip.h"
#include "hostiletarwriter.h"
#include "run/safearchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using Autocoder::Gzip;
using Autocoder::Run::Testing::HostileTarWriter;

class SafeArchiveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void extractsFilesAndDirectories();
    void readsArchiveMadeByHostTar();
    void rejectsHostileArchives_data();
    void rejectsHostileArchives();
    void skipsLinksAndDevices();
    void capsSizeAndEntries();
    void gzipBombIsStopped();
    void refusesExistingDestination();
    void cleanMemberPath_data();
    void cleanMemberPath();

private:
    QString writeArchive(const QByteArray &gz)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.tar.gz").arg(++m_counter));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(gz);
        return path;
    }
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void SafeArchiveTest::extractsFilesAndDirectories()
{
    HostileTarWriter w;
    w.addDirectory(QStringLiteral("./"));
    w.addDirectory(QStringLiteral("./src"));
    w.addFile(QStringLiteral("./src/index.ts"), "export const x = 1;\n");
    w.addFile(QStringLiteral("./run.sh"), "#!/bin/sh\n", 0755);
    w.addFile(QStringLiteral("deep/a/b/c.txt"), "c");
    const QString longName =
        QStringLiteral("long/") + QString(150, QLatin1Char('n')) + QStringLiteral(".txt");
    w.addFile(longName, "long");
    w.addPaxPath(QStringLiteral("pax/named.txt"));
    w.addFile(QStringLiteral("ignored-name"), "pax");
    const QString archive = writeArchive(w.finishGzip());

    const QString dest = m_dir.filePath(QStringLiteral("out"));
    const ArchiveResult r = SafeArchive::extract(archive, dest);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
    QCOMPARE(r->skipped, QStringList());
    QFile index(dest + QStringLiteral("/src/index.ts"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("export const x = 1;\n"));
    QVERIFY(QFileInfo(dest + QStringLiteral("/run.sh")).isExecutable());
    QVERIFY(!QFileInfo(dest + QStringLiteral("/src/index.ts")).isExecutable());
    QVERIFY(QFileInfo::exists(dest + QStringLiteral("/deep/a/b/c.txt")));
    QVERIFY(QFileInfo::exists(dest + QLatin1Char('/') + longName));
    QVERIFY(QFileInfo::exists(dest + QStringLiteral("/pax/named.txt")));
    QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/ignored-name")));

    QMap<QString, QByteArray> files;
    QVERIFY(SafeArchive::readFiles(
                archive, { QStringLiteral("src/index.ts"), QStringLiteral("nope") }, &files)
                .isOk());
    QCOMPARE(files.keys(), QStringList { QStringLiteral("src/index.ts") });
}

void SafeArchiveTest::readsArchiveMadeByHostTar()
{
    // What the sandbox produces: `tar -C dir -czf x.tgz .`
    QDir(m_dir.path()).mkpath(QStringLiteral("src-tree/lib"));
    QFile f(m_dir.filePath(QStringLiteral("src-tree/lib/a.js")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("module.exports = 1;\n");
    f.close();
    const QString archive = m_dir.filePath(QStringLiteral("host.tgz"));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              { QStringLiteral("-C"), m_dir.filePath(QStringLiteral("src-tree")),
                QStringLiteral("-czf"), archive, QStringLiteral(".") });
    QVERIFY(tar.waitForFinished(10000));
    QCOMPARE(tar.exitCode(), 0);
    const ArchiveResult r = SafeArchive::list(archive);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
    QStringList paths;
    for (const ArchiveEntry &e : r->entries)
        paths.append(e.path);
    QVERIFY(paths.contains(QStringLiteral("lib/a.js")));
    QCOMPARE(r->totalBytes, qint64(20));
}

void SafeArchiveTest::rejectsHostileArchives_data()
{
    QTest::addColumn<QByteArray>("gz");
    QTest::addColumn<QString>("errorPart");
    {
        HostileTarWriter w;
        w.addFile(QStringLiteral("/etc/evil"), "x");
        QTest::newRow("absolute path") << w.finishGzip() << "absolute";
    }
    {
        HostileTarWriter w;
        w.addFile(QStringLiteral("ok.txt"), "fine");
        w.addFile(QStringLiteral("../../evil"), "x");
        QTest::newRow("dot dot") << w.finishGzip() << "..";
    }
    {
        HostileTarWriter w;
        w.addFile(QStringLiteral("a/../../evil"), "x");
        QTest::newRow("dot dot inside") << w.finishGzip() << "..";
    }
    {
        HostileTarWriter w;
        w.addPaxPath(QStringLiteral("../pax-evil"));
        w.addFile(QStringLiteral("innocent"), "x");
        QTest::newRow("pax path escape") << w.finishGzip() << "..";
    }
    {
        HostileTarWriter w;
        w.addRaw('L', QStringLiteral("././@LongLink"), QByteArray("/abs/long\0", 10));
        w.addFile(QStringLiteral("innocent"), "x");
        QTest::newRow("gnu long name absolute") << w.finishGzip() << "absolute";
    }
    {
        HostileTarWriter w;
        w.addFile(QStringLiteral("a.txt"), "x");
        QByteArray tar = w.finish();
        tar[150] = tar[150] == '1' ? '2' : '1'; // break the checksum
        QTest::newRow("bad checksum") << Gzip::compress(tar) << "checksum";
    }
    {
        HostileTarWriter w;
        w.addFile(QStringLiteral("a.txt"), QByteArray(4000, 'x'));
        QByteArray tar = w.finish().left(1024);
        QTest::newRow("truncated") << Gzip::compress(tar) << "truncated";
    }
    QTest::newRow("not gzip") << QByteArray("this is not an archive at all") << "corrupt";
}

void SafeArchiveTest::rejectsHostileArchives()
{
    QFETCH(QByteArray, gz);
    QFETCH(QString, errorPart);
    const QString archive = writeArchive(gz);
    const QString dest = m_dir.filePath(QStringLiteral("evil-out"));
    const ArchiveResult r = SafeArchive::extract(archive, dest);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().contains(errorPart), qPrintable(r.error()));
    QVERIFY(!QFileInfo::exists(dest));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("evil"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("pax-evil"))));
}

void SafeArchiveTest::skipsLinksAndDevices()
{
    HostileTarWriter w;
    w.addSymlink(QStringLiteral("link"), QStringLiteral("/etc/passwd"));
    w.addFile(QStringLiteral("link/through"), "x"); // would write through the symlink
    w.addHardlink(QStringLiteral("hard"), QStringLiteral("/etc/shadow"));
    w.addRaw('3', QStringLiteral("tty"), QByteArray());
    w.addRaw('4', QStringLiteral("disk"), QByteArray());
    w.addRaw('6', QStringLiteral("pipe"), QByteArray());
    w.addFile(QStringLiteral("real.txt"), "real");
    const QString dest = m_dir.filePath(QStringLiteral("links"));
    const ArchiveResult r = SafeArchive::extract(writeArchive(w.finishGzip()), dest);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
    QCOMPARE(r->skipped.size(), 5);
    QVERIFY(QFileInfo(dest + QStringLiteral("/link")).isDir()); // a real folder, not a link
    QVERIFY(!QFileInfo(dest + QStringLiteral("/link")).isSymLink());
    QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/hard")));
    QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/tty")));
    QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/pipe")));
    QVERIFY(QFileInfo::exists(dest + QStringLiteral("/real.txt")));
}

void SafeArchiveTest::capsSizeAndEntries()
{
    HostileTarWriter w;
    for (int i = 0; i < 20; ++i)
        w.addFile(QStringLiteral("f%1").arg(i), QByteArray(1000, 'a'));
    const QString archive = writeArchive(w.finishGzip());
    ArchiveLimits small;
    small.maxTotalBytes = 10000;
    ArchiveResult r = SafeArchive::extract(archive, m_dir.filePath(QStringLiteral("cap1")), small);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().contains(QLatin1String("MiB"))
                 || r.error().contains(QLatin1String("beyond")),
             qPrintable(r.error()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("cap1"))));
    ArchiveLimits few;
    few.maxEntries = 5;
    r = SafeArchive::list(archive, few);
    QVERIFY(!r.isOk());
    QVERIFY(r.error().contains(QLatin1String("entries")));
}

void SafeArchiveTest::gzipBombIsStopped()
{
    HostileTarWriter w;
    w.addFile(QStringLiteral("zeros"), QByteArray(8 * 1024 * 1024, '\0'));
    const QString archive = writeArchive(w.finishGzip());
    QVERIFY(QFileInfo(archive).size() < 100 * 1024);
    ArchiveLimits limits;
    limits.maxTotalBytes = 1024 * 1024;
    limits.maxEntries = 10;
    const ArchiveResult r = SafeArchive::list(archive, limits);
    QVERIFY(!r.isOk());
}

void SafeArchiveTest::refusesExistingDestination()
{
    HostileTarWriter w;
    w.addFile(QStringLiteral("a"), "a");
    const ArchiveResult r = SafeArchive::extract(writeArchive(w.finishGzip()), m_dir.path());
    QVERIFY(!r.isOk());
    QVERIFY(r.error().contains(QLatin1String("exists")));
}

void SafeArchiveTest::cleanMemberPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("clean");
    QTest::addColumn<bool>("bad");
    QTest::newRow("dot slash") << "./src/a.ts"
                               << "src/a.ts" << false;
    QTest::newRow("root") << "./"
                          << "" << false;
    QTest::newRow("double slash") << "src//a.ts"
                                  << "src/a.ts" << false;
    QTest::newRow("inner dot") << "src/./a.ts"
                               << "src/a.ts" << false;
    QTest::newRow("absolute") << "/a"
                              << "" << true;
    QTest::newRow("parent") << "a/../b"
                            << "" << true;
    QTest::newRow("dots in name") << "a/..b/c..d"
                                  << "a/..b/c..d" << false;
}

void SafeArchiveTest::cleanMemberPath()
{
    QFETCH(QString, name);
    QFETCH(QString, clean);
    QFETCH(bool, bad);
    const Autocoder::Result<QString> cleaned = SafeArchive::cleanMemberPath(name);
    QCOMPARE(!cleaned.isOk(), bad);
    if (cleaned)
        QCOMPARE(*cleaned, clean);
    else
        QVERIFY(!cleaned.error().isEmpty());
}

QTEST_GUILESS_MAIN(SafeArchiveTest)
#include "tst_safearchive.moc"
