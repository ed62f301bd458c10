#pragma once

#include "run/runevent.h"
#include "run/runjournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

/// A run folder written the way a run writes it (Run::RunJournal): the source a feed serves.
class SourceRun
{
public:
    SourceRun(const QString &runsRoot, const QString &id)
        : m_id(id)
        , m_dir(QDir(runsRoot).filePath(id))
    {
        QString error;
        m_ok = m_journal.open(m_dir, nullptr, &error);
    }

    bool isOk() const { return m_ok; }
    QString id() const { return m_id; }
    QString dir() const { return m_dir; }
    const QList<Autocoder::Run::RunEvent> &events() const { return m_events; }

    Autocoder::Run::RunEvent append(const QString &kind, const QJsonObject &data)
    {
        Autocoder::Run::RunEvent e;
        e.runId = m_id;
        e.seq = m_events.size() + 1;
        e.time = QDateTime::currentDateTimeUtc();
        e.kind = kind;
        e.data = data;
        m_ok = m_journal.append(e) && m_ok;
        m_events.append(e);
        return e;
    }

    Autocoder::Run::RunEvent log(const QString &text)
    {
        return append(Autocoder::Run::EventKind::Log,
                      { { QStringLiteral("level"), QStringLiteral("info") },
                        { QStringLiteral("text"), text } });
    }

    /// Writes snapshots/iter-N.tar.gz (any bytes do) and journals its files.snapshot.
    Autocoder::Run::RunEvent snapshot(int iteration, const QByteArray &archive)
    {
        QFile f(m_journal.snapshotPath(iteration));
        m_ok = f.open(QIODevice::WriteOnly) && f.write(archive) == archive.size() && m_ok;
        f.close();
        m_archives.insert(iteration, archive);
        return append(
            Autocoder::Run::EventKind::FilesSnapshot,
            { { QStringLiteral("iteration"), iteration },
              { QStringLiteral("archive"), m_journal.snapshotPath(iteration) },
              { QStringLiteral("files"),
                QJsonArray { QJsonObject { { QStringLiteral("path"), QStringLiteral("main.py") },
                                           { QStringLiteral("size"), 12 } } } },
              { QStringLiteral("totalBytes"), 12 } });
    }

    Autocoder::Run::RunEvent finished()
    {
        return append(Autocoder::Run::EventKind::RunFinished,
                      { { QStringLiteral("outcome"), QStringLiteral("max_iterations") },
                        { QStringLiteral("message"), QStringLiteral("limit") },
                        { QStringLiteral("iterations"), 1 },
                        { QStringLiteral("costUsd"), 0.5 } });
    }

    Autocoder::Run::RunEvent resumed()
    {
        return append(Autocoder::Run::EventKind::RunResumed,
                      { { QStringLiteral("how"), QStringLiteral("continue") },
                        { QStringLiteral("iteration"), 1 },
                        { QStringLiteral("maxIterations"), 3 },
                        { QStringLiteral("budgetUsd"), 5.0 } });
    }

    bool writeSpec(const QByteArray &json) { return m_journal.writeSpec(json); }
    QByteArray archive(int iteration) const { return m_archives.value(iteration); }

private:
    QString m_id;
    QString m_dir;
    Autocoder::Run::RunJournal m_journal;
    QList<Autocoder::Run::RunEvent> m_events;
    QMap<int, QByteArray> m_archives;
    bool m_ok = false;
};
