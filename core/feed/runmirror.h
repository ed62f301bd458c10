#pragma once

#include "common/result.h"
#include "run/runevent.h"
#include "run/runjournal.h"

#include <QByteArray>
#include <QString>

namespace Autocoder::Feed {

/// The local copy of a run followed through its feed: a run folder like a local run's
/// (events.jsonl, spec.json, snapshots/iter-N.tar.gz), written with Run::RunJournal so that
/// everything that reads run folders reads it too. Files only; AttachedRun decides what and
/// when.
class RunMirror final
{
public:
    /// What a mirror folder already holds.
    struct Contents
    {
        qint64 lastSeq = 0; ///< of the last complete event line; 0: none
        bool finished = false; ///< run.finished seen and no run.resumed after it
    };

    RunMirror() = default;
    RunMirror(const RunMirror &) = delete;
    RunMirror &operator=(const RunMirror &) = delete;

    /// Reads @p runDir's events.jsonl, if any (a missing one is an empty mirror).
    static Contents scan(const QString &runDir);
    /// Whether the run is finished after @p event, given whether it was before.
    static bool finishedAfter(bool finished, const Run::RunEvent &event);

    /// Creates (or reopens, to append) the folder; what it already holds.
    Result<Contents> open(const QString &runDir);
    void close();
    bool isOpen() const { return m_journal.isOpen(); }
    QString runDir() const { return m_journal.runDir(); }

    Result<void> append(const Run::RunEvent &event);
    Result<void> writeSpec(const QByteArray &specJson);
    /// Writes the archive atomically (no half file under the final name); its absolute path.
    Result<QString> writeSnapshot(int iteration, const QByteArray &archive);

private:
    Run::RunJournal m_journal;
};

} // namespace Autocoder::Feed
