#include "run/runstore.h"

#include "run/runjournal.h"
#include "run/runlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace Autocoder::Run {

QString RunStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/runs");
}

RunStore::RunStore(QString root)
    : m_root(std::move(root))
{ }

QString RunStore::runDir(const QString &id) const
{
    return m_root + QLatin1Char('/') + id;
}

QList<RunSummary> RunStore::list(const QStringList &liveIds) const
{
    QList<RunSummary> out;
    const QDir root(m_root);
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : dirs) {
        if (!isValidId(id))
            continue;
        RunState state;
        if (!RunJournal::readState(root.filePath(id), &state))
            continue;
        RunSummary s = RunSummary::fromState(state);
        s.id = id;
        // "running" on disk is true only while someone drives it: here, or another process.
        if (s.status == RunStatus::Running && !liveIds.contains(id)
            && RunLock::holder(root.filePath(id)) == 0)
            s.status = RunStatus::Interrupted;
        s.dir = root.filePath(id);
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const RunSummary &a, const RunSummary &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return out;
}

bool RunStore::load(const QString &id, RunState *state, QString *error) const
{
    if (!isValidId(id)) {
        if (error)
            *error = QCoreApplication::translate("RunStore", "\"%1\" is not a run id").arg(id);
        return false;
    }
    return RunJournal::readState(runDir(id), state, error);
}

QString RunStore::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
              .rightJustified(4, QLatin1Char('0'));
}

bool RunStore::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return re.match(id).hasMatch();
}

} // namespace Autocoder::Run
