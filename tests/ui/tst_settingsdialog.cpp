// The settings dialog without a keychain: it says so and falls back to the
// environment, read-only. Run with DBUS_SESSION_BUS_ADDRESS pointing nowhere.
#include "feedpublisher.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/settingsnotifier.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

/// A minimal E2B control plane: POST /sandboxes creates "sbx-test", DELETE
/// /sandboxes/sbx-test removes it. Records the requests it saw.
class FakeControlPlane : public QObject
{
public:
    FakeControlPlane()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList requests;
    QByteArray lastApiKey;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        int contentLength = 0;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                contentLength = lower.mid(15).trimmed().toInt();
            if (lower.startsWith("x-api-key:"))
                lastApiKey = line.trimmed().mid(10).trimmed();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QString request =
            QString::fromLatin1(requestLine.value(0) + ' ' + requestLine.value(1));
        requests << request;
        buffer.clear();
        QByteArray status = "404 Not Found";
        QByteArray body = R"({"code":404,"message":"not found"})";
        if (request == QLatin1String("POST /sandboxes")) {
            status = "201 Created";
            body =
                R"({"sandboxID":"sbx-test","templateID":"base","clientID":"c1","envdVersion":"0.2.0","envdAccessToken":"tok"})";
        } else if (request == QLatin1String("DELETE /sandboxes/sbx-test")) {
            status = "204 No Content";
            body.clear();
        }
        socket->write("HTTP/1.1 " + status
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noKeychainShowsTheFallbackReadOnly()
    {
        qputenv("ANTHROPIC_API_KEY", "fake-ant-test-value-0123456789");
        qunsetenv("E2B_API_KEY");
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);

        QVERIFY(!dialog.keychainAvailable());
        const QString status = dialog.keychainStatus()->text();
        QVERIFY2(status.contains(QStringLiteral("No system keychain")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("ANTHROPIC_API_KEY")));
        QVERIFY(status.contains(QStringLiteral("E2B_API_KEY")));

        // Read-only; says whether each key is set, never shows the value.
        QVERIFY(dialog.anthropicKeyField()->isReadOnly());
        QVERIFY(dialog.e2bKeyField()->isReadOnly());
        QVERIFY(dialog.anthropicKeyField()->text().isEmpty());
        QVERIFY(dialog.anthropicKeyField()->placeholderText().contains(
            QStringLiteral("Set in the environment")));
        QVERIFY(dialog.e2bKeyField()->placeholderText().contains(QStringLiteral("Not set")));
        QVERIFY(!status.contains(QStringLiteral("fake-ant-test")));
    }

