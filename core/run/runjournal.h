#pragma once

#include "run/runevent.h"
#include "run/runstate.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace Autocoder::Secrets {
class Redactor;
}

namespace Autocoder::Run {

/// The on-disk record of one run: `<runs root>/<id>/` with spec.json, events.jsonl
/// (append-only, flushed after every event, so a crash loses at most the line being
/// written), state.json (atomically replaced) and snapshots/.
class RunJournal final
{
public:
    RunJournal() = default;
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    /// Creates (or reopens for appending) the folder. `redactor` (optional, not owned) is
    /// applied to every byte written, as a second line of defence behind the controller.
    bool open(const QString &runDir, const Secrets::Redactor *redactor, QString *error);
    bool isOpen() const { return m_events.isOpen(); }
    void close();

    const QString &runDir() const { return m_dir; }
    QString snapshotsDir() const;
    QString snapshotPath(int iteration) const;

    bool writeSpec(const QByteArray &specJson, QString *error = nullptr);
    bool append(const RunEvent &event, QString *error = nullptr);
    bool writeState(const RunState &state, QString *error = nullptr);

    // --- reading (static: used by RunStore, resume and replay) ---------------------------
    /// Every complete, valid event line; a torn last line (crash mid-write) is skipped.
    static QList<RunEvent> readEvents(const QString &runDir, QString *warning = nullptr);
    /// What forEachEvent skipped.
    struct Skipped
    {
        int lines = 0;
        QString firstError;
    };
    /// Calls `visit` for every valid event line of an events.jsonl file, in order, without
    /// keeping them (a journal can hold a million lines of output). Fails when the file
    /// cannot be opened.
    static Result<Skipped> forEachEvent(const QString &eventsPath,
                                        const std::function<void(const RunEvent &)> &visit);
    static bool readState(const QString &runDir, RunState *state, QString *error = nullptr);
    static QByteArray readSpec(const QString &runDir);

    static QString eventsFileName() { return QStringLiteral("events.jsonl"); }
    static QString stateFileName() { return QStringLiteral("state.json"); }
    static QString specFileName() { return QStringLiteral("spec.json"); }

private:
    QString m_dir;
    QFile m_events;
    const Secrets::Redactor *m_redactor = nullptr;
};

} // namespace Autocoder::Run
