#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Autocoder::failure;
using Autocoder::Secrets::SecretError;
using Autocoder::Secrets::SecretResult;
using Autocoder::Secrets::SecretWriteResult;
using Status = Autocoder::Secrets::SecretError::Status;
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

// R is SecretResult for reads, SecretWriteResult for writes and removes.
template<typename R = SecretResult>
R waitFor(QSignalSpy &spy, const QString &expectedKey)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return failure(SecretError { Status::Error, QStringLiteral("timeout") });
    const QList<QVariant> args = spy.takeFirst();
    if (args.at(0).toString() != expectedKey)
        return failure(SecretError { Status::Error, QStringLiteral("wrong key") });
    // A Result has no empty state, so QVariant::value<>() (which default-constructs) is out.
    if (args.at(1).metaType() != QMetaType::fromType<R>())
        return failure(SecretError { Status::Error, QStringLiteral("wrong result type") });
    return *static_cast<const R *>(args.at(1).constData());
}

template<typename R>
QString why(const R &result)
{
    return result ? QString() : result.error().message;
}

template<typename R>
bool failedWith(const R &result, Status status)
{
    return !result && result.error().status == status;
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
        const SecretWriteResult w = waitFor<SecretWriteResult>(written, key);
        QVERIFY2(w.isOk(), qPrintable(why(w)));
        QCOMPARE(store.pendingJobs(), 0);

        store.read(key);
        SecretResult r = waitFor(read, key);
        QVERIFY2(r.isOk(), qPrintable(why(r)));
        QCOMPARE(*r, kValue);

        // Overwrite keeps one value.
        store.write(key, kValue + QStringLiteral("-2"));
        QVERIFY(waitFor<SecretWriteResult>(written, key).isOk());
        store.read(key);
        QCOMPARE(waitFor(read, key).valueOr(QString()), kValue + QStringLiteral("-2"));

        store.remove(key);
        const SecretWriteResult rm = waitFor<SecretWriteResult>(removed, key);
        QVERIFY2(rm.isOk(), qPrintable(why(rm)));

        store.read(key);
        r = waitFor(read, key);
        QVERIFY(failedWith(r, Status::NotFound));
        QVERIFY(r.error().isNotFound());
        QVERIFY(!r.error().message.isEmpty());
    }

    void keysAreSeparate()
    {
        if (mode() != QLatin1String("keyring"))
            QSKIP("needs a Secret Service (run through with-keyring.sh)");
        SecretStore store(kService, nullptr);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.write(SecretStore::e2bKey(), QStringLiteral("e2b_0123456789abcdef"));
        QVERIFY(waitFor<SecretWriteResult>(written, SecretStore::e2bKey()).isOk());
        store.read(SecretStore::anthropicKey());
        QVERIFY(failedWith(waitFor(read, SecretStore::anthropicKey()), Status::NotFound));
        store.read(SecretStore::e2bKey());
        QCOMPARE(waitFor(read, SecretStore::e2bKey()).valueOr(QString()),
                 QStringLiteral("e2b_0123456789abcdef"));
        SecretStore other(QStringLiteral("SomeOtherService"), nullptr);
        QSignalSpy otherRead(&other, &SecretStore::readFinished);
        other.read(SecretStore::e2bKey());
        QVERIFY(failedWith(waitFor(otherRead, SecretStore::e2bKey()), Status::NotFound));
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
        const SecretResult r = waitFor(read, SecretStore::anthropicKey());
        QVERIFY(failedWith(r, Status::Unavailable));
        QVERIFY(r.error().isUnavailable());
        QVERIFY2(r.error().message.contains(QStringLiteral("ANTHROPIC_API_KEY")),
                 qPrintable(why(r)));
        qInfo("unavailable message: %s", qPrintable(why(r)));

        store.write(SecretStore::anthropicKey(), kValue);
        QVERIFY(failedWith(waitFor<SecretWriteResult>(written, SecretStore::anthropicKey()),
                           Status::Unavailable));
        // The insecure fallback is off: nothing landed in QSettings or any config file.
        QVERIFY(!valueInAnyFile(
            { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) },
            kValue));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
