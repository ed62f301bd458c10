// The Attach to Run dialog: its checks of the address and the token, field errors, the
// keyboard (default button, Esc, tab order), and the keychain: without one the token is not
// remembered; with a private Secret Service (tst_attachdialog_keyring) it is, per address,
// and forgotten when "Remember in keychain" is turned off. Never in the settings.
#include "attach/attachdialog.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

class TestAttachDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static bool keyringMode()
    {
        return qEnvironmentVariable("AUTOCODER_SECRETS_MODE") == QLatin1String("keyring");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this test only (the keyring variant brings its own HOME).
        if (!keyringMode()) {
            qputenv("HOME", m_home.path().toLocal8Bit());
            qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        }
        QSettings().clear();
    }

    void cleanup() { QSettings().clear(); }

    void dialogChecksTheAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::addColumn<QString>("error"); // part of the message
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the feed");
        QTest::newRow("spaces") << QStringLiteral("   ") << QString() << QStringLiteral("Enter");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:8765/") << QString()
                             << QStringLiteral("ws:// or wss://");
        QTest::newRow("http is ws") << QStringLiteral("http://127.0.0.1:8765/")
                                    << QStringLiteral("ws://127.0.0.1:8765/") << QString();
        QTest::newRow("https is wss")
            << QStringLiteral("https://feeds.example.org/runs/r")
            << QStringLiteral("wss://feeds.example.org/runs/r") << QString();
        QTest::newRow("no scheme")
            << QStringLiteral("127.0.0.1:8765") << QString() << QStringLiteral("ws://");
        QTest::newRow("no host") << QStringLiteral("ws:///runs/x") << QString()
                                 << QStringLiteral("needs a host");
        QTest::newRow("user info")
            << QStringLiteral("ws://me:pw@host:1/") << QString() << QStringLiteral("user name");
        QTest::newRow("bad port") << QStringLiteral("ws://host:99999/") << QString()
                                  << QStringLiteral("valid");
        QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:8765/")
                            << QStringLiteral("ws://127.0.0.1:8765/") << QString();
        QTest::newRow("no path") << QStringLiteral(" ws://127.0.0.1:8765 ")
                                 << QStringLiteral("ws://127.0.0.1:8765/") << QString();
        QTest::newRow("wss run") << QStringLiteral("WSS://feeds.example.org/runs/abc?since=3#x")
                                 << QStringLiteral("wss://feeds.example.org/runs/abc") << QString();
    }

    void dialogChecksTheAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(QString, error);
        const Result<QUrl> parsed = AttachDialog::parseUrl(text);
        if (url.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        } else {
            QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error()));
            QCOMPARE(parsed->toString(), url);
        }
    }

    void dialogChecksTheToken()
    {
        QVERIFY(!AttachDialog::parseToken(QString()));
        QVERIFY(!AttachDialog::parseToken(QStringLiteral("two words")));
        QVERIFY(!AttachDialog::parseToken(QStringLiteral("tab\there")));
        QVERIFY(!AttachDialog::parseToken(QStringLiteral("caf\u00e9")));
        QVERIFY(!AttachDialog::parseToken(QString(2000, QLatin1Char('a'))));
        QCOMPARE(*AttachDialog::parseToken(QStringLiteral("  abc-DEF_123  ")),
                 QByteArray("abc-DEF_123"));
        QCOMPARE(AttachDialog::keychainKey(QUrl(QStringLiteral("ws://Host:8765/"))),
                 QStringLiteral("feed-token:host:8765/"));
        QCOMPARE(AttachDialog::keychainKey(QUrl(QStringLiteral("wss://h/runs/r1"))),
                 QStringLiteral("feed-token:h:443/runs/r1"));
    }

    void dialogShowsFieldErrorsAndStaysOpen()
    {
        AttachDialog dialog;
        QSignalSpy requested(&dialog, &AttachDialog::attachRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.rememberBox()->isChecked() || !dialog.rememberBox()->isEnabled());
        QVERIFY(dialog.attachButton()->isDefault());

        dialog.urlEdit()->setText(QStringLiteral("ftp://127.0.0.1:1/"));
        dialog.attachButton()->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(requested.size(), 0);
        QVERIFY(dialog.urlError()->isVisible());
        QVERIFY(dialog.urlError()->text().contains(QStringLiteral("ws://")));
        QVERIFY(dialog.tokenError()->isVisible());
        QVERIFY(dialog.urlEdit()->hasFocus());

        // Editing a field takes its message away.
        QTest::keyClick(dialog.urlEdit(), Qt::Key_End);
        QTest::keyClick(dialog.urlEdit(), Qt::Key_Backspace);
        QVERIFY(!dialog.urlError()->isVisible());
    }

    void dialogWorksFromTheKeyboard()
    {
        AttachDialog dialog;
        QSignalSpy requested(&dialog, &AttachDialog::attachRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTRY_VERIFY(dialog.urlEdit()->hasFocus()); // no address remembered yet
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("ws://127.0.0.1:8765/?token=abc123"));
        QTest::keyClick(dialog.urlEdit(), Qt::Key_Tab);
        // A token pasted in the address goes to the token field, out of the address.
        QVERIFY(dialog.tokenEdit()->hasFocus());
        QCOMPARE(dialog.tokenEdit()->text(), QStringLiteral("abc123"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("ws://127.0.0.1:8765/"));
        QTest::keyClick(dialog.tokenEdit(), Qt::Key_Tab);
        QVERIFY(dialog.rememberBox()->hasFocus() || !dialog.rememberBox()->isEnabled());
        QTest::keyClick(dialog.tokenEdit(), Qt::Key_Return); // the default button
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toUrl(), QUrl(QStringLiteral("ws://127.0.0.1:8765/")));
        QCOMPARE(requested.at(0).at(1).toByteArray(), QByteArray("abc123"));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(AttachDialog::lastUrlSetting()).toString(),
                 QStringLiteral("ws://127.0.0.1:8765/"));

        // The next time: the address is there, the focus on the token; Esc closes.
        AttachDialog again;
        QSignalSpy requestedAgain(&again, &AttachDialog::attachRequested);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.urlEdit()->text(), QStringLiteral("ws://127.0.0.1:8765/"));
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!again.isVisible());
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QCOMPARE(requestedAgain.size(), 0);
    }

    void withoutKeychainTheTokenIsNotRemembered()
    {
        if (keyringMode())
            QSKIP("a Secret Service is there");
        AttachDialog dialog;
        dialog.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:8765/")));
        QTRY_VERIFY(!dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.rememberBox()->isChecked());
        QVERIFY(dialog.rememberBox()->toolTip().contains(QStringLiteral("keychain")));
    }

    void keychainRemembersTheToken()
    {
        if (!keyringMode())
            QSKIP("needs a Secret Service (AUTOCODER_SECRETS_MODE=keyring)");
        const QUrl url(QStringLiteral("ws://127.0.0.1:8765/runs/abc"));
        const QString key = AttachDialog::keychainKey(url);
        Secrets::SecretStore store;
        QStringList written, removed, found, missing;
        connect(&store, &Secrets::SecretStore::writeFinished, this,
                [&written](const QString &k, const Secrets::SecretWriteResult &r) {
                    if (r.isOk())
                        written.append(k);
                });
        connect(&store, &Secrets::SecretStore::removeFinished, this,
                [&removed](const QString &k, const Secrets::SecretWriteResult &r) {
                    if (r.isOk())
                        removed.append(k);
                });
        connect(&store, &Secrets::SecretStore::readFinished, this,
                [&found, &missing](const QString &k, const Secrets::SecretResult &r) {
                    (r.isOk() ? found : missing).append(k);
                });
        {
            AttachDialog dialog(&store);
            QVERIFY(dialog.rememberBox()->isChecked());
            dialog.setUrl(url);
            dialog.tokenEdit()->setText(QStringLiteral("remembered-token"));
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(written, QStringList { key }, 10000);
        {
            AttachDialog dialog(&store); // the last address, and its token from the keychain
            QCOMPARE(dialog.url(), url);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.tokenEdit()->text(),
                                      QStringLiteral("remembered-token"), 10000);
            QVERIFY(dialog.rememberBox()->isEnabled());
            // Another address: the other address's token is not offered for it.
            dialog.urlEdit()->setText(QStringLiteral("ws://127.0.0.1:9999/"));
            Q_EMIT dialog.urlEdit()->editingFinished();
            QVERIFY(dialog.tokenEdit()->text().isEmpty());
            // Back, and not to be remembered any more: forgotten.
            dialog.setUrl(url);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.tokenEdit()->text(),
                                      QStringLiteral("remembered-token"), 10000);
            dialog.rememberBox()->setChecked(false);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(removed, QStringList { key }, 10000);
        missing.clear();
        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(missing, QStringList { key }, 10000);
    }
};

QTEST_MAIN(TestAttachDialog)
#include "tst_attachdialog.moc"
