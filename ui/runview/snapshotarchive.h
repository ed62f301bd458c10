#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>

namespace Autocoder::Ui {

/// Reads from a run's files snapshot without blocking the GUI: one file for
/// the preview, or everything into a folder for "Save to disk". The snapshot
/// is either a tar archive (any compression tar detects) or a folder.
/// One job of each kind at a time; a new preview request replaces the old.
class SnapshotArchive : public QObject
{
    Q_OBJECT
public:
    /// Previews stop at this many bytes (the rest is not read).
    static constexpr qint64 maxPreviewBytes = 512 * 1024;

    explicit SnapshotArchive(QObject *parent = nullptr);
    ~SnapshotArchive() override;

    void readFile(const QString &archive, const QString &path);
    void extractTo(const QString &archive, const QString &directory);
    bool isExtracting() const { return m_extract != nullptr; }

Q_SIGNALS:
    /// @p error is empty on success; @p truncated when the file was longer than the cap.
    void fileRead(const QString &path, const QByteArray &content, bool truncated, const QString &error);
    void extracted(const QString &directory, const QString &error);

private:
    void finishRead(const QString &path, int exitCode, QProcess::ExitStatus status);
    static void stop(QProcess *&process);

    QProcess *m_read = nullptr;
    QProcess *m_extract = nullptr;
    QByteArray m_readBuffer;
    bool m_readTruncated = false;
};

} // namespace Autocoder::Ui
