#pragma once

#include <QSortFilterProxyModel>

namespace Autocoder::Ui {

/// Filters log lines by step (and iteration) and by text (case-insensitive substring).
/// Never sorts: log order is time order, and sorting a million rows would
/// defeat the batched appends.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setStep(const QString &step); ///< empty = all steps (any iteration)
    /// One step of one iteration; @p iteration < 0 means any iteration.
    void setStep(const QString &step, int iteration);
    QString step() const { return m_step; }
    int iteration() const { return m_iteration; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_step;
    int m_iteration = -1;
    QString m_text;
};

} // namespace Autocoder::Ui
