#include "run/runjournal.h"

#include "secrets/redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace Autocoder::Run {

RunJournal::~RunJournal()
{
    close();
}

bool RunJournal::open(const QString &runDir, const Secrets::Redactor *redactor, QString *error)
{
    close();
    m_redactor = redactor;
    m_dir = QDir::cleanPath(runDir);
    if (!QDir().mkpath(m_dir) || !QDir().mkpath(snapshotsDir())) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "Cannot create the run folder %1")
                         .arg(m_dir);
        return false;
    }
    m_events.setFileName(m_dir + QLatin1Char('/') + eventsFileName());
    if (!m_events.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "Cannot open %1: %2")
                         .arg(m_events.fileName(), m_events.errorString());
        return false;
    }
    return true;
}

void RunJournal::close()
{
    if (m_events.isOpen()) {
        m_events.flush();
        m_events.close();
    }
}

QString RunJournal::snapshotsDir() const
{
    return m_dir + QStringLiteral("/snapshots");
}

QString RunJournal::snapshotPath(int iteration) const
{
    return snapshotsDir() + QStringLiteral("/iter-%1.tar.gz").arg(iteration);
}

static bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "Cannot write %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    return true;
}

bool RunJournal::writeSpec(const QByteArray &specJson, QString *error)
{
    const QByteArray data = m_redactor ? m_redactor->redact(specJson) : specJson;
    return writeAtomically(m_dir + QLatin1Char('/') + specFileName(), data, error);
}

bool RunJournal::append(const RunEvent &event, QString *error)
{
    if (!m_events.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "The journal is not open");
        return false;
    }
    QByteArray line = event.toJsonLine();
    if (m_redactor)
        line = m_redactor->redact(line);
    // One write per line, flushed to the OS at once: a crash can only tear the last line.
    if (m_events.write(line) != line.size() || !m_events.flush()) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "Cannot append to %1: %2")
                         .arg(m_events.fileName(), m_events.errorString());
        return false;
    }
    return true;
}

bool RunJournal::writeState(const RunState &state, QString *error)
{
    QByteArray data = QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented);
    if (m_redactor)
        data = m_redactor->redact(data);
    return writeAtomically(m_dir + QLatin1Char('/') + stateFileName(), data, error);
}

QList<RunEvent> RunJournal::readEvents(const QString &runDir, QString *warning)
{
    QList<RunEvent> events;
    const auto skipped = forEachEvent(runDir + QLatin1Char('/') + eventsFileName(),
                                      [&events](const RunEvent &e) { events.append(e); });
    if (warning && skipped && skipped->lines > 0)
        *warning = QCoreApplication::translate(
            "RunJournal", "%n unreadable line(s) skipped in the journal", nullptr, skipped->lines);
    return events;
}

Result<RunJournal::Skipped>
RunJournal::forEachEvent(const QString &eventsPath,
                         const std::function<void(const RunEvent &)> &visit)
{
    QFile f(eventsPath);
    if (!f.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("RunJournal", "Cannot open %1: %2")
                           .arg(QDir::toNativeSeparators(eventsPath), f.errorString()));
    Skipped skipped;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const Result<RunEvent> e = RunEvent::fromJsonLine(line);
        if (e) {
            visit(*e);
        } else {
            if (skipped.lines++ == 0)
                skipped.firstError = e.error();
        }
    }
    return skipped;
}

bool RunJournal::readState(const QString &runDir, RunState *state, QString *error)
{
    QFile f(runDir + QLatin1Char('/') + stateFileName());
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "No state.json in %1").arg(runDir);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("RunJournal", "state.json in %1 is damaged: %2")
                         .arg(runDir, pe.errorString());
        return false;
    }
    *state = RunState::fromJson(doc.object());
    return true;
}

QByteArray RunJournal::readSpec(const QString &runDir)
{
    QFile f(runDir + QLatin1Char('/') + specFileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Autocoder::Run
