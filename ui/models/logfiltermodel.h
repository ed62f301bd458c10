#pragma once

#include <QSortFilterProxyModel>

namespace Autocoder::Ui {

/// Filters log lines by step and by text (case-insensitive substring).
/// Never sorts: log order is time order, and sorting a million rows would
/// defeat the batched appends.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setStep(const QString &step); ///< empty = all steps
    QString step() const { return m_step; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_step;
    QString m_text;
};

} // namespace Autocoder::Ui
