#pragma once

#include "feed/feedclient.h"
#include "run/runevent.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Autocoder::Feed {

/// A run followed through its event feed, mirrored into a local folder so that everything
/// that reads a run folder works on it as on a local run: `<mirrorRoot>/<runId>/` gets
/// events.jsonl (the events as received), spec.json and snapshots/iter-N.tar.gz (fetched when
/// the iteration's files.snapshot event arrives, whose `archive` is then rewritten to the
/// local copy before the event is passed on). Reopening an existing mirror continues with
/// `since` = its last seq. Stop and guidance go back through the feed. No widgets.
class AttachedRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachedRun)

public:
    /// @p mirrorRoot: the folder that holds mirrors (the app: AppLocalData/attached).
    AttachedRun(const QUrl &url, const QByteArray &token, const QString &mirrorRoot,
                QObject *parent = nullptr);
    ~AttachedRun() override;

    void open();
    void close();

    QUrl url() const { return m_url; }
    QString runId() const; ///< empty until welcomed
    QString runDir() const; ///< the mirror folder; empty until welcomed
    FeedClient::State connectionState() const;
    /// Connected with a token that may steer, and the run has not finished.
    bool canSteer() const;
    bool isFinished() const; ///< run.finished seen (and no run.resumed after it)
    FeedClient *client() const { return m_client; }

    /// Through the feed; false when it could not be sent (not connected, read-only).
    bool stop();
    bool continueWithGuidance(const QString &text);

Q_SIGNALS:
    /// The run's id is known and its mirror folder exists (before its first event).
    void attached(const QString &runId);
    /// Each event, in order, once mirrored (a snapshot's archive is on disk first). A reopened
    /// mirror's events come first (right after attached()), then the new ones: subscribers see
    /// the whole run from this signal alone.
    void eventEmitted(const Autocoder::Run::RunEvent &event);
    void connectionChanged(Autocoder::Feed::FeedClient::State state);
    /// Refused (401, unknown run, an invalid run id), or the mirror cannot be written: human
    /// words. Not emitted when the run ends normally (close 1000).
    void failed(const QString &message);

private:
    class Private;
    QUrl m_url;
    FeedClient *m_client = nullptr;
    std::unique_ptr<Private> d;
};

} // namespace Autocoder::Feed
