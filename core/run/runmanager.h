#pragma once

#include "run/runevent.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace Autocoder::Run {

class RunController;
class RunQueue;

/// Owns every live run. Whoever starts a run hands its controller over with add() (before
/// starting it, so no event is missed); the UI looks runs up by id and listens to the
/// manager's signals instead of to single controllers. A controller is deleted when its run
/// has finished, and one that is destroyed by anyone else is forgotten at once, so a lookup
/// never returns a controller that is gone. No widgets: the headless side may use it too.
///
/// Runs on this machine (local sandboxes) wait for a slot in localQueue() before they start;
/// a controller added with its ticket gives the slot back when it ends or goes.
class RunManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunManager)

public:
    explicit RunManager(QObject *parent = nullptr);
    ~RunManager() override;

    /// Takes ownership of @p controller (reparented to the manager). Its run id is known once
    /// it has started or resumed; runAdded() says so with its first event.
    /// @p ticket is the localQueue() slot the run holds, empty for runs not limited by it.
    void add(RunController *controller, const QString &ticket = QString());

    /// The live controller of run @p runId, or nullptr (unknown, finished or never started).
    RunController *controller(const QString &runId) const;
    /// The local-queue ticket run @p runId holds, empty for none.
    QString ticketOf(const QString &runId) const;
    /// Ids of the runs that are live now, in the order they were added.
    QStringList liveIds() const;
    /// Controllers held, including ones handed over but not started yet.
    int count() const { return int(m_controllers.size()); }
    /// The slots and the waiting list of local runs.
    RunQueue *localQueue() const { return m_localQueue; }

Q_SIGNALS:
    /// A run's id became known (just before its first event is passed on).
    void runAdded(const QString &runId);
    /// Every event of every live run; event.runId says which.
    void runEvent(const Autocoder::Run::RunEvent &event);
    /// The run finished; its controller is no longer reachable and is deleted soon.
    void runEnded(const QString &runId, const QString &outcome, const QString &message);

private:
    struct Entry
    {
        RunController *controller = nullptr;
        QString runId; ///< empty until its first event
        QString ticket; ///< its slot in the local queue, if any
    };
    void onEvent(RunController *controller, const RunEvent &event);
    void onFinished(RunController *controller, const QString &outcome, const QString &message);
    void forget(QObject *controller);
    Entry *entryOf(const QObject *controller);

    QList<Entry> m_controllers;
    RunQueue *m_localQueue = nullptr;
};

} // namespace Autocoder::Run
