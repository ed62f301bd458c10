#include "feedpublisher.h"

#include "feed/feedserver.h"
#include "feed/feedtokenfile.h"
#include "run/runcontroller.h"
#include "run/runmanager.h"
#include "settings/settingsnotifier.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Autocoder::Ui {

FeedPublisher::FeedPublisher(Run::RunManager *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
{
    connect(runs, &Run::RunManager::runAdded, this, &FeedPublisher::publish);
    connect(runs, &Run::RunManager::runEvent, this, &FeedPublisher::onEvent);
    connect(runs, &Run::RunManager::runEnded, this, [this](const QString &runId) {
        // run.finished has gone out (runEvent first): its watchers get it, then a close.
        if (m_published.remove(runId) && m_server)
            m_server->removeRun(runId, Feed::Close::RunEnded);
    });
    connect(SettingsNotifier::instance(), &SettingsNotifier::saved, this, [this]() {
        if (const Result<void> applied = apply(AppSettings::load()); !applied)
            Q_EMIT failed(applied.error());
    });
}

FeedPublisher::~FeedPublisher() = default;

QString FeedPublisher::tokenFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(Feed::TokenFileName);
}

Result<QByteArray> FeedPublisher::token()
{
    const QString file = tokenFile();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return failure(tr("Cannot create the folder of %1").arg(file));
    return Feed::TokenFile::loadOrCreate(file);
}

bool FeedPublisher::isServing() const
{
    return m_server && m_server->isListening();
}

QUrl FeedPublisher::url(const QString &runId) const
{
    return isServing() ? m_server->url(runId) : QUrl();
}

Result<void> FeedPublisher::apply(const AppSettings &settings)
{
    const quint16 port = settings.publishRuns ? quint16(settings.publishPort) : 0;
    if (port == m_port && (port == 0 || isServing()))
        return {};
    // Off, or on another port: the watchers of the old one come back on the new one.
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_published.clear();
    m_port = 0;
    if (port == 0)
        return {};
    const Result<QByteArray> token = FeedPublisher::token();
    if (!token)
        return failure(token.error());
    Feed::FeedServer::Options options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = port;
    options.token = *token;
    m_server = new Feed::FeedServer(this);
    if (const Result<void> listening = m_server->listen(options); !listening) {
        m_server->deleteLater();
        m_server = nullptr;
        return failure(tr("Cannot publish runs on port %1: %2").arg(port).arg(listening.error()));
    }
    m_port = port;
    connect(m_server, &Feed::FeedServer::stopRequested, this,
            [this](const QString &runId, const QString &source) {
                if (Run::RunController *run = m_runs ? m_runs->controller(runId) : nullptr)
                    run->stop(Run::RunController::StopMode::KillSandbox, source);
            });
    connect(m_server, &Feed::FeedServer::guidanceReceived, this,
            [this](const QString &runId, const QString &text, const QString &source) {
                if (Run::RunController *run = m_runs ? m_runs->controller(runId) : nullptr)
                    run->continueWithGuidance(text, source);
            });
    // Runs that were live before serving began are watched from their start all the same.
    if (m_runs) {
        const QStringList live = m_runs->liveIds();
        for (const QString &runId : live)
            publish(runId);
    }
    return {};
}

void FeedPublisher::publish(const QString &runId)
{
    if (!isServing() || runId.isEmpty() || m_published.contains(runId) || !m_runs)
        return;
    const Run::RunController *run = m_runs->controller(runId);
    if (!run || run->runDir().isEmpty())
        return;
    m_published.insert(runId);
    m_server->addRun(runId, run->runDir());
}

void FeedPublisher::onEvent(const Run::RunEvent &event)
{
    // Journaled and flushed before it was passed on: the server reads it from the file.
    if (m_server && m_published.contains(event.runId))
        m_server->journalAppended(event.runId);
}

} // namespace Autocoder::Ui
