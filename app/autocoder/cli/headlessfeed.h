#pragma once

#include "clicommand.h"

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Autocoder::Feed {
class FeedServer;
}
namespace Autocoder::Run {
class RunController;
struct RunEvent;
} // namespace Autocoder::Run

namespace Autocoder::Cli {

/// `--serve-events` of one headless run: a FeedServer publishing the run's journal, its tokens,
/// and the lines that tell the person where to connect. Tokens come from AUTOCODER_FEED_TOKEN
/// and AUTOCODER_FEED_READ_ONLY_TOKEN, else from the run folder's feed-token files (kept by a
/// resume, made for a new run once its folder exists). Watchers' stop and guidance go to the
/// controller while the run is on; afterwards the process is ending and they are not taken.
class HeadlessFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessFeed)

public:
    HeadlessFeed(const ServeAddress &address, bool allowPublic, QObject *parent = nullptr);
    ~HeadlessFeed() override;

    /// Gets the tokens and binds (before the run starts: a port in use is bad input).
    /// @p runDir: the folder of a run that exists (resume), else empty.
    Result<void> listen(const QString &runDir);
    /// Publishes the run @p controller drives from its first event on, and steers it.
    void follow(Run::RunController *controller);
    /// The run is over: its watchers get what is left of the journal, then a close
    /// (run ended).
    void runEnded();
    /// Closes the feed; closed() once its clients are gone, or after @p capMs.
    void shutDown(int capMs = 5000);

Q_SIGNALS:
    void closed();

private:
    void onEvent(const Run::RunEvent &event);
    Result<void> publish();
    void pollClosed();
    void closeNow();

    /// One of the two tokens and where it is kept.
    struct Token
    {
        const char *variable; ///< the environment variable that may give it
        QLatin1String fileName; ///< its file in the run folder otherwise
        QByteArray value;
        QString file; ///< empty: from the environment
        bool unwritten = false; ///< made here, to be written once the run folder exists
    };
    Result<void> obtain(Token &token, const QString &runDir);

    ServeAddress m_address;
    bool m_allowPublic = false;
    Feed::FeedServer *m_server = nullptr;
    QPointer<Run::RunController> m_controller;
    Token m_full;
    Token m_readOnly;
    QString m_runId; ///< set once published
    bool m_ended = false;
    bool m_shuttingDown = false;
    bool m_closed = false;
    QTimer m_closeCap;
    QTimer m_closePoll;
};

} // namespace Autocoder::Cli
