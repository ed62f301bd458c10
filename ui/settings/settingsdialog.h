#pragma once

#include "e2b/connectionconfig.h"
#include "secrets/secretresult.h"
#include "settings/appsettings.h"

#include <QDialog>
#include <QSet>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLayout;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Autocoder::Secrets {
class SecretStore;
} // namespace Autocoder::Secrets

namespace Autocoder::Ui {

class ConnectionTester;
class VerificationEditor;

/// Preferences: API keys (kept in the system keychain through SecretStore,
/// never in settings files; read-only from the environment when there is no
/// keychain), the sandbox backend, the defaults for new runs, and a
/// connection test (done by ConnectionTester, not by the dialog).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    /// @p store may be shared; when null the dialog makes its own.
    explicit SettingsDialog(Secrets::SecretStore *store = nullptr, QWidget *parent = nullptr);

    /// Where the embedded local server listens (the app knows; tests set it).
    void setLocalConnection(const E2b::ConnectionConfig &config) { m_localConnection = config; }

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);
    /// The connection the test would use with the current answers.
    E2b::ConnectionConfig connectionConfig() const;

    bool keychainAvailable() const { return m_keychainAvailable; }
    QLabel *keychainStatus() const { return m_keychainStatus; }
    /// The language choice (UiLanguage::choices(), the code as item data) and the note that
    /// a change takes effect at the next start.
    QComboBox *languageCombo() const { return m_language; }
    QLabel *languageNote() const { return m_languageNote; }
    QLineEdit *anthropicKeyField() const { return m_anthropicKey; }
    QLineEdit *e2bKeyField() const { return m_e2bKey; }
    QPushButton *testButton() const { return m_testButton; }
    QSpinBox *maxLocalRunsField() const { return m_maxLocalRuns; }
    QLabel *testResult() const { return m_testResult; }
    QCheckBox *publishRunsField() const { return m_publishRuns; }
    QSpinBox *publishPortField() const { return m_publishPort; }
    QPushButton *copyTokenButton() const { return m_copyToken; }
    QLabel *feedStatus() const { return m_feedStatus; }
    /// The verification a new spec gets (a test per requirement, the mutation check).
    VerificationEditor *verificationEditor() const { return m_verification; }

public Q_SLOTS:
    void accept() override;
    void testConnection();

Q_SIGNALS:
    /// All keychain reads answered (tests wait for it).
    void keysLoaded();

private:
    void onRead(const QString &key, const Secrets::SecretResult &result);
    void onWritten(const QString &key, const Secrets::SecretWriteResult &result);
    void enterFallbackMode(const QString &reason);
    void updateBackendWidgets();
    void fitHeight();
    QWidget *makeFeedBox();
    QLayout *makeLanguageRow();
    void copyFeedToken();
    QString keyValue(const QString &key) const;
    QString missingKeyAdvice(const QString &key) const;
    void focusKeyField(const QString &key);

    Secrets::SecretStore *m_store;
    ConnectionTester *m_tester;
    E2b::ConnectionConfig m_localConnection;

    QLabel *m_keychainStatus;
    QLineEdit *m_anthropicKey;
    QLineEdit *m_e2bKey;
    QCheckBox *m_showKeys;
    QButtonGroup *m_backendGroup;
    QRadioButton *m_local;
    QRadioButton *m_cloud;
    QRadioButton *m_custom;
    QLineEdit *m_domain;
    QLineEdit *m_allowOut;
    QSpinBox *m_maxLocalRuns;
    QComboBox *m_model;
    QSpinBox *m_iterations;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_wallClock;
    VerificationEditor *m_verification;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QCheckBox *m_publishRuns;
    QSpinBox *m_publishPort;
    QPushButton *m_copyToken;
    QLabel *m_feedStatus;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QTabWidget *m_pages = nullptr;
    QDialogButtonBox *m_buttons;

    bool m_keychainAvailable = true;
    int m_pendingReads = 0;
    QSet<QString> m_pendingWrites;
    QString m_loadedAnthropic; // to write only what changed
    QString m_loadedE2b;
    AppSettings m_settings;
};

} // namespace Autocoder::Ui
