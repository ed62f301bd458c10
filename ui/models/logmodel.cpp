#include "models/logmodel.h"

#include "models/timelinemodel.h"

#include "run/runevents.h"

#include <QDateTime>
#include <QFont>
#include <QFontDatabase>

#include <algorithm>

namespace Autocoder::Ui {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::setCapacity(int lines)
{
    lines = std::max(1, lines);
    if (lines == m_capacity)
        return;
    // Re-linearise the ring so the new capacity can start from index 0.
    beginResetModel();
    QVector<LogLine> linear;
    const int keep = std::min(m_count, lines);
    linear.reserve(keep);
    for (int row = m_count - keep; row < m_count; ++row)
        linear.append(std::move(m_ring[physical(row)]));
    m_dropped += m_count - keep;
    m_ring = std::move(linear);
    m_head = 0;
    m_count = keep;
    m_capacity = lines;
    endResetModel();
}

void LogModel::setFlushInterval(int ms)
{
    m_flushTimer.setInterval(ms);
}

void LogModel::append(const LogLine &line)
{
    m_pending.append(line);
    if (m_pending.last().text.size() > maxLineLength) {
        m_pending.last().text.truncate(maxLineLength);
        m_pending.last().text.append(QChar(0x2026));
    }
    // Pending lines beyond capacity would be dropped at flush anyway: drop
    // them now so a burst cannot grow the queue without bound.
    if (m_pending.size() > qsizetype(2) * m_capacity) {
        const int excess = m_pending.size() - m_capacity;
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        m_dropped += excess;
    }
    scheduleFlush();
}

void LogModel::append(QVector<LogLine> lines)
{
    for (LogLine &line : lines) {
        if (line.text.size() > maxLineLength) {
            line.text.truncate(maxLineLength);
            line.text.append(QChar(0x2026));
        }
    }
    if (m_pending.isEmpty())
        m_pending = std::move(lines);
    else
        m_pending.append(std::move(lines));
    if (m_pending.size() > qsizetype(2) * m_capacity) {
        const int excess = m_pending.size() - m_capacity;
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        m_dropped += excess;
    }
    scheduleFlush();
}

bool LogModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    if (const auto output = event.payload<ProcessOutput>()) {
        LogLine proto;
        proto.step = output->step;
        proto.iteration = output->iteration;
        proto.isStderr = output->stream == OutputStream::Stderr;
        proto.timeMs = event.time.isValid() ? event.time.toMSecsSinceEpoch() : 0;
        const QString key = proto.step + QLatin1Char('|') + QString::number(proto.iteration)
            + (proto.isStderr ? QLatin1String("|e") : QLatin1String("|o"));
        const QString &text = output->text;
        QVector<LogLine> lines;
        qsizetype start = 0;
        QString carried = m_partial.take(key).text;
        while (true) {
            const qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
            if (nl < 0)
                break;
            LogLine line = proto;
            qsizetype end = nl;
            if (end > start && text.at(end - 1) == QLatin1Char('\r'))
                --end;
            line.text = carried + text.mid(start, end - start);
            carried.clear();
            lines.append(std::move(line));
            start = nl + 1;
        }
        if (start < text.size()) {
            LogLine rest = proto;
            rest.text = carried + text.mid(start);
            if (rest.text.size() > maxLineLength) // a huge line without newline: emit it now
                lines.append(std::move(rest));
            else
                m_partial[key] = std::move(rest);
        } else if (!carried.isEmpty()) {
            LogLine rest = proto;
            rest.text = carried;
            m_partial[key] = std::move(rest);
        }
        if (!lines.isEmpty())
            append(std::move(lines));
        return true;
    }
    if (const auto started = event.payload<StepStarted>()) {
        LogLine header;
        header.step = started->step;
        header.iteration = started->iteration;
        header.isHeader = true;
        header.timeMs = event.time.isValid() ? event.time.toMSecsSinceEpoch() : 0;
        // "Iteration 2 · Test — bun test — 14:02:11": where, what ran (when known) and when.
        QStringList parts { sectionTitle(header.step, header.iteration) };
        if (!started->command.isEmpty())
            parts.append(started->command.simplified());
        if (header.timeMs > 0)
            parts.append(clockTime(header.timeMs));
        header.text = parts.join(QStringLiteral(" \u2014 "));
        append(header);
        return true;
    }
    if (const auto finished = event.payload<StepFinished>()) {
        // The step is over: whatever it printed without a final newline is a line.
        const QString prefix = finished->step + QLatin1Char('|')
            + QString::number(finished->iteration) + QLatin1Char('|');
        QVector<LogLine> rest;
        for (auto it = m_partial.begin(); it != m_partial.end();) {
            if (it.key().startsWith(prefix)) {
                rest.append(std::move(it.value()));
                it = m_partial.erase(it);
            } else {
                ++it;
            }
        }
        if (!rest.isEmpty())
            append(std::move(rest));
        return false;
    }
    if (const auto log = event.payload<Log>()) {
        LogLine line;
        line.step = QStringLiteral("log");
        line.timeMs = event.time.isValid() ? event.time.toMSecsSinceEpoch() : 0;
        line.isStderr = log->level != LogLevel::Info;
        if (log->level == LogLevel::Info)
            line.text = log->text;
        else if (log->level == LogLevel::Warning)
            //: A warning from Autocoder itself in the log
            line.text = tr("warning: %1").arg(log->text);
        else
            //: An error from Autocoder itself in the log
            line.text = tr("error: %1").arg(log->text);
        append(line);
        return true;
    }
    return false;
}

void LogModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;

    // Only the newest `capacity` pending lines can survive.
    int skip = 0;
    if (m_pending.size() > m_capacity) {
        skip = m_pending.size() - m_capacity;
        m_dropped += skip;
    }
    const int incoming = m_pending.size() - skip;

    // Make room: remove the oldest rows in one block.
    const int overflow = m_count + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        for (int row = 0; row < overflow; ++row)
            m_ring[physical(row)] = LogLine(); // release the strings now
        m_head = (m_head + overflow) % m_capacity;
        m_count -= overflow;
        m_dropped += overflow;
        endRemoveRows();
    }

    beginInsertRows({}, m_count, m_count + incoming - 1);
    for (int i = skip; i < m_pending.size(); ++i) {
        // Until the ring is full, occupied slots are [head, size): the
        // next slot is exactly one past the end.
        const int slot = physical(m_count);
        if (slot == m_ring.size())
            m_ring.append(std::move(m_pending[i]));
        else
            m_ring[slot] = std::move(m_pending[i]);
        ++m_count;
    }
    m_pending.clear();
    endInsertRows();
}

void LogModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_ring.clear();
    m_pending.clear();
    m_partial.clear();
    m_head = 0;
    m_count = 0;
    m_dropped = 0;
    endResetModel();
}

const LogLine &LogModel::lineAt(int row) const
{
    return m_ring[physical(row)];
}

QString LogModel::sectionTitle(const QString &step, int iteration)
{
    const QString name = TimelineModel::stepDisplayName(step);
    if (TimelineModel::isSetupStep(step) || iteration <= 0)
        return iteration > 0 ? tr("Set-up after iteration %1 \u00b7 %2").arg(iteration).arg(name)
                             : tr("Set-up \u00b7 %1").arg(name);
    return tr("Iteration %1 \u00b7 %2").arg(iteration).arg(name);
}

QString LogModel::clockTime(qint64 timeMs)
{
    if (timeMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("HH:mm:ss"));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &line = lineAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Headings carry their time in the text; output lines get it in front.
        if (line.isHeader || line.timeMs <= 0)
            return line.text;
        return clockTime(line.timeMs) + QLatin1String("  ") + line.text;
    case TextRole:
        return line.text;
    case Qt::ToolTipRole:
        if (line.isHeader)
            return {};
        //: Tooltip of a log line: %1 where it comes from (a step, or Autocoder), %2 stdout or
        //: stderr, %3 its time
        return tr("%1 (%2), %3")
            .arg(line.step == QLatin1String("log") ? tr("Autocoder")
                                                   : sectionTitle(line.step, line.iteration),
                 line.isStderr ? tr("stderr") : tr("stdout"),
                 line.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(line.timeMs, Qt::UTC)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                                 : tr("time unknown"));
    case Qt::FontRole:
        if (line.isHeader) {
            static const QFont font = [] {
                QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
                f.setBold(true);
                return f;
            }();
            return font;
        }
        if (line.isStderr) { // marked without colour: the palette decides colours
            static const QFont font = [] {
                QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
                f.setItalic(true);
                return f;
            }();
            return font;
        }
        return {};
    case StepRole:
        return line.step;
    case IterationRole:
        return line.iteration;
    case IsStderrRole:
        return line.isStderr;
    case IsHeaderRole:
        return line.isHeader;
    case TimeRole:
        return line.timeMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StepRole, "step");
    names.insert(IterationRole, "iteration");
    names.insert(IsStderrRole, "isStderr");
    names.insert(IsHeaderRole, "isHeader");
    names.insert(TimeRole, "time");
    names.insert(TextRole, "text");
    return names;
}

} // namespace Autocoder::Ui
