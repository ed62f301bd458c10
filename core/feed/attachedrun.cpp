#include "feed/attachedrun.h"

#include "feed/feedclientlog.h"
#include "feed/feedprotocol.h"
#include "feed/runmirror.h"
#include "run/runstore.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace Autocoder::Feed {

namespace {

// A snapshot the server does not answer in this time is given up (the event goes on without
// its archive) rather than holding the events behind it forever.
constexpr int SnapshotTimeoutMs = 120 * 1000;

// ws://HOST:PORT/runs/RUN_ID names its run; ws://HOST:PORT/ does not.
QString runIdInUrl(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts.first() == QLatin1String("runs"))
        return parts.last();
    return QString();
}

} // namespace

class AttachedRun::Private
{
public:
    explicit Private(AttachedRun *q)
        : q(q)
    { }

    void reset();
    void onWelcomed(const QString &runId);
    void onEvent(const Run::RunEvent &event);
    void onSnapshot(int iteration, const QByteArray &archive);
    void onRequestFailed(const QString &request, const QString &message);
    void onStateChanged(FeedClient::State state);
    void fetchSnapshot();
    void resolveSnapshot(const QString &archivePath);
    void pump();
    void fail(const QString &message);

    AttachedRun *const q;
    QString mirrorRoot;
    QByteArray token;
    RunMirror mirror;
    QTimer snapshotTimer;

    QString urlRunId; ///< the run the URL names, if it names one
    QString runId;
    bool attachedOnce = false;
    bool finished = false;
    bool specAsked = false;
    /// Events up to this seq are in the mirror already (it was reopened).
    qint64 mirroredThrough = 0;

    /// Received, not yet mirrored: held back while the head waits for its snapshot.
    QList<Run::RunEvent> queue;
    bool waitingForSnapshot = false; ///< the head of the queue is a files.snapshot being fetched
    bool snapshotRequested = false;
    bool headSnapshotResolved = false; ///< its archive is the local copy (or emptied)
};

void AttachedRun::Private::reset()
{
    mirror.close();
    snapshotTimer.stop();
    queue.clear();
    waitingForSnapshot = false;
    snapshotRequested = false;
    headSnapshotResolved = false;
    runId.clear();
    attachedOnce = false;
    finished = false;
    specAsked = false;
    mirroredThrough = 0;
}

void AttachedRun::Private::fail(const QString &message)
{
    qCWarning(lcFeedClient) << "attached run" << runId << "failed:" << message;
    q->m_client->close();
    mirror.close();
    queue.clear();
    waitingForSnapshot = false;
    headSnapshotResolved = false;
    snapshotTimer.stop();
    Q_EMIT q->failed(message);
}

void AttachedRun::Private::onWelcomed(const QString &welcomedId)
{
    if (attachedOnce) {
        // Back after a lost connection: a snapshot asked for on the old one is asked again.
        if (waitingForSnapshot) {
            snapshotRequested = false;
            fetchSnapshot();
        }
        return;
    }
    // The id becomes a folder name: a hostile server must not choose "../somewhere".
    if (!Run::RunStore::isValidId(welcomedId)) {
        fail(AttachedRun::tr("The feed sent an invalid run id."));
        return;
    }
    if (!urlRunId.isEmpty() && welcomedId != urlRunId) {
        fail(AttachedRun::tr("The feed answered with run %1 instead of %2.")
                 .arg(welcomedId, urlRunId));
        return;
    }
    const QString dir = QDir(mirrorRoot).filePath(welcomedId);
    const Result<RunMirror::Contents> contents = mirror.open(dir);
    if (!contents) {
        fail(AttachedRun::tr("Cannot keep a copy of the run: %1").arg(contents.error()));
        return;
    }
    runId = welcomedId;
    attachedOnce = true;
    mirroredThrough = contents->lastSeq;
    finished = false;
    Q_EMIT q->attached(runId);

    // What an earlier attachment mirrored comes first, so that subscribers see the whole run.
    if (contents->lastSeq > 0) {
        const QPointer<AttachedRun> guard(q);
        const auto replayed = Run::RunJournal::forEachEvent(
            dir + QLatin1Char('/') + Run::RunJournal::eventsFileName(),
            [this, &guard](const Run::RunEvent &e) {
                if (!guard || !mirror.isOpen())
                    return;
                finished = RunMirror::finishedAfter(finished, e);
                Q_EMIT q->eventEmitted(e);
            });
        if (!guard)
            return;
        if (!replayed)
            qCWarning(lcFeedClient) << "cannot replay the mirror:" << replayed.error();
    }
    if (!specAsked && mirror.isOpen())
        specAsked = q->m_client->requestSpec();
}

