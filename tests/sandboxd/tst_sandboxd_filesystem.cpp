// envd filesystem service and /files of autocoder-sandboxd.
#include "sandboxdharness.h"

#include "common/gzip.h"
#include "sandboxd/filesendpoint.h"

#include <QHttpMultiPart>
#include <QTest>
#include <QUrlQuery>

class TestSandboxdFilesystem : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    HttpResult upload(const QString &path, const QByteArray &data, const QString &token)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(path));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        part.setBody(data);
        multi->append(part);
        QNetworkRequest req = h.envdRequest(m_id, token, QStringLiteral("/files"), {});
        QUrl url = req.url();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("path"), QString::fromUtf8(QUrl::toPercentEncoding(path)));
        url.setQuery(q);
        req.setUrl(url);
        QNetworkReply *reply = h.nam.post(req, multi);
        multi->setParent(reply);
        return SandboxdHarness::wait(reply);
    }

    HttpResult download(const QString &path, const QString &token, const QString &extraQuery = {})
    {
        QNetworkRequest req = h.envdRequest(m_id, token, QStringLiteral("/files"), {});
        QUrl url = req.url();
        url.setQuery(QStringLiteral("path=") + QString::fromUtf8(QUrl::toPercentEncoding(path))
                     + extraQuery);
        req.setUrl(url);
        return SandboxdHarness::wait(h.nam.get(req));
    }

    HttpResult fs(const QString &method, const QJsonObject &body)
    {
        return h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/") + method, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        h.config.maxUploadBytes = 1024 * 1024;
        QVERIFY(h.start());
        m_id = h.createBase(&m_token);
        QVERIFY(!m_id.isEmpty());
    }

    void uploadDownload()
    {
        HttpResult r = upload(QStringLiteral("/home/user/proj/CLAUDE.md"), "# brief\n", m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/home/user/proj/CLAUDE.md"));
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("CLAUDE.md"));
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("file"));
        r = download(QStringLiteral("/home/user/proj/CLAUDE.md"), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("# brief\n"));
        // Relative paths are relative to /home/user; the process sees the file.
        r = download(QStringLiteral("proj/CLAUDE.md"), m_token);
        QCOMPARE(r.body, QByteArray("# brief\n"));
        QCOMPARE(h.run(m_id, m_token, QStringLiteral("cat proj/CLAUDE.md")).stdoutData,
                 QByteArray("# brief\n"));

        // Raw octet-stream upload, binary data, empty file.
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary.append(char(i % 256));
        QNetworkRequest raw =
            h.envdRequest(m_id, m_token, QStringLiteral("/files"), "application/octet-stream");
        QUrl url = raw.url();
        url.setQuery(QStringLiteral("path=%2Ftmp%2Fbin.dat"));
        raw.setUrl(url);
        QCOMPARE(SandboxdHarness::wait(h.nam.post(raw, binary)).status, 200);
        QCOMPARE(download(QStringLiteral("/tmp/bin.dat"), m_token).body, binary);
        QCOMPARE(h.run(m_id, m_token, QStringLiteral("stat -c %s /tmp/bin.dat")).stdoutData,
                 QByteArray("70000\n"));
        QCOMPARE(upload(QStringLiteral("/home/user/empty"), QByteArray(), m_token).status, 200);
        r = download(QStringLiteral("/home/user/empty"), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 0);
    }

    void gzipUpload()
    {
        QNetworkRequest raw =
            h.envdRequest(m_id, m_token, QStringLiteral("/files"), "application/octet-stream");
        QUrl url = raw.url();
        url.setQuery(QStringLiteral("path=%2Fhome%2Fuser%2Fz.txt"));
        raw.setUrl(url);
        raw.setRawHeader("Content-Encoding", "gzip");
        const QByteArray text = QByteArray("compressed text ").repeated(1000);
        QCOMPARE(SandboxdHarness::wait(h.nam.post(raw, Autocoder::Gzip::compress(text))).status,
                 200);
        QCOMPARE(download(QStringLiteral("/home/user/z.txt"), m_token).body, text);
        // Not gzip, and a bomb bigger than the upload limit once inflated.
        QCOMPARE(SandboxdHarness::wait(h.nam.post(raw, QByteArray("plain"))).status, 400);
        const QByteArray bomb = Autocoder::Gzip::compress(QByteArray(8 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 100 * 1024);
        QCOMPARE(SandboxdHarness::wait(h.nam.post(raw, bomb)).status, 413);
        raw.setRawHeader("Content-Encoding", "br");
        QCOMPARE(SandboxdHarness::wait(h.nam.post(raw, QByteArray("x"))).status, 415);
    }

    void fileErrors()
    {
        HttpResult r = download(QStringLiteral("/home/user/missing.txt"), m_token);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("path '/home/user/missing.txt' does not exist"));
        r = download(QStringLiteral("/home/user"), m_token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(
            download(QStringLiteral("/home/user/proj/CLAUDE.md"), QStringLiteral("bad")).status,
            401);
        QCOMPARE(download(QStringLiteral("/home/user/proj/CLAUDE.md"), QString()).status, 401);
        QCOMPARE(upload(QStringLiteral("/home/user/x"), "x", QStringLiteral("bad")).status, 401);
        QCOMPARE(download(QStringLiteral("/home/user/proj/CLAUDE.md"), m_token,
                          QStringLiteral("&username=mallory"))
                     .status,
                 401);
        // Oversized upload: 413, and the server keeps serving.
        r = upload(QStringLiteral("/home/user/big"), QByteArray(2 * 1024 * 1024, 'x'), m_token);
        QCOMPARE(r.status, 413);
        QCOMPARE(fs(QStringLiteral("Stat"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/big") } })
                     .status,
                 404);
        // Malformed multipart.
        QNetworkRequest req = h.envdRequest(m_id, m_token, QStringLiteral("/files"),
                                            "multipart/form-data; boundary=zz");
        QCOMPARE(SandboxdHarness::wait(h.nam.post(req, QByteArray("not multipart"))).status, 400);
        QCOMPARE(download(QStringLiteral("/home/user/proj/CLAUDE.md"), m_token).status, 200);
    }

    void signedUrl()
    {
        const QString path = QStringLiteral("/home/user/proj/CLAUDE.md");
        const QString sig = Autocoder::Sandboxd::FilesEndpoint::signature(
            path, QStringLiteral("read"), QString(), m_token, 0);
        const QString q =
            QStringLiteral("&signature=") + QString::fromUtf8(QUrl::toPercentEncoding(sig));
        QCOMPARE(download(path, QString(), q).status, 200);
        QCOMPARE(download(path, QString(), QStringLiteral("&signature=v1_forged")).status, 401);
        // Expired signature.
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 10;
        const QString old = Autocoder::Sandboxd::FilesEndpoint::signature(
            path, QStringLiteral("read"), QString(), m_token, past);
        QCOMPARE(download(path, QString(),
                          QStringLiteral("&signature=")
                              + QString::fromUtf8(QUrl::toPercentEncoding(old))
                              + QStringLiteral("&signature_expiration=%1").arg(past))
                     .status,
                 401);
    }

    void rpcOperations()
    {
        HttpResult r =
            fs(QStringLiteral("MakeDir"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a/b/c") } });
        QCOMPARE(r.status, 200);
        QJsonObject entry = r.json().value(QStringLiteral("entry")).toObject();
        QCOMPARE(entry.value(QStringLiteral("type")).toString(),
                 QStringLiteral("FILE_TYPE_DIRECTORY"));
        QCOMPARE(entry.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/home/user/a/b/c"));
        QCOMPARE(entry.value(QStringLiteral("owner")).toString(), QStringLiteral("user"));
        QVERIFY(entry.value(QStringLiteral("size")).isString());
        r = fs(QStringLiteral("MakeDir"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a/b/c") } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("already_exists"));
        QCOMPARE(fs(QStringLiteral("MakeDir"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/empty") } })
                     .status,
                 400);

        QCOMPARE(upload(QStringLiteral("/home/user/a/b/f.txt"), "12345", m_token).status, 200);
        r = fs(QStringLiteral("Stat"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("~/a/b/f.txt") } });
        QCOMPARE(r.status, 200);
        entry = r.json().value(QStringLiteral("entry")).toObject();
        QCOMPARE(entry.value(QStringLiteral("size")).toString(), QStringLiteral("5"));
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("f.txt"));
        QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("FILE_TYPE_FILE"));
        QCOMPARE(entry.value(QStringLiteral("permissions")).toString(),
                 QStringLiteral("-rw-r--r--"));
        QVERIFY(entry.value(QStringLiteral("modifiedTime")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(fs(QStringLiteral("Stat"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/nope") } })
                     .status,
                 404);

        // ListDir: lexical pre-order, root excluded, depth honoured, requested prefix kept.
        r = fs(QStringLiteral("ListDir"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a") },
                             { QStringLiteral("depth"), 10 } });
        QCOMPARE(r.status, 200);
        QStringList paths;
        const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
        for (const auto &e : entries)
            paths << e.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(
            paths,
            (QStringList { QStringLiteral("/home/user/a/b"), QStringLiteral("/home/user/a/b/c"),
                           QStringLiteral("/home/user/a/b/f.txt") }));
        r = fs(QStringLiteral("ListDir"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a") },
                             { QStringLiteral("depth"), 1 } });
        QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().size(), 1);
        QCOMPARE(
            fs(QStringLiteral("ListDir"),
               QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a/b/f.txt") } })
                .status,
            400);
        QCOMPARE(fs(QStringLiteral("ListDir"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/zzz") } })
                     .status,
                 404);

        // Move.
        r = fs(
            QStringLiteral("Move"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("/home/user/a/b/f.txt") },
                          { QStringLiteral("destination"), QStringLiteral("/tmp/moved/g.txt") } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(QStringLiteral("entry"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("/tmp/moved/g.txt"));
        QCOMPARE(download(QStringLiteral("/tmp/moved/g.txt"), m_token).body, QByteArray("12345"));
        QCOMPARE(fs(QStringLiteral("Move"),
                    QJsonObject { { QStringLiteral("source"), QStringLiteral("/home/user/none") },
                                  { QStringLiteral("destination"), QStringLiteral("/tmp/x") } })
                     .status,
                 404);

        // Remove: recursive, missing is fine, roots refused.
        QCOMPARE(fs(QStringLiteral("Remove"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a") } })
                     .status,
                 200);
        QCOMPARE(fs(QStringLiteral("Stat"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a") } })
                     .status,
                 404);
        QCOMPARE(fs(QStringLiteral("Remove"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/a") } })
                     .status,
                 200);
        QCOMPARE(fs(QStringLiteral("Remove"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user") } })
                     .status,
                 403);
        QCOMPARE(fs(QStringLiteral("WatchDir"), QJsonObject {}).status, 501);
        QCOMPARE(fs(QStringLiteral("Stat"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user") } })
                     .status,
                 200);
    }

    // Sandboxed code may lock directories (chmod 000, no u+w); Remove unlocks them through
    // their descriptors and removes the whole tree. A symlink inside is removed, not followed.
    void removeLockedTree()
    {
        const StreamResult s = h.run(
            m_id, m_token,
            QStringLiteral("mkdir -p locked/a/b && echo x > locked/a/b/f && ln -s / locked/a/root"
                           " && chmod 500 locked/a/b && chmod 000 locked/a && chmod 000 locked"
                           " && echo ok"));
        QCOMPARE(s.stdoutData, QByteArray("ok\n"));
        QCOMPARE(fs(QStringLiteral("Remove"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/locked") } })
                     .status,
                 200);
        QCOMPARE(fs(QStringLiteral("Stat"),
                    QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/locked") } })
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdFilesystem)
#include "tst_sandboxd_filesystem.moc"
