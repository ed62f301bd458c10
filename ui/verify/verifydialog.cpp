#include "verify/verifydialog.h"

#include "models/runlistmodel.h"
#include "theme/icons.h"

#include "run/runevent.h"
#include "run/runevents.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Autocoder::Ui {

namespace {

QString stepTitle(const QString &step)
{
    if (step == Run::Step::Sandbox)
        return VerifyDialog::tr("Creating a fresh sandbox");
    if (step == Run::Step::Upload)
        return VerifyDialog::tr("Uploading the project");
    if (step == Run::Step::Install)
        return VerifyDialog::tr("Installing dependencies");
    if (step == Run::Step::Test)
        return VerifyDialog::tr("Running the tests");
    if (step == Run::Step::Build)
        return VerifyDialog::tr("Building");
    if (step == Run::Step::Lint)
        return VerifyDialog::tr("Linting");
    if (step == Run::Step::Snapshot)
        return VerifyDialog::tr("Reading the sandbox's files");
    if (step == Run::Step::Toolchain)
        return VerifyDialog::tr("Asking the toolchain's versions");
    if (step == Run::Step::Mutation)
        return VerifyDialog::tr("Checking that the tests catch mutants");
    return step;
}

QString kindText(const Run::ReceiptDifference &d)
{
    switch (d.kind) {
    case Run::ReceiptDifference::Kind::Changed:
        return VerifyDialog::tr("changed");
    case Run::ReceiptDifference::Kind::Missing:
        return VerifyDialog::tr("missing");
    case Run::ReceiptDifference::Kind::Added:
        return VerifyDialog::tr("added");
    }
    return {};
}

} // namespace

VerifyDialog::VerifyDialog(const QString &projectDir, QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
{
    setWindowTitle(tr("Verify Project"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(
        tr("Replaying <b>%1</b> in a fresh sandbox and comparing it with its VERIFICATION.json.")
            .arg(QDir::toNativeSeparators(projectDir).toHtmlEscaped()),
        this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_steps = new QListWidget(this);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_steps, 1);

    auto *resultRow = new QHBoxLayout;
    m_resultIcon = new QLabel(this);
    m_resultIcon->hide();
    m_result = new QLabel(tr("Starting…"), this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result"));
    resultRow->addWidget(m_resultIcon);
    resultRow->addWidget(m_result, 1);
    layout->addLayout(resultRow);

    m_differences = new QTableWidget(0, 4, this);
    m_differences->setHorizontalHeaderLabels(
        { tr("Key"), tr("Expected"), tr("Found"), tr("Blocking") });
    m_differences->setAccessibleName(tr("Differences"));
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->verticalHeader()->hide();
    m_differences->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->setWordWrap(false);
    m_differences->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differences->hide();
    layout->addWidget(m_differences, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerifyDialog::reject);
    layout->addWidget(m_buttons);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 48, em * 30);
}

VerifyDialog::~VerifyDialog() = default;

void VerifyDialog::follow(Run::ProjectVerifier *verifier)
{
    connect(verifier, &Run::ProjectVerifier::eventEmitted, this, &VerifyDialog::addEvent);
    connect(verifier, &Run::ProjectVerifier::finished, this, &VerifyDialog::showOutcome);
    connect(this, &VerifyDialog::cancelRequested, verifier, &Run::ProjectVerifier::cancel);
}

void VerifyDialog::addEvent(const Run::RunEvent &event)
{
    if (event.kind == Run::EventKind::StepStarted) {
        const auto started = Run::StepStarted::fromJson(event.data);
        auto *item = new QListWidgetItem(themedIcon(QStringLiteral("media-playback-start")),
                                         stepTitle(started.step) + tr("…"), m_steps);
        item->setData(Qt::UserRole, started.step);
        m_steps->scrollToItem(item);
        return;
    }
    if (event.kind != Run::EventKind::StepFinished)
        return;
    const auto finished = Run::StepFinished::fromJson(event.data);
    // The last line of that step is the one still running.
    for (int row = m_steps->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_steps->item(row);
        if (item->data(Qt::UserRole).toString() != finished.step)
            continue;
        const QString seconds = finished.durationMs >= 0
            ? tr(" (%1 s)").arg(double(finished.durationMs) / 1000.0, 0, 'f', 1)
            : QString();
        item->setText(
            (finished.ok ? tr("%1: done").arg(stepTitle(finished.step))
                         : tr("%1: failed").arg(stepTitle(finished.step))
                     + (finished.message.isEmpty() ? QString()
                                                   : QStringLiteral(" — ") + finished.message))
            + seconds);
        item->setIcon(
            themedIcon(finished.ok ? QStringLiteral("emblem-ok") : QStringLiteral("dialog-error")));
        item->setData(Qt::UserRole, QString());
        return;
    }
}

void VerifyDialog::showOutcome(const Run::VerificationOutcome &outcome)
{
    using Status = Run::VerificationOutcome::Status;
    m_finished = true;
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    // The marks the run list gives a green run and one that is not.
    QIcon icon;
    switch (outcome.status) {
    case Status::Match:
        icon = RunListModel::statusIcon(RunListModel::StatusKind::Green);
        m_result->setText(
            tr("<b>Match.</b> The replay reproduced everything the receipt records."));
        break;
    case Status::Mismatch:
        icon = RunListModel::statusIcon(RunListModel::StatusKind::NotGreen);
        m_result->setText(tr("<b>Mismatch.</b> The project does not reproduce its receipt; the "
                             "differences that fail verification are listed first."));
        break;
    case Status::Error:
        icon = themedIcon(QStringLiteral("dialog-error"));
        m_result->setText(tr("<b>Could not verify.</b> %1").arg(outcome.error.toHtmlEscaped()));
        break;
    }
    m_resultIcon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_resultIcon->show();

    QList<Run::ReceiptDifference> differences = outcome.differences;
    std::stable_sort(differences.begin(), differences.end(),
                     [](const Run::ReceiptDifference &a, const Run::ReceiptDifference &b) {
                         return a.blocking && !b.blocking;
                     });
    m_differences->setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const Run::ReceiptDifference &d = differences.at(row);
        const auto cell = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            return item;
        };
        m_differences->setItem(row, 0, cell(d.key));
        m_differences->setItem(
            row, 1, cell(d.kind == Run::ReceiptDifference::Kind::Added ? kindText(d) : d.expected));
        m_differences->setItem(
            row, 2, cell(d.kind == Run::ReceiptDifference::Kind::Missing ? kindText(d) : d.found));
        m_differences->setItem(row, 3, cell(d.blocking ? tr("yes") : tr("no")));
    }
    m_differences->setVisible(!differences.isEmpty());
    m_differences->resizeColumnsToContents();
    // Sizing to contents ends the last column's stretch: give it back the room to the edge.
    m_differences->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_cancel = nullptr;
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setDefault(true);
        close->setFocus();
    }
}

void VerifyDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    // Closing while it runs cancels; the dialog stays until the sandbox is gone.
    requestCancel();
}

void VerifyDialog::requestCancel()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_result->setText(tr("Cancelling: removing the sandbox…"));
    if (m_cancel)
        m_cancel->setEnabled(false);
    Q_EMIT cancelRequested();
}

} // namespace Autocoder::Ui
