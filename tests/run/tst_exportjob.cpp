#include "run/exportjob.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "run/runstate.h"
#include "run/tarwriter.h"
#include "run/verificationreceipt.h"
#include "skip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;

/// Keeps what an ExportJob reported.
struct ExportSpy
{
    explicit ExportSpy(ExportJob *job)
    {
        QObject::connect(job, &ExportJob::finished, job,
                         [this](const ExportResult &r) { results.append(r); });
        QObject::connect(job, &ExportJob::progress, job,
                         [this](const QString &m) { progress.append(m); });
    }
    QList<ExportResult> results;
    QStringList progress;
};

class ExportJobTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void exportsAsynchronouslyWithReportFromJournal();
    void givenReportAndSnapshotsAreUsedAsIs();
    void gitHistoryOffTheMainThread();
    void cancelLeavesTargetUntouched();
    void deletingARunningJobCleansUp();
    void badDestinationIsAClearErrorAndLosesNothing_data();
    void badDestinationIsAClearErrorAndLosesNothing();
    void oneExportAtATime();
    void greenRunSavesItsReceipt_data();
    void greenRunSavesItsReceipt();

private:
    QString runDir() const { return m_dir->filePath(QStringLiteral("run")); }
    void writeRun(int iterations);
    /// A `git` that never finishes, first on PATH: makes a run of the job last until cancelled.
    bool installSlowGit();
    QStringList leftovers(const QString &parent) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_path;
};

void ExportJobTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (!m_path.isEmpty())
        qputenv("PATH", m_path);
}

void ExportJobTest::writeRun(int iterations)
{
    for (int i = 1; i <= iterations; ++i) {
        TarWriter w;
        w.addDirectory(QStringLiteral("./"));
        w.addFile(QStringLiteral("./src/index.ts"), QByteArray("v") + QByteArray::number(i));
        const QString path = runDir() + QStringLiteral("/snapshots/iter-%1.tar.gz").arg(i);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(w.finishGzip());
    }
    QFile events(runDir() + QLatin1Char('/') + RunJournal::eventsFileName());
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.write(
        R"({"v":1,"run":"r1","seq":1,"ts":"2026-01-01T00:00:00.000Z","kind":"run.started","data":{"name":"journal-project","backend":"local","maxIterations":3,"budgetUsd":1}})"
        "\n"
        R"({"v":1,"run":"r1","seq":2,"ts":"2026-01-01T00:01:00.000Z","kind":"run.finished","data":{"outcome":"green","message":"","iterations":2,"costUsd":0.25}})"
        "\n");
}

bool ExportJobTest::installSlowGit()
{
    const QString bin = m_dir->filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    QFile git(bin + QStringLiteral("/git"));
    if (!git.open(QIODevice::WriteOnly))
        return false;
    git.write("#!/bin/sh\nexec sleep 60\n");
    git.close();
    git.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_path.isEmpty())
        m_path = qgetenv("PATH");
    qputenv("PATH", bin.toLocal8Bit() + ':' + m_path);
    return true;
}

