#pragma once

#include "common/result.h"
#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace Autocoder::Feed {
class FeedServer;
}
namespace Autocoder::Run {
class RunManager;
struct RunEvent;
} // namespace Autocoder::Run

namespace Autocoder::Ui {

/// The app's own runs on an event feed (docs/event-feed.md), when Settings asks for it:
/// every live run of the RunManager is published on ws://127.0.0.1:PORT/runs/RUN_ID from the
/// moment its id is known until it ends; watchers' stop and guidance go to its controller.
/// Loopback only; the token is kept in tokenFile() (mode 0600). Follows the settings as they
/// are saved. No widgets.
class FeedPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPublisher)

public:
    /// @p runs must outlive the publisher.
    explicit FeedPublisher(Run::RunManager *runs, QObject *parent = nullptr);
    ~FeedPublisher() override;

    /// <AppLocalData>/feed-token: the app's feed token, made on first use.
    static QString tokenFile();
    /// The token in tokenFile(), made there (0600) when there is none usable.
    static Result<QByteArray> token();

    /// Serves (or stops serving) as @p settings say; fails when the port cannot be had.
    Result<void> apply(const AppSettings &settings);
    bool isServing() const;
    /// ws://127.0.0.1:PORT/runs/RUN_ID; empty when not serving.
    QUrl url(const QString &runId) const;

Q_SIGNALS:
    /// Serving could not start (the port is taken, the token cannot be kept): for the log.
    void failed(const QString &message);

private:
    void publish(const QString &runId);
    void onEvent(const Run::RunEvent &event);

    QPointer<Run::RunManager> m_runs;
    Feed::FeedServer *m_server = nullptr;
    quint16 m_port = 0; ///< the port serving, 0 when not
    QSet<QString> m_published;
};

} // namespace Autocoder::Ui
