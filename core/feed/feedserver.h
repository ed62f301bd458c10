#pragma once

#include "common/result.h"
#include "feed/feedprotocol.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Autocoder::Feed {

/// Publishes runs' event journals on a WebSocket endpoint (docs/event-feed.md).
///
/// Events are read from each run's events.jsonl, never from memory: a client that joins late,
/// or comes back with `since`, gets the same lines the journal holds, in order, with no gap
/// and no duplicate, and a slow client only lags its read position (bounded buffering). The
/// owner says when a run's journal has grown (journalAppended(), after RunJournal::append),
/// and turns the steering signals into RunController calls. No widgets: the headless command
/// and the app both use it.
class FeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedServer)

public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; ///< 0: any free port
        /// Required to bind to an address that is not loopback.
        bool allowNonLoopback = false;
        QByteArray token; ///< watch and steer; must not be empty
        QByteArray readOnlyToken; ///< watch only; empty: none
        int maxClientsPerRun = MaxClientsPerRun;
        qint64 maxClientFrameBytes = MaxClientFrameBytes;
        qint64 sendHighWaterBytes = SendHighWaterBytes;
        int slowClientTimeoutMs = SlowClientTimeoutMs;
        /// A connection that has not sent its whole HTTP request by then is dropped (408).
        int handshakeTimeoutMs = HandshakeTimeoutMs;
    };

    explicit FeedServer(QObject *parent = nullptr);
    ~FeedServer() override;

    /// Starts listening. Fails (human words) on an empty token, a non-loopback address
    /// without allowNonLoopback, or a port in use.
    Result<void> listen(const Options &options);
    bool isListening() const;
    /// ws://HOST:PORT/runs/RUN_ID, or ws://HOST:PORT/ for an empty @p runId.
    QUrl url(const QString &runId = QString()) const;
    quint16 port() const;

    /// Publishes run @p runId whose folder (events.jsonl, spec.json, snapshots/) is @p runDir.
    void addRun(const QString &runId, const QString &runDir);
    /// Stops publishing @p runId: its clients are closed with @p closeCode (Close::RunEnded
    /// once the run is over, after every journaled event has been sent to them).
    void removeRun(const QString &runId, int closeCode = Close::RunEnded);
    /// The journal of @p runId has grown: send the new lines to its clients.
    void journalAppended(const QString &runId);
    /// Closes every client (Close::GoingAway) and stops listening.
    void close();

    /// Clients of @p runId, including those still being sent what is journaled before
    /// removeRun() closes them.
    int clientCount(const QString &runId) const;
    /// The most bytes any one client of @p runId has queued and not yet written to the network
    /// (bounded by sendHighWaterBytes plus one line or one answer): for tests and diagnostics.
    qint64 bufferedBytes(const QString &runId) const;

Q_SIGNALS:
    /// A client with the full token asked to stop @p runId. @p source: "feed:NAME".
    void stopRequested(const QString &runId, const QString &source);
    /// A client with the full token sent guidance for the next agent turn of @p runId.
    void guidanceReceived(const QString &runId, const QString &text, const QString &source);
    /// A client was refused or closed (bad token, malformed frame, too slow, ...): for the
    /// log; never carries the token.
    void clientRefused(const QString &peer, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Autocoder::Feed