QStringList ExportJobTest::leftovers(const QString &parent) const
{
    return QDir(parent).entryList({ QStringLiteral(".*autocoder-*") },
                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void ExportJobTest::exportsAsynchronouslyWithReportFromJournal()
{
    writeRun(2);
    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(job.start(request));
    // Nothing happens on the caller's stack: the answer comes through the event loop.
    QVERIFY(job.isRunning());
    QVERIFY(spy.results.isEmpty());
    QTRY_COMPARE(spy.results.size(), 1);
    QVERIFY(!job.isRunning());
    const ExportResult &r = spy.results.first();
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r->dir, QDir::cleanPath(request.options.targetDir));
    QCOMPARE(r->files, 2); // the project's file and the report
    QFile index(request.options.targetDir + QStringLiteral("/src/index.ts"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("v2"));
    QFile report(request.options.targetDir + QLatin1Char('/') + RunReport::fileName());
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray markdown = report.readAll();
    QVERIFY2(markdown.contains("green"), markdown.constData());
    QCOMPARE(QString::fromUtf8(markdown), ExportJob::renderReport(runDir(), QString()));
    QVERIFY(!spy.progress.isEmpty());
}

void ExportJobTest::givenReportAndSnapshotsAreUsedAsIs()
{
    writeRun(2);
    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request; // no run folder: a journal replayed from elsewhere
    request.snapshots = { { 1, runDir() + QStringLiteral("/snapshots/iter-1.tar.gz") } };
    request.report = QStringLiteral("# Given\n");
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(job.start(request));
    QTRY_COMPARE(spy.results.size(), 1);
    QVERIFY(spy.results.first().isOk());
    QFile index(request.options.targetDir + QStringLiteral("/src/index.ts"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("v1"));
    QFile report(request.options.targetDir + QLatin1Char('/') + RunReport::fileName());
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.readAll(), QByteArray("# Given\n"));
}

void ExportJobTest::gitHistoryOffTheMainThread()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        AUTOCODER_SKIP("git is not installed");
    writeRun(3);
    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    request.options.gitHistory = true;
    QVERIFY(job.start(request));
    QVERIFY(spy.results.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(spy.results.size(), 1, 30000);
    const ExportResult &r = spy.results.first();
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r->commits, 4); // three iterations and the report
    QVERIFY(QFileInfo::exists(request.options.targetDir + QStringLiteral("/.git")));
    // Progress is a latest-state display: fast steps may be folded together.
    QVERIFY(!spy.progress.isEmpty());
    for (const QString &line : std::as_const(spy.progress))
        QVERIFY2(!line.isEmpty(), qPrintable(spy.progress.join(QLatin1Char('|'))));
}

void ExportJobTest::cancelLeavesTargetUntouched()
{
    writeRun(2);
    QVERIFY(installSlowGit());
    const QString target = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(target));
    QFile old(target + QStringLiteral("/keep.txt"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("mine");
    old.close();

    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = target;
    request.options.overwrite = true;
    request.options.gitHistory = true;
    QVERIFY(job.start(request));
    QTest::qWait(300); // git "runs"
    QVERIFY(spy.results.isEmpty());
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(spy.results.size(), 1, 10000);
    QVERIFY(timer.elapsed() < 5000); // not the slow git's minute
    const ExportResult &r = spy.results.first();
    QVERIFY(!r.isOk());
    QVERIFY(r.error().cancelled);
    QCOMPARE(r.error().message, QStringLiteral("Cancelled"));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("keep.txt") });
    QVERIFY(leftovers(m_dir->path()).isEmpty());
    job.cancel(); // harmless when idle
}

void ExportJobTest::deletingARunningJobCleansUp()
{
    writeRun(1);
    QVERIFY(installSlowGit());
    auto *job = new ExportJob;
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    request.options.gitHistory = true;
    QVERIFY(job->start(request));
    QTest::qWait(200);
    delete job; // does not wait for the worker
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(m_dir->path()).isEmpty(), 10000);
    QVERIFY(!QFileInfo::exists(request.options.targetDir));
}

void ExportJobTest::badDestinationIsAClearErrorAndLosesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << "file"
                            << "is not a folder";
    QTest::newRow("not empty") << "notEmpty"
                               << "is not empty";
    QTest::newRow("under a file") << "underFile"
                                  << "Cannot create";
    QTest::newRow("empty path") << "empty"
                                << "No target folder";
    QTest::newRow("no snapshots") << "noSnapshots"
                                  << "no snapshot";
}

