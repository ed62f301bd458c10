#include "models/runlistmodel.h"

#include "run/runevents.h"
#include "theme/palette.h"

#include <QGuiApplication>

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <algorithm>

namespace Autocoder::Ui {

namespace {

// The glyph of one status at one size: a coloured disc with a white mark, or for a run
// that waits or runs, a ring (turning while it runs). Drawn rather than looked up in an icon
// theme, which many desktops (and the offscreen platform) do not have.
QPixmap paintStatus(RunListModel::StatusKind kind, int frame, int size, qreal dpr)
{
    using Kind = RunListModel::StatusKind;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF disc(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
    const qreal line = std::max<qreal>(1.5, s / 8);
    QPen mark(Qt::white, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (kind) {
    case Kind::Running: {
        const QColor blue(0x1f, 0x6f, 0xd6);
        p.setPen(QPen(blue.lighter(170), line));
        p.drawEllipse(disc.adjusted(line / 2, line / 2, -line / 2, -line / 2));
        p.setPen(QPen(blue, line, Qt::SolidLine, Qt::RoundCap));
        // Qt angles are in 1/16 degree, counter-clockwise: turn clockwise, 45 degrees a frame.
        p.drawArc(disc.adjusted(line / 2, line / 2, -line / 2, -line / 2), (90 - frame * 45) * 16,
                  -120 * 16);
        break;
    }
    case Kind::Queued: {
        const QColor grey(0x80, 0x80, 0x80);
        p.setPen(QPen(grey, line * 0.8));
        p.drawEllipse(disc.adjusted(line / 2, line / 2, -line / 2, -line / 2));
        p.setPen(QPen(grey, line * 0.8, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = disc.center();
        p.drawLine(c, QPointF(c.x(), s * 0.28));
        p.drawLine(c, QPointF(s * 0.68, c.y()));
        break;
    }
    case Kind::Green:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x9e, 0x44));
        p.drawEllipse(disc);
        p.setPen(mark);
        p.drawPolyline(QPolygonF { QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                   QPointF(s * 0.72, s * 0.34) });
        break;
    case Kind::NotGreen:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x3b, 0x3b));
        p.drawEllipse(disc);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Kind::Stopped:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x7d, 0x82, 0x88));
        p.drawEllipse(disc);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(s * 0.35, s * 0.35, s * 0.3, s * 0.3));
        break;
    case Kind::Interrupted:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe0, 0x8a, 0x1e));
        p.drawEllipse(disc);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(s * 0.34, s * 0.3, s * 0.11, s * 0.4));
        p.drawRect(QRectF(s * 0.55, s * 0.3, s * 0.11, s * 0.4));
        break;
    }
    return pixmap;
}

constexpr int frames = 8;

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_animation(new QTimer(this))
{
    m_animation->setInterval(150);
    connect(m_animation, &QTimer::timeout, this, &RunListModel::nextFrame);
}

void RunListModel::setRuns(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    updateAnimation();
}

void RunListModel::setQueued(const QList<Run::RunQueue::Pending> &pending)
{
    if (!m_queued.isEmpty()) {
        beginRemoveRows({}, 0, int(m_queued.size()) - 1);
        m_queued.clear();
        endRemoveRows();
    }
    if (pending.isEmpty())
        return;
    beginInsertRows({}, 0, int(pending.size()) - 1);
    for (const Run::RunQueue::Pending &p : pending) {
        Row row;
        row.id = p.ticket;
        row.name = p.name;
        row.status = Run::RunStatus::Interrupted; // not shown: queued rows have their own status
        m_queued.append(row);
    }
    endInsertRows();
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_queued.size(); ++i) {
        if (m_queued.at(i).id == runId)
            return i;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == runId)
            return int(m_queued.size()) + i;
    }
    return -1;
}

void RunListModel::upsert(const Row &row)
{
    const int existing = rowOf(row.id);
    if (existing >= 0 && !isQueued(existing)) {
        m_rows[existing - m_queued.size()] = row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        updateAnimation();
        return;
    }
    // Newest first, like the store lists them, below the runs still waiting.
    const int at = int(m_queued.size());
    beginInsertRows({}, at, at);
    m_rows.prepend(row);
    endInsertRows();
    updateAnimation();
}

bool RunListModel::remove(const QString &runId)
{
    const int r = rowOf(runId);
    if (r < 0 || isQueued(r))
        return false;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r - m_queued.size());
    endRemoveRows();
    updateAnimation();
    return true;
}

void RunListModel::setNote(const QString &runId, const QString &note, const QString &toolTip)
{
    if (note.isEmpty())
        m_notes.remove(runId);
    else
        m_notes.insert(runId, { note, toolTip });
    const int r = rowOf(runId);
    if (r >= 0)
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

bool RunListModel::applyEvent(const Run::RunEvent &event)
{
    const int r = rowOf(event.runId);
    if (r < 0 || isQueued(r)) {
        upsert(Run::reduce(Row(), event));
        return Run::changesSummary(event);
    }
    if (!Run::changesSummary(event))
        return false;
    Row &row = m_rows[r - m_queued.size()];
    row = Run::reduce(std::move(row), event);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    updateAnimation();
    return true;
}

RunListModel::StatusKind RunListModel::statusKind(const Row &row)
{
    switch (row.status) {
    case Run::RunStatus::Running:
        return StatusKind::Running;
    case Run::RunStatus::Interrupted:
        return StatusKind::Interrupted;
    case Run::RunStatus::Finished:
        break;
    }
    if (row.outcome == Run::RunOutcome::Green)
        return StatusKind::Green;
    if (row.outcome == Run::RunOutcome::Stopped || row.outcome == Run::RunOutcome::Cancelled)
        return StatusKind::Stopped;
    return StatusKind::NotGreen;
}

QColor RunListModel::statusColor(StatusKind kind, const QPalette &palette)
{
    // Each hue twice: for text on a light window (about 4.5:1 on #efefef) and on a dark one.
    const bool dark = isDark(palette);
    switch (kind) {
    case StatusKind::Running:
        return dark ? QColor(0x6c, 0xa0, 0xf6) : QColor(0x1a, 0x5f, 0xb8);
    case StatusKind::Green:
        return dark ? QColor(0x5c, 0xc9, 0x73) : QColor(0x1e, 0x7b, 0x34);
    case StatusKind::NotGreen:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x25, 0x25);
    case StatusKind::Interrupted:
        return dark ? QColor(0xf0, 0xa6, 0x4a) : QColor(0x9a, 0x58, 0x00);
    case StatusKind::Queued:
    case StatusKind::Stopped:
        break;
    }
    return dark ? QColor(0xa8, 0xab, 0xb0) : QColor(0x5c, 0x5c, 0x5c);
}

