// The real autocoder-sandboxd's data folder files as an attacker plants them: key
// files it must refuse, address files a client must not trust, bad options.
#include "sandboxdbinarytest.h"

#include "sandboxd/apikeyfile.h"
#include "sandboxd/serveraddressfile.h"

using Autocoder::Run::LocalSandboxServer;
using Autocoder::Sandboxd::ServerAddressFile;
using namespace SandboxdBinary;

class SandboxdDataDirTest : public SandboxdBinaryTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!initFolders())
            QSKIP("autocoder-sandboxd is not built");
    }

    void cleanup() { endServers(); }

    void addressFileIsTrustedOnlyWhenPrivateAndLoopback_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        const QByteArray ok = "{\"pid\": 4242, \"url\": \"http://127.0.0.1:5555\"}";
        QTest::newRow("valid") << ok << 0600 << true;
        QTest::newRow("world readable") << ok << 0644 << false;
        QTest::newRow("group writable") << ok << 0620 << false;
        QTest::newRow("another host")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://example.org:5555\"}") << 0600 << false;
        QTest::newRow("localhost name")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://localhost:5555\"}") << 0600 << false;
        QTest::newRow("https") << QByteArray("{\"pid\": 4242, \"url\": \"https://127.0.0.1:5555\"}")
                               << 0600 << false;
        QTest::newRow("credentials")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://a:b@127.0.0.1:5555\"}") << 0600
            << false;
        QTest::newRow("path") << QByteArray("{\"pid\": 4242, \"url\": \"http://127.0.0.1:5555/x\"}")
                              << 0600 << false;
        QTest::newRow("no pid") << QByteArray("{\"url\": \"http://127.0.0.1:5555\"}") << 0600
                                << false;
        QTest::newRow("not json") << QByteArray("garbage") << 0600 << false;
    }

    void addressFileIsTrustedOnlyWhenPrivateAndLoopback()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        const QString data = m_tmp.filePath(QStringLiteral("address%1").arg(++m_counter));
        QVERIFY(QDir().mkpath(data));
        QFile f(ServerAddressFile::path(data));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), mode_t(mode)), 0);
        QString error;
        const auto address = ServerAddressFile::read(data, &error);
        QCOMPARE(address.has_value(), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(address->url, QUrl(QStringLiteral("http://127.0.0.1:5555")));
    }

    void badIdleValuesAreRefused()
    {
        for (const char *bad : { "-1", "abc", "" }) {
            QProcess *p = runServer(newDataDir(), { QStringLiteral("--idle-exit-seconds"), bad });
            QVERIFY(p->waitForFinished(5000));
            QCOMPARE(p->exitCode(), 2);
        }
    }

    void unsafeKeyFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("group readable") << "0640";
        QTest::newRow("world readable") << "0644";
        QTest::newRow("another owner") << "owner";
        QTest::newRow("symlink") << "symlink";
        QTest::newRow("empty") << "empty";
        QTest::newRow("given file, world readable") << "given";
    }

    void unsafeKeyFilesAreRefused()
    {
        QFETCH(QString, kind);
        const QString data = newDataDir();
        QVERIFY(QDir().mkpath(data + "/sandboxes/keep"));
        const QString key = data + "/sandboxd.key";
        const QString elsewhere = m_tmp.filePath(QStringLiteral("key%1").arg(m_counter));
        QFile f(kind == QLatin1String("symlink") || kind == QLatin1String("given") ? elsewhere
                                                                                   : key);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind != QLatin1String("empty"))
            f.write("e2b_planted0123456789\n");
        f.close();
        const mode_t mode = kind == QLatin1String("0640")                     ? 0640
            : kind == QLatin1String("0644") || kind == QLatin1String("given") ? 0644
                                                                              : 0600;
        ::chmod(QFile::encodeName(f.fileName()).constData(), mode);
        if (kind == QLatin1String("owner")) {
            if (::geteuid() != 0)
                QSKIP("handing a file to another owner needs root");
            QVERIFY(::chown(QFile::encodeName(key).constData(), 65534, 65534) == 0);
        }
        if (kind == QLatin1String("symlink"))
            QVERIFY(QFile::link(elsewhere, key));
        const QStringList extra = kind == QLatin1String("given")
            ? QStringList { QStringLiteral("--api-key-file"), elsewhere }
            : QStringList {};
        QProcess *p = runServer(data, extra);
        QVERIFY2(p->waitForFinished(10000), "the server accepted an unsafe key file");
        QCOMPARE(p->exitCode(), 1);
        const QString why = QString::fromLocal8Bit(p->readAllStandardError());
        QVERIFY2(why.contains(QFileInfo(extra.isEmpty() ? key : elsewhere).fileName()),
                 qPrintable(why));
        QVERIFY(!p->readAllStandardOutput().contains("Listening"));
        // Refused before anything in the folder was touched.
        QVERIFY(QFileInfo::exists(data + "/sandboxes/keep"));
    }

    void givenKeyFileAndManualOverrideAreUsed()
    {
        const QString given = m_tmp.filePath(QStringLiteral("given.key"));
        QFile f(given);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("e2b_given_file_key_0123456789\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess *p = runServer(newDataDir(), { QStringLiteral("--api-key-file"), given });
        const QUrl url = waitListening(p);
        QVERIFY(url.isValid());
        SandboxdHarness h;
        clientFor(h, url, QStringLiteral("e2b_given_file_key_0123456789"));
        QCOMPARE(h.api("GET", "/sandboxes").status, 200);
        QCOMPARE(h.api("GET", "/sandboxes", {}, "e2b_planted0123456789").status, 401);

        // By hand: the environment's key, documented as an override for people.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), QStringLiteral("e2b_by_hand_42"));
        QProcess *byHand = runServer(newDataDir(), {}, env);
        const QUrl handUrl = waitListening(byHand);
        QVERIFY(handUrl.isValid());
        clientFor(h, handUrl, QStringLiteral("e2b_by_hand_42"));
        QCOMPARE(h.api("GET", "/sandboxes").status, 200);
    }
};

QTEST_GUILESS_MAIN(SandboxdDataDirTest)
#include "tst_sandboxd_datadir.moc"
