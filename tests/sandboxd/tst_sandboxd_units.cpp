// Pure parts of autocoder-sandboxd: Connect framing, multipart parsing, path
// confinement and the descriptor walk (with real symlinks in a temporary tree), EntryInfo strings,
// end-event formats, bwrap command line.
#include "sandboxd/bwrapcommand.h"
#include "sandboxd/connectenvelope.h"
#include "sandboxd/descriptorwalk.h"
#include "sandboxd/entryinfo.h"
#include "sandboxd/filesendpoint.h"
#include "sandboxd/multipartparser.h"
#include "sandboxd/pathresolver.h"
#include "sandboxd/sandboxprocess.h"
#include "sandboxd/uniquefd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Autocoder::Sandboxd;

class TestSandboxdUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void envelopeEncode()
    {
        const QByteArray e =
            ConnectEnvelope::encode(QByteArray("{\"event\":{\"start\":{\"pid\":4242}}}"));
        QCOMPARE(e.left(5), QByteArray("\x00\x00\x00\x00\x20", 5));
        QCOMPARE(ConnectEnvelope::endOfStream(), QByteArray("\x02\x00\x00\x00\x02{}", 7));
        const QByteArray err = ConnectEnvelope::endOfStream(QStringLiteral("deadline_exceeded"),
                                                            QStringLiteral("late"));
        QCOMPARE(quint8(err.at(0)), quint8(0x02));
        QCOMPARE(QJsonDocument::fromJson(err.mid(5))
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("deadline_exceeded"));
    }

    void envelopeDecode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("valid") << ConnectEnvelope::encode(QByteArray("{}")) << true
                               << QByteArray("{}");
        QTest::newRow("empty") << QByteArray() << false << QByteArray();
        QTest::newRow("short header") << QByteArray("\x00\x00\x00", 3) << false << QByteArray();
        QTest::newRow("length too big")
            << QByteArray("\x00\x00\x00\x00\x09{}", 7) << false << QByteArray();
        QTest::newRow("trailing bytes")
            << ConnectEnvelope::encode(QByteArray("{}")) + "x" << false << QByteArray();
        QTest::newRow("compressed")
            << QByteArray("\x01\x00\x00\x00\x02{}", 7) << false << QByteArray();
        QTest::newRow("plain json") << QByteArray("{\"process\":{}}") << false << QByteArray();
    }
    void envelopeDecode()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QByteArray, payload);
        QByteArray out;
        QString error;
        QCOMPARE(ConnectEnvelope::decodeSingle(body, &out, &error), ok);
        if (ok)
            QCOMPARE(out, payload);
        else
            QVERIFY(!error.isEmpty());
    }

    void multipart_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        const QByteArray one = "--B\r\nContent-Disposition: form-data; name=\"file\"; "
                               "filename=\"/home/user/a.txt\"\r\nContent-Type: "
                               "application/octet-stream\r\n\r\nhello\r\nworld\r\n--B--\r\n";
        QTest::newRow("one file") << one << true << 1 << QStringLiteral("/home/user/a.txt")
                                  << QByteArray("hello\r\nworld");
        const QByteArray two =
            "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n1\r\n"
            "--B\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n2\r\n--B--";
        QTest::newRow("two parts") << two << true << 2 << QStringLiteral("a") << QByteArray("1");
        QTest::newRow("empty file") << QByteArray(
            "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e\"\r\n\r\n\r\n--B--")
                                    << true << 1 << QStringLiteral("e") << QByteArray();
        QTest::newRow("no boundary")
            << QByteArray("garbage") << false << 0 << QString() << QByteArray();
        QTest::newRow("unterminated")
            << QByteArray("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
            << false << 0 << QString() << QByteArray();
        QTest::newRow("no header end") << QByteArray("--B\r\nContent-Disposition: x") << false << 0
                                       << QString() << QByteArray();
    }
    void multipart()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, parts);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QList<MultipartPart> out;
        QString error;
        QCOMPARE(MultipartParser::parse(body, "B", &out, &error), ok);
        if (!ok)
            return;
        QCOMPARE(out.size(), parts);
        QCOMPARE(out.first().fileName, fileName);
        QCOMPARE(out.first().data, data);
    }

    void boundary()
    {
        QCOMPARE(MultipartParser::boundary("multipart/form-data; boundary=abc"), QByteArray("abc"));
        QCOMPARE(MultipartParser::boundary("multipart/form-data; boundary=\"a b\""),
                 QByteArray("a b"));
        QCOMPARE(MultipartParser::boundary("application/octet-stream"), QByteArray());
    }

    void clean_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("relative") << "a/b"
                                  << "/home/user/a/b";
        QTest::newRow("tilde") << "~"
                               << "/home/user";
        QTest::newRow("tilde slash") << "~/x"
                                     << "/home/user/x";
        QTest::newRow("dotdot") << "/home/user/../../etc/passwd"
                                << "/etc/passwd";
        QTest::newRow("dotdot above root") << "/../../../x"
                                           << "/x";
        QTest::newRow("dots and slashes") << "/tmp//./a/./b/"
                                          << "/tmp/a/b";
        QTest::newRow("relative escape") << "../../root"
                                         << "/root";
        QTest::newRow("empty") << ""
                               << "/home/user";
    }
    void clean()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(PathResolver::clean(in), out);
    }

    void resolveConfines()
    {
        QTemporaryDir dir;
        const QString home = dir.path() + QStringLiteral("/home");
        const QString tmp = dir.path() + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(home + QStringLiteral("/sub")));
        QVERIFY(QDir().mkpath(tmp));
        QFile secret(dir.path() + QStringLiteral("/secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("host secret");
        secret.close();
        // Links a sandbox process could create.
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), home + QStringLiteral("/abs")));
        QVERIFY(QFile::link(QStringLiteral("../../secret"), home + QStringLiteral("/rel")));
        QVERIFY(QFile::link(QStringLiteral("/"), home + QStringLiteral("/root")));
        QVERIFY(QFile::link(QStringLiteral("/tmp"), home + QStringLiteral("/t")));
        QVERIFY(QFile::link(QStringLiteral("sub"), home + QStringLiteral("/s")));
        QVERIFY(QFile::link(QStringLiteral("loop"), home + QStringLiteral("/loop")));
        QVERIFY(
            QFile::link(dir.path() + QStringLiteral("/secret"), home + QStringLiteral("/hostabs")));
        PathResolver r(home, tmp);

        QVERIFY(!r.resolve(QStringLiteral("/etc/passwd")).ok);
        QCOMPARE(r.resolve(QStringLiteral("/etc/passwd")).errorCode,
                 QStringLiteral("permission_denied"));
        QVERIFY(!r.resolve(QStringLiteral("/home/user/../../root/.bashrc")).ok);
        QVERIFY(!r.resolve(QStringLiteral("/home/user/abs")).ok);
        QVERIFY(!r.resolve(QStringLiteral("/home/user/rel"))
                     .ok); // "../../secret" stays in the sandbox view: /secret
        QVERIFY(!r.resolve(QStringLiteral("/home/user/root/etc/passwd")).ok);
        QVERIFY(!r.resolve(QStringLiteral("/home/user/loop")).ok);
        // An absolute host path inside a link is read in the sandbox's view: it never reaches
        // the host file (here it lands in the sandbox's own /tmp, where nothing exists).
        const ResolvedPath hostAbs = r.resolve(QStringLiteral("/home/user/hostabs"));
        QVERIFY(!hostAbs.ok || hostAbs.hostPath.startsWith(tmp + QLatin1Char('/')));
        QVERIFY(!hostAbs.exists);
        // Not following the last link (Remove, Stat) stays inside.
        const ResolvedPath link = r.resolve(QStringLiteral("/home/user/abs"), false);
        QVERIFY(link.ok);
        QCOMPARE(link.hostPath, home + QStringLiteral("/abs"));

        const ResolvedPath viaTmp = r.resolve(QStringLiteral("/home/user/t/x"));
        QVERIFY(viaTmp.ok);
        QCOMPARE(viaTmp.hostPath, tmp + QStringLiteral("/x"));
        QVERIFY(!viaTmp.exists);
        const ResolvedPath sub = r.resolve(QStringLiteral("s"));
        QVERIFY(sub.ok);
        QVERIFY(sub.exists);
        QCOMPARE(sub.canonicalVisiblePath, QStringLiteral("/home/user/sub"));
        QCOMPARE(r.resolve(QStringLiteral("~")).relativePath, QString());

        // openConfined refuses a symlink swapped in after resolution.
        ResolvedPath forged = r.resolve(QStringLiteral("/home/user/sub"));
        forged.relativePath = QStringLiteral("abs");
        QCOMPARE(PathResolver::openConfined(forged, O_RDONLY), -1);
        forged.relativePath = QStringLiteral("../secret");
        QCOMPARE(PathResolver::openConfined(forged, O_RDONLY), -1);
        const int fd = PathResolver::openConfined(sub, O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        ::close(fd);
    }

    void descriptorWalk()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/root");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/a/b/c")));
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/outside")));
        const auto write = [](const QString &path, const QByteArray &data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(root + QStringLiteral("/a/f.txt"), "inside"));
        QVERIFY(write(root + QStringLiteral("/a/b/c/deep.txt"), "deep"));
        QVERIFY(write(dir.path() + QStringLiteral("/outside/secret"), "secret"));
        QVERIFY(QFile::link(QStringLiteral("/"), root + QStringLiteral("/link")));
        QVERIFY(QFile::link(QStringLiteral("../.."), root + QStringLiteral("/a/up")));
        QVERIFY(QFile::link(QStringLiteral("b"), root + QStringLiteral("/a/dirlink")));
        const UniqueFd rootFd(
            ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        QVERIFY(rootFd.isValid());

        // Plain components open; "" and "." are the directory itself.
        for (const char *ok : { "a/b", "a/./b/", "", ".", "a//b/c" }) {
            const UniqueFd fd(
                DescriptorWalk::open(rootFd.get(), QString::fromLatin1(ok), O_PATH | O_DIRECTORY));
            QVERIFY2(fd.isValid(), ok);
        }
        const UniqueFd file(
            DescriptorWalk::open(rootFd.get(), QStringLiteral("a/f.txt"), O_RDONLY));
        QVERIFY(file.isValid());
        char buf[16] = {};
        QCOMPARE(::read(file.get(), buf, sizeof(buf)), ssize_t(6));

        // A symlink anywhere on the way is refused, whether it leads out or not.
        const auto refused = [&rootFd](const char *path, int flags) {
            errno = 0;
            const UniqueFd fd(DescriptorWalk::open(rootFd.get(), QString::fromLatin1(path), flags));
            return fd.isValid() ? 0 : errno;
        };
        QCOMPARE(refused("link", O_RDONLY), ELOOP);
        QCOMPARE(refused("link/etc/passwd", O_RDONLY), ELOOP);
        QCOMPARE(refused("link", O_PATH), ELOOP);
        QCOMPARE(refused("a/dirlink/c", O_PATH | O_DIRECTORY), ELOOP);
        QCOMPARE(refused("a/up/outside/secret", O_RDONLY), ELOOP);
        // `..` is refused even when it would stay inside, absolute paths always.
        QCOMPARE(refused("..", O_PATH), EXDEV);
        QCOMPARE(refused("../outside/secret", O_RDONLY), EXDEV);
        QCOMPARE(refused("a/../a", O_PATH), EXDEV);
        QCOMPARE(refused("a/b/c/../../..", O_PATH), EXDEV);
        QCOMPARE(refused("/etc/passwd", O_RDONLY), EXDEV);
        QCOMPARE(refused("missing", O_RDONLY), ENOENT);
        QCOMPARE(refused("a/f.txt/x", O_RDONLY), ENOTDIR);
        // Creating through a symlinked component is refused too; nothing appears outside.
        QCOMPARE(refused("a/up/outside/new", O_WRONLY | O_CREAT), ELOOP);
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/outside/new")));
        const UniqueFd created(DescriptorWalk::open(rootFd.get(), QStringLiteral("a/new"),
                                                    O_WRONLY | O_CREAT | O_EXCL, 0600));
        QVERIFY(created.isValid());
        QCOMPARE(QFileInfo(root + QStringLiteral("/a/new")).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
        QVERIFY(QFile::remove(root + QStringLiteral("/a/new")));

        // statAt describes a symlink itself, never its target, and takes one name only.
        struct stat st
        {
        };
        QByteArray target;
        QVERIFY(DescriptorWalk::statAt(rootFd.get(), "link", &st, &target));
        QVERIFY(S_ISLNK(st.st_mode));
        QCOMPARE(target, QByteArray("/"));
        QVERIFY(DescriptorWalk::statAt(rootFd.get(), QByteArray(), &st));
        QVERIFY(S_ISDIR(st.st_mode));
        QVERIFY(!DescriptorWalk::statAt(rootFd.get(), "..", &st));
        QVERIFY(!DescriptorWalk::statAt(rootFd.get(), "a/f.txt", &st));
        QVERIFY(!DescriptorWalk::statAt(rootFd.get(), "missing", &st));

        // Listing: sorted pre-order, depth honoured, symlinks listed with their target and
        // never descended into.
        const auto names = [](const QList<WalkEntry> &entries) {
            QStringList out;
            for (const WalkEntry &e : entries)
                out << e.relativePath;
            return out;
        };
        QCOMPARE(names(DescriptorWalk::list(rootFd.get(), 1)),
                 (QStringList { QStringLiteral("a"), QStringLiteral("link") }));
        QCOMPARE(names(DescriptorWalk::list(rootFd.get(), 0)),
                 names(DescriptorWalk::list(rootFd.get(), 1)));
        QCOMPARE(names(DescriptorWalk::list(rootFd.get(), 2)),
                 (QStringList { QStringLiteral("a"), QStringLiteral("a/b"),
                                QStringLiteral("a/dirlink"), QStringLiteral("a/f.txt"),
                                QStringLiteral("a/up"), QStringLiteral("link") }));
        const QList<WalkEntry> all = DescriptorWalk::list(rootFd.get(), 100);
        QCOMPARE(names(all),
                 (QStringList { QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c"),
                                QStringLiteral("a/b/c/deep.txt"), QStringLiteral("a/dirlink"),
                                QStringLiteral("a/f.txt"), QStringLiteral("a/up"),
                                QStringLiteral("link") }));
        for (const WalkEntry &e : all) {
            if (e.relativePath == QLatin1String("a/dirlink")) {
                QVERIFY(S_ISLNK(e.st.st_mode));
                QCOMPARE(e.symlinkTarget, QByteArray("b"));
            } else if (e.relativePath == QLatin1String("a/b/c/deep.txt")) {
                QVERIFY(S_ISREG(e.st.st_mode));
                QCOMPARE(qint64(e.st.st_size), qint64(4));
                QVERIFY(e.symlinkTarget.isEmpty());
            }
        }
        // Listing twice from the same descriptor gives the same (the offset is rewound).
        QCOMPARE(names(DescriptorWalk::list(rootFd.get(), 100)), names(all));

        // A listing follows the descriptor, not the name: swap "a" for a symlink to / after
        // opening it, and the listing still shows the real directory and nothing of the host.
        const UniqueFd aFd(
            DescriptorWalk::open(rootFd.get(), QStringLiteral("a"), O_RDONLY | O_DIRECTORY));
        QVERIFY(aFd.isValid());
        QVERIFY(QDir(root).rename(QStringLiteral("a"), QStringLiteral("a-moved")));
        QVERIFY(QFile::link(QStringLiteral("/"), root + QStringLiteral("/a")));
        QCOMPARE(names(DescriptorWalk::list(aFd.get(), 1)),
                 (QStringList { QStringLiteral("b"), QStringLiteral("dirlink"),
                                QStringLiteral("f.txt"), QStringLiteral("up") }));
        QCOMPARE(refused("a/etc", O_PATH), ELOOP);
        QCOMPARE(names(DescriptorWalk::list(rootFd.get(), 2)),
                 (QStringList { QStringLiteral("a"), QStringLiteral("a-moved"),
                                QStringLiteral("a-moved/b"), QStringLiteral("a-moved/dirlink"),
                                QStringLiteral("a-moved/f.txt"), QStringLiteral("a-moved/up"),
                                QStringLiteral("link") }));
    }

    void resolveThroughDescriptors()
    {
        QTemporaryDir dir;
        const QString home = dir.path() + QStringLiteral("/home");
        const QString tmp = dir.path() + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(home + QStringLiteral("/d")));
        QVERIFY(QDir().mkpath(tmp));
        QFile f(home + QStringLiteral("/d/f"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::link(QStringLiteral("/"), home + QStringLiteral("/l")));
        PathResolver r(home, tmp);

        ResolvedPath p = r.resolve(QStringLiteral("/home/user/d"));
        QVERIFY(p.ok && p.exists && p.isDirectory);
        p = r.resolve(QStringLiteral("/home/user/d/f"));
        QVERIFY(p.ok && p.exists && !p.isDirectory);
        QVERIFY(!r.resolve(QStringLiteral("/home/user/d/f/x")).exists);
        p = r.resolve(QStringLiteral("/home/user/l"), false);
        QVERIFY(p.ok && p.exists && !p.isDirectory);
        struct stat st
        {
        };
        QByteArray target;
        QVERIFY(PathResolver::statConfined(p, &st, &target));
        QVERIFY(S_ISLNK(st.st_mode));
        QCOMPARE(target, QByteArray("/"));
        QVERIFY(PathResolver::statConfined(r.resolve(QStringLiteral("/tmp")), &st));
        QVERIFY(S_ISDIR(st.st_mode));

        // Resolved while d was a directory, then d is swapped for a symlink to /: every
        // operation on the resolved path refuses instead of reaching the host's /.
        p = r.resolve(QStringLiteral("/home/user/d/f"));
        QVERIFY(p.exists);
        QCOMPARE(::rename(QFile::encodeName(home + QStringLiteral("/d")).constData(),
                          QFile::encodeName(home + QStringLiteral("/d2")).constData()),
                 0);
        QVERIFY(QFile::link(QStringLiteral("/"), home + QStringLiteral("/d")));
        ResolvedPath hostEtc = p;
        hostEtc.relativePath = QStringLiteral("d/etc/passwd");
        QVERIFY(!PathResolver::statConfined(p, &st));
        QVERIFY(!PathResolver::statConfined(hostEtc, &st));
        QCOMPARE(PathResolver::openConfined(hostEtc, O_RDONLY), -1);
        QCOMPARE(errno, ELOOP);
        QByteArray name;
        QCOMPARE(PathResolver::openParent(hostEtc, &name), -1);
        // Resolving again reads the link in the sandbox's view: / is not reachable.
        QCOMPARE(r.resolve(QStringLiteral("/home/user/d/etc/passwd")).errorCode,
                 QStringLiteral("permission_denied"));
    }

    void permissions()
    {
        QCOMPARE(EntryInfo::permissionsString(true, false, 0755), QStringLiteral("drwxr-xr-x"));
        QCOMPARE(EntryInfo::permissionsString(false, false, 0644), QStringLiteral("-rw-r--r--"));
        QCOMPARE(EntryInfo::rfc3339(0, 0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(EntryInfo::rfc3339(0, 123000000), QStringLiteral("1970-01-01T00:00:00.123Z"));
    }

    void endEvents()
    {
        QCOMPARE(
            QJsonDocument(SandboxProcess::endEventFor(false, 0)).toJson(QJsonDocument::Compact),
            QByteArray("{\"exited\":true,\"status\":\"exit status 0\"}"));
        const QJsonObject three = SandboxProcess::endEventFor(false, 3);
        QCOMPARE(three.value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(three.value(QStringLiteral("error")).toString(), QStringLiteral("exit status 3"));
        const QJsonObject killed = SandboxProcess::endEventFor(true, 9);
        QCOMPARE(killed.value(QStringLiteral("exitCode")).toInt(), -1);
        QCOMPARE(killed.value(QStringLiteral("status")).toString(),
                 QStringLiteral("signal: killed"));
        QVERIFY(!killed.contains(QStringLiteral("exited")));
        QCOMPARE(SandboxProcess::signalName(15), QStringLiteral("terminated"));
    }

    void signature()
    {
        // The example of the protocol notes.
        QCOMPARE(FilesEndpoint::signature(QStringLiteral("/home/user/a.txt"),
                                          QStringLiteral("read"), QString(),
                                          QStringLiteral("tok_abc"), 0),
                 QStringLiteral("v1_OcXY7wC5zngKY3IskpOeMMsGzkIG+Zji0rFY2EEuBX8"));
    }

    void bwrapArguments()
    {
        BwrapSpec spec;
        spec.homeDir = QStringLiteral("/data/s/home");
        spec.tmpDir = QStringLiteral("/data/s/tmp");
        spec.etcDir = QStringLiteral("/data/etc");
        spec.program = QStringLiteral("/bin/echo");
        spec.arguments = { QStringLiteral("hi") };
        const QStringList a = BwrapCommand::arguments(spec);
        for (const char *flag :
             { "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
               "--die-with-parent", "--new-session", "--unshare-net", "--clearenv" })
            QVERIFY2(a.contains(QLatin1String(flag)), flag);
        QCOMPARE(a.at(a.indexOf(QStringLiteral("--uid")) + 1), QStringLiteral("1000"));
        QCOMPARE(a.mid(a.size() - 3),
                 (QStringList { QStringLiteral("--"), QStringLiteral("/bin/echo"),
                                QStringLiteral("hi") }));
        const int home = a.indexOf(QStringLiteral("/data/s/home"));
        QCOMPARE(a.at(home + 1), QStringLiteral("/home/user"));
        QVERIFY(!a.contains(QStringLiteral("/root")));
        QVERIFY(!a.contains(QStringLiteral("/home"))
                || a.at(a.indexOf(QStringLiteral("/home")) - 1) == QStringLiteral("--dir"));
        // Joining the sandbox's own network namespace first is the only way not to get an
        // empty one: a process is never left in the server's network.
        spec.joinsSandboxNetwork = true;
        QVERIFY(!BwrapCommand::arguments(spec).contains(QStringLiteral("--unshare-net")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxdUnits)
#include "tst_sandboxd_units.moc"
