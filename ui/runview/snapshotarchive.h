#pragma once

#include <QList>
#include <QObject>
#include <QPair>

namespace Autocoder::Ui {

/// Reads from a run's snapshot archives without blocking the GUI: one file
/// for the Files preview, or the whole project into a folder for "Save to
/// disk". The work is done by core/run's SafeArchive and ProjectSaver (the
/// archives come from an untrusted sandbox) on a worker thread; results come
/// back as signals. Only values cross threads, so destroying this object while
/// a job runs is safe (its result is dropped).
class SnapshotArchive : public QObject
{
    Q_OBJECT
public:
    /// Previews stop at this many bytes.
    static constexpr qint64 maxPreviewBytes = 512 * 1024;

    explicit SnapshotArchive(QObject *parent = nullptr);

    /// @p archive is a .tar.gz snapshot, or a folder (then read directly).
    void readFile(const QString &archive, const QString &path);
    /// Writes the project (newest snapshot last in @p snapshots) and the report to
    /// @p directory; @p overwrite replaces a non-empty folder.
    void save(const QList<QPair<int, QString>> &snapshots, const QString &reportMarkdown,
              const QString &directory, bool overwrite);
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    /// @p error is empty on success; @p truncated when the file was longer than the cap.
    void fileRead(const QString &path, const QByteArray &content, bool truncated,
                  const QString &error);
    void saved(const QString &directory, const QString &error);

private:
    int m_readGeneration = 0; // only the newest preview request is answered
    bool m_saving = false;
};

} // namespace Autocoder::Ui
