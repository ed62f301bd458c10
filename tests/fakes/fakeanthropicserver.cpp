#include "fakeanthropicserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace Autocoder::Testing {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const char *event, const QJsonObject &data)
{
    return QByteArrayLiteral("event: ") + event + QByteArrayLiteral("\ndata: ") + compact(data)
        + QByteArrayLiteral("\n\n");
}

QJsonValue substitute(const QJsonValue &v, const QString &cwd)
{
    if (v.isString()) {
        QString s = v.toString();
        s.replace(QStringLiteral("{cwd}"), cwd);
        return s;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(substitute(x, cwd));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substitute(it.value(), cwd));
        return out;
    }
    return v;
}

bool hasToolResult(const QJsonValue &content)
{
    if (!content.isArray())
        return false;
    for (const QJsonValue &b : content.toArray()) {
        if (b.toObject().value(QStringLiteral("type")).toString() == QLatin1String("tool_result"))
            return true;
    }
    return false;
}

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &b : content.toArray()) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            parts.append(o.value(QStringLiteral("text")).toString());
        else if (o.value(QStringLiteral("type")).toString() == QLatin1String("tool_result")) {
            const QJsonValue c = o.value(QStringLiteral("content"));
            parts.append(c.isString() ? c.toString() : textOf(c));
        }
    }
    return parts.join(QLatin1Char('\n'));
}

QByteArray errorBody(const char *type, const QString &message)
{
    return compact({ { QStringLiteral("type"), QStringLiteral("error") },
                     { QStringLiteral("error"),
                       QJsonObject { { QStringLiteral("type"), QString::fromLatin1(type) },
                                     { QStringLiteral("message"), message } } } });
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    default:
        return "Error";
    }
}

} // namespace

FakeAnthropicServer::FakeAnthropicServer(FakeAnthropicScenario scenario, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_scenario(std::move(scenario))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeAnthropicServer::onNewConnection);
}

FakeAnthropicServer::~FakeAnthropicServer() = default;

quint16 FakeAnthropicServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

QString FakeAnthropicServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
}

void FakeAnthropicServer::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s]() { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s]() {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void FakeAnthropicServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                           lines.at(i).mid(colon + 1).trimmed());
    }
    QByteArray body = buf.mid(headerEnd + 4);
    if (headers.value("transfer-encoding").toLower() == "chunked") {
        QByteArray decoded;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype nl = body.indexOf("\r\n", pos);
            if (nl < 0)
                return; // need more
            bool ok = false;
            const qsizetype size =
                body.mid(pos, nl - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                break;
            if (size == 0)
                break;
            if (body.size() < nl + 2 + size + 2)
                return;
            decoded += body.mid(nl + 2, size);
            pos = nl + 2 + size + 2;
        }
        body = decoded;
    } else {
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (body.size() < length)
            return;
        body = body.left(length);
    }
    const QByteArray method = requestLine.value(0);
    const QByteArray path = requestLine.value(1);
    const Reply reply = handle(method, path, headers, body);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + statusText(reply.status) + "\r\n";
    response += "Content-Type: " + reply.contentType + "\r\n";
    response += "request-id: req_fake_" + QByteArray::number(m_requests) + "\r\n";
    if (reply.contentType != "text/event-stream")
        response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    else
        response += "Cache-Control: no-cache\r\n";
    response += "Connection: close\r\n\r\n";
    if (method != "HEAD")
        response += reply.body;
    m_buffers.remove(socket);
    socket->write(response);
    socket->disconnectFromHost();
    Q_EMIT requestHandled(path);
}

FakeAnthropicServer::Reply FakeAnthropicServer::handle(const QByteArray &method,
                                                       const QByteArray &rawPath,
                                                       const QHash<QByteArray, QByteArray> &headers,
                                                       const QByteArray &body)
{
    ++m_requests;
    const QByteArray path = rawPath.split('?').first();
    if (method == "HEAD" || (method == "GET" && path == "/"))
        return { 200, "text/plain", QByteArray() };
    if (!m_expectedKey.isEmpty() && headers.value("x-api-key") != m_expectedKey.toUtf8())
        return { 401, "application/json",
                 errorBody("authentication_error", QStringLiteral("invalid x-api-key")) };
    if (method == "POST" && path == "/v1/messages/count_tokens")
        return { 200, "application/json", compact({ { QStringLiteral("input_tokens"), 42 } }) };
    if (method != "POST" || path != "/v1/messages")
        return { 404, "application/json",
                 errorBody("not_found_error", QStringLiteral("no such endpoint")) };
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return { 400, "application/json",
                 errorBody("invalid_request_error", QStringLiteral("body is not JSON")) };
    return messages(headers, doc.object());
}

