#include "runview/verificationpanel.h"

#include "models/mutationmodel.h"
#include "models/requirementsmodel.h"
#include "runview/diffview.h"
#include "runview/statusiconlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Autocoder::Ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    // Dense rows: both tables are lists to scan, in a tab that shares its height.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

VerificationPanel::VerificationPanel(RequirementsModel *requirements, MutationModel *mutation,
                                     QWidget *parent)
    : QWidget(parent)
    , m_requirements(requirements)
    , m_mutation(mutation)
{
    // Requirements
    auto *requirementsTitle = sectionTitle(tr("&Requirements"), this);
    m_requirementsSummary = new QLabel(this);
    m_requirementsSummary->setWordWrap(true);
    m_requirementsSummary->setAccessibleName(tr("Requirements summary"));
    m_requirementsSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requirementsView = makeTable(requirements, tr("Requirements and their tests"), this);
    requirementsTitle->setBuddy(m_requirementsView);
    QHeaderView *rh = m_requirementsView->horizontalHeader();
    rh->setSectionResizeMode(RequirementsModel::IdColumn, QHeaderView::ResizeToContents);
    rh->setSectionResizeMode(RequirementsModel::TextColumn, QHeaderView::Stretch);
    rh->setSectionResizeMode(RequirementsModel::TestsColumn, QHeaderView::ResizeToContents);
    rh->setSectionResizeMode(RequirementsModel::StatusColumn, QHeaderView::ResizeToContents);

    auto *requirementsPart = new QWidget(this);
    auto *requirementsLayout = new QVBoxLayout(requirementsPart);
    requirementsLayout->setContentsMargins(0, 0, 0, 0);
    // The part is no taller than its table's rows (refreshRequirements() caps the table), so
    // the mutants and their diffs get the rest.
    requirementsLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    auto *requirementsBar = new QHBoxLayout;
    requirementsBar->addWidget(requirementsTitle);
    requirementsBar->addSpacing(fontMetrics().height());
    requirementsBar->addWidget(m_requirementsSummary, 1);
    requirementsLayout->addLayout(requirementsBar);
    requirementsLayout->addWidget(m_requirementsView, 1);

    // Mutation check
    auto *mutationTitle = sectionTitle(tr("&Mutation check"), this);
    m_mutationIcon = new StatusIconLabel(this);
    m_mutationState = sectionTitle(QString(), this);
    m_mutationState->setAccessibleName(tr("Mutation check result"));
    m_mutationSummary = new QLabel(this);
    m_mutationSummary->setWordWrap(true);
    m_mutationSummary->setAccessibleName(tr("Mutation check summary"));
    m_mutationSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files = new QLabel(this);
    m_files->setWordWrap(true);
    m_files->setAccessibleName(tr("Mutated and skipped files"));
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setTextFormat(Qt::RichText);

    m_mutantsView = makeTable(mutation, tr("Mutants"), this);
    mutationTitle->setBuddy(m_mutantsView);
    QHeaderView *mh = m_mutantsView->horizontalHeader();
    mh->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The change takes what is left and is elided; its diff is beside it.
    mh->setSectionResizeMode(MutationModel::ChangeColumn, QHeaderView::Stretch);
    // Operators in words can be long in some languages: a fixed start, elided, resizable.
    mh->setSectionResizeMode(MutationModel::OperatorColumn, QHeaderView::Interactive);
    m_mutantsView->setColumnWidth(MutationModel::OperatorColumn, fontMetrics().height() * 12);
    m_diff = new DiffView(this);
    m_diff->setAccessibleName(tr("The selected mutant's change"));

    m_mutantsPart = new QSplitter(Qt::Horizontal, this);
    auto *mutantsSplitter = static_cast<QSplitter *>(m_mutantsPart);
    mutantsSplitter->addWidget(m_mutantsView);
    mutantsSplitter->addWidget(m_diff);
    mutantsSplitter->setStretchFactor(0, 4);
    mutantsSplitter->setStretchFactor(1, 5);
    const int em = fontMetrics().height();
    mutantsSplitter->setSizes({ em * 26, em * 28 });
    mutantsSplitter->setChildrenCollapsible(false);

    auto *mutationPart = new QWidget(this);
    auto *mutationLayout = new QVBoxLayout(mutationPart);
    mutationLayout->setContentsMargins(0, 0, 0, 0);
    auto *mutationBar = new QHBoxLayout;
    mutationBar->addWidget(mutationTitle);
    mutationBar->addSpacing(fontMetrics().height());
    mutationBar->addWidget(m_mutationIcon);
    mutationBar->addWidget(m_mutationState);
    mutationBar->addSpacing(fontMetrics().height() / 2);
    mutationBar->addWidget(m_mutationSummary, 1);
    mutationLayout->addLayout(mutationBar);
    mutationLayout->addWidget(m_files);
    mutationLayout->addWidget(m_mutantsPart, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(requirementsPart);
    splitter->addWidget(mutationPart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(requirements, &RequirementsModel::iterationUpdated, this, [this](int iteration) {
        if (iteration == m_iteration || m_requirements->iteration() != m_iteration)
            refreshRequirements();
    });
    connect(mutation, &MutationModel::iterationUpdated, this, [this](int iteration) {
        if (iteration == m_iteration || m_mutation->iteration() != m_iteration)
            refreshMutation();
    });
    connect(m_mutantsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentMutant(); });
    connect(mutation, &QAbstractItemModel::modelReset, this, [this] { showCurrentMutant(); });
    showIteration(0);
}

void VerificationPanel::showIteration(int iteration)
{
    m_iteration = iteration;
    refreshRequirements();
    refreshMutation();
}

void VerificationPanel::refreshRequirements()
{
    if (m_requirements->iteration() != m_iteration)
        m_requirements->setIteration(m_iteration);
    const bool has = m_requirements->hasIteration(m_iteration);
    QString summary = m_requirements->summary();
    if (!has)
        summary = m_iteration > 0
            ? tr("No requirement table for iteration %1: the spec does not ask for a test per "
                 "requirement, or the tests did not run.")
                  .arg(m_iteration)
            : tr("No iteration has run its tests yet.");
    m_requirementsSummary->setText(summary);
    m_requirementsView->setVisible(has && m_requirements->rowCount() > 0);
    // Tall enough for every row up to a dozen; more scroll.
    const int rows = std::clamp(m_requirements->rowCount(), 1, 12);
    m_requirementsView->setMaximumHeight(
        m_requirementsView->horizontalHeader()->sizeHint().height()
        + rows * m_requirementsView->verticalHeader()->defaultSectionSize()
        + 2 * m_requirementsView->frameWidth() + 2);
    Q_EMIT stateChanged();
}

void VerificationPanel::refreshMutation()
{
    if (m_mutation->iteration() != m_iteration)
        m_mutation->setIteration(m_iteration);
    using State = MutationModel::State;
    const State state = m_mutation->state();
    std::optional<RunListModel::StatusKind> kind;
    switch (state) {
    case State::Passed:
        kind = RunListModel::StatusKind::Green;
        break;
    case State::BelowThreshold:
    case State::Unreadable:
        kind = RunListModel::StatusKind::NotGreen;
        break;
    case State::Skipped:
        kind = RunListModel::StatusKind::Interrupted;
        break;
    case State::NotRun:
    case State::NotRunTestsFailed:
        kind = RunListModel::StatusKind::Stopped;
        break;
    case State::None:
        break;
    }
    m_mutationIcon->setKind(kind);
    m_mutationState->setText(m_mutation->stateText());
    m_mutationState->setStyleSheet(
        kind ? QStringLiteral("color: %1").arg(RunListModel::statusColor(*kind, palette()).name())
             : QString());
    m_mutationSummary->setText(state == State::None ? tr("Not run yet.") : m_mutation->summary());

    const QStringList mutated = m_mutation->mutatedFiles();
    const auto skipped = m_mutation->skippedFiles();
    QStringList parts;
    if (!mutated.isEmpty()) {
        QStringList names;
        for (const QString &f : mutated)
            names.append(QStringLiteral("<code>%1</code>").arg(f.toHtmlEscaped()));
        parts.append(tr("Mutated: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!skipped.isEmpty()) {
        // Grouped by reason: a project has many files left out for the same few reasons.
        QList<std::pair<QString, QStringList>> byReason;
        for (const auto &[path, why] : skipped) {
            auto it = std::find_if(byReason.begin(), byReason.end(),
                                   [&why = why](const auto &group) { return group.first == why; });
            if (it == byReason.end())
                it = byReason.insert(byReason.end(), { why, {} });
            it->second.append(QStringLiteral("<code>%1</code>").arg(path.toHtmlEscaped()));
        }
        QStringList groups;
        for (const auto &[why, paths] : std::as_const(byReason))
            //: Files the mutation check left out: %1 their paths, %2 why
            groups.append(tr("%1 (%2)").arg(paths.join(QStringLiteral(", ")), why.toHtmlEscaped()));
        parts.append(tr("Left out: %1").arg(groups.join(QStringLiteral("; "))));
    }
    m_files->setText(parts.join(QStringLiteral("<br>")));
    m_files->setVisible(!parts.isEmpty());
    m_mutantsPart->setVisible(m_mutation->rowCount() > 0);
    if (m_mutation->rowCount() > 0 && !m_mutantsView->currentIndex().isValid())
        m_mutantsView->setCurrentIndex(m_mutation->index(0, MutationModel::LocationColumn));
    showCurrentMutant();
    Q_EMIT stateChanged();
}

void VerificationPanel::showCurrentMutant()
{
    const Mutation::MutantResult *m = m_mutation->mutantAt(m_mutantsView->currentIndex().row());
    if (!m) {
        m_diff->showMessage(tr("Select a mutant to see its change."));
        return;
    }
    const std::optional<Diff::FileChange> change = MutationModel::fileChange(*m);
    if (!change) {
        m_diff->showMessage(tr("%1:%2 — no diff was recorded for this mutant.")
                                .arg(m->mutant.file)
                                .arg(m->mutant.line));
        return;
    }
    m_diff->setChange(*change, 0);
}

} // namespace Autocoder::Ui
