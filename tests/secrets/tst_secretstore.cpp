#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Secrets::SecretResult;
using Autocoder::Secrets::SecretStore;

// Runs in one of two set-ups chosen by AUTOCODER_SECRETS_MODE (see CMakeLists.txt):
//   keyring  under with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring;
//   nobus    with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no keychain at all.
// Tests that do not fit the current mode are skipped.
namespace {

const QString kValue = QStringLiteral("sk-ant-api03-TEST-ünï-0123456789");
const QString kService = QStringLiteral("AutocoderTest");

QString mode()
{
    return qEnvironmentVariable("AUTOCODER_SECRETS_MODE");
}

SecretResult waitFor(QSignalSpy &spy, const QString &expectedKey)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return { SecretResult::Status::Error, QStringLiteral("timeout"), {} };
    const QList<QVariant> args = spy.takeFirst();
    if (args.at(0).toString() != expectedKey)
        return { SecretResult::Status::Error, QStringLiteral("wrong key"), {} };
    return args.at(1).value<SecretResult>();
}

// No file under the given roots may contain the value (insecure fallback must be off).
bool valueInAnyFile(const QStringList &roots, const QString &value)
{
    const QByteArray needle = value.toUtf8();
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly)
                && f.readAll().contains(needle))
                return true;
        }
    }
    return false;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void environmentFallback()
    {
        qputenv("ANTHROPIC_API_KEY", " from-env-anthropic ");
        qunsetenv("E2B_API_KEY");
        QCOMPARE(SecretStore::environmentVariableFor(SecretStore::anthropicKey()),
                 QStringLiteral("ANTHROPIC_API_KEY"));
        QCOMPARE(SecretStore::environmentVariableFor(SecretStore::e2bKey()),
                 QStringLiteral("E2B_API_KEY"));
        QCOMPARE(SecretStore::environmentVariableFor(QStringLiteral("other")), QString());
        QCOMPARE(SecretStore::environmentValue(SecretStore::anthropicKey()),
                 QStringLiteral("from-env-anthropic"));
        QCOMPARE(SecretStore::environmentValue(SecretStore::e2bKey()), QString());
        qunsetenv("ANTHROPIC_API_KEY");
    }

    void writeReadDeleteRead()
    {
        if (mode() != QLatin1String("keyring"))
            QSKIP("needs a Secret Service (run through with-keyring.sh)");
        SecretStore store(kService, nullptr);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        const QString key = SecretStore::anthropicKey();

        store.write(key, kValue);
        QCOMPARE(store.pendingJobs(), 1);
        SecretResult r = waitFor(written, key);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(store.pendingJobs(), 0);

        store.read(key);
        r = waitFor(read, key);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, kValue);

        // Overwrite keeps one value.
        store.write(key, kValue + QStringLiteral("-2"));
        QVERIFY(waitFor(written, key).ok());
        store.read(key);
        QCOMPARE(waitFor(read, key).value, kValue + QStringLiteral("-2"));

        store.remove(key);
        r = waitFor(removed, key);
        QVERIFY2(r.ok(), qPrintable(r.error));

        store.read(key);
        r = waitFor(read, key);
        QCOMPARE(r.status, SecretResult::Status::NotFound);
        QVERIFY(r.isNotFound());
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.value.isEmpty());
    }

    void keysAreSeparate()
    {
        if (mode() != QLatin1String("keyring"))
            QSKIP("needs a Secret Service (run through with-keyring.sh)");
        SecretStore store(kService, nullptr);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.write(SecretStore::e2bKey(), QStringLiteral("e2b_0123456789abcdef"));
        QVERIFY(waitFor(written, SecretStore::e2bKey()).ok());
        store.read(SecretStore::anthropicKey());
        QCOMPARE(waitFor(read, SecretStore::anthropicKey()).status, SecretResult::Status::NotFound);
        store.read(SecretStore::e2bKey());
        QCOMPARE(waitFor(read, SecretStore::e2bKey()).value,
                 QStringLiteral("e2b_0123456789abcdef"));
        SecretStore other(QStringLiteral("SomeOtherService"), nullptr);
        QSignalSpy otherRead(&other, &SecretStore::readFinished);
        other.read(SecretStore::e2bKey());
        QCOMPARE(waitFor(otherRead, SecretStore::e2bKey()).status, SecretResult::Status::NotFound);
        QVERIFY(!valueInAnyFile(
            { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) },
            QStringLiteral("e2b_0123456789abcdef")));
    }

    void destroyWithPendingJobs()
    {
        if (mode().isEmpty())
            QSKIP("needs AUTOCODER_SECRETS_MODE");
        auto *store = new SecretStore(kService, nullptr);
        store->read(SecretStore::anthropicKey());
        store->write(SecretStore::e2bKey(), QStringLiteral("never-mind-1234"));
        QCOMPARE(store->pendingJobs(), 2);
        delete store; // queued jobs: must neither crash nor call back later
        QTest::qWait(200);

        // A job already running inside the backend when the store goes away.
        store = new SecretStore(kService, nullptr);
        int callbacks = 0;
        connect(store, &SecretStore::readFinished, this, [&callbacks] { ++callbacks; });
        store->read(SecretStore::anthropicKey());
        QCoreApplication::processEvents(); // runs the queued start: the request is now in flight
        delete store;
        QTest::qWait(500); // the backend answers into the abandoned job, not into freed memory
        QCOMPARE(callbacks, 0);
    }

    void noKeychainIsReportedClearly()
    {
        if (mode() != QLatin1String("nobus"))
            QSKIP("runs without a session bus only");
        SecretStore store(kService, nullptr);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.read(SecretStore::anthropicKey());
        SecretResult r = waitFor(read, SecretStore::anthropicKey());
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        QVERIFY(r.isUnavailable());
        QVERIFY2(r.error.contains(QStringLiteral("ANTHROPIC_API_KEY")), qPrintable(r.error));
        qInfo("unavailable message: %s", qPrintable(r.error));

        store.write(SecretStore::anthropicKey(), kValue);
        r = waitFor(written, SecretStore::anthropicKey());
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        // The insecure fallback is off: nothing landed in QSettings or any config file.
        QVERIFY(!valueInAnyFile(
            { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) },
            kValue));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
