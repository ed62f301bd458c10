#include "e2b/processeventmapper.h"

#include <QJsonDocument>
#include <QTest>

using namespace Autocoder::E2b;

Q_DECLARE_METATYPE(ProcessEvent::Type)
Q_DECLARE_METATYPE(Error::Kind)

class TestProcessEventMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data();
    void events();
    void endStream_data();
    void endStream();
    void entry_data();
    void entry();
    void int64AsString();
    void processInfo();
};

void TestProcessEventMapper::events_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ProcessEvent::Type>("type");
    QTest::addColumn<uint>("pid");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("exited");
    QTest::addColumn<QString>("status");

    using T = ProcessEvent::Type;
    QTest::newRow("start") << QByteArray(R"({"event":{"start":{"pid":4242}}})") << true << T::Start
                           << 4242u << QByteArray() << 0 << false << QString();
    QTest::newRow("start pid as string")
        << QByteArray(R"({"event":{"start":{"pid":"77"}}})") << true << T::Start << 77u
        << QByteArray() << 0 << false << QString();
    QTest::newRow("stdout padded")
        << QByteArray(R"({"event":{"data":{"stdout":"YWRkZWQgMyBwYWNrYWdlcyBpbiAycwo="}}})") << true
        << T::Stdout << 0u << QByteArray("added 3 packages in 2s\n") << 0 << false << QString();
    QTest::newRow("stdout unpadded")
        << QByteArray(R"({"event":{"data":{"stdout":"aGk"}}})") << true << T::Stdout << 0u
        << QByteArray("hi") << 0 << false << QString();
    QTest::newRow("stdout url-safe")
        << QByteArray(R"({"event":{"data":{"stdout":"-_8"}}})") << true << T::Stdout << 0u
        << QByteArray("\xfb\xff", 2) << 0 << false << QString();
    QTest::newRow("stdout standard alphabet")
        << QByteArray(R"({"event":{"data":{"stdout":"+/8="}}})") << true << T::Stdout << 0u
        << QByteArray("\xfb\xff", 2) << 0 << false << QString();
    QTest::newRow("split UTF-8 kept as bytes")
        << QByteArray(R"({"event":{"data":{"stdout":"4oI="}}})") << true << T::Stdout << 0u
        << QByteArray("\xe2\x82", 2) << 0 << false << QString();
    QTest::newRow("stderr") << QByteArray(R"({"event":{"data":{"stderr":"ZXJy"}}})") << true
                            << T::Stderr << 0u << QByteArray("err") << 0 << false << QString();
    QTest::newRow("pty") << QByteArray(R"({"event":{"data":{"pty":"G1sw"}}})") << true << T::Pty
                         << 0u << QByteArray("\x1b[0") << 0 << false << QString();
    QTest::newRow("empty data message")
        << QByteArray(R"({"event":{"data":{}}})") << true << T::Stdout << 0u << QByteArray() << 0
        << false << QString();
    QTest::newRow("end exit 0 (defaults omitted)")
        << QByteArray(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})") << true
        << T::End << 0u << QByteArray() << 0 << true << QStringLiteral("exit status 0");
    QTest::newRow("end exit 3") << QByteArray(
        R"({"event":{"end":{"exitCode":3,"exited":true,"status":"exit status 3","error":"exit status 3"}}})")
                                << true << T::End << 0u << QByteArray() << 3 << true
                                << QStringLiteral("exit status 3");
    QTest::newRow("end killed") << QByteArray(
        R"({"event":{"end":{"exitCode":-1,"status":"signal: killed","error":"signal: killed"}}})")
                                << true << T::End << 0u << QByteArray() << -1 << false
                                << QStringLiteral("signal: killed");
    QTest::newRow("end snake_case")
        << QByteArray(R"({"event":{"end":{"exit_code":"2","exited":true}}})") << true << T::End
        << 0u << QByteArray() << 2 << true << QString();
    QTest::newRow("end empty") << QByteArray(R"({"event":{"end":{}}})") << true << T::End << 0u
                               << QByteArray() << 0 << false << QString();
    QTest::newRow("keepalive") << QByteArray(R"({"event":{"keepalive":{}}})") << true
                               << T::Keepalive << 0u << QByteArray() << 0 << false << QString();
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"event":{"start":{"pid":1,"future":[1,2]},"x":{}},"trailer":true})")
        << true << T::Start << 1u << QByteArray() << 0 << false << QString();

    const auto bad = [](const char *name, const QByteArray &payload) {
        QTest::newRow(name) << payload << false << ProcessEvent::Type::Keepalive << 0u
                            << QByteArray() << 0 << false << QString();
    };
    bad("not JSON", "not json at all");
    bad("truncated JSON", R"({"event":{"start":{"pid":1})");
    bad("array root", "[1,2]");
    bad("missing event", R"({"result":{}})");
    bad("event not object", R"({"event":"start"})");
    bad("unknown event", R"({"event":{"explode":{}}})");
    bad("bad base64", R"({"event":{"data":{"stdout":"!!!!"}}})");
    bad("base64 impossible length", R"({"event":{"data":{"stdout":"QUJDR"}}})");
    bad("base64 not a string", R"({"event":{"data":{"stdout":42}}})");
    bad("negative pid", R"({"event":{"start":{"pid":-5}}})");
    bad("fractional pid", R"({"event":{"start":{"pid":1.5}}})");
    bad("pid overflow", R"({"event":{"start":{"pid":"99999999999"}}})");
    bad("exitCode garbage", R"({"event":{"end":{"exitCode":"three"}}})");
    bad("exited not bool", R"({"event":{"end":{"exited":"yes"}}})");
    bad("end not object", R"({"event":{"end":7}})");
    bad("empty", "");
}

