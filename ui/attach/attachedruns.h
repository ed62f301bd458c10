#pragma once

#include "feed/feedclient.h"
#include "run/runevent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Autocoder::Feed {
class AttachedRun;
}

namespace Autocoder::Ui {

/// The runs this window follows through their event feeds (File → Attach to Run…), one
/// Feed::AttachedRun each, mirrored under mirrorRoot()/RUN_ID. Passes on what they say the way
/// Run::RunManager does for local runs: runAdded() once a run's id is known, then runEvent()
/// for each of its events, and connectionChanged() as its feed comes and goes.
class AttachedRuns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachedRuns)

public:
    explicit AttachedRuns(QObject *parent = nullptr);
    ~AttachedRuns() override;

    /// AppLocalDataLocation/attached.
    static QString defaultMirrorRoot();
    /// Where mirrors go (tests: a temporary folder); for runs attached from now on.
    void setMirrorRoot(const QString &root) { m_mirrorRoot = root; }
    QString mirrorRoot() const { return m_mirrorRoot; }
    /// Reconnection delays of the feeds attached from now on (tests shorten them).
    void setReconnectDelays(int firstMs, int maxMs);

    /// Starts following the run at @p url. A run already attached at the same address is let
    /// go first (a new token, say). Its id comes with runAdded(), a refusal with
    /// attachFailed().
    Feed::AttachedRun *attach(const QUrl &url, const QByteArray &token);
    /// Stops following @p runId (its mirror stays on disk).
    void detach(const QString &runId);

    Feed::AttachedRun *run(const QString &runId) const;
    bool contains(const QString &runId) const { return run(runId) != nullptr; }
    QStringList ids() const;
    /// One line about the run's feed for the run view: "Attached to ws://…",
    /// "Connection lost — reconnecting…", a refusal. Empty for a run not attached.
    QString connectionText(const QString &runId) const;
    /// The feed is not delivering (reconnecting, refused, closed before the run ended).
    bool hasConnectionProblem(const QString &runId) const;
    /// The run's last seq when its feed first welcomed us: events up to it are its past,
    /// caught up with (no "finished" notice for a run that ended before we came).
    qint64 joinedAtSeq(const QString &runId) const;
    /// @p url as shown to people: no user info, no query (a token never shows).
    static QString displayUrl(const QUrl &url);

Q_SIGNALS:
    /// Run @p runId is attached and its mirror folder exists (before its first event).
    void runAdded(const QString &runId);
    /// Every event of every attached run, once mirrored; event.runId says which.
    void runEvent(const Autocoder::Run::RunEvent &event);
    void connectionChanged(const QString &runId, Autocoder::Feed::FeedClient::State state);
    /// The feed at @p url refused (bad token, unknown run) or the mirror failed. @p runId is
    /// empty when the run was never attached (it is then let go).
    void attachFailed(const QUrl &url, const QString &runId, const QString &message);
    /// The first connection to @p url did not get through (nothing listens there yet, say);
    /// it is tried again by itself.
    void unreachable(const QUrl &url, const QString &why);

private:
    struct Entry
    {
        Feed::AttachedRun *run = nullptr;
        QString runId; ///< empty until attached
        QString failure; ///< why the feed refused, once it did
        qint64 joinedAtSeq = -1; ///< lastSeq of the first hello
    };
    const Entry *entryOf(const QString &runId) const;
    Entry *entryOf(const Feed::AttachedRun *run);
    void onAttached(Feed::AttachedRun *run, const QString &runId);
    void onFailed(Feed::AttachedRun *run, const QString &message);
    void remove(Feed::AttachedRun *run);

    QList<Entry> m_runs;
    QString m_mirrorRoot;
    int m_firstDelayMs = -1;
    int m_maxDelayMs = -1;
};

} // namespace Autocoder::Ui