void AttachedRun::Private::onEvent(const Run::RunEvent &event)
{
    if (!mirror.isOpen() || event.seq <= mirroredThrough)
        return; // not attached (refused), or mirrored by an earlier attachment
    queue.append(event);
    pump();
}

void AttachedRun::Private::pump()
{
    const QPointer<AttachedRun> guard(q);
    while (guard && mirror.isOpen() && !queue.isEmpty()) {
        if (queue.first().kind == Run::EventKind::FilesSnapshot && !waitingForSnapshot
            && !headSnapshotResolved) {
            waitingForSnapshot = true;
            snapshotRequested = false;
            fetchSnapshot();
        }
        if (waitingForSnapshot)
            return; // later events wait: order is kept
        const Run::RunEvent event = queue.takeFirst();
        headSnapshotResolved = false;
        if (const Result<void> written = mirror.append(event); !written) {
            fail(AttachedRun::tr("Cannot keep a copy of the run: %1").arg(written.error()));
            return;
        }
        mirroredThrough = event.seq;
        finished = RunMirror::finishedAfter(finished, event);
        Q_EMIT q->eventEmitted(event);
    }
}

void AttachedRun::Private::fetchSnapshot()
{
    if (snapshotRequested || queue.isEmpty())
        return;
    const FeedClient::State state = q->m_client->state();
    if (state == FeedClient::State::Ended || state == FeedClient::State::Disconnected) {
        // No connection will come back to answer: the event goes on without its archive.
        qCWarning(lcFeedClient) << "no snapshot of iteration" << queue.first().iteration()
                                << "- the feed is closed";
        resolveSnapshot(QString());
        return;
    }
    // When not connected now, the request is made again on the next hello.
    snapshotRequested = q->m_client->requestSnapshot(queue.first().iteration());
    if (snapshotRequested)
        snapshotTimer.start(SnapshotTimeoutMs);
}

void AttachedRun::Private::resolveSnapshot(const QString &archivePath)
{
    snapshotTimer.stop();
    waitingForSnapshot = false;
    snapshotRequested = false;
    if (queue.isEmpty())
        return;
    Run::RunEvent &head = queue.first();
    // The server's path means nothing here: the local copy, or nothing.
    head.data.insert(QStringLiteral("archive"), archivePath);
    headSnapshotResolved = true;
}

void AttachedRun::Private::onSnapshot(int iteration, const QByteArray &archive)
{
    if (!waitingForSnapshot || queue.isEmpty() || queue.first().iteration() != iteration)
        return; // someone else's request
    const Result<QString> path = mirror.writeSnapshot(iteration, archive);
    if (!path)
        qCWarning(lcFeedClient) << "cannot keep snapshot" << iteration << ":" << path.error();
    resolveSnapshot(path ? *path : QString());
    pump();
}

void AttachedRun::Private::onRequestFailed(const QString &request, const QString &message)
{
    if (request == MessageType::Spec) {
        qCWarning(lcFeedClient) << "no spec from the feed:" << message;
        return;
    }
    if (request != MessageType::Snapshot || !waitingForSnapshot || !snapshotRequested
        || queue.isEmpty())
        return;
    qCWarning(lcFeedClient) << "no snapshot of iteration" << queue.first().iteration() << ":"
                            << message;
    resolveSnapshot(QString());
    pump();
}

