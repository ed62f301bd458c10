#include "settings/settingsdialog.h"

#include "dialogheight.h"
#include "feedpublisher.h"
#include "run/runqueue.h"
#include "secrets/secretstore.h"
#include "settings/connectiontester.h"
#include "settings/uilanguage.h"
#include "settings/verificationeditor.h"
#include "setup/readiness.h"
#include "spec/specvalidator.h"
#include "theme/icons.h"
#include "wizard/agentpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Autocoder::Ui {

using Secrets::SecretStore;

SettingsDialog::SettingsDialog(Secrets::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store ? store : new SecretStore(this))
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Settings"));

    // Keys
    m_keychainStatus = new QLabel(tr("Reading the keychain…"), this);
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
    m_keychainStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anthropicKey = new QLineEdit(this);
    m_anthropicKey->setEchoMode(QLineEdit::Password);
    m_anthropicKey->setAccessibleName(tr("Anthropic API key"));
    m_anthropicKey->setEnabled(false);
    m_e2bKey = new QLineEdit(this);
    m_e2bKey->setEchoMode(QLineEdit::Password);
    m_e2bKey->setAccessibleName(tr("E2B API key"));
    m_e2bKey->setEnabled(false);
    m_showKeys = new QCheckBox(tr("S&how keys"), this);
    connect(m_showKeys, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_anthropicKey->setEchoMode(mode);
        m_e2bKey->setEchoMode(mode);
    });

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };

    auto *keysBox = new QGroupBox(tr("API keys"), this);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keychainStatus);
    auto *keysForm = new QFormLayout;
    keysLayout->addLayout(keysForm);
    keysForm->addRow(label(tr("&Anthropic:"), m_anthropicKey), m_anthropicKey);
    keysForm->addRow(label(tr("&E2B:"), m_e2bKey), m_e2bKey);
    keysForm->addRow(QString(), m_showKeys);

    // Backend
    m_local = new QRadioButton(tr("&Local server on this computer"), this);
    m_cloud = new QRadioButton(tr("E2B &cloud (e2b.app)"), this);
    m_custom = new QRadioButton(tr("Custom E2B &domain:"), this);
    m_domain = new QLineEdit(this);
    m_domain->setPlaceholderText(tr("e2b.example.com"));
    m_domain->setAccessibleName(tr("Custom E2B domain"));
    m_backendGroup = new QButtonGroup(this);
    m_backendGroup->addButton(m_local, int(AppSettings::Backend::Local));
    m_backendGroup->addButton(m_cloud, int(AppSettings::Backend::E2bCloud));
    m_backendGroup->addButton(m_custom, int(AppSettings::Backend::E2bCustom));
    connect(m_backendGroup, &QButtonGroup::idToggled, this, [this] { updateBackendWidgets(); });

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setToolTip(tr("Create a sandbox on the chosen backend and remove it again"));
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setVisible(false);

    auto *backendBox = new QGroupBox(tr("Sandbox backend"), this);
    auto *backendLayout = new QVBoxLayout(backendBox);
    backendLayout->addWidget(m_local);
    backendLayout->addWidget(m_cloud);
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_custom);
    customRow->addWidget(m_domain, 1);
    backendLayout->addLayout(customRow);
    m_allowOut = new QLineEdit(this);
    m_allowOut->setPlaceholderText(tr("e.g. pypi.org, *.example.com, 10.0.0.5:5432"));
    m_allowOut->setAccessibleName(tr("Other hosts sandboxes may reach"));
    m_allowOut->setToolTip(
        tr("A sandbox reaches only the model endpoint and the package registries its commands "
           "use. List other hosts here, separated by commas: domains, *.domains, IP addresses, "
           "CIDR ranges, optionally with :port."));
    m_maxLocalRuns = new QSpinBox(this);
    m_maxLocalRuns->setRange(AppSettings::MinLocalRuns, AppSettings::MaxLocalRuns);
    m_maxLocalRuns->setAccessibleName(tr("Local runs at once"));
    m_maxLocalRuns->setToolTip(
        tr("Runs on the local server beyond this number wait in a queue and start when one "
           "ends. The default, %n, is one run per processor core and per 4 GiB of memory. "
           "E2B runs are not limited.",
           nullptr, Run::RunQueue::defaultLimit()));
    auto *allowRow = new QFormLayout;
    allowRow->addRow(label(tr("Al&so allow:"), m_allowOut), m_allowOut);
    allowRow->addRow(label(tr("Local runs at o&nce:"), m_maxLocalRuns), m_maxLocalRuns);
    backendLayout->addLayout(allowRow);
    backendLayout->addWidget(m_testButton, 0, Qt::AlignLeft);
    backendLayout->addWidget(m_testResult);

    // Defaults
    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->addItems(AgentPage::knownModels());
    m_model->setAccessibleName(tr("Default model"));
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(Spec::SpecValidator::MinIterations, Spec::SpecValidator::MaxIterations);
    m_iterations->setAccessibleName(tr("Default maximum iterations"));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.0, Spec::SpecValidator::MaxBudgetUsd);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setAccessibleName(tr("Default budget in US dollars"));
    m_wallClock = new QSpinBox(this);
    m_wallClock->setRange(1, Spec::SpecValidator::MaxWallClockMinutes);
    m_wallClock->setSuffix(tr(" min"));
    m_wallClock->setAccessibleName(tr("Default wall clock limit in minutes"));

    auto *defaultsBox = new QGroupBox(tr("Defaults for new runs"), this);
    auto *defaultsForm = new QFormLayout(defaultsBox);
    defaultsForm->addRow(label(tr("&Model:"), m_model), m_model);
    defaultsForm->addRow(label(tr("&Iterations at most:"), m_iterations), m_iterations);
    defaultsForm->addRow(label(tr("B&udget:"), m_budget), m_budget);
    defaultsForm->addRow(label(tr("&Wall clock:"), m_wallClock), m_wallClock);

    // What green must prove, for new specs (the wizard shows it per project).
    m_verification = new VerificationEditor(this);
    auto *verificationBox = new QGroupBox(tr("Verification of new runs"), this);
    auto *verificationLayout = new QVBoxLayout(verificationBox);
    verificationLayout->addWidget(m_verification);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // Three pages keep the dialog short enough for a small screen.
    const auto page = [this](const QList<QWidget *> &boxes, QLayout *extra = nullptr) {
        auto *widget = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(widget);
        for (QWidget *box : boxes)
            pageLayout->addWidget(box);
        if (extra)
            pageLayout->addLayout(extra);
        pageLayout->addStretch();
        return widget;
    };
    m_pages = new QTabWidget(this);
    m_pages->addTab(page({ keysBox, backendBox }), tr("Sand&box and Keys"));
    m_pages->addTab(page({ defaultsBox, verificationBox }), tr("New &Runs"));
    m_pages->addTab(page({ makeFeedBox() }, makeLanguageRow()), tr("&Other"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_tester, &ConnectionTester::progress, this, [this](const QString &message) {
        m_testResult->setText(message);
        fitHeight();
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &summary) {
        m_testResult->setText((ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u26A0 "))
                              + summary);
        m_testButton->setEnabled(true);
        if (!ok && keyValue(SecretStore::anthropicKey()).isEmpty())
            focusKeyField(SecretStore::anthropicKey());
        fitHeight();
    });

    connect(m_store, &SecretStore::readFinished, this, &SettingsDialog::onRead);
    connect(m_store, &SecretStore::writeFinished, this, &SettingsDialog::onWritten);
    connect(m_store, &SecretStore::removeFinished, this, &SettingsDialog::onWritten);

    setSettings(AppSettings::load());
    m_pendingReads = 2;
    m_store->read(SecretStore::anthropicKey());
    m_store->read(SecretStore::e2bKey());
    const int em = fontMetrics().height();
    resize(em * 36, sizeHint().height());
    fitHeight();
}

// The language the app speaks, in each language's own words; the translators are installed
// once at startup (UiLanguage::install), so a change waits for the next start.
QLayout *SettingsDialog::makeLanguageRow()
{
    m_language = new QComboBox(this);
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_language->addItem(choice.name, choice.code);
    m_languageNote = new QLabel(tr("Takes effect when Autocoder is restarted."), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString()
                                   != UiLanguage::activeChoice());
        fitHeight();
    });
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Lan&guage:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    form->addRow(QString(), m_languageNote);
    return form;
}

