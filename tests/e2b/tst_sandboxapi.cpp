#include "e2btestpeer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>

#include <optional>

using namespace Autocoder::E2b;
using namespace Autocoder::E2b::Testing;

class TestSandboxApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void lifecycle();
    void listFilteredByMetadataAndPaged();
    void unauthorizedIsNotRetried();
    void invalidConfigFailsWithoutNetwork();
    void rateLimitStormHonoursRetryAfter();
    void rateLimitExhaustsBoundedRetries();
    void createIsNeverRetried();
    void slowServerHitsTimeout();
    void slowServerRetriedForIdempotentCall();
    void droppedConnectionRetriedOnlyWhenIdempotent();
    void wrongContentTypeIsProtocolError();
    void cancelAndContextDestruction();
    void callbackMayDestroyItsContext();

private:
    template<typename T>
    static std::optional<Result<T>> wait(std::optional<Result<T>> &slot, int ms = 20000)
    {
        (void)QTest::qWaitFor([&] { return slot.has_value(); }, ms);
        return slot;
    }

    TestPeer m_peer;
};

void TestSandboxApi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(m_peer.init(&why), qPrintable(why));
}

void TestSandboxApi::cleanup()
{
    m_peer.cleanup();
    if (m_peer.fake)
        m_peer.fake->setFault(FakeE2bServer::Fault::None, 0);
}