void AttachedRun::Private::onStateChanged(FeedClient::State state)
{
    if (state == FeedClient::State::Reconnecting)
        snapshotRequested = false; // that request died with the connection
    if (state == FeedClient::State::Ended) {
        // Events still held back behind a snapshot are mirrored without it: nothing more
        // will come, and the run's last events (its end) matter more than one archive.
        if (waitingForSnapshot) {
            snapshotRequested = false;
            fetchSnapshot();
            pump();
        }
        if (!q->m_client->errorString().isEmpty())
            Q_EMIT q->failed(q->m_client->errorString());
    }
    Q_EMIT q->connectionChanged(state);
}

AttachedRun::AttachedRun(const QUrl &url, const QByteArray &token, const QString &mirrorRoot,
                         QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_client(new FeedClient(this))
    , d(std::make_unique<Private>(this))
{
    d->mirrorRoot = QFileInfo(mirrorRoot).absoluteFilePath();
    d->token = token;
    d->snapshotTimer.setSingleShot(true);
    connect(&d->snapshotTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcFeedClient) << "the feed did not send the snapshot in time";
        d->resolveSnapshot(QString());
        d->pump();
    });
    connect(m_client, &FeedClient::welcomed, this,
            [this](const QString &runId, bool, qint64) { d->onWelcomed(runId); });
    connect(m_client, &FeedClient::eventReceived, this,
            [this](const Run::RunEvent &e) { d->onEvent(e); });
    connect(
        m_client, &FeedClient::snapshotReceived, this,
        [this](int iteration, const QByteArray &archive) { d->onSnapshot(iteration, archive); });
    connect(m_client, &FeedClient::specReceived, this, [this](const QByteArray &spec) {
        if (!d->mirror.isOpen())
            return;
        if (const Result<void> written = d->mirror.writeSpec(spec); !written)
            qCWarning(lcFeedClient) << "cannot keep the spec:" << written.error();
    });
    connect(m_client, &FeedClient::requestFailed, this,
            [this](const QString &request, const QString &message) {
                d->onRequestFailed(request, message);
            });
    connect(m_client, &FeedClient::stateChanged, this,
            [this](FeedClient::State state) { d->onStateChanged(state); });
}

AttachedRun::~AttachedRun()
{
    // The client goes first (a child), so that no signal of it reaches a half-destroyed d.
    disconnect(m_client, nullptr, this, nullptr);
}

void AttachedRun::open()
{
    m_client->close();
    d->reset();
    // A URL that names its run finds its mirror before connecting, and asks only for what the
    // mirror lacks. (ws://HOST:PORT/ learns the id from hello: it gets everything again and
    // drops what the mirror has.)
    d->urlRunId = runIdInUrl(m_url);
    qint64 since = 0;
    if (Run::RunStore::isValidId(d->urlRunId))
        since = RunMirror::scan(QDir(d->mirrorRoot).filePath(d->urlRunId)).lastSeq;
    else
        d->urlRunId.clear();
    m_client->open(m_url, d->token, since);
}

void AttachedRun::close()
{
    m_client->close();
    // Held-back events are not mirrored: reopening asks for them again (since = the mirror's
    // last seq).
    d->queue.clear();
    d->waitingForSnapshot = false;
    d->headSnapshotResolved = false;
    d->snapshotTimer.stop();
    d->mirror.close();
}

QString AttachedRun::runId() const
{
    return d->runId;
}

QString AttachedRun::runDir() const
{
    return d->runId.isEmpty() ? QString() : QDir(d->mirrorRoot).filePath(d->runId);
}

FeedClient::State AttachedRun::connectionState() const
{
    return m_client->state();
}

bool AttachedRun::canSteer() const
{
    return m_client->state() == FeedClient::State::Connected && !m_client->isReadOnly()
        && !d->finished;
}

bool AttachedRun::isFinished() const
{
    return d->finished;
}

bool AttachedRun::stop()
{
    return m_client->sendStop();
}

bool AttachedRun::continueWithGuidance(const QString &text)
{
    return m_client->sendGuidance(text);
}

} // namespace Autocoder::Feed