FakeAnthropicServer::Reply
FakeAnthropicServer::messages(const QHash<QByteArray, QByteArray> &headers,
                              const QJsonObject &request)
{
    const QString model =
        request.value(QStringLiteral("model")).toString(QStringLiteral("claude-sonnet-4-6"));
    const bool stream = request.value(QStringLiteral("stream")).toBool();
    bool mainLoop = false;
    for (const QJsonValue &t : request.value(QStringLiteral("tools")).toArray()) {
        const QString name = t.toObject().value(QStringLiteral("name")).toString();
        mainLoop = mainLoop || name == QLatin1String("Write") || name == QLatin1String("Bash");
    }

    QString text;
    QJsonArray tools;
    if (!mainLoop) {
        text = QStringLiteral("OK.");
    } else {
        ++m_mainLoop;
        const QString session = QString::fromUtf8(headers.value("x-claude-code-session-id"));
        // Position in the conversation: how many prompts so far, and how many model replies
        // since the last prompt. Derived from the history, so a retried request gets the same
        // answer.
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        int prompts = 0;
        int stepsSincePrompt = 0;
        QString lastPrompt;
        for (const QJsonValue &mv : messages) {
            const QJsonObject m = mv.toObject();
            const QString role = m.value(QStringLiteral("role")).toString();
            if (role == QLatin1String("user")
                && !hasToolResult(m.value(QStringLiteral("content")))) {
                ++prompts;
                stepsSincePrompt = 0;
                lastPrompt = textOf(m.value(QStringLiteral("content")));
            } else if (role == QLatin1String("assistant")) {
                ++stepsSincePrompt;
            }
        }
        if (!messages.isEmpty()) {
            const QJsonObject last = messages.last().toObject();
            if (hasToolResult(last.value(QStringLiteral("content"))))
                m_toolResults.append(textOf(last.value(QStringLiteral("content"))));
        }
        const QPair<QString, int> key { session, prompts };
        if (!m_turnOf.contains(key)) {
            m_turnOf.insert(key, m_turnCounter++);
            m_prompts.append(lastPrompt);
        }
        int turnIndex = m_turnOf.value(key);
        if (turnIndex >= m_scenario.turns.size())
            turnIndex = m_scenario.repeatLastTurn ? int(m_scenario.turns.size()) - 1 : -1;
        // The CLI's working directory, as its system prompt states it.
        QString cwd = QStringLiteral("/home/user/project");
        static const QRegularExpression cwdRe(
            QStringLiteral("[Ww]orking directory: (/[^\\s`\"]+)"));
        QString context = textOf(request.value(QStringLiteral("system")));
        if (!messages.isEmpty())
            context += QLatin1Char('\n')
                + textOf(messages.first().toObject().value(QStringLiteral("content")));
        const QRegularExpressionMatch cm = cwdRe.match(context);
        if (cm.hasMatch())
            cwd = cm.captured(1);
        if (turnIndex < 0 || stepsSincePrompt >= m_scenario.turns.at(turnIndex).steps.size()) {
            text = QStringLiteral("Nothing more to do.");
        } else {
            const FakeAnthropicScenario::Step &step =
                m_scenario.turns.at(turnIndex).steps.at(stepsSincePrompt);
            text = step.text;
            int n = 0;
            for (const QJsonValue &tv : step.tools) {
                const QJsonObject t = tv.toObject();
                tools.append(QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("tool_use") },
                    { QStringLiteral("id"),
                      QStringLiteral("toolu_fake_%1_%2_%3")
                          .arg(turnIndex)
                          .arg(stepsSincePrompt)
                          .arg(n++) },
                    { QStringLiteral("name"), t.value(QStringLiteral("name")).toString() },
                    { QStringLiteral("input"),
                      substitute(t.value(QStringLiteral("input")), cwd) } });
            }
        }
    }

    const QString id = QStringLiteral("msg_fake_%1").arg(++m_messageCounter);
    const QString stopReason =
        tools.isEmpty() ? QStringLiteral("end_turn") : QStringLiteral("tool_use");
    const QJsonObject usage { { QStringLiteral("input_tokens"), m_scenario.inputTokens },
                              { QStringLiteral("output_tokens"), m_scenario.outputTokens } };
    QJsonArray content;
    if (!text.isEmpty() || tools.isEmpty())
        content.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                     { QStringLiteral("text"), text } });
    for (const QJsonValue &t : std::as_const(tools))
        content.append(t);

    if (!stream) {
        return { 200, "application/json",
                 compact({ { QStringLiteral("id"), id },
                           { QStringLiteral("type"), QStringLiteral("message") },
                           { QStringLiteral("role"), QStringLiteral("assistant") },
                           { QStringLiteral("model"), model },
                           { QStringLiteral("content"), content },
                           { QStringLiteral("stop_reason"), stopReason },
                           { QStringLiteral("stop_sequence"), QJsonValue::Null },
                           { QStringLiteral("usage"), usage } }) };
    }
    QByteArray out;
    out += sse("message_start",
               { { QStringLiteral("type"), QStringLiteral("message_start") },
                 { QStringLiteral("message"),
                   QJsonObject {
                       { QStringLiteral("id"), id },
                       { QStringLiteral("type"), QStringLiteral("message") },
                       { QStringLiteral("role"), QStringLiteral("assistant") },
                       { QStringLiteral("model"), model },
                       { QStringLiteral("content"), QJsonArray() },
                       { QStringLiteral("stop_reason"), QJsonValue::Null },
                       { QStringLiteral("stop_sequence"), QJsonValue::Null },
                       { QStringLiteral("usage"),
                         QJsonObject { { QStringLiteral("input_tokens"), m_scenario.inputTokens },
                                       { QStringLiteral("output_tokens"), 1 } } } } } });
    int index = 0;
    for (const QJsonValue &bv : std::as_const(content)) {
        const QJsonObject b = bv.toObject();
        const bool isText = b.value(QStringLiteral("type")).toString() == QLatin1String("text");
        if (isText) {
            out += sse("content_block_start",
                       { { QStringLiteral("type"), QStringLiteral("content_block_start") },
                         { QStringLiteral("index"), index },
                         { QStringLiteral("content_block"),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                         { QStringLiteral("text"), QString() } } } });
            out += sse("ping", { { QStringLiteral("type"), QStringLiteral("ping") } });
            out += sse("content_block_delta",
                       { { QStringLiteral("type"), QStringLiteral("content_block_delta") },
                         { QStringLiteral("index"), index },
                         { QStringLiteral("delta"),
                           QJsonObject {
                               { QStringLiteral("type"), QStringLiteral("text_delta") },
                               { QStringLiteral("text"), b.value(QStringLiteral("text")) } } } });
        } else {
            out +=
                sse("content_block_start",
                    { { QStringLiteral("type"), QStringLiteral("content_block_start") },
                      { QStringLiteral("index"), index },
                      { QStringLiteral("content_block"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("tool_use") },
                                      { QStringLiteral("id"), b.value(QStringLiteral("id")) },
                                      { QStringLiteral("name"), b.value(QStringLiteral("name")) },
                                      { QStringLiteral("input"), QJsonObject() } } } });
            out += sse(
                "content_block_delta",
                { { QStringLiteral("type"), QStringLiteral("content_block_delta") },
                  { QStringLiteral("index"), index },
                  { QStringLiteral("delta"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("input_json_delta") },
                                  { QStringLiteral("partial_json"),
                                    QString::fromUtf8(compact(
                                        b.value(QStringLiteral("input")).toObject())) } } } });
        }
        out += sse("content_block_stop",
                   { { QStringLiteral("type"), QStringLiteral("content_block_stop") },
                     { QStringLiteral("index"), index } });
        ++index;
    }
    out +=
        sse("message_delta",
            { { QStringLiteral("type"), QStringLiteral("message_delta") },
              { QStringLiteral("delta"),
                QJsonObject { { QStringLiteral("stop_reason"), stopReason },
                              { QStringLiteral("stop_sequence"), QJsonValue::Null } } },
              { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("output_tokens"), m_scenario.outputTokens } } } });
    out += sse("message_stop", { { QStringLiteral("type"), QStringLiteral("message_stop") } });
    return { 200, "text/event-stream", out };
}

} // namespace Autocoder::Testing
