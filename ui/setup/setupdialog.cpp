#include "setup/setupdialog.h"

#include "dialogheight.h"
#include "run/localsandboxserver.h"
#include "secrets/secretstore.h"
#include "setup/templatepreparer.h"
#include "theme/icons.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Autocoder::Ui {

using Setup::ReadinessCheck;
using State = ReadinessCheck::State;

namespace {

QString iconName(const ReadinessCheck &check)
{
    switch (check.state) {
    case State::Pending:
        return QStringLiteral("process-working");
    case State::Ok:
        return QStringLiteral("emblem-ok");
    case State::Missing:
        return check.required ? QStringLiteral("dialog-warning")
                              : QStringLiteral("dialog-information");
    case State::Failed:
        return QStringLiteral("dialog-error");
    }
    return QString();
}

// Said in words as well as by the icon, and the fallback when no icon is bundled.
QString stateGlyph(const ReadinessCheck &check)
{
    switch (check.state) {
    case State::Pending:
        return QStringLiteral("\u2026");
    case State::Ok:
        return QStringLiteral("\u2714");
    case State::Missing:
        return check.required ? QStringLiteral("\u26A0") : QStringLiteral("\u2139");
    case State::Failed:
        return QStringLiteral("\u2716");
    }
    return QString();
}

QString stateWords(const ReadinessCheck &check)
{
    switch (check.state) {
    case State::Pending:
        //: The state of one requirement on the set-up page
        return SetupDialog::tr("checking");
    case State::Ok:
        //: The state of one requirement on the set-up page
        return SetupDialog::tr("ready");
    case State::Missing:
        return check.required ? SetupDialog::tr("missing") : SetupDialog::tr("not yet, optional");
    case State::Failed:
        return SetupDialog::tr("failed");
    }
    return QString();
}

} // namespace

