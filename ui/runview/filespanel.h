#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace Autocoder::Ui {

class FileTreeModel;
class SnapshotArchive;

/// The Files tab: the generated project as a tree with sizes (from the
/// latest snapshot) and a read-only preview of the selected file.
class FilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesPanel)
public:
    FilesPanel(FileTreeModel *model, SnapshotArchive *archive, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    /// Selects @p path and starts its preview.
    bool selectPath(const QString &path);

private:
    void previewIndex(const QModelIndex &index);
    void updateSummary();

    FileTreeModel *m_model;
    SnapshotArchive *m_archive;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_previewTitle;
    QPlainTextEdit *m_preview;
    QString m_pendingPath;
};

} // namespace Autocoder::Ui
