#include "run/projectsaver.h"

#include "run/runjournal.h"
#include "run/runreport.h"
#include "run/runstate.h"
#include "run/safearchive.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Autocoder::Run {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::ProjectSaver)
};

bool cancelledBy(const SaveControl &control)
{
    return control.isCancelled && control.isCancelled();
}

void report(const SaveControl &control, const QString &message)
{
    if (control.progress)
        control.progress(message);
}

/// Runs git in `dir` and waits for it on this (worker) thread, checking for cancellation.
bool runGit(const QString &dir, const QStringList &args, const SaveControl &control, QString *error)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only our identity and no user/system config: the data decides nothing here.
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Autocoder"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("autocoder@localhost"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Autocoder"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("autocoder@localhost"));
    git.setProcessEnvironment(env);
    QStringList full { QStringLiteral("-c"), QStringLiteral("core.hooksPath=/dev/null"),
                       QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false") };
    full += args;
    git.start(QStringLiteral("git"), full);
    const QDeadlineTimer deadline(120000);
    bool done = git.waitForStarted() && git.waitForFinished(100);
    while (!done && git.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        if (cancelledBy(control)) {
            git.kill();
            git.waitForFinished(5000);
            *error = Tr::tr("Cancelled");
            return false;
        }
        done = git.waitForFinished(100);
    }
    if (!done) {
        git.kill();
        git.waitForFinished(5000);
    }
    if (!done || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        *error =
            Tr::tr("git %1 failed: %2")
                .arg(args.value(0), QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
        if (git.error() == QProcess::FailedToStart)
            *error = Tr::tr("git is not installed");
        return false;
    }
    return true;
}

/// Empties `dir` except for `.git`.
bool clearWorkTree(const QString &dir)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden
                                                          | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (fi.fileName() == QLatin1String(".git"))
            continue;
        const bool ok = fi.isDir() && !fi.isSymLink() ? QDir(fi.filePath()).removeRecursively()
                                                      : QFile::remove(fi.filePath());
        if (!ok)
            return false;
    }
    return true;
}

/// Moves every top-level entry of `from` into `to` (same filesystem).
bool moveContents(const QString &from, const QString &to)
{
    const QFileInfoList entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden
                                                           | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (!QDir().rename(fi.filePath(), to + QLatin1Char('/') + fi.fileName()))
            return false;
    }
    return QDir().rmdir(from);
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/.git/")))
            ++n;
    }
    return n;
}

} // namespace

QList<QPair<int, QString>> ProjectSaver::snapshotsOf(const QString &runDir)
{
    QList<QPair<int, QString>> out;
    static const QRegularExpression re(QStringLiteral("^iter-(\\d+)\\.tar\\.gz$"));
    const QDir dir(runDir + QStringLiteral("/snapshots"));
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = re.match(name);
        if (m.hasMatch())
            out.append({ m.captured(1).toInt(), dir.filePath(name) });
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

std::optional<VerificationReceipt>
ProjectSaver::receiptOf(const QString &runDir, const QList<QPair<int, QString>> &snapshots)
{
    if (runDir.isEmpty() || snapshots.isEmpty())
        return std::nullopt;
    QFile file(QDir(runDir).filePath(QLatin1String(VerificationReceipt::RunFileName)));
    if (!file.exists())
        return std::nullopt;
    RunState state;
    if (!RunJournal::readState(runDir, &state) || state.outcome != wireName(RunOutcome::Green))
        return std::nullopt;
    const QList<QPair<int, QString>> own = snapshotsOf(runDir);
    if (own.isEmpty() || own.last().first != snapshots.last().first
        || QFileInfo(own.last().second).canonicalFilePath()
            != QFileInfo(snapshots.last().second).canonicalFilePath())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("run %s: cannot read its receipt: %s", qUtf8Printable(runDir),
                 qUtf8Printable(file.errorString()));
        return std::nullopt;
    }
    Result<VerificationReceipt> receipt = VerificationReceipt::fromJson(file.readAll());
    if (!receipt) {
        qWarning("run %s: its receipt is not valid: %s", qUtf8Printable(runDir),
                 qUtf8Printable(receipt.error()));
        return std::nullopt;
    }
    return *receipt;
}

Result<QList<VerificationReceipt::FileDigest>> ProjectSaver::projectDigest(const QString &dir)
{
    Result<QList<VerificationReceipt::FileDigest>> digests = VerificationReceipt::digestFolder(dir);
    if (!digests)
        return digests;
    QList<VerificationReceipt::FileDigest> files = *digests;
    files.removeIf(
        [](const VerificationReceipt::FileDigest &f) { return f.path == RunReport::fileName(); });
    return files;
}