// Watchers elsewhere (another Autocoder's File > Attach to Run...) follow and steer this
// app's runs through its event feed.
QWidget *SettingsDialog::makeFeedBox()
{
    m_publishRuns = new QCheckBox(tr("&Publish my runs' events on port"), this);
    m_publishRuns->setToolTip(
        tr("Watchers connect to ws://127.0.0.1:PORT/runs/RUN_ID with the token, follow every "
           "run live and may stop or guide it. Only this computer can connect (loopback)."));
    m_publishPort = new QSpinBox(this);
    m_publishPort->setRange(1, 65535);
    m_publishPort->setAccessibleName(tr("Port to publish runs' events on"));
    auto *loopback = new QLabel(tr("(loopback)"), this);
    m_copyToken = new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("Cop&y Token"), this);
    m_copyToken->setToolTip(
        tr("Copy the token watchers need to the clipboard; it is kept in %1 and never shown.")
            .arg(QDir::toNativeSeparators(FeedPublisher::tokenFile())));
    m_feedStatus = new QLabel(this);
    m_feedStatus->setWordWrap(true);
    m_feedStatus->setAccessibleName(tr("Event feed status"));
    m_feedStatus->setVisible(false);
    connect(m_publishRuns, &QCheckBox::toggled, m_publishPort, &QWidget::setEnabled);
    connect(m_copyToken, &QPushButton::clicked, this, &SettingsDialog::copyFeedToken);

    auto *box = new QGroupBox(tr("Watching from elsewhere"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    row->addWidget(m_publishRuns);
    row->addWidget(m_publishPort);
    row->addWidget(loopback);
    row->addStretch(1);
    boxLayout->addLayout(row);
    boxLayout->addWidget(m_copyToken, 0, Qt::AlignLeft);
    boxLayout->addWidget(m_feedStatus);
    return box;
}

void SettingsDialog::copyFeedToken()
{
    const Result<QByteArray> token = FeedPublisher::token();
    m_feedStatus->setVisible(true);
    if (!token) {
        m_feedStatus->setText(QStringLiteral("\u26A0 ")
                              + tr("The token cannot be kept: %1").arg(token.error()));
    } else {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(*token));
        m_feedStatus->setText(tr("The token is on the clipboard."));
    }
    fitHeight();
}

