#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Autocoder::Sandboxd {

/// A sandbox's disk quota where the filesystem has none to offer: the sandbox's folders
/// (home and tmp) are measured now and then on a worker thread (st_blocks, symlinks never
/// followed, a bounded walk). Over the quota, error() says so until files are removed.
class DiskQuota final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskQuota)
public:
    static constexpr qint64 MaxEntries = 500000;
    static constexpr int MaxDepth = 128;

    struct Usage
    {
        qint64 bytes = 0;
        qint64 entries = 0;
        QString incomplete; ///< why the walk could not see everything; empty when it did
    };

    DiskQuota(const QStringList &roots, qint64 limitBytes, int intervalMs,
              QObject *parent = nullptr);
    ~DiskQuota() override;

    /// Starts measuring every intervalMs (the first time at once).
    void start();
    /// Empty while within the quota, else "disk quota exceeded: used X MiB of Y MiB".
    QString error() const { return m_error; }
    qint64 limitBytes() const { return m_limit; }

    /// Walks \a roots without following symlinks or leaving their filesystem, at most
    /// \a maxEntries entries and \a maxDepth levels deep; stops early when \a cancel is set.
    static Usage measure(const QStringList &roots, qint64 maxEntries, int maxDepth,
                         const std::atomic<bool> *cancel = nullptr);
    /// The quota's verdict on \a usage: empty when within \a limitBytes.
    static QString verdict(const Usage &usage, qint64 limitBytes);

Q_SIGNALS:
    /// The sandbox went over its quota (emitted once per crossing).
    void exceeded(const QString &error);

private:
    void scan();
    void scanned(const Usage &usage);

    QStringList m_roots;
    qint64 m_limit;
    QTimer m_timer;
    QString m_error;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_scanning = false;
};

} // namespace Autocoder::Sandboxd
