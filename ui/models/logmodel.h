#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// One line of process output, as the Logs tab shows it.
struct LogLine
{
    QString text;
    QString step;
    int iteration = 0;
    bool isStderr = false;
    /// A step's heading ("Iteration 2 · Test — 14:02:11"), not output.
    bool isHeader = false;
    /// When the event that carried the line happened (ms since the epoch, UTC); 0 if unknown.
    qint64 timeMs = 0;
};

/// Bounded list of log lines with batched appends.
///
/// Producers call append() as fast as they like; lines are queued and
/// inserted in one beginInsertRows() per flush (a 50 ms timer by default) so
/// the view repaints at most ~20 times a second whatever the input rate.
/// The model keeps at most capacity() lines in a ring buffer: when full, the
/// oldest lines are removed (one beginRemoveRows per flush) so memory stays
/// flat over millions of lines.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
public:
    /// DisplayRole is the line with its time in front ("14:02:11  text"); TextRole the line
    /// alone.
    enum Roles {
        StepRole = Qt::UserRole + 1,
        IterationRole,
        IsStderrRole,
        IsHeaderRole,
        TimeRole,
        TextRole
    };

    explicit LogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int lines);
    void setFlushInterval(int ms);
    /// Lines longer than this are cut (with an ellipsis) to bound memory per line.
    static constexpr int maxLineLength = 4000;

    void append(const LogLine &line);
    void append(QVector<LogLine> lines);
    /// Takes process.output (split into lines; a chunk's unfinished last line
    /// waits for the next chunk or the step's end), log events, and step.started (a heading).
    bool applyEvent(const Run::RunEvent &event);
    /// Inserts every pending line now (tests, replay).
    void flush();
    void clear();

    qint64 droppedLines() const { return m_dropped; }
    int pendingCount() const { return m_pending.size(); }
    /// The text of row @p row (bench/test helper, no QVariant boxing).
    const LogLine &lineAt(int row) const;
    /// "Iteration 2 · Test", or "Set-up · Create sandbox" for a step that prepares a sandbox.
    static QString sectionTitle(const QString &step, int iteration);
    /// The clock time of @p timeMs in local time ("14:02:11"); empty for 0.
    static QString clockTime(qint64 timeMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void scheduleFlush();
    int physical(int row) const { return (m_head + row) % m_capacity; }

    QVector<LogLine> m_ring; // grows up to m_capacity, then wraps
    int m_head = 0; // physical index of row 0
    int m_count = 0;
    int m_capacity = 100000;
    QVector<LogLine> m_pending;
    QTimer m_flushTimer;
    QHash<QString, LogLine> m_partial; // step|iteration|stream -> unfinished line
    qint64 m_dropped = 0;
};

} // namespace Autocoder::Ui