SaveResult ProjectSaver::save(const QList<QPair<int, QString>> &snapshots,
                              const QString &reportMarkdown, const SaveOptions &options,
                              const SaveControl &control)
{
    auto refuse = [](const QString &error) -> SaveResult {
        return failure(SaveError { error, false });
    };
    if (options.targetDir.trimmed().isEmpty())
        return refuse(Tr::tr("No target folder was given"));
    if (snapshots.isEmpty())
        return refuse(Tr::tr("The run has no snapshot to save yet"));
    const QString target = QDir::cleanPath(QFileInfo(options.targetDir).absoluteFilePath());
    const QFileInfo targetInfo(target);
    const bool targetExists = targetInfo.exists();
    if (targetExists && !targetInfo.isDir())
        return refuse(Tr::tr("%1 exists and is not a folder").arg(target));
    const bool targetEmpty = !targetExists
        || QDir(target)
               .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)
               .isEmpty();
    if (!targetEmpty && !options.overwrite) {
        return refuse(
            Tr::tr("%1 is not empty; choose another folder or allow overwriting").arg(target));
    }
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return refuse(Tr::tr("Cannot create %1").arg(parent));
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    const QString staging = parent + QStringLiteral("/.") + targetInfo.fileName()
        + QStringLiteral(".autocoder-") + suffix;
    auto fail = [&](const QString &error) -> SaveResult {
        QDir(staging).removeRecursively();
        QDir(staging + QStringLiteral(".x")).removeRecursively();
        const bool cancelled = cancelledBy(control);
        return failure(SaveError { cancelled ? Tr::tr("Cancelled") : error, cancelled });
    };
    SaveSummary summary;
    auto cancelled = [&] {
        return cancelledBy(control);
    };

    if (options.gitHistory) {
        if (!QDir().mkpath(staging))
            return fail(Tr::tr("Cannot create %1").arg(staging));
        QString error;
        if (!runGit(staging,
                    { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                      QStringLiteral("main") },
                    control, &error))
            return fail(error);
        for (const auto &snap : snapshots) {
            if (cancelled())
                return fail(Tr::tr("Cancelled"));
            report(control, Tr::tr("Committing iteration %1").arg(snap.first));
            const QString unpack = staging + QStringLiteral(".x");
            const ArchiveResult r = SafeArchive::extract(snap.second, unpack);
            if (!r)
                return fail(Tr::tr("Snapshot of iteration %1: %2").arg(snap.first).arg(r.error()));
            if (!clearWorkTree(staging) || !moveContents(unpack, staging))
                return fail(Tr::tr("Cannot assemble iteration %1").arg(snap.first));
            if (!runGit(staging, { QStringLiteral("add"), QStringLiteral("-A") }, control, &error)
                || !runGit(staging,
                           { QStringLiteral("commit"), QStringLiteral("-q"),
                             QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                             QStringLiteral("Iteration %1").arg(snap.first) },
                           control, &error))
                return fail(error);
            ++summary.commits;
        }
    } else {
        report(control, Tr::tr("Unpacking iteration %1").arg(snapshots.last().first));
        const ArchiveResult r = SafeArchive::extract(snapshots.last().second, staging);
        if (!r)
            return fail(
                Tr::tr("Snapshot of iteration %1: %2").arg(snapshots.last().first).arg(r.error()));
    }

    if (cancelled())
        return fail(Tr::tr("Cancelled"));
    // The receipt's digests are of the project as saved, before the report goes in.
    const QString receiptName = QLatin1String(VerificationReceipt::FileName);
    if (options.receipt) {
        report(control, Tr::tr("Writing %1").arg(receiptName));
        VerificationReceipt receipt = *options.receipt;
        const auto digests = projectDigest(staging);
        if (!digests)
            return fail(Tr::tr("Cannot list the saved files: %1").arg(digests.error()));
        receipt.files = *digests;
        QSaveFile receiptFile(staging + QLatin1Char('/') + receiptName);
        const QByteArray bytes = receipt.toJsonBytes();
        if (!receiptFile.open(QIODevice::WriteOnly) || receiptFile.write(bytes) != bytes.size()
            || !receiptFile.commit())
            return fail(Tr::tr("Cannot write %1").arg(receiptName));
    } else if (QFileInfo::exists(staging + QLatin1Char('/') + receiptName)) {
        // A receipt the agent wrote itself proves nothing: only a green run's is kept.
        if (!QFile::remove(staging + QLatin1Char('/') + receiptName))
            return fail(Tr::tr("Cannot remove %1").arg(receiptName));
    }
    report(control, Tr::tr("Writing %1").arg(RunReport::fileName()));
    QSaveFile reportFile(staging + QLatin1Char('/') + RunReport::fileName());
    const QByteArray reportBytes = reportMarkdown.toUtf8();
    if (!reportFile.open(QIODevice::WriteOnly)
        || reportFile.write(reportBytes) != reportBytes.size() || !reportFile.commit())
        return fail(Tr::tr("Cannot write %1").arg(RunReport::fileName()));
    if (options.gitHistory) {
        QString error;
        // -A: the report, the receipt, and a receipt of the snapshot's that was removed.
        if (!runGit(staging, { QStringLiteral("add"), QStringLiteral("-A") }, control, &error)
            || !runGit(staging,
                       { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                         QStringLiteral("Add run report") },
                       control, &error))
            return fail(error);
        ++summary.commits;
    }
    summary.files = countFiles(staging);

    // Last chance to stop: past this point the target changes.
    if (cancelled())
        return fail(Tr::tr("Cancelled"));
    report(control, Tr::tr("Moving the project into %1").arg(target));
    // Swap into place: the old folder (empty, or allowed to be overwritten) goes aside first.
    QString aside;
    if (targetExists) {
        aside = staging + QStringLiteral(".old");
        if (!QDir().rename(target, aside))
            return fail(Tr::tr("Cannot move the existing %1 aside").arg(target));
    }
    if (!QDir().rename(staging, target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, target);
        return fail(Tr::tr("Cannot move the project into %1").arg(target));
    }
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    summary.dir = target;
    return summary;
}

} // namespace Autocoder::Run
