#pragma once

#include "feed/feedserver.h"

#include "sourcerun.h"

#include <QTemporaryDir>

/// The real FeedServer on 127.0.0.1 publishing one run folder written with Run::RunJournal.
class LiveFeed
{
public:
    static QByteArray token() { return "live-SECRET-full-0123456789abcdef"; }
    static QByteArray readOnlyToken() { return "live-SECRET-read-0123456789abcdef"; }

    explicit LiveFeed(const QString &id = QStringLiteral("20260101-120000-feed"))
        : run(m_tmp.filePath(QStringLiteral("runs")), id)
    { }

    /// Listens (on @p port, 0: any) and publishes the run.
    bool start(quint16 port = 0)
    {
        Autocoder::Feed::FeedServer::Options options;
        options.port = port;
        options.token = token();
        options.readOnlyToken = readOnlyToken();
        if (!server.listen(options))
            return false;
        server.addRun(run.id(), run.dir());
        return true;
    }

    /// Journals @p count log events and tells the server, as a run does.
    void log(int count)
    {
        for (int i = 0; i < count; ++i)
            run.log(QStringLiteral("event %1").arg(run.events().size() + 1));
        server.journalAppended(run.id());
    }

    QString tempPath(const QString &name) const { return m_tmp.filePath(name); }

private:
    QTemporaryDir m_tmp;

public:
    SourceRun run;
    Autocoder::Feed::FeedServer server;
};
