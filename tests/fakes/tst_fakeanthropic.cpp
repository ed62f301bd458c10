#include "fakeanthropicserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace Autocoder::Testing;

namespace {

const QByteArray kScenario = R"({"turns":[
  {"steps":[{"text":"Writing.","tools":[{"name":"Write","input":{"file_path":"{cwd}/a.txt","content":"hi"}}]},{"text":"Done."}]},
  {"steps":[{"text":"Second turn done."}]}]})";

QJsonObject request(const QJsonArray &messages, bool stream, bool withTools = true)
{
    QJsonObject r { { QStringLiteral("model"), QStringLiteral("claude-test-model") },
                    { QStringLiteral("messages"), messages },
                    { QStringLiteral("system"),
                      QJsonArray { QJsonObject {
                          { QStringLiteral("type"), QStringLiteral("text") },
                          { QStringLiteral("text"),
                            QStringLiteral("Env\nWorking directory: /home/user/proj\n") } } } },
                    { QStringLiteral("stream"), stream } };
    if (withTools)
        r.insert(QStringLiteral("tools"),
                 QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Write") } },
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("Bash") } } });
    return r;
}

QJsonObject userText(const QString &t)
{
    return { { QStringLiteral("role"), QStringLiteral("user") },
             { QStringLiteral("content"),
               QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                          { QStringLiteral("text"), t } } } } };
}

} // namespace

class FakeAnthropicTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarioErrors();
    void stepsFollowTheConversation();
    void streamingFormat();
    void sideCallsAndOtherEndpoints();
    void overRealSocket();
};

void FakeAnthropicTest::scenarioErrors()
{
    QString error;
    FakeAnthropicScenario::fromJson("nope", &error);
    QVERIFY(!error.isEmpty());
    error.clear();
    FakeAnthropicScenario::fromJson("{}", &error);
    QVERIFY(error.contains(QLatin1String("no turns")));
}

void FakeAnthropicTest::stepsFollowTheConversation()
{
    QString error;
    FakeAnthropicServer server(FakeAnthropicScenario::fromJson(kScenario, &error));
    QVERIFY(error.isEmpty());
    QHash<QByteArray, QByteArray> h { { "x-claude-code-session-id", "s1" } };
    const QJsonArray first { userText(QStringLiteral("Build it")) };
    auto r = server.handle("POST", "/v1/messages?beta=true", h,
                           QJsonDocument(request(first, false)).toJson());
    QCOMPARE(r.status, 200);
    QJsonObject reply = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(reply.value(QStringLiteral("model")).toString(), QStringLiteral("claude-test-model"));
    QCOMPARE(reply.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("tool_use"));
    QVERIFY(
        reply.value(QStringLiteral("usage")).toObject().contains(QStringLiteral("input_tokens")));
    const QJsonObject tool = reply.value(QStringLiteral("content")).toArray().at(1).toObject();
    QCOMPARE(tool.value(QStringLiteral("input"))
                 .toObject()
                 .value(QStringLiteral("file_path"))
                 .toString(),
             QStringLiteral("/home/user/proj/a.txt"));

    // Retrying the same request gives the same answer.
    auto again =
        server.handle("POST", "/v1/messages", h, QJsonDocument(request(first, false)).toJson());
    QCOMPARE(again.body.size(), r.body.size());

    QJsonArray second = first;
    second.append(
        QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                      { QStringLiteral("content"), reply.value(QStringLiteral("content")) } });
    second.append(
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                      { QStringLiteral("content"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("type"), QStringLiteral("tool_result") },
                            { QStringLiteral("tool_use_id"), tool.value(QStringLiteral("id")) },
                            { QStringLiteral("content"), QStringLiteral("File created") } } } } });
    r = server.handle("POST", "/v1/messages", h, QJsonDocument(request(second, false)).toJson());
    reply = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(reply.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("end_turn"));
    QCOMPARE(reply.value(QStringLiteral("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("Done."));
    QCOMPARE(server.toolResults(), QStringList { QStringLiteral("File created") });

    // A resumed session (same id, one more prompt) is the next turn.
    QJsonArray third = second;
    third.append(
        QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                      { QStringLiteral("content"), reply.value(QStringLiteral("content")) } });
    third.append(userText(QStringLiteral("Fix it")));
    r = server.handle("POST", "/v1/messages", h, QJsonDocument(request(third, false)).toJson());
    QVERIFY(r.body.contains("Second turn done."));
    QCOMPARE(server.turnsStarted(), 2);
    QCOMPARE(server.prompts(),
             (QStringList { QStringLiteral("Build it"), QStringLiteral("Fix it") }));
}

void FakeAnthropicTest::streamingFormat()
{
    QString error;
    FakeAnthropicServer server(FakeAnthropicScenario::fromJson(kScenario, &error));
    const auto r =
        server.handle("POST", "/v1/messages", { { "x-claude-code-session-id", "s" } },
                      QJsonDocument(request({ userText(QStringLiteral("go")) }, true)).toJson());
    QCOMPARE(r.contentType, QByteArray("text/event-stream"));
    const QList<QByteArray> expected {
        "event: message_start\n", "event: content_block_start\n", "event: content_block_delta\n",
        "\"input_json_delta\"",   "event: message_delta\n",       "event: message_stop\n"
    };
    qsizetype pos = 0;
    for (const QByteArray &e : expected) {
        const qsizetype at = r.body.indexOf(e, pos);
        QVERIFY2(at >= 0, e.constData());
        pos = at;
    }
    QVERIFY(r.body.contains("\\\"file_path\\\":\\\"/home/user/proj/a.txt\\\""));
}

void FakeAnthropicTest::sideCallsAndOtherEndpoints()
{
    QString error;
    FakeAnthropicServer server(FakeAnthropicScenario::fromJson(kScenario, &error));
    auto r = server.handle(
        "POST", "/v1/messages", {},
        QJsonDocument(request({ userText(QStringLiteral("title?")) }, false, false)).toJson());
    QVERIFY(r.body.contains("OK."));
    QCOMPARE(server.turnsStarted(), 0);
    QCOMPARE(server.handle("HEAD", "/", {}, {}).status, 200);
    QVERIFY(server.handle("POST", "/v1/messages/count_tokens?beta=true", {}, "{}")
                .body.contains("input_tokens"));
    QCOMPARE(server.handle("GET", "/v1/models", {}, {}).status, 404);
    QCOMPARE(server.handle("POST", "/v1/messages", {}, "not json").status, 400);
    server.setExpectedApiKey(QStringLiteral("good-key-123"));
    QCOMPARE(server.handle("POST", "/v1/messages", { { "x-api-key", "bad" } }, "{}").status, 401);
}

void FakeAnthropicTest::overRealSocket()
{
    QString error;
    FakeAnthropicServer server(FakeAnthropicScenario::fromJson(kScenario, &error));
    QVERIFY(server.listen() != 0);
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(server.baseUrl() + QStringLiteral("/v1/messages?beta=true")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("X-Claude-Code-Session-Id", "sock");
    QNetworkReply *reply =
        nam.post(req, QJsonDocument(request({ userText(QStringLiteral("go")) }, true)).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("event: message_stop"));
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(FakeAnthropicTest)
#include "tst_fakeanthropic.moc"
