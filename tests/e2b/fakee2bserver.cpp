#include "fakee2bserver.h"
#include "fakejson.h"

#include "e2b/connectenvelopedecoder.h"
#include "fakeprocess.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <QtEndian>

namespace Autocoder::E2b::Testing {

namespace {

QString randomId(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

} // namespace

FakeE2bServer::FakeE2bServer(QObject *parent)
    : QObject(parent)
    , m_apiKey(QStringLiteral("e2b_")
               + QString::number(QRandomGenerator::global()->generate64(), 16))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeE2bServer::onNewConnection);
}

FakeE2bServer::~FakeE2bServer()
{
    for (Sandbox *s : std::as_const(m_sandboxes)) {
        for (const auto &p : std::as_const(s->processes)) {
            if (p->tar) {
                p->tar->disconnect(this);
                p->tar->kill();
                p->tar->waitForFinished(2000);
            }
        }
        delete s;
    }
}

bool FakeE2bServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeE2bServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeE2bServer::setFault(Fault fault, int count, const QString &pathPrefix)
{
    m_fault = fault;
    m_faultCount = count;
    m_faultPrefix = pathPrefix;
}

FakeE2bServer::Fault FakeE2bServer::takeFault(const QString &path)
{
    if (m_faultCount <= 0 || m_fault == Fault::None)
        return Fault::None;
    if (!m_faultPrefix.isEmpty() && !path.startsWith(m_faultPrefix))
        return Fault::None;
    --m_faultCount;
    return m_fault;
}

QString FakeE2bServer::sandboxRoot(const QString &sandboxId) const
{
    Sandbox *s = m_sandboxes.value(sandboxId);
    return s ? s->root->path() : QString();
}

QStringList FakeE2bServer::sandboxIds() const
{
    return m_sandboxes.keys();
}

int FakeE2bServer::requestCount(const QString &path) const
{
    int n = 0;
    for (const auto &r : m_log)
        n += r.path == path ? 1 : 0;
    return n;
}

QString FakeE2bServer::addSandbox(QString *token, const QMap<QString, QString> &metadata)
{
    auto *s = new Sandbox;
    s->id = QStringLiteral("i") + randomId(19);
    s->templateId = QStringLiteral("base");
    s->token = QStringLiteral("tok_") + randomId(24);
    s->metadata = metadata;
    s->startedAt = QDateTime::currentDateTimeUtc();
    s->root = std::make_unique<QTemporaryDir>();
    QDir(s->root->path()).mkpath(QStringLiteral("home/user"));
    QDir(s->root->path()).mkpath(QStringLiteral("root"));
    QDir(s->root->path()).mkpath(QStringLiteral("tmp"));
    m_sandboxes.insert(s->id, s);
    if (token)
        *token = s->token;
    return s->id;
}

void FakeE2bServer::expireSandbox(const QString &sandboxId)
{
    Sandbox *s = m_sandboxes.take(sandboxId);
    if (!s)
        return;
    for (const auto &p : std::as_const(s->processes)) {
        p->ended = true;
        for (const auto &sink : std::as_const(p->sinks)) {
            if (sink.connection)
                sink.connection->abortConnection();
        }
        if (p->tar) {
            p->tar->disconnect(this);
            p->tar->kill();
            p->tar->waitForFinished(2000);
        }
        if (p->stepTimer)
            p->stepTimer->deleteLater();
        if (p->keepaliveTimer)
            p->keepaliveTimer->deleteLater();
        if (p->killTimer)
            p->killTimer->deleteLater();
    }
    delete s;
}

FakeE2bServer::Sandbox *FakeE2bServer::findSandbox(const QString &id)
{
    return m_sandboxes.value(id);
}

void FakeE2bServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new FakeHttpConnection(socket, this);
        connect(c, &FakeHttpConnection::requestReceived, this,
                [this, c](const FakeHttpRequest &r) { handle(c, r); });
    }
}

