#pragma once

#include "run/requirementcoverage.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QSet>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Which of the spec's requirements each iteration's tests cover (from gate.requirements
/// events): one row per requirement of the iteration shown, with its id, text, the tests
/// tagged with it (count; names in the tooltip) and Covered / Failing / Uncovered, written
/// out and with an icon, never colour alone.
///
/// Keeps every iteration's coverage; shows the newest until setIteration() picks another.
class RequirementsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsModel)
public:
    enum Column { IdColumn, TextColumn, TestsColumn, StatusColumn, ColumnCount };
    enum Roles { StatusRole = Qt::UserRole + 1, TestNamesRole };

    explicit RequirementsModel(QObject *parent = nullptr);

    /// Takes a gate.requirements event; false for any other. A coverage the event could
    /// not carry (bad JSON) is kept as an empty one.
    bool applyEvent(const Run::RunEvent &event);
    void clear();

    /// Shows @p iteration's coverage (none: no rows).
    void setIteration(int iteration);
    int iteration() const { return m_iteration; }
    /// Whether @p iteration has a gate.requirements event.
    bool hasIteration(int iteration) const { return m_coverage.contains(iteration); }
    /// The newest iteration with coverage, 0 when none.
    int latestIteration() const { return m_coverage.isEmpty() ? 0 : m_coverage.lastKey(); }
    /// The shown iteration's coverage (empty when it has none).
    Run::RequirementCoverage coverage() const { return m_coverage.value(m_iteration); }
    /// "4 of 5 requirements covered", "No requirements in the spec", or empty without coverage.
    QString summary() const;
    /// Whether the shown iteration's event held a coverage that could not be read.
    bool isUnreadable() const { return m_unreadable.contains(m_iteration); }

    static QString statusText(Run::RequirementCoverage::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// @p iteration's coverage arrived or changed.
    void iterationUpdated(int iteration);

private:
    QMap<int, Run::RequirementCoverage> m_coverage;
    QSet<int> m_unreadable; ///< iterations whose event's coverage was not valid JSON
    QList<Run::RequirementCoverage::Requirement> m_rows; ///< of m_iteration
    int m_iteration = 0;
};

} // namespace Autocoder::Ui
