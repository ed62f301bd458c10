#pragma once

#include "e2b/connectionconfig.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace Autocoder::Run {

/// The local backend: one `autocoder-sandboxd` per user and data folder, shared
/// by the app and the headless command and outliving both, as E2B's sandboxes
/// outlive their clients.
///
/// start() reuses the server that holds the data folder's lock when its address
/// file (`sandboxd.json`) and key file (`sandboxd.key`, 0600) are there and it
/// answers an authenticated request; otherwise it starts one, detached in a
/// session of its own with a minimal environment and its output in
/// `<dataDir>/sandboxd.log`, and waits for its address file. The key never
/// travels through an environment or a command line: both sides read the file.
class LocalSandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxServer)
public:
    struct Options
    {
        QString program; ///< empty: findProgram()
        QString dataDir; ///< empty: defaultDataDir()
        QString templatesDir; ///< empty: the server's default
        int startTimeoutMs = 30000;
        int idleExitSeconds = -1; ///< for a server started here; -1 = the server's default
    };

    explicit LocalSandboxServer(QObject *parent = nullptr);
    ~LocalSandboxServer() override;

    void start(const Options &options);
    /// Stops waiting for or watching the server; the server itself keeps running
    /// for its other clients and sandboxes, and exits once idle.
    void stop();
    /// Ends the shared server (its sandboxes with it). For tests and the app's
    /// explicit setting; blocks up to \a waitMs for it to go.
    bool shutdownServer(int waitMs = 10000);
    static bool shutdownServer(const QString &dataDir, int waitMs = 10000);

    bool isReady() const { return m_ready; }
    /// True when start() found a server already running for the data folder.
    bool reusedServer() const { return m_reused; }
    qint64 serverPid() const { return m_pid; }
    QString dataDir() const { return m_dataDir; }

    QUrl url() const { return m_url; }
    /// Secret: redact it everywhere.
    QString apiKey() const { return m_apiKey; }
    /// apiKey + E2B_API_URL/E2B_SANDBOX_URL equivalents pointing at this server.
    E2b::ConnectionConfig connectionConfig() const;

    /// $AUTOCODER_SANDBOXD, else next to this executable, else on PATH.
    static QString findProgram();
    /// $AUTOCODER_SANDBOXD_DATA_DIR, else the server's own default folder: the same
    /// for the app and the headless command.
    static QString defaultDataDir();
    /// The whole environment a started server gets: PATH, LANG, HOME and the XDG
    /// base directories, as far as they are set here.
    static QStringList serverEnvironment();
    /// Parses the server's ready line; 0 when it is not one.
    static quint16 parseListeningLine(const QByteArray &line);

Q_SIGNALS:
    void progress(const QString &message);
    void ready(const QUrl &url);
    void failed(const QString &error);
    /// The server went away after it was ready (its sandboxes are gone with it).
    void crashed(const QString &error);

private:
    void probe();
    void spawn();
    void check(qint64 pid, const QUrl &url, const QString &key);
    void scheduleProbe();
    void watch();
    void fail(const QString &error);
    void announce(const QString &message);
    QString logTail() const;

    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_check;
    QTimer m_probeTimer;
    QTimer m_watchdog;
    QElapsedTimer m_elapsed;
    Options m_options;
    QString m_dataDir;
    QString m_lastAnnouncement;
    QString m_apiKey;
    QUrl m_url;
    qint64 m_pid = 0;
    qint64 m_spawnedPid = 0;
    bool m_ready = false;
    bool m_active = false;
    bool m_reused = false;
};

} // namespace Autocoder::Run