void FakeE2bServer::connectError(FakeHttpConnection *c, int status, const QString &code,
                                 const QString &message)
{
    c->respondJson(status,
                   compact(QJsonObject { { QStringLiteral("code"), code },
                                         { QStringLiteral("message"), message } }));
}

void FakeE2bServer::endStreamWithError(FakeHttpConnection *c, const QString &code,
                                       const QString &message)
{
    c->beginStream(200, "application/connect+json");
    const QJsonObject error { { QStringLiteral("code"), code },
                              { QStringLiteral("message"), message } };
    c->writeChunk(encodeConnectEnvelope(compact(QJsonObject { { QStringLiteral("error"), error } }),
                                        ConnectFrame::kEndStreamFlag));
    c->endStream();
}

void FakeE2bServer::handle(FakeHttpConnection *c, const FakeHttpRequest &r)
{
    LoggedRequest logged { r.method, r.path, r.rawQuery, r.headers, r.body.size() };
    m_log.append(logged);
    const Fault fault = takeFault(r.path);
    switch (fault) {
    case Fault::RateLimit:
        c->respondJson(429, apiError(429, QStringLiteral("Rate limit exceeded")),
                       { { "Retry-After", QByteArray::number(faultRetryAfterSeconds) } });
        return;
    case Fault::Slow:
        QTimer::singleShot(slowDelayMs, c, [this, c, r] { dispatch(c, r); });
        return;
    case Fault::CloseBeforeReply:
        c->abortConnection();
        return;
    case Fault::SandboxGone502:
        c->respond(
            502, "application/json; charset=utf-8",
            compact(QJsonObject {
                { QStringLiteral("sandboxId"), QString::fromUtf8(r.header("e2b-sandbox-id")) },
                { QStringLiteral("message"), QStringLiteral("The sandbox was not found") },
                { QStringLiteral("code"), 502 } }));
        return;
    case Fault::WrongContentType:
        if (!r.path.startsWith(QLatin1String("/process.Process/Start"))
            && !r.path.startsWith(QLatin1String("/process.Process/Connect"))) {
            c->respond(200, "text/html", "<html><body>captive portal</body></html>");
            return;
        }
        break;
    default:
        break;
    }
    if (fault == Fault::DropMidStream || fault == Fault::TruncatedFrame || fault == Fault::Garbage
        || fault == Fault::WrongContentType) {
        // Stream faults: remembered on the request via a header the dispatcher reads.
        FakeHttpRequest copy = r;
        copy.headers.insert("x-fake-fault", QByteArray::number(int(fault)));
        dispatch(c, copy);
        return;
    }
    dispatch(c, r);
}

void FakeE2bServer::dispatch(FakeHttpConnection *c, const FakeHttpRequest &r)
{
    if (r.path == QLatin1String("/health")) {
        if (!r.header("e2b-sandbox-id").isEmpty()
            && !findSandbox(QString::fromUtf8(r.header("e2b-sandbox-id")))) {
            c->respond(
                502, "application/json; charset=utf-8",
                compact(QJsonObject {
                    { QStringLiteral("sandboxId"), QString::fromUtf8(r.header("e2b-sandbox-id")) },
                    { QStringLiteral("message"), QStringLiteral("The sandbox was not found") },
                    { QStringLiteral("code"), 502 } }));
            return;
        }
        c->respond(204, {}, {});
        return;
    }
    if (r.path.startsWith(QLatin1String("/sandboxes"))
        || r.path.startsWith(QLatin1String("/v2/sandboxes"))) {
        handleControlPlane(c, r);
        return;
    }
    // envd: route by header, or by a "49983-{id}." host label.
    QString id = QString::fromUtf8(r.header("e2b-sandbox-id"));
    if (id.isEmpty()) {
        const QString host = QString::fromUtf8(r.header("host"));
        if (host.startsWith(QLatin1String("49983-")))
            id = host.mid(6).section(QLatin1Char('.'), 0, 0);
    }
    Sandbox *s = findSandbox(id);
    if (!s || s->paused) {
        c->respond(502, "application/json; charset=utf-8",
                   compact(QJsonObject {
                       { QStringLiteral("sandboxId"), id },
                       { QStringLiteral("message"), QStringLiteral("The sandbox was not found") },
                       { QStringLiteral("code"), 502 } }));
        return;
    }
    if (s->secure && QString::fromUtf8(r.header("x-access-token")) != s->token) {
        c->respondJson(401,
                       apiError(401,
                                QStringLiteral("unauthorized access, please provide a valid access "
                                               "token or method signing if supported")));
        return;
    }
    handleEnvd(c, r, s);
}

