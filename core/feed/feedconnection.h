#pragma once

#include "feed/feedjournalcursor.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace Autocoder::Feed {

/// What the handshake established about one client.
struct FeedAuthorisation
{
    QString runId;
    QString runDir;
    bool readOnly = true;
    qint64 since = 0;
    /// "feed:NAME" (the client's name, or its address): the source of its steering.
    QString source;
};

/// One feed client: its hello, its position in the run's journal, its requests.
///
/// Lines go out only while the socket holds less than the high-water mark unsent, so a client
/// that does not read costs at most that much (plus one line or one answer); one that stays
/// above the mark is closed with 1013 and told where to resume.
class FeedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedConnection)

public:
    struct Limits
    {
        qint64 maxClientFrameBytes = 0;
        qint64 sendHighWaterBytes = 0;
        int slowClientTimeoutMs = 0;
    };

    /// Takes @p socket (an open, upgraded connection).
    FeedConnection(QWebSocket *socket, const FeedAuthorisation &authorisation, const Limits &limits,
                   QObject *parent = nullptr);
    ~FeedConnection() override;

    /// Sends the hello, then the journal from `since` on.
    void start();
    /// The journal has grown.
    void journalAppended();
    /// Sends what the journal holds, then closes with @p code (the run is no longer published).
    void closeAfterJournal(int code);
    void closeNow(int code, const QString &reason);

    const QString &runId() const { return m_auth.runId; }
    QString peer() const;
    /// Bytes handed to the socket and not yet written to the network.
    qint64 bufferedBytes() const;

Q_SIGNALS:
    void stopRequested(const QString &source);
    void guidanceReceived(const QString &text, const QString &source);
    /// Closed for a reason worth logging (too slow, malformed frame, ...).
    void refused(const QString &reason);
    /// The connection is gone: the owner deletes this.
    void finished();

private:
    struct Request
    {
        QString type;
        int iteration = 0;
        QString error; ///< when set, the answer is this error
    };

    void pump();
    void onTextMessage(const QString &message);
    void onDisconnected();
    void onSlow();
    void violate(const QString &reason);
    void queue(const Request &request);
    void answer(const Request &request);
    void sendJson(const QJsonObject &object);
    void sendError(const QString &request, const QString &message);
    void answerSnapshot(int iteration);

    QWebSocket *m_socket = nullptr;
    FeedAuthorisation m_auth;
    Limits m_limits;
    FeedJournalCursor m_cursor;
    QList<Request> m_requests; ///< answers waiting for the socket to drain
    QTimer m_slowTimer;
    QTimer m_closeTimer; ///< a closed client that does not take its close frame is cut off
    bool m_aboveMark = false;
    bool m_closing = false;
    int m_closeAfterJournal = 0;
    QString m_peer;
};

} // namespace Autocoder::Feed
