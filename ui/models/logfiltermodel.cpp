#include "models/logfiltermodel.h"

#include "models/logmodel.h"

namespace Autocoder::Ui {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LogFilterModel::setStep(const QString &step)
{
    setStep(step, -1);
}

void LogFilterModel::setStep(const QString &step, int iteration)
{
    if (step.isEmpty())
        iteration = -1;
    if (step == m_step && iteration == m_iteration)
        return;
    m_step = step;
    m_iteration = iteration;
    invalidateFilter();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_step.isEmpty() && m_text.isEmpty())
        return true;
    // Read the line directly when the source is a LogModel: a million
    // QVariant round-trips per refilter are measurable.
    if (const auto *log = qobject_cast<const LogModel *>(sourceModel());
        log && !sourceParent.isValid()) {
        const LogLine &line = log->lineAt(sourceRow);
        if (!m_step.isEmpty() && line.step != m_step)
            return false;
        if (m_iteration >= 0 && line.iteration != m_iteration)
            return false;
        return m_text.isEmpty() || line.text.contains(m_text, Qt::CaseInsensitive);
    }
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_step.isEmpty() && idx.data(LogModel::StepRole).toString() != m_step)
        return false;
    if (m_iteration >= 0 && idx.data(LogModel::IterationRole).toInt() != m_iteration)
        return false;
    if (m_text.isEmpty())
        return true;
    QVariant text = idx.data(LogModel::TextRole);
    if (!text.isValid())
        text = idx.data();
    return text.toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Autocoder::Ui