void SettingsDialog::onRead(const QString &key, const Secrets::SecretResult &result)
{
    if (m_pendingReads <= 0)
        return;
    QLineEdit *field = key == SecretStore::anthropicKey() ? m_anthropicKey
        : key == SecretStore::e2bKey()                    ? m_e2bKey
                                                          : nullptr;
    if (!field)
        return;
    if (!result && result.error().isUnavailable()) {
        enterFallbackMode(result.error().message);
    } else if (m_keychainAvailable) {
        field->setEnabled(true);
        if (result) {
            field->setText(*result);
            (key == SecretStore::anthropicKey() ? m_loadedAnthropic : m_loadedE2b) = *result;
            field->setPlaceholderText(QString());
        } else if (result.error().isNotFound()) {
            field->setPlaceholderText(tr("Not set"));
        } else {
            field->setPlaceholderText(tr("Could not read: %1").arg(result.error().message));
        }
    }
    if (--m_pendingReads == 0) {
        if (m_keychainAvailable)
            m_keychainStatus->setText(
                tr("Keys are stored in the system keychain, never in settings files."));
        Q_EMIT keysLoaded();
    }
}

void SettingsDialog::enterFallbackMode(const QString &reason)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_keychainStatus->setText(
        tr("No system keychain is available, so keys cannot be saved here. Autocoder reads them "
           "from the environment variables %1 and %2 instead (read-only); set them before starting "
           "Autocoder.")
            .arg(SecretStore::environmentVariableFor(SecretStore::anthropicKey()),
                 SecretStore::environmentVariableFor(SecretStore::e2bKey())));
    m_keychainStatus->setToolTip(reason);
    m_keychainStatus->setObjectName(QStringLiteral("keychainFallback"));
    for (const auto &[field, key] : { std::pair { m_anthropicKey, SecretStore::anthropicKey() },
                                      std::pair { m_e2bKey, SecretStore::e2bKey() } }) {
        // Read-only, and the value itself is not shown: only whether it is set.
        field->clear();
        field->setEnabled(true);
        field->setReadOnly(true);
        const QString variable = SecretStore::environmentVariableFor(key);
        field->setPlaceholderText(SecretStore::environmentValue(key).isEmpty()
                                      ? tr("Not set (define %1)").arg(variable)
                                      : tr("Set in the environment (%1)").arg(variable));
    }
    m_showKeys->setEnabled(false);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    fitHeightToContents(this, FitHeight::GrowOnly);
}