SetupDialog::SetupDialog(const Setup::Readiness::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_readiness(new Setup::Readiness(this))
    , m_store(options.keychainService.isEmpty()
                  ? new Secrets::SecretStore(this)
                  : new Secrets::SecretStore(options.keychainService, this))
{
    setWindowTitle(tr("Set Up Autocoder"));
    const bool e2b = options.backend == QLatin1String("e2b");

    auto *heading = new QLabel(tr("Before the first run"), this);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    heading->setFont(big);
    m_intro = new QLabel(
        e2b ? tr("Runs use E2B's cloud sandboxes (set in Settings). This is what they need:")
            : tr("Runs use sandboxes on this computer (set in Settings). This is what they "
                 "need:"),
        this);
    m_intro->setWordWrap(true);

    auto *rowsBox = new QWidget(this);
    m_rows = new QVBoxLayout(rowsBox);
    m_rows->setContentsMargins(0, 0, 0, 0);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("setupStatus"));
    m_status->setAccessibleName(tr("Set-up status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_recheck = buttons->addButton(tr("&Re-check"), QDialogButtonBox::ActionRole);
    m_recheck->setIcon(themedIcon(QStringLiteral("view-refresh")));
    m_recheck->setToolTip(tr("Check everything again"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("&Later"));
    m_cancel->setIcon(themedIcon(QStringLiteral("window-close")));
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setIcon(themedIcon(QStringLiteral("go-next")));
    m_continue->setEnabled(false);
    connect(m_recheck, &QPushButton::clicked, this, &SetupDialog::recheck);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(rowsBox);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_readiness, &Setup::Readiness::checkChanged, this, &SetupDialog::showCheck);
    connect(m_readiness, &Setup::Readiness::finished, this, [this] {
        updateContinue();
        Q_EMIT checked();
    });

    m_readiness->start(options);
    const int em = fontMetrics().height();
    resize(em * 40, sizeHint().height());
}

SetupDialog::~SetupDialog() = default;

bool SetupDialog::firstStartDone()
{
    return QSettings().value(QStringLiteral("setup/firstStartDone"), false).toBool();
}

void SetupDialog::setFirstStartDone(bool done)
{
    QSettings().setValue(QStringLiteral("setup/firstStartDone"), done);
}

QPushButton *SetupDialog::fixButton(const QString &id) const
{
    return m_rowsById.value(id).fix;
}

QLabel *SetupDialog::detailLabel(const QString &id) const
{
    return m_rowsById.value(id).detail;
}

void SetupDialog::showCheck(const ReadinessCheck &check)
{
    auto it = m_rowsById.find(check.id);
    if (it == m_rowsById.end()) {
        auto *box = new QWidget(this);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 2, 0, 2);
        Row row;
        row.icon = new QLabel(box);
        row.icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        row.icon->setMinimumWidth(fontMetrics().height() * 3 / 2);
        row.title = new QLabel(box);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.detail = new QLabel(box);
        row.detail->setWordWrap(true);
        row.detail->setTextFormat(Qt::PlainText);
        row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fix = new QPushButton(box);
        row.fix->setVisible(false);
        const QString id = check.id;
        connect(row.fix, &QPushButton::clicked, this, [this, id] { fix(id); });
        grid->addWidget(row.icon, 0, 0, 2, 1);
        grid->addWidget(row.title, 0, 1);
        grid->addWidget(row.detail, 1, 1);
        grid->addWidget(row.fix, 0, 2, 2, 1, Qt::AlignTop);
        grid->setColumnStretch(1, 1);
        m_rows->addWidget(box);
        // The rows' Fix buttons come first when tabbing, then the dialog's own buttons.
        setTabOrder(row.fix, m_recheck);
        setTabOrder(m_recheck, m_cancel);
        setTabOrder(m_cancel, m_continue);
        it = m_rowsById.insert(check.id, row);
    }
    Row &row = *it;
    const QIcon icon = themedIcon(iconName(check));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (icon.isNull())
        row.icon->setText(stateGlyph(check));
    else
        row.icon->setPixmap(icon.pixmap(size, size));
    row.icon->setAccessibleName(stateWords(check));
    //: %1 a requirement (e.g. "Anthropic API key"), %2 its state (ready, missing, ...)
    row.title->setText(tr("%1 \u2014 %2").arg(check.title, stateWords(check)));
    row.detail->setText(check.detail);
    row.detail->setAccessibleName(check.title);
    switch (check.fix) {
    case ReadinessCheck::Fix::EnterKey:
        row.fix->setText(tr("&Enter Key…"));
        row.fix->setIcon(themedIcon(QStringLiteral("dialog-password")));
        row.fix->setAccessibleName(tr("Enter the %1").arg(check.title));
        break;
    case ReadinessCheck::Fix::PrepareTemplates:
        row.fix->setText(tr("&Prepare Now"));
        row.fix->setIcon(themedIcon(QStringLiteral("system-run")));
        row.fix->setAccessibleName(tr("Prepare the sandbox templates now"));
        break;
    case ReadinessCheck::Fix::None:
        break;
    }
    row.fix->setVisible(check.fixable());
    row.fix->setEnabled(!(m_preparer && m_preparer->isRunning()));
    updateContinue();
}

void SetupDialog::updateContinue()
{
    const bool running = m_readiness->isRunning();
    const bool ready = m_readiness->isReady();
    m_continue->setEnabled(ready);
    m_recheck->setEnabled(!running);
    if (running) {
        m_status->setText(tr("Checking…"));
        m_continue->setToolTip(tr("Still checking"));
    } else if (ready) {
        m_status->setText(tr("Everything a run needs is there."));
        m_continue->setToolTip(QString());
        m_continue->setDefault(true);
    } else {
        // The line names what blocks; the tooltip adds what to do about it.
        QString blocker;
        for (const ReadinessCheck &check : m_readiness->checks()) {
            if (check.blocks()) {
                blocker = tr("%1 (%2)").arg(check.title, stateWords(check));
                break;
            }
        }
        m_status->setText(tr("Continue is available once this is fixed: %1.").arg(blocker));
        m_continue->setToolTip(m_readiness->blockingReason());
        m_recheck->setDefault(true);
    }
    m_continue->setAccessibleDescription(m_continue->toolTip());
    fitHeight();
}

void SetupDialog::fitHeight()
{
    fitHeightToContents(this, FitHeight::GrowOrShrink);
}

void SetupDialog::recheck()
{
    m_readiness->start();
    updateContinue();
}

void SetupDialog::accept()
{
    if (!m_readiness->isReady())
        return;
    setFirstStartDone(true);
    QDialog::accept();
}

void SetupDialog::fix(const QString &id)
{
    const ReadinessCheck check = m_readiness->check(id);
    if (check.fix == ReadinessCheck::Fix::EnterKey)
        enterKey(id);
    else if (check.fix == ReadinessCheck::Fix::PrepareTemplates)
        prepareTemplates();
}

void SetupDialog::enterKey(const QString &id)
{
    const bool anthropic = id == QLatin1String("anthropic");
    const QString key =
        anthropic ? Secrets::SecretStore::anthropicKey() : Secrets::SecretStore::e2bKey();
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(QStringLiteral("keyEntry"));
    input->setWindowTitle(anthropic ? tr("Anthropic API Key") : tr("E2B API Key"));
    input->setLabelText(anthropic
                            ? tr("Your Anthropic API key (from console.anthropic.com). It is kept "
                                 "in the system keychain, never in a file:")
                            : tr("Your E2B API key (from e2b.dev/dashboard). It is kept in the "
                                 "system keychain, never in a file:"));
    input->setTextEchoMode(QLineEdit::Password);
    connect(input, &QInputDialog::textValueSelected, this, [this, key, id](const QString &text) {
        const QString value = text.trimmed();
        if (value.isEmpty())
            return;
        auto *context = new QObject(this);
        connect(m_store, &Secrets::SecretStore::writeFinished, context,
                [this, key, id, context](const QString &written,
                                         const Secrets::SecretWriteResult &result) {
                    if (written != key)
                        return;
                    context->deleteLater();
                    if (!result) {
                        if (QLabel *detail = detailLabel(id))
                            detail->setText(
                                tr("Could not save the key: %1").arg(result.error().message));
                        return;
                    }
                    recheck();
                });
        m_store->write(key, value);
        if (QLabel *detail = detailLabel(id))
            detail->setText(tr("Saving the key to the keychain…"));
    });
    input->open();
}

void SetupDialog::prepareTemplates()
{
    if (!m_preparer) {
        m_preparer = new Setup::TemplatePreparer(this);
        connect(m_preparer, &Setup::TemplatePreparer::progress, this, [this](const QString &line) {
            if (QLabel *detail = detailLabel(QStringLiteral("templates")))
                detail->setText(line);
        });
        connect(m_preparer, &Setup::TemplatePreparer::finished, this,
                [this](const Result<void> &result) {
                    if (!result) {
                        if (QLabel *detail = detailLabel(QStringLiteral("templates")))
                            detail->setText(result.error());
                        if (QPushButton *b = fixButton(QStringLiteral("templates")))
                            b->setEnabled(true);
                        return;
                    }
                    recheck();
                });
    }
    const Setup::Readiness::Options &o = m_readiness->options();
    const QString program =
        o.sandboxdProgram.isEmpty() ? Run::LocalSandboxServer::findProgram() : o.sandboxdProgram;
    const QString dir =
        o.templatesDir.isEmpty() ? Setup::Readiness::defaultTemplatesDir() : o.templatesDir;
    if (QPushButton *b = fixButton(QStringLiteral("templates")))
        b->setEnabled(false);
    m_preparer->start(program, dir);
}

} // namespace Autocoder::Ui
