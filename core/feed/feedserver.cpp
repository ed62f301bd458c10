#include "feed/feedserver.h"

#include "feed/feedacceptor.h"
#include "feed/feedconnection.h"
#include "feed/feedlog.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWebSocket>

namespace Autocoder::Feed {

class FeedServer::Private
{
public:
    explicit Private(FeedServer *server)
        : q(server)
    { }

    Result<FeedAuthorisation, HttpRefusal> authorise(const FeedRequest &request,
                                                     const QHostAddress &peer) const;
    void accept(QWebSocket *socket, const FeedAuthorisation &authorisation);
    QList<FeedConnection *> connectionsOf(const QString &runId) const;

    FeedServer *q;
    Options options;
    std::unique_ptr<FeedAcceptor> acceptor;
    QHash<QString, QString> runs; ///< id → folder
    QList<FeedConnection *> connections;
};

Result<FeedAuthorisation, HttpRefusal>
FeedServer::Private::authorise(const FeedRequest &request, const QHostAddress &peer) const
{
    const bool full = tokensEqual(request.token, options.token);
    const bool readOnly = !full && !options.readOnlyToken.isEmpty()
        && tokensEqual(request.token, options.readOnlyToken);
    if (!full && !readOnly) {
        return failure(
            HttpRefusal { 401, request.token.isEmpty() ? tr("no token") : tr("wrong token") });
    }
    if (!request.invalidReason.isEmpty())
        return failure(HttpRefusal { 400, request.invalidReason });
    QString runId = request.runId;
    if (request.knownPath && runId.isEmpty()) {
        if (runs.size() != 1)
            return failure(HttpRefusal { 404, tr("more than one run: ask for /runs/ID") });
        runId = runs.cbegin().key();
    }
    if (!request.knownPath || !runs.contains(runId))
        return failure(HttpRefusal { 404, tr("no such run") });
    if (connectionsOf(runId).size() + acceptor->handingOver(runId) >= options.maxClientsPerRun)
        return failure(HttpRefusal { 503, tr("too many clients for this run") });
    FeedAuthorisation authorisation;
    authorisation.runId = runId;
    authorisation.runDir = runs.value(runId);
    authorisation.readOnly = readOnly;
    authorisation.since = request.since;
    authorisation.source = QStringLiteral("feed:")
        + (request.clientName.isEmpty() ? peer.toString() : request.clientName);
    return authorisation;
}

void FeedServer::Private::accept(QWebSocket *socket, const FeedAuthorisation &authorisation)
{
    // The run may have gone while Qt finished the handshake.
    if (!runs.contains(authorisation.runId)) {
        socket->close(QWebSocketProtocol::CloseCode(Close::RunEnded), QStringLiteral("run ended"));
        socket->deleteLater();
        return;
    }
    FeedConnection::Limits limits;
    limits.maxClientFrameBytes = options.maxClientFrameBytes;
    limits.sendHighWaterBytes = options.sendHighWaterBytes;
    limits.slowClientTimeoutMs = options.slowClientTimeoutMs;
    auto *connection = new FeedConnection(socket, authorisation, limits, q);
    connections.append(connection);
    const QString runId = authorisation.runId;
    QObject::connect(connection, &FeedConnection::stopRequested, q,
                     [this, runId](const QString &source) {
                         qCInfo(lcFeed).noquote() << "stop of" << runId << "from" << source;
                         Q_EMIT q->stopRequested(runId, source);
                     });
    QObject::connect(connection, &FeedConnection::guidanceReceived, q,
                     [this, runId](const QString &text, const QString &source) {
                         qCInfo(lcFeed).noquote() << "guidance for" << runId << "from" << source;
                         Q_EMIT q->guidanceReceived(runId, text, source);
                     });
    QObject::connect(connection, &FeedConnection::refused, q,
                     [this, connection](const QString &reason) {
                         qCInfo(lcFeed).noquote() << "closed" << connection->peer() << reason;
                         Q_EMIT q->clientRefused(connection->peer(), reason);
                     });
    QObject::connect(connection, &FeedConnection::finished, q, [this, connection] {
        connections.removeOne(connection);
        connection->deleteLater();
    });
    qCInfo(lcFeed).noquote() << "client" << connection->peer() << "follows" << runId
                             << (authorisation.readOnly ? "(read-only)" : "");
    connection->start();
}

QList<FeedConnection *> FeedServer::Private::connectionsOf(const QString &runId) const
{
    QList<FeedConnection *> out;
    for (FeedConnection *connection : connections) {
        if (connection->runId() == runId)
            out.append(connection);
    }
    return out;
}

FeedServer::FeedServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

FeedServer::~FeedServer()
{
    if (d->acceptor)
        d->acceptor->close();
    // Connections go first, while the sockets they own are still valid.
    const QList<FeedConnection *> connections = std::exchange(d->connections, {});
    for (FeedConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
    d->acceptor.reset();
}

Result<void> FeedServer::listen(const Options &options)
{
    if (isListening())
        return failure(tr("The feed is already listening."));
    if (options.token.isEmpty())
        return failure(tr("The feed needs a token."));
    if (!options.readOnlyToken.isEmpty() && options.readOnlyToken == options.token)
        return failure(tr("The read-only token must differ from the full token."));
    if (!options.address.isLoopback() && !options.allowNonLoopback) {
        return failure(tr("Refusing to serve the feed on %1, which is not a loopback address, "
                          "without an explicit opt-in.")
                           .arg(options.address.toString()));
    }
    if (options.maxClientsPerRun < 1 || options.maxClientFrameBytes < 1
        || options.sendHighWaterBytes < 1 || options.slowClientTimeoutMs < 1
        || options.handshakeTimeoutMs < 1)
        return failure(tr("The feed's limits must be positive."));
    d->options = options;
    // One acceptor for the server's life: the sockets of clients still being closed after a
    // close() belong to it.
    if (!d->acceptor) {
        d->acceptor = std::make_unique<FeedAcceptor>(
            [this](const FeedRequest &request, const QHostAddress &peer) {
                return d->authorise(request, peer);
            });
        connect(d->acceptor.get(), &FeedAcceptor::refused, this, &FeedServer::clientRefused);
        connect(d->acceptor.get(), &FeedAcceptor::accepted, this,
                [this](QWebSocket *socket, const FeedAuthorisation &authorisation) {
                    d->accept(socket, authorisation);
                });
    }
    d->acceptor->setLimits(options.handshakeTimeoutMs, options.maxClientFrameBytes);
    Result<void> listening = d->acceptor->listen(options.address, options.port);
    if (!listening)
        return listening;
    qCInfo(lcFeed).noquote() << "serving on" << url().toString();
    return {};
}

bool FeedServer::isListening() const
{
    return d->acceptor && d->acceptor->isListening();
}

QUrl FeedServer::url(const QString &runId) const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(isListening() ? d->acceptor->address().toString() : d->options.address.toString());
    url.setPort(port());
    url.setPath(runId.isEmpty() ? QStringLiteral("/") : QStringLiteral("/runs/") + runId);
    return url;
}

quint16 FeedServer::port() const
{
    return isListening() ? d->acceptor->port() : 0;
}

void FeedServer::addRun(const QString &runId, const QString &runDir)
{
    d->runs.insert(runId, runDir);
}

void FeedServer::removeRun(const QString &runId, int closeCode)
{
    d->runs.remove(runId);
    for (FeedConnection *connection : d->connectionsOf(runId))
        connection->closeAfterJournal(closeCode);
}

void FeedServer::journalAppended(const QString &runId)
{
    for (FeedConnection *connection : d->connectionsOf(runId))
        connection->journalAppended();
}

void FeedServer::close()
{
    if (d->acceptor)
        d->acceptor->close();
    const QList<FeedConnection *> connections = d->connections; // closing may remove some
    for (FeedConnection *connection : connections)
        connection->closeNow(Close::GoingAway, QStringLiteral("server shutting down"));
}

int FeedServer::clientCount(const QString &runId) const
{
    return int(d->connectionsOf(runId).size());
}

qint64 FeedServer::bufferedBytes(const QString &runId) const
{
    qint64 most = 0;
    for (FeedConnection *connection : d->connectionsOf(runId))
        most = qMax(most, connection->bufferedBytes());
    return most;
}

} // namespace Autocoder::Feed
