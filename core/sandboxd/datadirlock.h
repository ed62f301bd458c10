#pragma once

#include <QString>

namespace Autocoder::Sandboxd {

/// The exclusive flock on `<dataDir>/sandboxd.lock` that makes one server the
/// owner of a data folder for its whole life. The kernel drops it when the
/// process dies, however it dies, so a held lock always means a live owner.
class DataDirLock final
{
public:
    enum class Result { Acquired, Held, Failed };

    explicit DataDirLock(const QString &dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    /// Creates the data folder (0700) if needed and takes the lock. Retries for
    /// \a graceMs first: a client's isHeld() probe holds it shared for an instant.
    Result acquire(int graceMs, QString *error);
    bool isAcquired() const { return m_fd >= 0; }

    /// True when some process holds the lock. Never blocks; never creates anything.
    static bool isHeld(const QString &dataDir);
    static QString path(const QString &dataDir);

private:
    QString m_dataDir;
    int m_fd = -1;
};

} // namespace Autocoder::Sandboxd
