#include "e2b/directorytransfer.h"
#include "e2b/processstream.h"
#include "e2btestpeer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

using namespace Autocoder::E2b;
using namespace Autocoder::E2b::Testing;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    return b;
}

} // namespace

class TestEnvdClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void filesystemRpcs();
    void routingAndAuthHeaders();
    void uploadDownloadBytes();
    void uploadFileFromDiskAndDownloadStreamed();
    void downloadErrors();
    void downloadSizeCap();
    void wrongAccessToken();
    void unsecuredSandboxNeedsNoToken();
    void plainHttpToRemoteHostRefused();
    void sandboxGoneIs502NotFound();
    void rateLimitStormOnStatRetried();
    void wrongContentTypeOnRpc();
    void slowListDirTimesOut();
    void stalledDownloadTimesOut();
    void directoryRoundTrip();
    void directoryDownloadOfMissingDirFails();

private:
    EnvdClient *client() { return m_client.get(); }

    TestPeer m_peer;
    SandboxInfo m_sandbox;
    std::unique_ptr<EnvdClient> m_client;
    QTemporaryDir m_tmp;
};

void TestEnvdClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(m_peer.init(&why), qPrintable(why));
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_peer.createSandbox(&m_sandbox));
}

void TestEnvdClient::init()
{
    m_client = std::make_unique<EnvdClient>(m_peer.config, EnvdTarget::fromSandbox(m_sandbox));
}

void TestEnvdClient::cleanup()
{
    m_client.reset();
    if (m_peer.fake)
        m_peer.fake->setFault(FakeE2bServer::Fault::None, 0);
}

void TestEnvdClient::cleanupTestCase()
{
    m_peer.cleanup();
}