void ExportJobTest::badDestinationIsAClearErrorAndLosesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind != QLatin1String("noSnapshots"))
        writeRun(1);
    const QString file = m_dir->filePath(QStringLiteral("existing.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const QString full = m_dir->filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(full));
    QFile other(full + QStringLiteral("/other.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("also precious");
    other.close();

    ExportRequest request;
    request.runDir = runDir();
    if (kind == QLatin1String("file"))
        request.options.targetDir = file;
    else if (kind == QLatin1String("notEmpty"))
        request.options.targetDir = full;
    else if (kind == QLatin1String("underFile"))
        request.options.targetDir = file + QStringLiteral("/sub/out");
    else if (kind == QLatin1String("noSnapshots"))
        request.options.targetDir = m_dir->filePath(QStringLiteral("out"));

    ExportJob job;
    ExportSpy spy(&job);
    QVERIFY(job.start(request));
    QTRY_COMPARE(spy.results.size(), 1);
    const ExportResult &r = spy.results.first();
    QVERIFY(!r.isOk());
    QVERIFY(!r.error().cancelled);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // Nothing was lost or left behind.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("also precious"));
    QCOMPARE(QDir(full).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             1);
    QVERIFY(leftovers(m_dir->path()).isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out"))));
}

void ExportJobTest::oneExportAtATime()
{
    writeRun(1);
    QVERIFY(installSlowGit());
    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    request.options.gitHistory = true;
    QVERIFY(job.start(request));
    QVERIFY(!job.start(request));
    job.cancel();
    QTRY_COMPARE(spy.results.size(), 1);
    QVERIFY(spy.results.first().error().cancelled);
    // Idle again: a new export may start.
    request.options.gitHistory = false;
    QVERIFY(job.start(request));
    QTRY_COMPARE(spy.results.size(), 2);
    QVERIFY(spy.results.at(1).isOk());
}

void ExportJobTest::greenRunSavesItsReceipt_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("receiptInRunFolder");
    QTest::addColumn<bool>("saved");
    QTest::newRow("green") << QStringLiteral("green") << true << true;
    QTest::newRow("green, no receipt") << QStringLiteral("green") << false << false;
    QTest::newRow("not green") << QStringLiteral("no_progress") << true << false;
}

void ExportJobTest::greenRunSavesItsReceipt()
{
    QFETCH(QString, outcome);
    QFETCH(bool, receiptInRunFolder);
    QFETCH(bool, saved);
    writeRun(2);
    RunState state;
    state.id = QStringLiteral("r1");
    state.status = QStringLiteral("finished");
    state.outcome = outcome;
    QFile stateFile(runDir() + QLatin1Char('/') + RunJournal::stateFileName());
    QVERIFY(stateFile.open(QIODevice::WriteOnly));
    stateFile.write(QJsonDocument(state.toJson()).toJson());
    stateFile.close();
    VerificationReceipt receipt;
    receipt.createdAt = QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
    receipt.specSha256 = QString(64, QLatin1Char('b'));
    receipt.testOutputSha256 = QString(64, QLatin1Char('c'));
    receipt.commands = { { QStringLiteral("test"), QStringLiteral("bun test"), 0 } };
    receipt.testCounts = { 2, 0, 0 };
    if (receiptInRunFolder) {
        QFile f(runDir() + QLatin1Char('/') + QLatin1String(VerificationReceipt::RunFileName));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(receipt.toJsonBytes());
    }
    ExportJob job;
    ExportSpy spy(&job);
    ExportRequest request;
    request.runDir = runDir();
    request.options.targetDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(job.start(request));
    QTRY_COMPARE(spy.results.size(), 1);
    QVERIFY(spy.results.first().isOk());
    QFile file(request.options.targetDir + QLatin1Char('/')
               + QLatin1String(VerificationReceipt::FileName));
    QCOMPARE(file.exists(), saved);
    if (!saved)
        return;
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto written = VerificationReceipt::fromJson(file.readAll());
    QVERIFY(written.isOk());
    QCOMPARE(written->specSha256, receipt.specSha256);
    QCOMPARE(written->files.size(), 1);
    QCOMPARE(written->files.first().path, QStringLiteral("src/index.ts"));
    QCOMPARE(written->files.first().sha256, VerificationReceipt::sha256Hex("v2"));
}

QTEST_GUILESS_MAIN(ExportJobTest)
#include "tst_exportjob.moc"
