#pragma once

#include "models/testresultsmodel.h"

#include <QAbstractTableModel>

namespace Autocoder::Ui {

/// The tests of one iteration with how each changed since the previous one.
class TestCasesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestCasesModel)
public:
    enum Column {
        NameColumn,
        StatusColumn,
        ChangeColumn,
        FileColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Roles { StatusRole = Qt::UserRole + 1 };

    explicit TestCasesModel(QObject *parent = nullptr);

    /// Shows @p current; @p previous (may be null) gives the "change" column.
    void setIteration(const IterationTests &current, const IterationTests *previous);
    void clear();
    int iteration() const { return m_current.iteration; }
    const IterationTests &current() const { return m_current; }
    /// The test on @p row, or nullptr.
    const TestCaseResult *testAt(int row) const;
    /// What "Copy Failure" copies: the name, the location (or file), then the message.
    static QString failureText(const TestCaseResult &test);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    IterationTests m_current;
    QVector<QString> m_change; // per row
};

} // namespace Autocoder::Ui