QJsonObject FakeE2bServer::sandboxJson(const Sandbox &s, bool detail) const
{
    QJsonObject o { { QStringLiteral("templateID"), s.templateId },
                    { QStringLiteral("sandboxID"), s.id },
                    { QStringLiteral("alias"), s.templateId },
                    { QStringLiteral("clientID"), QStringLiteral("6532622b") },
                    { QStringLiteral("envdVersion"), QStringLiteral("0.6.4") },
                    { QStringLiteral("domain"), QJsonValue::Null },
                    { QStringLiteral("trafficAccessToken"), QJsonValue::Null } };
    if (s.secure)
        o.insert(QStringLiteral("envdAccessToken"), s.token);
    if (detail) {
        o.insert(QStringLiteral("startedAt"), s.startedAt.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("endAt"),
                 s.startedAt.addSecs(s.timeoutSeconds).toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("cpuCount"), 2);
        o.insert(QStringLiteral("memoryMB"), 512);
        o.insert(QStringLiteral("diskSizeMB"), 1024);
        o.insert(QStringLiteral("state"),
                 s.paused ? QStringLiteral("paused") : QStringLiteral("running"));
        QJsonObject md;
        for (auto it = s.metadata.begin(); it != s.metadata.end(); ++it)
            md.insert(it.key(), it.value());
        o.insert(QStringLiteral("metadata"), md);
        o.insert(QStringLiteral("someFutureField"),
                 QJsonObject { { QStringLiteral("x"), 1 } }); // clients ignore
    }
    return o;
}

