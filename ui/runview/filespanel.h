#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace Autocoder::Ui {

class FileTreeModel;
class SnapshotArchive;
class SyntaxHighlighter;

/// The Files tab: the generated project as a tree with sizes (the latest snapshot, or the
/// iteration picked), marked with what changed since the iteration before and with the
/// locked tests, and a read-only, highlighted preview of the selected file.
class FilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesPanel)
public:
    FilesPanel(FileTreeModel *model, SnapshotArchive *archive, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QComboBox *iterationPicker() const { return m_iterations; }
    SyntaxHighlighter *highlighter() const { return m_highlighter; }
    /// Selects @p path and starts its preview.
    bool selectPath(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void previewIndex(const QModelIndex &index);
    void updateSummary();
    void updateIterations();
    void requestMarks(int iteration);

    FileTreeModel *m_model;
    SnapshotArchive *m_archive;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_previewTitle;
    QPlainTextEdit *m_preview;
    QComboBox *m_iterations;
    SyntaxHighlighter *m_highlighter;
    QString m_pendingPath;
};

} // namespace Autocoder::Ui
