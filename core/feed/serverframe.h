#pragma once

#include "common/result.h"
#include "run/runevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Autocoder::Feed {

/// One text frame from a feed server, parsed (docs/event-feed.md): an event (it has `kind`)
/// or a control message (it has `type`). Pure: bytes in, a typed value out, so that tests
/// feed it directly and a hostile server's frames are checked in one place.
struct ServerFrame
{
    enum class Type {
        Event,
        Hello, ///< runId, readOnly, lastSeq, protocol
        Error, ///< request, message
        SnapshotHeader, ///< iteration, bytes, sha256 (the archive follows as a binary frame)
        Spec, ///< spec
        Unknown, ///< a control message of a type this version does not know: ignored
    };

    Type type = Type::Unknown;
    QString typeName; ///< the `type` as sent (for Unknown)
    Run::RunEvent event;

    int protocol = 0;
    QString runId;
    bool readOnly = true;
    qint64 lastSeq = 0;

    QString request;
    QString message;

    int iteration = -1;
    qint64 bytes = -1;
    QByteArray sha256; ///< raw digest (32 bytes), from the hex the server sent

    QJsonObject spec;

    /// Fails with a human reason on anything that is not one well-formed frame.
    static Result<ServerFrame> parse(const QByteArray &text);
};

} // namespace Autocoder::Feed
