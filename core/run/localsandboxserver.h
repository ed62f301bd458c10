#pragma once

#include "e2b/connectionconfig.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace Autocoder::Run {

/// The embedded local backend: `autocoder-sandboxd --port 0` as a child process, with an
/// API key generated here and handed over in its environment (never on the command line).
/// Ready when it prints `Listening on http://127.0.0.1:<port>`.
class LocalSandboxServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program; ///< empty: findProgram()
        QString dataDir; ///< empty: the server's default
        QString templatesDir; ///< empty: the server's default
        int startTimeoutMs = 30000;
    };

    explicit LocalSandboxServer(QObject *parent = nullptr);
    ~LocalSandboxServer() override;

    void start(const Options &options);
    /// SIGTERM, so the server removes its sandboxes; SIGKILL after a grace period.
    void stop();
    bool isReady() const { return m_ready; }

    QUrl url() const { return m_url; }
    /// Secret: redact it everywhere.
    QString apiKey() const { return m_apiKey; }
    /// apiKey + E2B_API_URL/E2B_SANDBOX_URL equivalents pointing at this server.
    E2b::ConnectionConfig connectionConfig() const;

    /// $AUTOCODER_SANDBOXD, else next to this executable, else on PATH.
    static QString findProgram();
    /// Parses the ready line; 0 when it is not one.
    static quint16 parseListeningLine(const QByteArray &line);

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &error);
    /// The server exited after it was ready (sandboxes are gone with it).
    void crashed(const QString &error);

private:
    void fail(const QString &error);

    QPointer<QProcess> m_process;
    QTimer m_startTimer;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QString m_apiKey;
    QUrl m_url;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace Autocoder::Run