    void preferencesAreSavedWithoutSecrets()
    {
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::E2bCustom;
        s.customDomain = QStringLiteral("e2b.example.org");
        s.defaultLimits.maxIterations = 9;
        s.extraAllowOut = { QStringLiteral("pypi.org"), QStringLiteral("10.0.0.5:5432") };
        dialog.setSettings(s);
        // The person types the list, spaces and a stray comma included.
        auto *allow = dialog.findChild<QLineEdit *>();
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == QLatin1String("Other hosts sandboxes may reach"))
                allow = edit;
        }
        QCOMPARE(allow->text(), QStringLiteral("pypi.org, 10.0.0.5:5432"));
        allow->setText(QStringLiteral(" pypi.org ,, 10.0.0.5:5432, "));
        dialog.accept();
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved, s);
        QCOMPARE(dialog.connectionConfig().domain, QStringLiteral("e2b.example.org"));
        // Nothing key-like ends up in the settings file.
        QSettings settings;
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY(!settings.value(key).toString().contains(QStringLiteral("fake-ant")));
        }
    }

    void feedPublishingIsSavedAndTheTokenCopied()
    {
        QFile::remove(FeedPublisher::tokenFile());
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);
        QVERIFY(!dialog.publishRunsField()->isChecked()); // off unless asked for
        QVERIFY(!dialog.publishPortField()->isEnabled());
        QCOMPARE(dialog.publishPortField()->value(), AppSettings::DefaultPublishPort);
        dialog.publishRunsField()->setChecked(true);
        QVERIFY(dialog.publishPortField()->isEnabled());
        dialog.publishPortField()->setValue(9123);
        QSignalSpy saved(Autocoder::Ui::SettingsNotifier::instance(),
                         &Autocoder::Ui::SettingsNotifier::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        const AppSettings s = AppSettings::load();
        QVERIFY(s.publishRuns);
        QCOMPARE(s.publishPort, 9123);

        // Copy Token: made on first use (0600), put on the clipboard, never shown.
        QVERIFY(!dialog.copyTokenButton()->icon().isNull());
        QTest::mouseClick(dialog.copyTokenButton(), Qt::LeftButton);
        const auto token = FeedPublisher::token();
        QVERIFY(token);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(*token));
        QVERIFY(QFileInfo(FeedPublisher::tokenFile()).permissions()
                == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        QVERIFY(dialog.feedStatus()->isVisible() || !dialog.isVisible());
        QVERIFY(!dialog.feedStatus()->text().isEmpty());
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            QVERIFY(!w->toolTip().contains(QString::fromUtf8(*token)));
            if (const auto *l = qobject_cast<const QLabel *>(w))
                QVERIFY(!l->text().contains(QString::fromUtf8(*token)));
        }
        AppSettings off = s;
        off.publishRuns = false;
        off.save();
    }

    void connectionTestCreatesAndRemovesASandbox()
    {
        FakeControlPlane fake;
        QVERIFY(fake.port() != 0);
        SettingsDialog dialog;
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::Local;
        dialog.setSettings(s);
        E2b::ConnectionConfig local;
        local.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port()));
        local.apiKey = E2b::Secret(QStringLiteral("e2b_00112233445566778899"));
        local.retry.maxAttempts = 1;
        dialog.setLocalConnection(local);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 20000);
        const QString result = dialog.testResult()->text();
        QVERIFY2(result.contains(QStringLiteral("Connection works")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("sbx-test")));
        QCOMPARE(fake.requests,
                 (QStringList { QStringLiteral("POST /sandboxes"),
                                QStringLiteral("DELETE /sandboxes/sbx-test") }));
        QCOMPARE(fake.lastApiKey, QByteArray("e2b_00112233445566778899"));
        QVERIFY(!result.contains(QStringLiteral("00112233445566778899")));
    }

    void connectionTestReportsAFailureInWords()
    {
        SettingsDialog dialog;
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::Local;
        dialog.setSettings(s);
        // Nothing listens on this port: the test must say what failed, not hang.
        E2b::ConnectionConfig local;
        local.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        local.apiKey = E2b::Secret(QStringLiteral("e2b_0123456789abcdef"));
        local.requestTimeout = std::chrono::milliseconds(3000);
        local.retry.maxAttempts = 1;
        dialog.setLocalConnection(local);
        dialog.testConnection();
        QVERIFY(!dialog.testButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 20000);
        QVERIFY2(dialog.testResult()->text().contains(QStringLiteral("Could not create a sandbox")),
                 qPrintable(dialog.testResult()->text()));
        QVERIFY(!dialog.testResult()->text().contains(QStringLiteral("0123456789abcdef")));
    }

    void e2bWithoutAKeyPointsAtWhereToSetIt()
    {
        qunsetenv("E2B_API_KEY");
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::E2bCloud;
        dialog.setSettings(s);
        dialog.testConnection();
        // Answered at once, nothing contacted; no keychain here, so the environment is the way.
        QVERIFY(dialog.testButton()->isEnabled());
        const QString result = dialog.testResult()->text();
        QVERIFY2(result.contains(QStringLiteral("No E2B API key")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("E2B_API_KEY")));
        QVERIFY(!result.contains(QStringLiteral("field above")));
        QVERIFY(dialog.e2bKeyField()->isEnabled());
    }

    void e2bTestUsesItsKeyAgainstTheServer()
    {
        FakeControlPlane fake; // loopback only, standing in for E2B
        QVERIFY(fake.port() != 0);
        qputenv("E2B_API_KEY", "e2b_fake_cloud_key_4455");
        qputenv("E2B_API_URL", QStringLiteral("http://127.0.0.1:%1").arg(fake.port()).toLatin1());
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::E2bCloud;
        dialog.setSettings(s);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 20000);
        const QString result = dialog.testResult()->text();
        qunsetenv("E2B_API_URL");
        qunsetenv("E2B_API_KEY");
        QVERIFY2(result.contains(QStringLiteral("Connection works")), qPrintable(result));
        QCOMPARE(fake.lastApiKey, QByteArray("e2b_fake_cloud_key_4455"));
        QVERIFY(!result.contains(QStringLiteral("4455")));
        // The Anthropic half: ANTHROPIC_API_KEY was set by the first test.
        QVERIFY(result.contains(QStringLiteral("Anthropic: an API key is set")));
    }

    void aMissingAnthropicKeyFailsTheTest()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        FakeControlPlane fake;
        SettingsDialog dialog;
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(20000) || loaded.size() == 1);
        AppSettings s = dialog.settings();
        s.backend = AppSettings::Backend::Local;
        dialog.setSettings(s);
        E2b::ConnectionConfig local;
        local.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port()));
        local.apiKey = E2b::Secret(QStringLiteral("e2b_00112233445566778899"));
        local.retry.maxAttempts = 1;
        dialog.setLocalConnection(local);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 20000);
        const QString result = dialog.testResult()->text();
        QVERIFY2(result.contains(QStringLiteral("Anthropic: no API key")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("ANTHROPIC_API_KEY")));
        QVERIFY(result.startsWith(QStringLiteral("\u26A0")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