void TestProcessEventMapper::events()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    ProcessEvent event;
    Error error;
    const bool result = ProcessEventMapper::mapEvent(payload, &event, &error);
    QCOMPARE(result, ok);
    if (!ok) {
        QCOMPARE(error.kind, Error::Kind::Protocol);
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QFETCH(ProcessEvent::Type, type);
    QFETCH(uint, pid);
    QFETCH(QByteArray, data);
    QFETCH(int, exitCode);
    QFETCH(bool, exited);
    QFETCH(QString, status);
    QCOMPARE(event.type, type);
    QCOMPARE(event.pid, pid);
    QCOMPARE(event.data, data);
    QCOMPARE(event.exit.exitCode, exitCode);
    QCOMPARE(event.exit.exited, exited);
    QCOMPARE(event.exit.status, status);
}

void TestProcessEventMapper::endStream_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("success") << QByteArray("{}") << Error::Kind::None << QString();
    QTest::newRow("success with trailers")
        << QByteArray(R"({"metadata":{"k":["v"]}})") << Error::Kind::None << QString();
    QTest::newRow("deadline") << QByteArray(
        R"({"error":{"code":"deadline_exceeded","message":"context deadline exceeded"}})")
                              << Error::Kind::Timeout << QStringLiteral("deadline_exceeded");
    QTest::newRow("not found") << QByteArray(
        R"({"error":{"code":"not_found","message":"process with pid 5 not found"}})")
                               << Error::Kind::NotFound << QStringLiteral("not_found");
    QTest::newRow("unauthenticated")
        << QByteArray(R"({"error":{"code":"unauthenticated","message":"invalid username: 'x'"}})")
        << Error::Kind::Unauthorized << QStringLiteral("unauthenticated");
    QTest::newRow("invalid argument")
        << QByteArray(
               R"({"error":{"code":"invalid_argument","message":"cwd '/x' does not exist"}})")
        << Error::Kind::InvalidArgument << QStringLiteral("invalid_argument");
    QTest::newRow("resource exhausted")
        << QByteArray(R"({"error":{"code":"resource_exhausted"}})") << Error::Kind::RateLimited
        << QStringLiteral("resource_exhausted");
    QTest::newRow("unknown code") << QByteArray(R"({"error":{"code":"brand_new","message":"?"}})")
                                  << Error::Kind::Remote << QStringLiteral("brand_new");
    QTest::newRow("error without code")
        << QByteArray(R"({"error":{}})") << Error::Kind::Remote << QStringLiteral("unknown");
    QTest::newRow("error not object")
        << QByteArray(R"({"error":"boom"})") << Error::Kind::Protocol << QString();
    QTest::newRow("garbage") << QByteArray("\x01\x02") << Error::Kind::Protocol << QString();
}

void TestProcessEventMapper::endStream()
{
    QFETCH(QByteArray, payload);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, code);
    const Error e = ProcessEventMapper::mapEndStream(payload);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.connectCode, code);
    if (kind != Error::Kind::None)
        QVERIFY(!e.message.isEmpty());
}