QIcon RunListModel::statusIcon(StatusKind kind, int frame)
{
    static QHash<int, QIcon> cache;
    frame = kind == StatusKind::Running ? frame % frames : 0;
    const int key = int(kind) * frames + frame;
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : { 16, 24, 32 }) {
            for (qreal dpr : { 1.0, 2.0 })
                icon.addPixmap(paintStatus(kind, frame, size, dpr));
        }
        it = cache.insert(key, icon);
    }
    return *it;
}

// The running icon turns only while some run is running, so an idle window does no work.
void RunListModel::updateAnimation()
{
    const bool running = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.status == Run::RunStatus::Running;
    });
    if (running && !m_animation->isActive())
        m_animation->start();
    else if (!running)
        m_animation->stop();
}

void RunListModel::nextFrame()
{
    m_frame = (m_frame + 1) % frames;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status == Run::RunStatus::Running) {
            const QModelIndex at = index(int(m_queued.size()) + i, StatusColumn);
            Q_EMIT dataChanged(at, at, { Qt::DecorationRole });
        }
    }
}

QString RunListModel::outcomeText(std::optional<Run::RunOutcome> outcome)
{
    using Run::RunOutcome;
    if (!outcome)
        return {};
    switch (*outcome) {
    case RunOutcome::Green:
        //: How a run ended (a run: one generation of a project)
        return tr("Green");
    case RunOutcome::MaxIterations:
        return tr("Iteration limit");
    case RunOutcome::Budget:
        return tr("Budget spent");
    case RunOutcome::WallClock:
        return tr("Time limit");
    case RunOutcome::NoProgress:
        return tr("No progress");
    case RunOutcome::Cancelled:
        //: How a run ended (a run: one generation of a project)
        return tr("Cancelled");
    case RunOutcome::Stopped:
        //: How a run ended (a run: one generation of a project)
        return tr("Stopped");
    case RunOutcome::InfrastructureError:
        return tr("Infrastructure error");
    }
    return {};
}

QString RunListModel::outcomeText(const QString &outcome)
{
    const auto known = Run::fromWireName<Run::RunOutcome>(outcome);
    return known ? outcomeText(known) : outcome;
}

QString RunListModel::statusText(Run::RunStatus status)
{
    switch (status) {
    case Run::RunStatus::Running:
        //: The state of a run (a run: one generation of a project)
        return tr("Running");
    case Run::RunStatus::Finished:
        //: The state of a run (a run: one generation of a project)
        return tr("Finished");
    case Run::RunStatus::Interrupted:
        //: The state of a run (a run: one generation of a project)
        return tr("Interrupted");
    }
    return {};
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queued.size() + m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool queued = isQueued(index.row());
    const Row &r = rowAt(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == QueuedRole)
        return queued;
    const StatusKind kind = queued ? StatusKind::Queued : statusKind(r);
    if (role == StatusKindRole)
        return int(kind);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return statusIcon(kind, m_frame);
    // The outcome in its icon's colour, as the run view's status line writes it.
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && !queued && r.outcome)
        return statusColor(kind, QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == IterationColumn || index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        if (queued)
            return tr("Waiting for a free slot for local runs (see Settings)");
        const QString note = m_notes.value(r.id).second;
        return note.isEmpty() ? r.id : tr("%1\n%2").arg(r.id, note);
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !queued && r.outcome)
        return r.message.isEmpty() ? outcomeText(r.outcome) : r.message;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (queued) {
        if (index.column() == NameColumn)
            return r.name;
        if (index.column() == StatusColumn)
            return tr("Queued (%1)").arg(index.row() + 1);
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return r.name.isEmpty() ? r.id : r.name;
    case StatusColumn: {
        const QString note = m_notes.value(r.id).first;
        if (note.isEmpty())
            return statusText(r.status);
        //: %1 the run's state (Running, ...), %2 a note such as "attached" or "connection lost"
        return tr("%1 \u00b7 %2").arg(statusText(r.status), note);
    }
    case OutcomeColumn:
        return outcomeText(r.outcome);
    case IterationColumn:
        if (r.maxIterations <= 0)
            return QString::number(r.iteration);
        //: Iterations column: %1 the current iteration, %2 the most the run may take
        return tr("%1 of %2").arg(r.iteration).arg(r.maxIterations);
    case CostColumn:
        return QStringLiteral("$%1").arg(r.costUsd, 0, 'f', 2);
    case StartedColumn:
        return r.startedAt.isValid()
            ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    case IterationColumn:
        return tr("Iteration");
    case CostColumn:
        return tr("Cost");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