void TestEnvdClient::filesystemRpcs()
{
    QObject ctx;
    const QString base =
        QStringLiteral("/home/user/fs-%1").arg(QRandomGenerator::global()->generate(), 0, 16);

    std::optional<Result<bool>> made;
    client()->makeDir(base + QStringLiteral("/a/b"), &ctx,
                      [&](const Result<bool> &r) { made = r; });
    QTRY_VERIFY(made.has_value());
    QVERIFY2(made->isOk(), qPrintable(errorOf(*made).toString()));
    QCOMPARE(made->value(), true);
    made.reset();
    client()->makeDir(base + QStringLiteral("/a/b"), &ctx,
                      [&](const Result<bool> &r) { made = r; });
    QTRY_VERIFY(made.has_value());
    QVERIFY(made->isOk());
    QCOMPARE(made->value(), false); // already_exists

    std::optional<Error> up;
    client()->uploadBytes("hello", base + QStringLiteral("/a/b/f.txt"), &ctx,
                          [&](const Error &e) { up = e; });
    QTRY_VERIFY(up.has_value());
    QVERIFY2(up->isOk(), qPrintable(up->toString()));

    std::optional<Result<EntryInfo>> st;
    client()->stat(base + QStringLiteral("/a/b/f.txt"), &ctx,
                   [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QVERIFY2(st->isOk(), qPrintable(errorOf(*st).toString()));
    QCOMPARE(st->value().type, EntryInfo::Type::File);
    QCOMPARE(st->value().size, qint64(5));
    QCOMPARE(st->value().name, QStringLiteral("f.txt"));

    std::optional<Result<QList<EntryInfo>>> listing;
    client()->listDir(base, 1, &ctx, [&](const Result<QList<EntryInfo>> &r) { listing = r; });
    QTRY_VERIFY(listing.has_value());
    QVERIFY2(listing->isOk(), qPrintable(errorOf(*listing).toString()));
    QCOMPARE(listing->value().size(), 1);
    QCOMPARE(listing->value()[0].path, base + QStringLiteral("/a"));
    QCOMPARE(listing->value()[0].type, EntryInfo::Type::Directory);

    listing.reset();
    client()->listDir(base, 10, &ctx, [&](const Result<QList<EntryInfo>> &r) { listing = r; });
    QTRY_VERIFY(listing.has_value());
    QVERIFY(listing->isOk());
    QStringList paths;
    for (const auto &e : listing->value())
        paths << e.path;
    QCOMPARE(paths,
             QStringList({ base + QStringLiteral("/a"), base + QStringLiteral("/a/b"),
                           base + QStringLiteral("/a/b/f.txt") }));

    std::optional<Result<EntryInfo>> moved;
    client()->move(base + QStringLiteral("/a/b/f.txt"), base + QStringLiteral("/g.txt"), &ctx,
                   [&](const Result<EntryInfo> &r) { moved = r; });
    QTRY_VERIFY(moved.has_value());
    QVERIFY2(moved->isOk(), qPrintable(errorOf(*moved).toString()));
    QCOMPARE(moved->value().name, QStringLiteral("g.txt"));

    std::optional<Result<EntryInfo>> missing;
    client()->stat(base + QStringLiteral("/a/b/f.txt"), &ctx,
                   [&](const Result<EntryInfo> &r) { missing = r; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->error().kind, Error::Kind::NotFound);
    QCOMPARE(missing->error().connectCode, QStringLiteral("not_found"));
    QVERIFY(!missing->error().sandboxGone);

    std::optional<Result<QList<EntryInfo>>> notDir;
    client()->listDir(base + QStringLiteral("/g.txt"), 1, &ctx,
                      [&](const Result<QList<EntryInfo>> &r) { notDir = r; });
    QTRY_VERIFY(notDir.has_value());
    QCOMPARE(notDir->error().kind, Error::Kind::InvalidArgument);

    std::optional<Error> removed;
    client()->remove(base, &ctx, [&](const Error &e) { removed = e; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->isOk());
    removed.reset();
    client()->remove(base, &ctx, [&](const Error &e) { removed = e; }); // missing: not an error
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->isOk());
    missing.reset();
    client()->stat(base, &ctx, [&](const Result<EntryInfo> &r) { missing = r; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->error().kind, Error::Kind::NotFound);
}

void TestEnvdClient::routingAndAuthHeaders()
{
    REQUIRE_FAKE();
    m_peer.fake->clearLog();
    QObject ctx;
    client()->setDefaultUser(QStringLiteral("root"));
    std::optional<Result<EntryInfo>> st;
    client()->stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QVERIFY(st->isOk());
    const auto reqs = m_peer.fake->requests();
    QCOMPARE(reqs.size(), 1);
    const auto &h = reqs[0].headers;
    QCOMPARE(h.value("e2b-sandbox-id"), m_sandbox.sandboxId.toUtf8());
    QCOMPARE(h.value("e2b-sandbox-port"), QByteArray("49983"));
    QCOMPARE(h.value("x-access-token"), m_sandbox.envdAccessToken.reveal().toUtf8());
    QCOMPARE(h.value("connect-protocol-version"), QByteArray("1"));
    QCOMPARE(h.value("authorization"), QByteArray("Basic cm9vdDo="));
    QVERIFY(!h.contains("x-api-key")); // the API key never goes to envd
}

void TestEnvdClient::uploadDownloadBytes()
{
    QObject ctx;
    const QByteArray payload = "# Project brief\n\xc3\xa9t\xc3\xa9\n";
    std::optional<Error> up;
    client()->uploadBytes(payload, QStringLiteral("/home/user/proj/CLAUDE.md"), &ctx,
                          [&](const Error &e) { up = e; });
    QTRY_VERIFY(up.has_value());
    QVERIFY2(up->isOk(), qPrintable(up->toString()));
    const QString local = m_tmp.filePath(QStringLiteral("claude.md"));
    std::optional<Result<qint64>> down;
    client()->downloadFile(QStringLiteral("/home/user/proj/CLAUDE.md"), local, 1024, &ctx,
                           [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY(down.has_value());
    QVERIFY2(down->isOk(), qPrintable(errorOf(*down).toString()));
    QCOMPARE(down->value(), qint64(payload.size()));
    QCOMPARE(readFile(local), payload);
}

void TestEnvdClient::uploadFileFromDiskAndDownloadStreamed()
{
    QObject ctx;
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
    const QString src = m_tmp.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeFile(src, data));
    std::optional<Error> up;
    client()->uploadFile(src, QStringLiteral("data/big.bin"), &ctx,
                         [&](const Error &e) { up = e; }); // relative: ~/data
    QTRY_VERIFY_WITH_TIMEOUT(up.has_value(), 20000);
    QVERIFY2(up->isOk(), qPrintable(up->toString()));
    const QString dst = m_tmp.filePath(QStringLiteral("big.out"));
    std::optional<Result<qint64>> down;
    client()->downloadFile(QStringLiteral("/home/user/data/big.bin"), dst, 8 * 1024 * 1024, &ctx,
                           [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY_WITH_TIMEOUT(down.has_value(), 20000);
    QVERIFY2(down->isOk(), qPrintable(errorOf(*down).toString()));
    QCOMPARE(QCryptographicHash::hash(readFile(dst), QCryptographicHash::Sha256),
             QCryptographicHash::hash(data, QCryptographicHash::Sha256));

    std::optional<Error> bad;
    client()->uploadFile(m_tmp.filePath(QStringLiteral("does-not-exist")), QStringLiteral("/tmp/x"),
                         &ctx, [&](const Error &e) { bad = e; });
    QTRY_VERIFY(bad.has_value());
    QCOMPARE(bad->kind, Error::Kind::InvalidArgument);
}

void TestEnvdClient::downloadErrors()
{
    QObject ctx;
    const QString local = m_tmp.filePath(QStringLiteral("missing.out"));
    std::optional<Result<qint64>> down;
    client()->downloadFile(QStringLiteral("/home/user/missing.txt"), local, 1024, &ctx,
                           [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY(down.has_value());
    QCOMPARE(down->error().kind, Error::Kind::NotFound);
    QVERIFY(down->error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(local));

    down.reset();
    client()->downloadFile(QStringLiteral("/home/user"), local, 1024, &ctx,
                           [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY(down.has_value());
    QCOMPARE(down->error().kind, Error::Kind::InvalidArgument);
    QVERIFY(!QFile::exists(local));
}

void TestEnvdClient::downloadSizeCap()
{
    QObject ctx;
    std::optional<Error> up;
    client()->uploadBytes(QByteArray(100000, 'x'), QStringLiteral("/tmp/cap.bin"), &ctx,
                          [&](const Error &e) { up = e; });
    QTRY_VERIFY(up.has_value());
    QVERIFY(up->isOk());
    const QString local = m_tmp.filePath(QStringLiteral("cap.out"));
    QVERIFY(writeFile(local, "previous content"));
    std::optional<Result<qint64>> down;
    client()->downloadFile(QStringLiteral("/tmp/cap.bin"), local, 50000, &ctx,
                           [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY(down.has_value());
    QCOMPARE(down->error().kind, Error::Kind::Protocol);
    QVERIFY(down->error().message.contains(QStringLiteral("50000")));
    QCOMPARE(readFile(local),
             QByteArray("previous content")); // atomically replaced only on success
}

void TestEnvdClient::wrongAccessToken()
{
    EnvdTarget target = EnvdTarget::fromSandbox(m_sandbox);
    target.accessToken = Secret(QStringLiteral("wrong-token"));
    EnvdClient bad(m_peer.config, target);
    QObject ctx;
    std::optional<Result<EntryInfo>> st;
    bad.stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QCOMPARE(st->error().kind, Error::Kind::Unauthorized);
    QCOMPARE(st->error().httpStatus, 401);
}

void TestEnvdClient::unsecuredSandboxNeedsNoToken()
{
    REQUIRE_FAKE();
    SandboxApi api(m_peer.config);
    QObject ctx;
    CreateSandboxOptions options;
    options.secure = false;
    std::optional<Result<SandboxInfo>> created;
    api.create(options, &ctx, [&](const Result<SandboxInfo> &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QVERIFY2(created->isOk(), qPrintable(errorOf(*created).toString()));
    QVERIFY(created->value().envdAccessToken.isEmpty());
    EnvdClient open(m_peer.config, EnvdTarget::fromSandbox(created->value()));
    m_peer.fake->clearLog();
    std::optional<Result<EntryInfo>> st;
    open.stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QVERIFY2(st->isOk(), qPrintable(errorOf(*st).toString()));
    QVERIFY(!m_peer.fake->requests().first().headers.contains("x-access-token"));
    std::optional<Result<bool>> killed;
    api.kill(created->value().sandboxId, &ctx, [&](const Result<bool> &r) { killed = r; });
    QTRY_VERIFY(killed.has_value());
}

void TestEnvdClient::plainHttpToRemoteHostRefused()
{
    ConnectionConfig config = m_peer.config;
    config.sandboxUrl = QUrl(QStringLiteral("http://sandbox.example.org"));
    EnvdClient insecure(config, EnvdTarget::fromSandbox(m_sandbox));
    QObject ctx;
    std::optional<Result<EntryInfo>> st;
    insecure.stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QCOMPARE(st->error().kind, Error::Kind::InvalidArgument);
    std::optional<Result<qint64>> down;
    insecure.downloadFile(QStringLiteral("/tmp/x"), m_tmp.filePath(QStringLiteral("insecure")), 10,
                          &ctx, [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY(down.has_value());
    QCOMPARE(down->error().kind, Error::Kind::InvalidArgument);
    ProcessStartOptions o;
    o.cmd = QStringLiteral("true");
    ProcessStream *s = insecure.startProcess(o, &ctx);
    QSignalSpy finished(s, &ProcessStream::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(s->error().kind, Error::Kind::InvalidArgument);
}

void TestEnvdClient::sandboxGoneIs502NotFound()
{
    EnvdTarget target = EnvdTarget::fromSandbox(m_sandbox);
    target.sandboxId = QStringLiteral("igone000000000000000");
    EnvdClient gone(m_peer.config, target);
    QObject ctx;
    std::optional<Result<QList<EntryInfo>>> listing;
    gone.listDir(QStringLiteral("/"), 1, &ctx,
                 [&](const Result<QList<EntryInfo>> &r) { listing = r; });
    QTRY_VERIFY(listing.has_value());
    QCOMPARE(listing->error().kind, Error::Kind::NotFound);
    QCOMPARE(listing->error().httpStatus, 502);
    QVERIFY(listing->error().sandboxGone);

    std::optional<Result<bool>> healthy;
    gone.health(&ctx, [&](const Result<bool> &r) { healthy = r; });
    QTRY_VERIFY(healthy.has_value());
    QVERIFY(healthy->isOk());
    QCOMPARE(healthy->value(), false);
    healthy.reset();
    client()->health(&ctx, [&](const Result<bool> &r) { healthy = r; });
    QTRY_VERIFY(healthy.has_value());
    QVERIFY(healthy->isOk());
    QCOMPARE(healthy->value(), true);

    if (m_peer.fake) {
        // The edge's own 502 JSON (fault) on an existing sandbox maps the same way.
        m_peer.fake->setFault(FakeE2bServer::Fault::SandboxGone502, 1);
        std::optional<Result<EntryInfo>> st;
        client()->stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
        QTRY_VERIFY(st.has_value());
        QCOMPARE(st->error().kind, Error::Kind::NotFound);
        QVERIFY(st->error().sandboxGone);
        QCOMPARE(st->error().message, QStringLiteral("The sandbox was not found"));
    }
}

void TestEnvdClient::rateLimitStormOnStatRetried()
{
    REQUIRE_FAKE();
    m_peer.fake->faultRetryAfterSeconds = 0;
    m_peer.fake->setFault(FakeE2bServer::Fault::RateLimit, 3);
    m_peer.fake->clearLog();
    QObject ctx;
    std::optional<Result<EntryInfo>> st;
    client()->stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY_WITH_TIMEOUT(st.has_value(), 10000);
    QVERIFY2(st->isOk(), qPrintable(errorOf(*st).toString()));
    QCOMPARE(m_peer.fake->requests().size(), 4);

    // Not idempotent: MakeDir gets the 429 back at once.
    m_peer.fake->setFault(FakeE2bServer::Fault::RateLimit, 1);
    std::optional<Result<bool>> made;
    client()->makeDir(QStringLiteral("/tmp/rl"), &ctx, [&](const Result<bool> &r) { made = r; });
    QTRY_VERIFY(made.has_value());
    QCOMPARE(made->error().kind, Error::Kind::RateLimited);
}

void TestEnvdClient::wrongContentTypeOnRpc()
{
    REQUIRE_FAKE();
    m_peer.fake->setFault(FakeE2bServer::Fault::WrongContentType, 1);
    QObject ctx;
    std::optional<Result<EntryInfo>> st;
    client()->stat(QStringLiteral("/tmp"), &ctx, [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QCOMPARE(st->error().kind, Error::Kind::Protocol);
    QVERIFY(st->error().message.contains(QStringLiteral("text/html")));
}

void TestEnvdClient::slowListDirTimesOut()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.requestTimeout = std::chrono::milliseconds(250);
    config.retry.maxAttempts = 2;
    EnvdClient slow(config, EnvdTarget::fromSandbox(m_sandbox));
    m_peer.fake->slowDelayMs = 2000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 2);
    QObject ctx;
    std::optional<Result<QList<EntryInfo>>> listing;
    slow.listDir(QStringLiteral("/tmp"), 1, &ctx,
                 [&](const Result<QList<EntryInfo>> &r) { listing = r; });
    QTRY_VERIFY_WITH_TIMEOUT(listing.has_value(), 5000);
    QCOMPARE(listing->error().kind, Error::Kind::Timeout);
}

void TestEnvdClient::stalledDownloadTimesOut()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.streamIdleTimeout = std::chrono::milliseconds(300); // also the transfer stall limit
    config.retry.maxAttempts = 1;
    EnvdClient slow(config, EnvdTarget::fromSandbox(m_sandbox));
    m_peer.fake->slowDelayMs = 3000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 1, QStringLiteral("/files"));
    QObject ctx;
    std::optional<Result<qint64>> down;
    QElapsedTimer t;
    t.start();
    slow.downloadFile(QStringLiteral("/home/user"), m_tmp.filePath(QStringLiteral("stall.out")),
                      1024, &ctx, [&](const Result<qint64> &r) { down = r; });
    QTRY_VERIFY_WITH_TIMEOUT(down.has_value(), 5000);
    QCOMPARE(down->error().kind, Error::Kind::Timeout);
    QVERIFY2(down->error().message.contains(QStringLiteral("stalled")),
             qPrintable(down->error().message));
    QVERIFY(t.elapsed() < 2500);
}

void TestEnvdClient::directoryRoundTrip()
{
    if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
        QSKIP("tar not installed");
    // A small project tree, including things the download must leave out.
    const QString src = m_tmp.filePath(QStringLiteral("proj-src"));
    QMap<QString, QByteArray> files { { QStringLiteral("package.json"), "{\"name\":\"x\"}" },
                                      { QStringLiteral("src/index.ts"), "export const x = 1;\n" },
                                      { QStringLiteral("src/deep/a b.txt"), "spaces" },
                                      { QStringLiteral("tests/sum.test.ts"),
                                        randomBytes(20000).toBase64() } };
    for (auto it = files.begin(); it != files.end(); ++it)
        QVERIFY(writeFile(src + QLatin1Char('/') + it.key(), it.value()));
    QVERIFY(
        writeFile(src + QStringLiteral("/node_modules/left-pad/index.js"), "module.exports = 1;"));

    QObject ctx;
    const QString remote = QStringLiteral("/home/user/roundtrip-%1")
                               .arg(QRandomGenerator::global()->generate(), 0, 16);
    DirectoryTransfer *up = client()->uploadDirectory(src, remote, &ctx);
    QSignalSpy upDone(up, &DirectoryTransfer::finished);
    QVERIFY(upDone.wait(30000));
    const Error upError = upDone.first().first().value<Error>();
    QVERIFY2(upError.isOk(), qPrintable(upError.toString()));

    std::optional<Result<EntryInfo>> st;
    client()->stat(remote + QStringLiteral("/node_modules/left-pad/index.js"), &ctx,
                   [&](const Result<EntryInfo> &r) { st = r; });
    QTRY_VERIFY(st.has_value());
    QVERIFY2(st->isOk(), qPrintable(errorOf(*st).toString()));

    const QString archive = m_tmp.filePath(QStringLiteral("snapshot.tgz"));
    DirectoryTransfer *down = client()->downloadDirectory(
        remote, archive, { QStringLiteral("node_modules"), QStringLiteral(".git") }, &ctx);
    QSignalSpy downDone(down, &DirectoryTransfer::finished);
    QVERIFY(downDone.wait(30000));
    const Error downError = downDone.first().first().value<Error>();
    QVERIFY2(downError.isOk(), qPrintable(downError.toString()));
    QVERIFY(down->archiveBytes() > 0);
    QCOMPARE(QFileInfo(archive).size(), down->archiveBytes());

    // Unpack locally (trusted test data) and compare.
    const QString out = m_tmp.filePath(QStringLiteral("proj-out"));
    QVERIFY(QDir().mkpath(out));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              { QStringLiteral("-xzf"), archive, QStringLiteral("-C"), out });
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    for (auto it = files.begin(); it != files.end(); ++it)
        QCOMPARE(readFile(out + QLatin1Char('/') + it.key()), it.value());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/node_modules")));

    // Both temporary archives were removed from the sandbox.
    std::optional<Result<QList<EntryInfo>>> tmpList;
    client()->listDir(QStringLiteral("/tmp"), 1, &ctx,
                      [&](const Result<QList<EntryInfo>> &r) { tmpList = r; });
    QTRY_VERIFY(tmpList.has_value());
    QVERIFY(tmpList->isOk());
    for (const auto &e : tmpList->value())
        QVERIFY2(!e.name.startsWith(QStringLiteral("autocoder-")), qPrintable(e.path));
}

void TestEnvdClient::directoryDownloadOfMissingDirFails()
{
    QObject ctx;
    const QString archive = m_tmp.filePath(QStringLiteral("none.tgz"));
    DirectoryTransfer *down =
        client()->downloadDirectory(QStringLiteral("/home/user/no-such-dir"), archive, {}, &ctx);
    QSignalSpy done(down, &DirectoryTransfer::finished);
    QVERIFY(done.wait(20000));
    const Error e = done.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::Remote);
    QVERIFY2(e.message.contains(QStringLiteral("tar")), qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(archive));
}

QTEST_GUILESS_MAIN(TestEnvdClient)
#include "tst_envdclient.moc"