void SettingsDialog::updateBackendWidgets()
{
    m_domain->setEnabled(m_custom->isChecked());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.backend = AppSettings::Backend(std::max(0, m_backendGroup->checkedId()));
    s.customDomain = m_domain->text().trimmed();
    s.extraAllowOut.clear();
    const QStringList hosts = m_allowOut->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &host : hosts) {
        if (!host.trimmed().isEmpty())
            s.extraAllowOut.append(host.trimmed());
    }
    s.maxLocalRuns = m_maxLocalRuns->value();
    s.publishRuns = m_publishRuns->isChecked();
    s.publishPort = m_publishPort->value();
    s.defaultModel = m_model->currentText().trimmed();
    s.defaultLimits.maxIterations = m_iterations->value();
    s.defaultLimits.budgetUsd = m_budget->value();
    s.defaultLimits.wallClockMinutes = m_wallClock->value();
    s.defaultVerification = m_verification->verification();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_settings = settings;
    if (QAbstractButton *b = m_backendGroup->button(int(settings.backend)))
        b->setChecked(true);
    m_domain->setText(settings.customDomain);
    m_allowOut->setText(settings.extraAllowOut.join(QStringLiteral(", ")));
    m_maxLocalRuns->setValue(settings.maxLocalRuns);
    m_publishRuns->setChecked(settings.publishRuns);
    m_publishPort->setValue(settings.publishPort);
    m_publishPort->setEnabled(settings.publishRuns);
    m_model->setCurrentText(settings.defaultModel);
    m_iterations->setValue(settings.defaultLimits.maxIterations);
    m_budget->setValue(settings.defaultLimits.budgetUsd);
    m_wallClock->setValue(settings.defaultLimits.wallClockMinutes);
    m_verification->setVerification(settings.defaultVerification);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    updateBackendWidgets();
}

QString SettingsDialog::keyValue(const QString &key) const
{
    if (!m_keychainAvailable)
        return SecretStore::environmentValue(key);
    const QString typed =
        (key == SecretStore::anthropicKey() ? m_anthropicKey : m_e2bKey)->text().trimmed();
    return typed.isEmpty() ? SecretStore::environmentValue(key) : typed;
}

E2b::ConnectionConfig SettingsDialog::connectionConfig() const
{
    const AppSettings s = settings();
    if (s.backend == AppSettings::Backend::Local)
        return m_localConnection.apiUrl.isEmpty() ? E2b::ConnectionConfig::fromEnvironment()
                                                  : m_localConnection;
    // As the run's backend does (Run::SandboxBackend): E2B_API_URL and friends still apply.
    E2b::ConnectionConfig config = E2b::ConnectionConfig::fromEnvironment();
    config.apiKey = E2b::Secret(keyValue(SecretStore::e2bKey()));
    config.domain = s.backend == AppSettings::Backend::E2bCustom && !s.customDomain.isEmpty()
        ? s.customDomain
        : QStringLiteral("e2b.app");
    return config;
}