void FakeE2bServer::handleControlPlane(FakeHttpConnection *c, const FakeHttpRequest &r)
{
    if (QString::fromUtf8(r.header("x-api-key")) != m_apiKey) {
        c->respondJson(
            401,
            apiError(401,
                     QStringLiteral("Invalid API key, please visit https://e2b.dev/docs/api-key "
                                    "for more information.")));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.method == "POST"
        && (r.path == QLatin1String("/sandboxes") || r.path == QLatin1String("/v2/sandboxes"))) {
        const QString templateId = body.value(QLatin1String("templateID")).toString();
        if (templateId.isEmpty()) {
            c->respondJson(400, apiError(400, QStringLiteral("templateID is required")));
            return;
        }
        if (body.contains(QLatin1String("timeout"))
            && body.value(QLatin1String("timeout")).toInt() <= 0) {
            c->respondJson(400, apiError(400, QStringLiteral("Timeout must be greater than 0")));
            return;
        }
        QMap<QString, QString> metadata;
        const QJsonObject md = body.value(QLatin1String("metadata")).toObject();
        for (auto it = md.begin(); it != md.end(); ++it)
            metadata.insert(it.key(), it.value().toString());
        QString token;
        const QString id = addSandbox(&token, metadata);
        Sandbox *s = m_sandboxes.value(id);
        s->templateId = templateId;
        s->secure = r.path.startsWith(QLatin1String("/v2"))
            || body.value(QLatin1String("secure")).toBool(false);
        s->timeoutSeconds = body.value(QLatin1String("timeout"))
                                .toInt(r.path.startsWith(QLatin1String("/v2")) ? 300 : 15);
        const QJsonObject env = body.value(QLatin1String("envVars")).toObject();
        for (auto it = env.begin(); it != env.end(); ++it)
            s->envVars.insert(it.key(), it.value().toString());
        c->respondJson(201, compact(sandboxJson(*s, false)));
        return;
    }
    if (r.method == "GET" && r.path == QLatin1String("/v2/sandboxes")) {
        const QUrlQuery q(QString::fromLatin1(r.rawQuery));
        const QString inner = q.queryItemValue(QStringLiteral("metadata"), QUrl::FullyDecoded);
        QMap<QString, QString> wanted;
        if (!inner.isEmpty()) {
            const QStringList pairs = inner.split(QLatin1Char('&'));
            for (const QString &pair : pairs) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                wanted.insert(QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                              QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()));
            }
        }
        const QString stateParam = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        const QStringList states = stateParam.isEmpty()
            ? QStringList { QStringLiteral("running"), QStringLiteral("paused") }
            : stateParam.split(QLatin1Char(','));
        QList<Sandbox *> matching;
        for (Sandbox *s : std::as_const(m_sandboxes)) {
            if (!states.contains(s->paused ? QStringLiteral("paused") : QStringLiteral("running")))
                continue;
            bool ok = true;
            for (auto it = wanted.begin(); it != wanted.end(); ++it)
                ok = ok && s->metadata.value(it.key()) == it.value()
                    && s->metadata.contains(it.key());
            if (ok)
                matching.append(s);
        }
        std::sort(matching.begin(), matching.end(),
                  [](Sandbox *a, Sandbox *b) { return a->id < b->id; });
        const int offset = q.queryItemValue(QStringLiteral("nextToken")).toInt();
        int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
        if (limit <= 0)
            limit = 100;
        QJsonArray array;
        for (int i = offset; i < matching.size() && i < offset + limit; ++i)
            array.append(sandboxJson(*matching[i], true));
        QList<QPair<QByteArray, QByteArray>> headers { { "X-Total-Running",
                                                         QByteArray::number(matching.size()) } };
        if (offset + limit < matching.size())
            headers.append({ "X-Next-Token", QByteArray::number(offset + limit) });
        c->respondJson(200, compact(array), headers);
        return;
    }
    // /sandboxes/{id}[/action]
    const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("sandboxes")) {
        c->respondJson(404, apiError(404, QStringLiteral("Not found")));
        return;
    }
    Sandbox *s = findSandbox(parts[1]);
    if (!s) {
        c->respondJson(
            404,
            apiError(404,
                     QStringLiteral("Sandbox \"%1\" doesn't exist or you don't have access to it")
                         .arg(parts[1])));
        return;
    }
    const QString action = parts.value(2);
    if (action.isEmpty() && r.method == "GET") {
        c->respondJson(200, compact(sandboxJson(*s, true)));
    } else if (action.isEmpty() && r.method == "DELETE") {
        expireSandbox(s->id);
        c->respond(204, {}, {});
    } else if (action == QLatin1String("timeout") && r.method == "POST") {
        const int t = body.value(QLatin1String("timeout")).toInt();
        if (t <= 0) {
            c->respondJson(400, apiError(400, QStringLiteral("Timeout must be greater than 0")));
            return;
        }
        s->timeoutSeconds = t;
        c->respond(204, {}, {});
    } else if (action == QLatin1String("refreshes") && r.method == "POST") {
        c->respond(204, {}, {});
    } else if (action == QLatin1String("pause") && r.method == "POST") {
        if (s->paused) {
            c->respondJson(409, apiError(409, QStringLiteral("Sandbox is already paused")));
            return;
        }
        s->paused = true;
        c->respond(204, {}, {});
    } else if (action == QLatin1String("connect") && r.method == "POST") {
        if (!body.contains(QLatin1String("timeout"))) {
            c->respondJson(400, apiError(400, QStringLiteral("timeout is required")));
            return;
        }
        const bool wasPaused = s->paused;
        s->paused = false;
        c->respondJson(wasPaused ? 201 : 200, compact(sandboxJson(*s, false)));
    } else {
        c->respondJson(404, apiError(404, QStringLiteral("Not found")));
    }
}

} // namespace Autocoder::E2b::Testing
