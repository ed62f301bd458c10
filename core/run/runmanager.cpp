#include "run/runmanager.h"

#include "run/runcontroller.h"
#include "run/runlog.h"
#include "run/runqueue.h"

#include <algorithm>

namespace Autocoder::Run {

RunManager::RunManager(QObject *parent)
    : QObject(parent)
    , m_localQueue(new RunQueue(RunQueue::defaultLimit(), this))
{ }

RunManager::~RunManager()
{
    // Deleted here rather than by ~QObject so that none of them reports to a half-destroyed
    // manager; the list is taken first because destroyed() would edit it.
    const QList<Entry> entries = std::exchange(m_controllers, {});
    for (const Entry &entry : entries) {
        disconnect(entry.controller, nullptr, this, nullptr);
        delete entry.controller;
    }
}

void RunManager::add(RunController *controller, const QString &ticket)
{
    if (!controller || entryOf(controller))
        return;
    controller->setParent(this);
    m_controllers.append({ controller, controller->runId(), ticket });
    connect(controller, &RunController::eventEmitted, this,
            [this, controller](const RunEvent &event) { onEvent(controller, event); });
    connect(controller, &RunController::finished, this,
            [this, controller](const QString &outcome, const QString &message) {
                onFinished(controller, outcome, message);
            });
    // Deleted by someone else (a start that failed, for example): forget it at once.
    connect(controller, &QObject::destroyed, this, &RunManager::forget);
}

RunController *RunManager::controller(const QString &runId) const
{
    if (runId.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_controllers.cbegin(), m_controllers.cend(),
                                 [&runId](const Entry &e) { return e.runId == runId; });
    return it == m_controllers.cend() ? nullptr : it->controller;
}

QString RunManager::ticketOf(const QString &runId) const
{
    const auto it = std::find_if(m_controllers.cbegin(), m_controllers.cend(),
                                 [&runId](const Entry &e) { return e.runId == runId; });
    return it == m_controllers.cend() || runId.isEmpty() ? QString() : it->ticket;
}

QStringList RunManager::liveIds() const
{
    QStringList ids;
    for (const Entry &e : m_controllers) {
        if (!e.runId.isEmpty())
            ids.append(e.runId);
    }
    return ids;
}

void RunManager::onEvent(RunController *controller, const RunEvent &event)
{
    Entry *entry = entryOf(controller);
    if (!entry)
        return;
    if (entry->runId.isEmpty() && !event.runId.isEmpty()) {
        entry->runId = event.runId;
        qCDebug(lcRun) << "run" << event.runId << "is live;" << m_controllers.size() << "live";
        Q_EMIT runAdded(event.runId);
    }
    Q_EMIT runEvent(event);
}

void RunManager::onFinished(RunController *controller, const QString &outcome,
                            const QString &message)
{
    Entry *entry = entryOf(controller);
    if (!entry)
        return;
    const QString runId = entry->runId.isEmpty() ? controller->runId() : entry->runId;
    forget(controller);
    disconnect(controller, nullptr, this, nullptr);
    // We are inside the controller's own signal: it goes when the event loop is back.
    controller->deleteLater();
    qCDebug(lcRun) << "run" << runId << "ended:" << outcome << ";" << m_controllers.size()
                   << "live";
    Q_EMIT runEnded(runId, outcome, message);
}

void RunManager::forget(QObject *controller)
{
    QStringList tickets;
    m_controllers.removeIf([controller, &tickets](const Entry &e) {
        if (e.controller != controller)
            return false;
        if (!e.ticket.isEmpty())
            tickets.append(e.ticket);
        return true;
    });
    for (const QString &ticket : std::as_const(tickets))
        m_localQueue->release(ticket);
}

RunManager::Entry *RunManager::entryOf(const QObject *controller)
{
    const auto it =
        std::find_if(m_controllers.begin(), m_controllers.end(),
                     [controller](const Entry &e) { return e.controller == controller; });
    return it == m_controllers.end() ? nullptr : &*it;
}

} // namespace Autocoder::Run
