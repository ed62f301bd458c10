#pragma once

#include "fakeanthropicscenario.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace Autocoder::Testing {

/// A scripted stand-in for the Anthropic Messages API that the real `claude` CLI accepts
/// (docs/claude-code-headless.md §7): HEAD /, POST /v1/messages (SSE with `event:` lines when
/// "stream": true, JSON otherwise), /v1/messages/count_tokens; echoes the model, always
/// sends usage. Plain HTTP/1.1 on 127.0.0.1, one request per connection.
class FakeAnthropicServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeAnthropicServer(FakeAnthropicScenario scenario, QObject *parent = nullptr);
    ~FakeAnthropicServer() override;

    /// Port 0 = any free port. Returns the bound port, 0 on failure.
    quint16 listen(quint16 port = 0);
    QString baseUrl() const;
    /// When set, requests with another x-api-key get 401.
    void setExpectedApiKey(const QString &key) { m_expectedKey = key; }

    int requestCount() const { return m_requests; }
    int mainLoopCount() const { return m_mainLoop; }
    int turnsStarted() const { return m_turnCounter; }
    /// Texts of the tool results the CLI sent back (for assertions and debugging).
    const QStringList &toolResults() const { return m_toolResults; }
    /// Prompts (the plain user text) of every turn, in order.
    const QStringList &prompts() const { return m_prompts; }

    /// Builds the reply for one request body (public for tests without sockets).
    /// Returns {status, contentType, body}; SSE bodies are complete event streams.
    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };
    Reply handle(const QByteArray &method, const QByteArray &path,
                 const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);

Q_SIGNALS:
    void requestHandled(const QByteArray &path);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    Reply messages(const QHash<QByteArray, QByteArray> &headers, const QJsonObject &request);

    QTcpServer *m_server;
    FakeAnthropicScenario m_scenario;
    QString m_expectedKey;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QMap<QPair<QString, int>, int> m_turnOf; ///< (session, prompt #) -> global turn
    int m_turnCounter = 0;
    int m_requests = 0;
    int m_mainLoop = 0;
    int m_messageCounter = 0;
    QStringList m_toolResults;
    QStringList m_prompts;
};

} // namespace Autocoder::Testing