void TestProcessEventMapper::entry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<uint>("mode");
    QTest::addColumn<QString>("modified");

    QTest::newRow("dir, size as string") << QByteArray(
        R"({"name":"src","type":"FILE_TYPE_DIRECTORY","path":"/home/user/proj/src","size":"4096","mode":493,"permissions":"drwxr-xr-x","owner":"user","group":"user","modifiedTime":"2025-01-01T00:00:00Z"})")
                                         << true << int(EntryInfo::Type::Directory) << qint64(4096)
                                         << 493u << QStringLiteral("2025-01-01T00:00:00.000Z");
    QTest::newRow("file, size as number, nanos") << QByteArray(
        R"({"name":"a","type":"FILE_TYPE_FILE","size":812,"mode":420,"modifiedTime":"2025-01-01T12:00:00.123456789Z"})")
                                                 << true << int(EntryInfo::Type::File)
                                                 << qint64(812) << 420u
                                                 << QStringLiteral("2025-01-01T12:00:00.123Z");
    QTest::newRow("enum as number")
        << QByteArray(R"({"name":"l","type":3,"symlinkTarget":"/x"})") << true
        << int(EntryInfo::Type::Symlink) << qint64(0) << 0u << QString();
    QTest::newRow("unknown enum name -> unspecified")
        << QByteArray(R"({"name":"s","type":"FILE_TYPE_SOCKET"})") << true
        << int(EntryInfo::Type::Unspecified) << qint64(0) << 0u << QString();
    QTest::newRow("defaults omitted")
        << QByteArray(R"({"name":"empty"})") << true << int(EntryInfo::Type::Unspecified)
        << qint64(0) << 0u << QString();
    QTest::newRow("big size string")
        << QByteArray(R"({"name":"big","size":"9007199254740993"})") << true
        << int(EntryInfo::Type::Unspecified) << qint64(9007199254740993LL) << 0u << QString();
    QTest::newRow("negative size")
        << QByteArray(R"({"name":"x","size":"-1"})") << false << 0 << qint64(0) << 0u << QString();
    QTest::newRow("size garbage") << QByteArray(R"({"name":"x","size":"lots"})") << false << 0
                                  << qint64(0) << 0u << QString();
    QTest::newRow("mode negative")
        << QByteArray(R"({"name":"x","mode":-1})") << false << 0 << qint64(0) << 0u << QString();
}

void TestProcessEventMapper::entry()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const Autocoder::Result<EntryInfo> mapped =
        ProcessEventMapper::mapEntry(QJsonDocument::fromJson(json).object());
    QCOMPARE(mapped.isOk(), ok);
    if (!ok) {
        QVERIFY(!mapped.error().isEmpty());
        return;
    }
    const EntryInfo &e = *mapped;
    QFETCH(int, type);
    QFETCH(qint64, size);
    QFETCH(uint, mode);
    QFETCH(QString, modified);
    QCOMPARE(int(e.type), type);
    QCOMPARE(e.size, size);
    QCOMPARE(e.mode, mode);
    if (!modified.isEmpty())
        QCOMPARE(e.modifiedTime.toUTC().toString(Qt::ISODateWithMs), modified);
}

void TestProcessEventMapper::int64AsString()
{
    qint64 v = 0;
    QVERIFY(ProcessEventMapper::readInt64(QJsonValue(QStringLiteral("-9223372036854775808")), &v));
    QCOMPARE(v, std::numeric_limits<qint64>::min());
    QVERIFY(ProcessEventMapper::readInt64(QJsonValue(), &v));
    QCOMPARE(v, 0);
    QVERIFY(!ProcessEventMapper::readInt64(QJsonValue(true), &v));
    QVERIFY(!ProcessEventMapper::readInt64(QJsonValue(1e300), &v));
}

void TestProcessEventMapper::processInfo()
{
    const QByteArray json =
        R"({"config":{"cmd":"/bin/bash","args":["-l","-c","sleep 1"],"envs":{"A":"1"},"cwd":"/home/user"},"pid":311,"tag":"gate-test"})";
    const Autocoder::Result<ProcessInfo> mapped =
        ProcessEventMapper::mapProcessInfo(QJsonDocument::fromJson(json).object());
    QVERIFY(mapped.isOk());
    const ProcessInfo &p = *mapped;
    QCOMPARE(p.pid, 311u);
    QCOMPARE(p.tag, QStringLiteral("gate-test"));
    QCOMPARE(
        p.args,
        QStringList({ QStringLiteral("-l"), QStringLiteral("-c"), QStringLiteral("sleep 1") }));
    QCOMPARE(p.envs.value(QStringLiteral("A")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestProcessEventMapper)
#include "tst_processeventmapper.moc"