void TestSandboxApi::lifecycle()
{
    SandboxApi api(m_peer.config);
    QObject ctx;
    const QString tag =
        QStringLiteral("lifecycle-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    SandboxInfo created;
    QVERIFY(m_peer.createSandbox(&created, { { QStringLiteral("autocoder.test"), tag } }));
    QVERIFY(!created.sandboxId.isEmpty());
    QVERIFY(!created.envdAccessToken.isEmpty());
    QVERIFY(!created.envdVersion.isEmpty());

    std::optional<Result<SandboxInfo>> info;
    api.getInfo(created.sandboxId, &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY(info.has_value());
    QVERIFY2(info->isOk(), qPrintable(errorOf(*info).toString()));
    QCOMPARE(info->value().sandboxId, created.sandboxId);
    QCOMPARE(info->value().state, QStringLiteral("running"));
    QCOMPARE(info->value().metadata.value(QStringLiteral("autocoder.test")), tag);

    std::optional<Error> timeoutResult;
    api.setTimeout(created.sandboxId, std::chrono::seconds(900), &ctx,
                   [&](const Error &e) { timeoutResult = e; });
    QTRY_VERIFY(timeoutResult.has_value());
    QVERIFY2(timeoutResult->isOk(), qPrintable(timeoutResult->toString()));

    std::optional<Error> refreshResult;
    api.refresh(created.sandboxId, std::chrono::seconds(60), &ctx,
                [&](const Error &e) { refreshResult = e; });
    QTRY_VERIFY(refreshResult.has_value());
    QVERIFY2(refreshResult->isOk(), qPrintable(refreshResult->toString()));

    std::optional<Result<bool>> paused;
    api.pause(created.sandboxId, &ctx, [&](const Result<bool> &r) { paused = r; });
    QTRY_VERIFY_WITH_TIMEOUT(paused.has_value(), 30000);
    QVERIFY2(paused->isOk(), qPrintable(errorOf(*paused).toString()));
    QCOMPARE(paused->value(), true);

    paused.reset();
    api.pause(created.sandboxId, &ctx, [&](const Result<bool> &r) { paused = r; });
    QTRY_VERIFY(paused.has_value());
    QVERIFY2(paused->isOk(), qPrintable(errorOf(*paused).toString()));
    QCOMPARE(paused->value(), false); // 409: already paused

    std::optional<Result<SandboxInfo>> resumed;
    api.connectSandbox(created.sandboxId, std::chrono::seconds(300), &ctx,
                       [&](const Result<SandboxInfo> &r) { resumed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), 30000);
    QVERIFY2(resumed->isOk(), qPrintable(errorOf(*resumed).toString()));
    QCOMPARE(resumed->value().sandboxId, created.sandboxId);
    QVERIFY(!resumed->value().envdAccessToken.isEmpty());

    std::optional<Result<bool>> killed;
    api.kill(created.sandboxId, &ctx, [&](const Result<bool> &r) { killed = r; });
    QTRY_VERIFY(killed.has_value());
    QVERIFY2(killed->isOk(), qPrintable(errorOf(*killed).toString()));
    QCOMPARE(killed->value(), true);

    killed.reset();
    api.kill(created.sandboxId, &ctx, [&](const Result<bool> &r) { killed = r; });
    QTRY_VERIFY(killed.has_value());
    QVERIFY(killed->isOk());
    QCOMPARE(killed->value(), false); // 404 = already gone, not an error

    info.reset();
    api.getInfo(created.sandboxId, &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY(info.has_value());
    QCOMPARE(info->error().kind, Error::Kind::NotFound);
    QCOMPARE(info->error().httpStatus, 404);
    QVERIFY(info->error().sandboxGone);

    std::optional<Error> lateTimeout;
    api.setTimeout(created.sandboxId, std::chrono::seconds(60), &ctx,
                   [&](const Error &e) { lateTimeout = e; });
    QTRY_VERIFY(lateTimeout.has_value());
    QCOMPARE(lateTimeout->kind, Error::Kind::NotFound);
}

void TestSandboxApi::listFilteredByMetadataAndPaged()
{
    const QString run =
        QStringLiteral("run %1&x=y").arg(QRandomGenerator::global()->generate(), 0, 16);
    QMap<QString, QString> md { { QStringLiteral("autocoder.run"), run } };
    SandboxInfo a, b, c, other;
    QVERIFY(m_peer.createSandbox(&a, md));
    QVERIFY(m_peer.createSandbox(&b, md));
    QVERIFY(m_peer.createSandbox(&c, md));
    QVERIFY(m_peer.createSandbox(
        &other, { { QStringLiteral("autocoder.run"), QStringLiteral("someone-else") } }));

    SandboxApi api(m_peer.config);
    QObject ctx;
    ListSandboxesQuery query;
    query.metadata = md;
    query.limit = 2;
    std::optional<Result<SandboxListPage>> page;
    api.list(query, &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->isOk(), qPrintable(errorOf(*page).toString()));
    QCOMPARE(page->value().sandboxes.size(), 2);
    QVERIFY(!page->value().nextToken.isEmpty());
    QStringList ids;
    for (const auto &s : page->value().sandboxes)
        ids << s.sandboxId;

    query.nextToken = page->value().nextToken;
    page.reset();
    api.list(query, &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QTRY_VERIFY(page.has_value());
    QVERIFY(page->isOk());
    QCOMPARE(page->value().sandboxes.size(), 1);
    QVERIFY(page->value().nextToken.isEmpty());
    ids << page->value().sandboxes.first().sandboxId;
    ids.sort();
    QStringList expected { a.sandboxId, b.sandboxId, c.sandboxId };
    expected.sort();
    QCOMPARE(ids, expected);
    for (const auto &s : page->value().sandboxes)
        QCOMPARE(s.metadata.value(QStringLiteral("autocoder.run")), run);

    // listAll follows the pages.
    query.nextToken.clear();
    std::optional<Result<QList<SandboxInfo>>> all;
    api.listAll(query, &ctx, [&](const Result<QList<SandboxInfo>> &r) { all = r; });
    QTRY_VERIFY(all.has_value());
    QVERIFY2(all->isOk(), qPrintable(errorOf(*all).toString()));
    QStringList allIds;
    for (const auto &s : all->value())
        allIds << s.sandboxId;
    allIds.sort();
    QCOMPARE(allIds, expected);

    // ...and stops quietly when its context goes away mid-walk.
    auto shortLived = std::make_unique<QObject>();
    bool called = false;
    api.listAll(query, shortLived.get(),
                [&](const Result<QList<SandboxInfo>> &) { called = true; });
    shortLived.reset();
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestSandboxApi::unauthorizedIsNotRetried()
{
    ConnectionConfig config = m_peer.config;
    config.apiKey = Secret(QStringLiteral("e2b_0000wrong"));
    SandboxApi api(config);
    QObject ctx;
    if (m_peer.fake)
        m_peer.fake->clearLog();
    std::optional<Result<SandboxInfo>> info;
    api.getInfo(QStringLiteral("inope"), &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY(info.has_value());
    QCOMPARE(info->error().kind, Error::Kind::Unauthorized);
    QCOMPARE(info->error().httpStatus, 401);
    QVERIFY(!info->error().toString().contains(QStringLiteral("0000wrong")));
    if (m_peer.fake)
        QCOMPARE(m_peer.fake->requests().size(), 1);
}

void TestSandboxApi::invalidConfigFailsWithoutNetwork()
{
    ConnectionConfig config = m_peer.config;
    config.apiUrl = QUrl(QStringLiteral("http://api.example.org"));
    SandboxApi api(config);
    QObject ctx;
    std::optional<Result<SandboxInfo>> info;
    api.getInfo(QStringLiteral("i1"), &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY(info.has_value());
    QCOMPARE(info->error().kind, Error::Kind::InvalidArgument);
    QVERIFY(info->error().message.contains(QStringLiteral("https")));
}

void TestSandboxApi::rateLimitStormHonoursRetryAfter()
{
    REQUIRE_FAKE();
    SandboxInfo s;
    QVERIFY(m_peer.createSandbox(&s));
    m_peer.fake->faultRetryAfterSeconds = 1;
    m_peer.fake->setFault(FakeE2bServer::Fault::RateLimit, 2, QStringLiteral("/sandboxes/"));
    m_peer.fake->clearLog();
    SandboxApi api(m_peer.config);
    QObject ctx;
    std::optional<Result<SandboxInfo>> info;
    QElapsedTimer t;
    t.start();
    api.getInfo(s.sandboxId, &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 15000);
    QVERIFY2(info->isOk(), qPrintable(errorOf(*info).toString()));
    QCOMPARE(m_peer.fake->requests().size(), 3);
    // Two Retry-After: 1 waits, not the 50 ms backoff.
    QVERIFY2(t.elapsed() >= 1900, qPrintable(QString::number(t.elapsed())));
}

void TestSandboxApi::rateLimitExhaustsBoundedRetries()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.retry.maxAttempts = 3;
    m_peer.fake->faultRetryAfterSeconds = 0; // no header value -> exponential backoff
    m_peer.fake->setFault(FakeE2bServer::Fault::RateLimit, 100);
    m_peer.fake->clearLog();
    SandboxApi api(config);
    QObject ctx;
    std::optional<Result<SandboxListPage>> page;
    api.list(ListSandboxesQuery(), &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 15000);
    QCOMPARE(page->error().kind, Error::Kind::RateLimited);
    QCOMPARE(page->error().httpStatus, 429);
    QCOMPARE(m_peer.fake->requests().size(), 3);
}

void TestSandboxApi::createIsNeverRetried()
{
    REQUIRE_FAKE();
    m_peer.fake->faultRetryAfterSeconds = 2;
    m_peer.fake->setFault(FakeE2bServer::Fault::RateLimit, 1);
    m_peer.fake->clearLog();
    SandboxApi api(m_peer.config);
    QObject ctx;
    std::optional<Result<SandboxInfo>> created;
    api.create(CreateSandboxOptions(), &ctx, [&](const Result<SandboxInfo> &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->error().kind, Error::Kind::RateLimited);
    QCOMPARE(created->error().retryAfter, std::chrono::milliseconds(2000));
    QCOMPARE(m_peer.fake->requests().size(), 1);
}

void TestSandboxApi::slowServerHitsTimeout()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.requestTimeout = std::chrono::milliseconds(300);
    config.retry.maxAttempts = 1;
    m_peer.fake->slowDelayMs = 3000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 1);
    SandboxApi api(config);
    QObject ctx;
    std::optional<Result<SandboxListPage>> page;
    QElapsedTimer t;
    t.start();
    api.list(ListSandboxesQuery(), &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 5000);
    QCOMPARE(page->error().kind, Error::Kind::Timeout);
    QVERIFY(t.elapsed() < 2500);
}

void TestSandboxApi::slowServerRetriedForIdempotentCall()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.requestTimeout = std::chrono::milliseconds(400);
    m_peer.fake->slowDelayMs = 3000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 1);
    SandboxApi api(config);
    QObject ctx;
    std::optional<Result<SandboxListPage>> page;
    HttpCall *call =
        api.list(ListSandboxesQuery(), &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QPointer<HttpCall> guard(call);
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 5000);
    QVERIFY2(page->isOk(), qPrintable(errorOf(*page).toString()));
}

void TestSandboxApi::droppedConnectionRetriedOnlyWhenIdempotent()
{
    REQUIRE_FAKE();
    SandboxApi api(m_peer.config);
    QObject ctx;
    // QNAM itself resends a request up to twice when the server closes without answering
    // (stale keep-alive race), so three drops are needed to reach our own retry logic.
    m_peer.fake->setFault(FakeE2bServer::Fault::CloseBeforeReply, 3);
    std::optional<Result<SandboxListPage>> page;
    api.list(ListSandboxesQuery(), &ctx, [&](const Result<SandboxListPage> &r) { page = r; });
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->isOk(), qPrintable(errorOf(*page).toString()));

    m_peer.fake->setFault(FakeE2bServer::Fault::CloseBeforeReply, 3);
    m_peer.fake->clearLog();
    std::optional<Result<SandboxInfo>> created;
    api.create(CreateSandboxOptions(), &ctx, [&](const Result<SandboxInfo> &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->error().kind, Error::Kind::Network);
    // At most QNAM's own transparent resend of an unanswered request; HttpCall adds none.
    QVERIFY(m_peer.fake->requests().size() <= 2);
}

void TestSandboxApi::wrongContentTypeIsProtocolError()
{
    REQUIRE_FAKE();
    SandboxApi api(m_peer.config);
    QObject ctx;
    m_peer.fake->setFault(FakeE2bServer::Fault::WrongContentType, 1);
    std::optional<Result<SandboxInfo>> info;
    api.getInfo(QStringLiteral("iwhatever"), &ctx, [&](const Result<SandboxInfo> &r) { info = r; });
    QTRY_VERIFY(info.has_value());
    QCOMPARE(info->error().kind, Error::Kind::Protocol);
}

void TestSandboxApi::cancelAndContextDestruction()
{
    REQUIRE_FAKE();
    m_peer.fake->slowDelayMs = 2000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 2);
    SandboxApi api(m_peer.config);
    auto ctx = std::make_unique<QObject>();
    std::optional<Result<SandboxListPage>> page;
    HttpCall *call = api.list(ListSandboxesQuery(), ctx.get(),
                              [&](const Result<SandboxListPage> &r) { page = r; });
    QTest::qWait(50);
    call->cancel();
    QVERIFY(page.has_value()); // synchronous
    QCOMPARE(page->error().kind, Error::Kind::Cancelled);

    bool called = false;
    QPointer<HttpCall> second = api.list(ListSandboxesQuery(), ctx.get(),
                                         [&](const Result<SandboxListPage> &) { called = true; });
    QTest::qWait(50);
    ctx.reset(); // destroys the call, aborts the reply, no callback
    QVERIFY(second.isNull());
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestSandboxApi::callbackMayDestroyItsContext()
{
    SandboxApi api(m_peer.config);
    auto *ctx = new QObject;
    QPointer<QObject> guard(ctx);
    bool done = false;
    api.list(ListSandboxesQuery(), ctx, [&](const Result<SandboxListPage> &) {
        delete ctx; // also deletes the call that is running this callback
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(guard.isNull());
    QTest::qWait(20); // any deferred work of the deleted call must not run
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
