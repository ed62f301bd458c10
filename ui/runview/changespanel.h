#pragma once

#include "models/changesmodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTreeView;

namespace Autocoder::Ui {

class DiffView;
class FileTreeModel;

/// The Changes tab: what one iteration changed, compared with the iteration before it or
/// with the start: the changed files with their marks and +/- counts, and the selected
/// file's diff (unified or side by side, Ctrl+Shift+D). The snapshots and the locked tests
/// come from the Files tab's model; comparing waits until the tab is shown.
class ChangesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesPanel)
public:
    explicit ChangesPanel(FileTreeModel *files, QWidget *parent = nullptr);

    ChangesModel *model() const { return m_model; }
    QComboBox *iterationPicker() const { return m_iterations; }
    QComboBox *basePicker() const { return m_base; }
    QTreeView *view() const { return m_view; }
    DiffView *diffView() const { return m_diff; }
    QLabel *summary() const { return m_summary; }
    QAction *sideBySideAction() const { return m_sideBySide; }

    /// Compares @p iteration with @p base now (visible or not).
    bool showIteration(int iteration,
                       ChangesModel::Base base = ChangesModel::Base::PreviousIteration);
    /// Selects @p path's row now, or once the comparison running is done.
    void selectPath(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSnapshots();
    void compareSelected();
    void comparisonFinished();
    void showRow(int row);
    void updateSummary();

    FileTreeModel *m_files;
    ChangesModel *m_model;
    QComboBox *m_iterations;
    QComboBox *m_base;
    QTreeView *m_view;
    DiffView *m_diff;
    QLabel *m_summary;
    QAction *m_sideBySide;
    QString m_pendingPath;
    bool m_dirty = true; ///< the snapshots changed since the last comparison
};

} // namespace Autocoder::Ui
