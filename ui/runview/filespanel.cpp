#include "runview/filespanel.h"

#include "models/filetreemodel.h"
#include "runview/snapshotarchive.h"
#include "runview/syntaxhighlighter.h"
#include "theme/palette.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
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
    m_view->header()->setSectionResizeMode(FileTreeModel::ChangeColumn,
                                           QHeaderView::ResizeToContents);

    m_previewTitle = new QLabel(tr("Preview"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("File preview"));
    m_preview->setPlaceholderText(tr("Select a file to preview it."));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewTitle->setBuddy(m_preview);
    m_highlighter = new SyntaxHighlighter(m_preview->document());
    m_highlighter->setDark(isDark(palette()));

    m_iterations = new QComboBox(this);
    m_iterations->setAccessibleName(tr("Snapshot of iteration"));
    m_iterations->setToolTip(tr("Which iteration's snapshot to browse"));
    m_iterations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *iterationLabel = new QLabel(tr("Iterati&on:"), this);
    iterationLabel->setBuddy(m_iterations);
    auto *bar = new QHBoxLayout;
    bar->addWidget(iterationLabel);
    bar->addWidget(m_iterations);
    bar->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
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
    connect(model, &FileTreeModel::snapshotsChanged, this, &FilesPanel::updateIterations);
    connect(model, &FileTreeModel::shownIterationChanged, this, [this](int iteration) {
        updateIterations();
        requestMarks(iteration);
    });
    connect(m_iterations, &QComboBox::activated, this,
            [this] { m_model->showIteration(m_iterations->currentData().toInt()); });
    connect(archive, &SnapshotArchive::compared, this,
            [this](const QString &, const QString &after, const QList<Diff::FileChange> &changes,
                   const QString &error) {
                const int shown = m_model->shownIteration();
                // Without a comparison the tree simply has no marks.
                if (error.isEmpty() && after == m_model->archivePathFor(shown))
                    m_model->setChanges(shown, changes);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { previewIndex(current); });
    connect(archive, &SnapshotArchive::fileRead, this,
            [this](const QString &path, const QByteArray &content, bool truncated,
                   const QString &error) {
                if (path != m_pendingPath)
                    return;
                m_highlighter->setLanguage(SyntaxHighlighter::Language::PlainText);
                if (!error.isEmpty()) {
                    m_preview->setPlainText(error);
                    return;
                }
                if (content.contains('\0')) {
                    m_preview->setPlainText(tr("%1 is a binary file; no preview.").arg(path));
                    return;
                }
                m_highlighter->setLanguage(SyntaxHighlighter::languageForPath(path));
                QString text = QString::fromUtf8(content);
                if (truncated)
                    text += QLatin1Char('\n')
                        + tr("[preview cut at %1]").arg(FileTreeModel::formatSize(content.size()));
                m_preview->setPlainText(text);
            });
    updateIterations();
    updateSummary();
}

void FilesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(isDark(palette()));
}

void FilesPanel::updateIterations()
{
    const QList<int> iterations = m_model->iterations();
    m_iterations->clear();
    const int latest = iterations.isEmpty() ? 0 : iterations.last();
    for (int iteration : iterations)
        m_iterations->addItem(iteration == latest ? tr("Iteration %1 (latest)").arg(iteration)
                                                  : tr("Iteration %1").arg(iteration),
                              iteration);
    m_iterations->setCurrentIndex(m_iterations->findData(m_model->shownIteration()));
    m_iterations->setEnabled(iterations.size() > 1);
}

// New, changed and deleted marks: the shown snapshot compared with the one before it
// (without line diffs), off the GUI thread.
void FilesPanel::requestMarks(int iteration)
{
    const QString after = m_model->archivePathFor(iteration);
    if (after.isEmpty())
        return;
    Diff::SnapshotDiffOptions options;
    options.lineDiffs = false;
    m_archive->compare(m_model->archivePathFor(m_model->previousIteration(iteration)), after,
                       options);
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
        m_highlighter->setLanguage(SyntaxHighlighter::Language::PlainText);
        m_preview->setPlainText(tr("Items: %1, %2")
                                    .arg(m_model->rowCount(nameIndex))
                                    .arg(FileTreeModel::formatSize(
                                        nameIndex.data(FileTreeModel::SizeRole).toLongLong())));
        return;
    }
    m_pendingPath = path;
    const int shown = m_model->shownIteration();
    QString archive = m_model->archivePathFor(shown);
    if (archive.isEmpty())
        archive = m_model->archivePath();
    const bool deleted = nameIndex.data(FileTreeModel::MarkRole).value<FileTreeModel::Mark>()
        == FileTreeModel::Mark::Deleted;
    if (deleted) {
        // Gone from this snapshot: show it as it was in the one before.
        const int previous = m_model->previousIteration(shown);
        archive = m_model->archivePathFor(previous);
        m_previewTitle->setText(
            tr("Preview of %1 (deleted; as it was in iteration %2)").arg(path).arg(previous));
    } else {
        m_previewTitle->setText(
            tr("Preview of %1 (%2)")
                .arg(path,
                     FileTreeModel::formatSize(
                         nameIndex.data(FileTreeModel::SizeRole).toLongLong())));
    }
    m_highlighter->setLanguage(SyntaxHighlighter::Language::PlainText);
    m_preview->setPlainText(tr("Loading…"));
    m_archive->readFile(archive, path);
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
                           .arg(m_model->shownIteration() > 0 ? m_model->shownIteration()
                                                              : m_model->snapshotIteration()));
}

} // namespace Autocoder::Ui
