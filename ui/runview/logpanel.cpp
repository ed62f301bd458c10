#include "runview/logpanel.h"

#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/timelinemodel.h"

#include "run/runevent.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Autocoder::Ui {

// The step filter's items: Qt::UserRole holds the step, this role its iteration (-1: any).
static constexpr int IterationDataRole = Qt::UserRole + 1;

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the logs (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search logs"));
    m_search->setClearButtonEnabled(true);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_step = new QComboBox(this);
    m_step->setAccessibleName(tr("Show output of step"));
    m_step->addItem(tr("All steps"), QString());
    auto *stepLabel = new QLabel(tr("St&ep:"), this);
    stepLabel->setBuddy(m_step);

    m_follow = new QCheckBox(tr("F&ollow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of log lines"));

    m_view = new QListView(this);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Log lines"));
    // Uniform sizes: the view never measures a million rows.
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(stepLabel);
    bar->addWidget(m_step);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_step, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant iteration = m_step->itemData(index, IterationDataRole);
        m_filter->setStep(m_step->itemData(index).toString(),
                          iteration.isValid() ? iteration.toInt() : -1);
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int max) {
        if (m_follow->isChecked())
            scroll->setValue(max);
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { updateCount(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    setTabOrder(m_search, m_step);
    setTabOrder(m_step, m_follow);
    setTabOrder(m_follow, m_view);
    updateCount();
}

static int findStep(const QComboBox *box, const QString &step, int iteration)
{
    for (int i = 0; i < box->count(); ++i) {
        const QVariant it = box->itemData(i, IterationDataRole);
        if (box->itemData(i).toString() == step && (it.isValid() ? it.toInt() : -1) == iteration)
            return i;
    }
    return -1;
}

void LogPanel::noteStep(const QString &step, int iteration)
{
    if (step == QLatin1String("log"))
        iteration = -1; // the app's own lines belong to no step
    if (step.isEmpty() || findStep(m_step, step, iteration) >= 0)
        return;
    const QString label = step == QLatin1String("log") ? tr("Autocoder")
        : iteration < 0                                ? TimelineModel::stepDisplayName(step)
                                                       : LogModel::sectionTitle(step, iteration);
    m_step->addItem(label, step);
    m_step->setItemData(m_step->count() - 1, iteration, IterationDataRole);
}

// The line without terminal colour codes (runners colour their output even into a pipe).
static QString plain(const QString &text)
{
    if (!text.contains(QChar(0x1b)))
        return text;
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    return QString(text).remove(ansi);
}

// Lines that say something went wrong, in the runners' and tools' own words.
static bool looksLikeError(const LogLine &line)
{
    static const QRegularExpression error(
        QStringLiteral("\\b(error|fail(ed|ure)?|exception|panic|fatal)\\b|[✕✗×●]|^\\s*FAIL\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noFailures(QStringLiteral("^\\s*0 fail|\\b0 failed\\b"));
    if (line.isHeader)
        return false;
    const QString text = plain(line.text);
    return error.match(text).hasMatch() && !noFailures.match(text).hasMatch();
}

QVector<int> LogPanel::shownSourceRows() const
{
    QVector<int> rows;
    const int n = m_filter->rowCount();
    rows.reserve(n);
    for (int r = 0; r < n; ++r)
        rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    return rows;
}

void LogPanel::selectSourceRow(int sourceRow)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    // The step's heading stays in view when the line fits below it; else the line is centred.
    const QModelIndex first = m_filter->index(0, 0);
    if (first.data(LogModel::IsHeaderRole).toBool()) {
        m_view->scrollTo(first, QAbstractItemView::PositionAtTop);
        m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    } else {
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

bool LogPanel::showStep(int iteration, const QString &step, bool firstError)
{
    m_model->flush();
    // Going to a place in the logs stops following the newest line, and shows all its lines.
    m_follow->setChecked(false);
    m_search->clear();
    noteStep(step, iteration);
    m_step->setCurrentIndex(findStep(m_step, step, iteration));

    const QVector<int> rows = shownSourceRows();
    int header = -1, first = -1, error = -1;
    for (int row : rows) {
        const LogLine &line = m_model->lineAt(row);
        if (line.isHeader) {
            if (header < 0)
                header = row;
            continue;
        }
        if (first < 0)
            first = row;
        if (firstError && looksLikeError(line)) {
            error = row;
            break;
        }
        if (!firstError)
            break;
    }
    const int target = error >= 0 ? error : first >= 0 ? first : header;
    if (target >= 0)
        selectSourceRow(target);
    return first >= 0;
}

bool LogPanel::showTest(int iteration, const QString &testName)
{
    if (!showStep(iteration, QString(Run::Step::Test), true))
        return false;
    const QVector<int> rows = shownSourceRows();
    // jest names suites with " › ", the others with " > ".
    const QString jestName =
        QString(testName).replace(QStringLiteral(" > "), QStringLiteral(" › "));
    const QString leaf = testName.section(QStringLiteral(" > "), -1);
    static const QRegularExpression resultLine(
        QStringLiteral("^\\s*(\\((pass|fail|skip|todo)\\)|[✓✗»✎])\\s|^\\S.*\\.[cm]?[jt]sx?:$"));
    int named = -1; // a line naming the test: its result (bun) or its failure block (jest, vitest)
    for (int i = 0; i < rows.size(); ++i) {
        const QString text = plain(m_model->lineAt(rows.at(i)).text);
        const bool names = text.contains(testName) || text.contains(jestName);
        if (!names)
            continue;
        if (text.contains(QStringLiteral("●"))
            || text.trimmed().startsWith(QLatin1String("FAIL"))) {
            selectSourceRow(rows.at(i)); // jest's "● suite › name", vitest's "FAIL file > name"
            return true;
        }
        if (named < 0)
            named = i;
    }
    if (named < 0) {
        // Runners that print only the test's own name under its suite ("✕ name").
        for (int i = 0; i < rows.size() && named < 0; ++i) {
            const QString text = plain(m_model->lineAt(rows.at(i)).text).trimmed();
            if (text.endsWith(leaf) && looksLikeError(m_model->lineAt(rows.at(i))))
                named = i;
        }
    }
    if (named < 0)
        return false; // showStep() selected the step's first error line
    // bun prints a failure before its "(fail) name" line: go back to where that output starts.
    int start = named;
    while (start > 0 && !m_model->lineAt(rows.at(start - 1)).isHeader
           && !resultLine.match(plain(m_model->lineAt(rows.at(start - 1)).text)).hasMatch())
        --start;
    int target = named;
    for (int i = start; i < named; ++i) {
        if (looksLikeError(m_model->lineAt(rows.at(i)))) {
            target = i;
            break;
        }
    }
    selectSourceRow(rows.at(target));
    return true;
}

void LogPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("Lines: %1").arg(total)
                                    : tr("Lines: %1 of %2").arg(shown).arg(total));
}

} // namespace Autocoder::Ui
