#include "feed/feedprotocol.h"
#include "feed/feedtokenfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Autocoder::Feed;

namespace {

/// The file's mode bits (not following a link), or -1.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(permissions));
}

} // namespace

class FeedTokenFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed-token"));
        const mode_t old = ::umask(0); // a careless umask must not open the file up
        const auto written = TokenFile::write(path, "abc-DEF_123");
        ::umask(old);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(contentOf(path), QByteArray("abc-DEF_123\n"));
        const auto read = TokenFile::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        QCOMPARE(*read, QByteArray("abc-DEF_123"));
        // Nothing left behind but the file itself.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("feed-token") });
    }

    void loadOrCreateMakesOneAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed-token"));
        const auto first = TokenFile::loadOrCreate(path);
        QVERIFY(first);
        QCOMPARE(first->size(), generateToken().size());
        QCOMPARE(modeOf(path), 0600);
        const auto again = TokenFile::loadOrCreate(path);
        QVERIFY(again);
        QCOMPARE(*again, *first); // a watcher's token still works after a resume
    }

    void refusesWhatOthersCouldRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed-token"));
        put(path, "leaked-token\n",
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const auto read = TokenFile::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QLatin1String("other users")), qPrintable(read.error()));
        QVERIFY(!read.error().contains(QLatin1String("leaked-token")));
        // Replaced by a new one, not trusted.
        const auto fresh = TokenFile::loadOrCreate(path);
        QVERIFY(fresh);
        QVERIFY(*fresh != "leaked-token");
        QCOMPARE(modeOf(path), 0600);
    }

    void refusesLinksAndNonsense()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        put(target, "target-token\n", QFile::ReadOwner | QFile::WriteOwner);
        const QString link = dir.filePath(QStringLiteral("feed-token"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(!TokenFile::read(link));
        const auto fresh = TokenFile::loadOrCreate(link);
        QVERIFY(fresh);
        QVERIFY(!QFileInfo(link).isSymLink()); // the link was replaced ...
        QCOMPARE(contentOf(target), QByteArray("target-token\n")); // ... its target untouched

        const QString empty = dir.filePath(QStringLiteral("empty"));
        put(empty, "\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!TokenFile::read(empty));
        const QString spaced = dir.filePath(QStringLiteral("spaced"));
        put(spaced, "two words\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!TokenFile::read(spaced));
        QVERIFY(!TokenFile::read(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(!TokenFile::write(dir.filePath(QStringLiteral("bad")), "two words"));
        QVERIFY(!TokenFile::write(dir.filePath(QStringLiteral("bad")), QByteArray()));

        // A folder in the way, or no folder: an error, nothing written.
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!TokenFile::loadOrCreate(folder));
        QVERIFY(!TokenFile::loadOrCreate(dir.filePath(QStringLiteral("no/such/feed-token"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad"))));
    }
};

QTEST_GUILESS_MAIN(FeedTokenFileTest)
#include "tst_feedtokenfile.moc"
