#pragma once

#include "run/runevent.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Autocoder::Feed {

/// One connection to a run's event feed (docs/event-feed.md): receives its events, sends
/// stop, guidance and snapshot requests, and reconnects by itself with `since` after a lost
/// connection or a "too slow" close, so the events it passes on have no gap and no duplicate
/// across reconnections. Owns its QWebSocket. No widgets.
class FeedClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedClient)

public:
    enum class State {
        Disconnected, ///< not opened yet, or close()d
        Connecting, ///< first connection under way
        Connected, ///< hello received; events flow
        Reconnecting, ///< lost; the next attempt is scheduled
        Ended, ///< the server closed for good (run ended, refused, 401): no more attempts
    };
    Q_ENUM(State)

    explicit FeedClient(QObject *parent = nullptr);
    ~FeedClient() override;

    /// Name sent as `client=` (the source of this client's steering).
    void setClientName(const QString &name);
    /// Delay before the first reconnection attempt, doubled up to @p maxMs (tests shorten it).
    void setReconnectDelays(int firstMs, int maxMs);

    /// Connects to @p url with @p token (sent as a Bearer header), asking for events after
    /// @p sinceSeq (0: all).
    void open(const QUrl &url, const QByteArray &token, qint64 sinceSeq = 0);
    void close();

    State state() const;
    QString runId() const; ///< from hello
    bool isReadOnly() const; ///< from hello
    qint64 lastSeq() const; ///< the last event passed on
    /// Why the last connection failed or ended; empty after a normal end (1000, run ended)
    /// and while connected.
    QString errorString() const;

    /// False (nothing sent) when not connected or read-only.
    bool sendStop();
    bool sendGuidance(const QString &text);
    bool requestSnapshot(int iteration);
    bool requestSpec();

Q_SIGNALS:
    void stateChanged(Autocoder::Feed::FeedClient::State state);
    /// hello: the run's id, whether this token may steer, the journal's last seq on joining.
    void welcomed(const QString &runId, bool readOnly, qint64 lastSeq);
    void eventReceived(const Autocoder::Run::RunEvent &event);
    /// The archive has been checked against the announced size and sha256.
    void snapshotReceived(int iteration, const QByteArray &archive);
    void specReceived(const QByteArray &specJson);
    /// An error answer, or a reply that did not check out.
    void requestFailed(const QString &request, const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Autocoder::Feed
