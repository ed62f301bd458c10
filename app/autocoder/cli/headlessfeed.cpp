#include "headlessfeed.h"

#include "headlessoutput.h"

#include "feed/feedprotocol.h"
#include "feed/feedserver.h"
#include "feed/feedtokenfile.h"
#include "run/runcontroller.h"

#include <QDir>

namespace Autocoder::Cli {

HeadlessFeed::HeadlessFeed(const ServeAddress &address, bool allowPublic, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_allowPublic(allowPublic)
    , m_server(new Feed::FeedServer(this))
    , m_full { Feed::TokenEnvironmentVariable, Feed::TokenFileName, {}, {}, false }
    , m_readOnly {
        Feed::ReadOnlyTokenEnvironmentVariable, Feed::ReadOnlyTokenFileName, {}, {}, false
    }
{
    connect(m_server, &Feed::FeedServer::stopRequested, this,
            [this](const QString &runId, const QString &source) {
                if (runId != m_runId || !m_controller || m_ended || m_controller->isFinished())
                    return;
                m_controller->stop(Run::RunController::StopMode::KillSandbox, source);
            });
    connect(m_server, &Feed::FeedServer::guidanceReceived, this,
            [this](const QString &runId, const QString &text, const QString &source) {
                if (runId != m_runId || !m_controller)
                    return;
                // A finished run would go on with it; this process is saving and leaving.
                if (m_ended || m_controller->isFinished()) {
                    printErr(
                        tr("Guidance from %1 came after the run ended; not taken.\n").arg(source));
                    return;
                }
                m_controller->continueWithGuidance(text, source);
            });
    m_closeCap.setSingleShot(true);
    connect(&m_closeCap, &QTimer::timeout, this, &HeadlessFeed::closeNow);
    m_closePoll.setInterval(20);
    connect(&m_closePoll, &QTimer::timeout, this, &HeadlessFeed::pollClosed);
}

HeadlessFeed::~HeadlessFeed() = default;

Result<void> HeadlessFeed::obtain(Token &token, const QString &runDir)
{
    token.value = qEnvironmentVariable(token.variable).trimmed().toUtf8();
    if (!token.value.isEmpty())
        return {};
    if (runDir.isEmpty()) {
        // A new run: its folder is made when it starts.
        token.value = Feed::generateToken();
        token.unwritten = true;
        return {};
    }
    // A resume keeps the run's tokens: watchers that know them can come back.
    token.file = QDir(runDir).filePath(token.fileName);
    Result<QByteArray> loaded = Feed::TokenFile::loadOrCreate(token.file);
    if (!loaded)
        return failure(loaded.error());
    token.value = *loaded;
    return {};
}

Result<void> HeadlessFeed::listen(const QString &runDir)
{
    if (Result<void> r = obtain(m_full, runDir); !r)
        return r;
    if (Result<void> r = obtain(m_readOnly, runDir); !r)
        return r;
    if (m_full.value == m_readOnly.value)
        return failure(
            tr("%1 and %2 must differ.")
                .arg(QLatin1String(m_full.variable), QLatin1String(m_readOnly.variable)));

    Feed::FeedServer::Options options;
    options.address = m_address.address;
    options.port = m_address.port;
    options.allowNonLoopback = m_allowPublic;
    options.token = m_full.value;
    options.readOnlyToken = m_readOnly.value;
    if (Result<void> listening = m_server->listen(options); !listening)
        return failure(tr("Cannot serve events on %1: %2").arg(m_address.given, listening.error()));
    if (!m_address.address.isLoopback())
        printErr(tr("Warning: the event feed listens on %1, beyond this machine, and speaks "
                    "plain ws://. Put a TLS-terminating proxy (wss://) in front of it and "
                    "let only the proxy reach this port.\n")
                     .arg(m_address.address.toString()));
    return {};
}

void HeadlessFeed::follow(Run::RunController *controller)
{
    m_controller = controller;
    connect(controller, &Run::RunController::eventEmitted, this, &HeadlessFeed::onEvent);
}

void HeadlessFeed::onEvent(const Run::RunEvent &)
{
    if (!m_controller || m_shuttingDown)
        return;
    if (m_runId.isEmpty()) {
        // The first event: the run and its folder exist now.
        if (Result<void> published = publish(); !published) {
            printErr(tr("Not serving events: %1\n").arg(published.error()));
            m_shuttingDown = true;
            m_server->close();
        }
        return; // addRun() reads the journal, this event included
    }
    // Journaled and flushed before it was emitted: the server reads it from the file.
    m_server->journalAppended(m_runId);
}

Result<void> HeadlessFeed::publish()
{
    const QString runDir = m_controller->runDir();
    for (Token *token : { &m_full, &m_readOnly }) {
        if (!token->unwritten)
            continue;
        // Made before the run had a folder; kept there before anyone can use it.
        token->file = QDir(runDir).filePath(token->fileName);
        if (Result<void> written = Feed::TokenFile::write(token->file, token->value); !written)
            return written;
        token->unwritten = false;
    }
    m_runId = m_controller->runId();
    m_server->addRun(m_runId, runDir);
    // The URL alone on its line, for scripts; then where the tokens are, never what they are.
    printErr(m_server->url().toString() + QLatin1Char('\n'));
    const auto where = [](const Token &t) {
        return t.file.isEmpty() ? QString::fromLatin1(t.variable)
                                : QDir::toNativeSeparators(t.file);
    };
    printErr(tr("Watch and steer run %1 at the URL above with the token in %2 (watch only: the "
                "token in %3).\n")
                 .arg(m_runId, where(m_full), where(m_readOnly)));
    return {};
}

void HeadlessFeed::runEnded()
{
    if (m_ended)
        return;
    m_ended = true;
    if (!m_runId.isEmpty())
        m_server->removeRun(m_runId, Feed::Close::RunEnded);
}

void HeadlessFeed::shutDown(int capMs)
{
    if (m_closed || m_closeCap.isActive())
        return;
    runEnded();
    m_shuttingDown = true;
    m_closeCap.start(capMs);
    m_closePoll.start();
    pollClosed();
}

void HeadlessFeed::pollClosed()
{
    // Counted until their close handshake is done: every frame before it has been written.
    if (m_runId.isEmpty() || m_server->clientCount(m_runId) == 0)
        closeNow();
}

void HeadlessFeed::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_closeCap.stop();
    m_closePoll.stop();
    m_server->close();
    Q_EMIT closed();
}

} // namespace Autocoder::Cli
