#include "runview/filespanel.h"

#include "models/filetreemodel.h"
#include "runview/snapshotarchive.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Autocoder::Ui {

FilesPanel::FilesPanel(FileTreeModel *model, SnapshotArchive *archive, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_archive(archive)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Generated files"));
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FileTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FileTreeModel::SizeColumn,
                                           QHeaderView::ResizeToContents);

    m_previewTitle = new QLabel(tr("Preview"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("File preview"));
    m_preview->setPlaceholderText(tr("Select a file to preview it."));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewTitle->setBuddy(m_preview);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_view, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(0);
        updateSummary();
        // Keep previewing the same file in the new snapshot when it still exists.
        if (!m_pendingPath.isEmpty())
            selectPath(m_pendingPath);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { previewIndex(current); });
    connect(archive, &SnapshotArchive::fileRead, this,
            [this](const QString &path, const QByteArray &content, bool truncated,
                   const QString &error) {
                if (path != m_pendingPath)
                    return;
                if (!error.isEmpty()) {
                    m_preview->setPlainText(error);
                    return;
                }
                if (content.contains('\0')) {
                    m_preview->setPlainText(tr("%1 is a binary file; no preview.").arg(path));
                    return;
                }
                QString text = QString::fromUtf8(content);
                if (truncated)
                    text += QLatin1Char('\n')
                        + tr("[preview cut at %1]").arg(FileTreeModel::formatSize(content.size()));
                m_preview->setPlainText(text);
            });
    updateSummary();
}

bool FilesPanel::selectPath(const QString &path)
{
    const QModelIndex idx = m_model->indexForPath(path);
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    previewIndex(idx);
    return true;
}

void FilesPanel::previewIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex nameIndex = index.siblingAtColumn(FileTreeModel::NameColumn);
    const QString path = nameIndex.data(FileTreeModel::PathRole).toString();
    if (nameIndex.data(FileTreeModel::IsDirRole).toBool()) {
        m_previewTitle->setText(tr("Folder %1").arg(path));
        m_preview->setPlainText(tr("Items: %1, %2")
                                    .arg(m_model->rowCount(nameIndex))
                                    .arg(FileTreeModel::formatSize(
                                        nameIndex.data(FileTreeModel::SizeRole).toLongLong())));
        return;
    }
    m_pendingPath = path;
    m_previewTitle->setText(
        tr("Preview of %1 (%2)")
            .arg(path,
                 FileTreeModel::formatSize(nameIndex.data(FileTreeModel::SizeRole).toLongLong())));
    m_preview->setPlainText(tr("Loading…"));
    m_archive->readFile(m_model->archivePath(), path);
}

void FilesPanel::updateSummary()
{
    if (m_model->fileCount() == 0) {
        m_summary->setText(tr("No files yet: the tree appears after the first snapshot."));
        return;
    }
    m_summary->setText(tr("Files: %1 (%2), from the snapshot of iteration %3")
                           .arg(m_model->fileCount())
                           .arg(FileTreeModel::formatSize(m_model->totalBytes()))
                           .arg(m_model->snapshotIteration()));
}

} // namespace Autocoder::Ui