QString SettingsDialog::missingKeyAdvice(const QString &key) const
{
    const QString variable = SecretStore::environmentVariableFor(key);
    if (!m_keychainAvailable)
        return tr("There is no system keychain here, so set %1 before starting Autocoder.")
            .arg(variable);
    return key == SecretStore::anthropicKey()
        ? tr("Enter it in the Anthropic field above and press OK.")
        : tr("Enter it in the E2B field above and press OK.");
}

// A missing key is pointed at a field the person can type in, with the focus on it.
void SettingsDialog::focusKeyField(const QString &key)
{
    if (!m_keychainAvailable)
        return;
    QLineEdit *field = key == SecretStore::anthropicKey() ? m_anthropicKey : m_e2bKey;
    field->setEnabled(true);
    m_pages->setCurrentIndex(0); // the keys' page
    field->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::testConnection()
{
    if (m_tester->isRunning())
        return;
    m_testResult->setVisible(true);
    const bool local = settings().backend == AppSettings::Backend::Local;
    if (!local && keyValue(SecretStore::e2bKey()).isEmpty()) {
        m_testResult->setText(
            QStringLiteral("\u26A0 ")
            + tr("No E2B API key. %1").arg(missingKeyAdvice(SecretStore::e2bKey())));
        focusKeyField(SecretStore::e2bKey());
        fitHeight();
        return;
    }
    ConnectionTester::Anthropic anthropic;
    anthropic.check = true;
    anthropic.hasKey = !keyValue(SecretStore::anthropicKey()).isEmpty();
    anthropic.baseUrl = QUrl(qEnvironmentVariable("ANTHROPIC_BASE_URL"));
    anthropic.missingKeyAdvice = missingKeyAdvice(SecretStore::anthropicKey());
    m_tester->setAnthropic(anthropic);
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    if (local && m_localConnection.apiUrl.isEmpty()) {
        Run::LocalSandboxServer::Options options;
        options.templatesDir = Setup::Readiness::defaultTemplatesDir();
        m_tester->startLocal(options);
    } else {
        m_tester->start(connectionConfig());
    }
}

void SettingsDialog::accept()
{
    m_settings = settings();
    m_settings.save();
    if (!m_keychainAvailable || m_pendingReads > 0) {
        QDialog::accept();
        return;
    }
    const QString anthropic = m_anthropicKey->text().trimmed();
    const QString e2b = m_e2bKey->text().trimmed();
    m_pendingWrites.clear();
    auto save = [this](const QString &key, const QString &value, const QString &loaded) {
        if (value == loaded)
            return;
        m_pendingWrites.insert(key);
        if (value.isEmpty())
            m_store->remove(key);
        else
            m_store->write(key, value);
    };
    save(SecretStore::anthropicKey(), anthropic, m_loadedAnthropic);
    save(SecretStore::e2bKey(), e2b, m_loadedE2b);
    if (m_pendingWrites.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_buttons->setEnabled(false);
    m_keychainStatus->setText(tr("Saving keys to the keychain…"));
}

void SettingsDialog::onWritten(const QString &key, const Secrets::SecretWriteResult &result)
{
    if (!m_pendingWrites.remove(key))
        return;
    if (!result && !result.error().isNotFound()) {
        m_buttons->setEnabled(true);
        m_pendingWrites.clear();
        m_keychainStatus->setText(tr("Could not save the key: %1").arg(result.error().message));
        return;
    }
    if (key == SecretStore::anthropicKey())
        m_loadedAnthropic = m_anthropicKey->text().trimmed();
    else
        m_loadedE2b = m_e2bKey->text().trimmed();
    if (m_pendingWrites.isEmpty()) {
        m_buttons->setEnabled(true);
        QDialog::accept();
    }
}

} // namespace Autocoder::Ui
