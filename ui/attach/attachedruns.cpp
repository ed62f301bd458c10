#include "attach/attachedruns.h"

#include "feed/attachedrun.h"
#include "feed/feedaddress.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace Autocoder::Ui {

using Feed::AttachedRun;
using Feed::FeedClient;

AttachedRuns::AttachedRuns(QObject *parent)
    : QObject(parent)
    , m_mirrorRoot(defaultMirrorRoot())
{ }

AttachedRuns::~AttachedRuns()
{
    // Closed before they go, without signals to a half-destroyed owner.
    for (const Entry &e : std::as_const(m_runs)) {
        e.run->disconnect(this);
        e.run->close();
    }
}

QString AttachedRuns::defaultMirrorRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("attached"));
}

void AttachedRuns::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

AttachedRun *AttachedRuns::attach(const QUrl &url, const QByteArray &token)
{
    for (const Entry &e : std::as_const(m_runs)) {
        if (e.run->url() == url) {
            const QString runId = e.runId;
            remove(e.run);
            if (!runId.isEmpty())
                Q_EMIT connectionChanged(runId, FeedClient::State::Disconnected);
            break;
        }
    }
    auto *run = new AttachedRun(url, token, m_mirrorRoot, this);
    // Who steers, as the run's journal will say ("Stop requested by ann@desk"); the server's
    // own log keeps the address it saw.
    const QString user = qEnvironmentVariable("USER");
    const QString host = QSysInfo::machineHostName();
    run->client()->setClientName(user.isEmpty() ? host : user + QLatin1Char('@') + host);
    if (m_firstDelayMs >= 0)
        run->client()->setReconnectDelays(m_firstDelayMs, m_maxDelayMs);
    m_runs.append({ run, QString(), QString() });
    connect(run, &AttachedRun::attached, this,
            [this, run](const QString &runId) { onAttached(run, runId); });
    connect(run, &AttachedRun::eventEmitted, this, &AttachedRuns::runEvent);
    connect(run->client(), &FeedClient::welcomed, this,
            [this, run](const QString &, bool, qint64 lastSeq) {
                if (Entry *e = entryOf(run); e && e->joinedAtSeq < 0)
                    e->joinedAtSeq = lastSeq;
            });
    connect(run, &AttachedRun::connectionChanged, this, [this, run](FeedClient::State state) {
        const Entry *e = entryOf(run);
        if (!e)
            return;
        if (!e->runId.isEmpty())
            Q_EMIT connectionChanged(e->runId, state);
        else if (state == FeedClient::State::Reconnecting)
            Q_EMIT unreachable(run->url(), run->client()->errorString());
    });
    connect(run, &AttachedRun::failed, this,
            [this, run](const QString &message) { onFailed(run, message); });
    run->open();
    return run;
}

void AttachedRuns::onAttached(AttachedRun *run, const QString &runId)
{
    Entry *entry = entryOf(run);
    if (!entry)
        return;
    if (entry->runId == runId) { // welcomed again after a reconnection: nothing new
        entry->failure.clear();
        Q_EMIT connectionChanged(runId, run->connectionState());
        return;
    }
    // The same run reached at another address: the newer attachment follows it.
    for (const Entry &other : std::as_const(m_runs)) {
        if (other.run != run && other.runId == runId) {
            remove(other.run);
            break;
        }
    }
    entry = entryOf(run);
    entry->runId = runId;
    entry->failure.clear();
    Q_EMIT runAdded(runId);
    Q_EMIT connectionChanged(runId, run->connectionState());
}

void AttachedRuns::onFailed(AttachedRun *run, const QString &message)
{
    Entry *entry = entryOf(run);
    if (!entry)
        return;
    const QUrl url = run->url();
    const QString runId = entry->runId;
    entry->failure = message;
    if (runId.isEmpty())
        remove(run); // never attached: nothing to show for it
    else
        Q_EMIT connectionChanged(runId, run->connectionState());
    Q_EMIT attachFailed(url, runId, message);
}

void AttachedRuns::detach(const QString &runId)
{
    if (const Entry *e = entryOf(runId)) {
        remove(e->run);
        Q_EMIT connectionChanged(runId, FeedClient::State::Disconnected);
    }
}

void AttachedRuns::remove(AttachedRun *run)
{
    m_runs.removeIf([run](const Entry &e) { return e.run == run; });
    run->disconnect(this);
    run->close();
    run->deleteLater(); // may be inside one of its own signals
}

AttachedRun *AttachedRuns::run(const QString &runId) const
{
    const Entry *e = entryOf(runId);
    return e ? e->run : nullptr;
}

qint64 AttachedRuns::joinedAtSeq(const QString &runId) const
{
    const Entry *e = entryOf(runId);
    return e ? e->joinedAtSeq : -1;
}

QStringList AttachedRuns::ids() const
{
    QStringList ids;
    for (const Entry &e : m_runs) {
        if (!e.runId.isEmpty())
            ids.append(e.runId);
    }
    return ids;
}

const AttachedRuns::Entry *AttachedRuns::entryOf(const QString &runId) const
{
    if (runId.isEmpty())
        return nullptr;
    for (const Entry &e : m_runs) {
        if (e.runId == runId)
            return &e;
    }
    return nullptr;
}

AttachedRuns::Entry *AttachedRuns::entryOf(const AttachedRun *run)
{
    for (Entry &e : m_runs) {
        if (e.run == run)
            return &e;
    }
    return nullptr;
}

QString AttachedRuns::displayUrl(const QUrl &url)
{
    return Feed::FeedAddress::loggable(url);
}

QString AttachedRuns::connectionText(const QString &runId) const
{
    const Entry *e = entryOf(runId);
    if (!e)
        return {};
    const QString where = displayUrl(e->run->url());
    if (!e->failure.isEmpty())
        return tr("Not attached: %1").arg(e->failure);
    switch (e->run->connectionState()) {
    case FeedClient::State::Connecting:
        return tr("Connecting to %1\u2026").arg(where);
    case FeedClient::State::Connected:
        return tr("Attached to %1").arg(where);
    case FeedClient::State::Reconnecting:
        return tr("Connection lost \u2014 reconnecting to %1\u2026").arg(where);
    case FeedClient::State::Ended:
        return e->run->isFinished() ? tr("Attached to %1; the run has ended").arg(where)
                                    : tr("The feed at %1 has closed").arg(where);
    case FeedClient::State::Disconnected:
        break;
    }
    return tr("Detached from %1").arg(where);
}

bool AttachedRuns::hasConnectionProblem(const QString &runId) const
{
    const Entry *e = entryOf(runId);
    if (!e)
        return false;
    if (!e->failure.isEmpty())
        return true;
    switch (e->run->connectionState()) {
    case FeedClient::State::Reconnecting:
        return true;
    case FeedClient::State::Ended:
        return !e->run->isFinished();
    default:
        return false;
    }
}

} // namespace Autocoder::Ui
