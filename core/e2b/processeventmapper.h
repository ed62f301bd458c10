#pragma once

#include "common/result.h"
#include "e2b/entryinfo.h"
#include "e2b/error.h"
#include "e2b/processevent.h"
#include "e2b/processinfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Autocoder::E2b {

/// Pure mapping between envd's protobuf-JSON messages and our types (proto3 JSON rules:
/// int64 as string or number, omitted defaults, base64 padded or not / url-safe, enum
/// names or numbers, unknown fields ignored, snake_case accepted as well as camelCase).
class ProcessEventMapper final
{
public:
    /// Maps one StartResponse/ConnectResponse payload ({"event": {...}}). Returns false and
    /// sets *error (Protocol) on malformed JSON, missing/unknown event, bad base64, ....
    static bool mapEvent(const QByteArray &payload, ProcessEvent *event, Error *error);
    /// Maps an end-of-stream payload: {} -> Error() (ok), {"error":{code,message}} -> Remote
    /// (or the kind for the code); garbage -> Protocol.
    static Error mapEndStream(const QByteArray &payload);

    /// An EntryInfo / ProcessInfo message; the error names the malformed field.
    static Autocoder::Result<EntryInfo> mapEntry(const QJsonObject &object);
    static Autocoder::Result<ProcessInfo> mapProcessInfo(const QJsonObject &object);

    // proto3-JSON primitives (public for tests).
    static bool readInt64(const QJsonValue &value, qint64 *out);
    static bool readUInt32(const QJsonValue &value, quint32 *out);
    static bool readInt32(const QJsonValue &value, qint32 *out);
    /// Standard or url-safe alphabet, with or without padding.
    static bool readBytes(const QJsonValue &value, QByteArray *out);
    /// Accepts the enum name or its number; `names` is indexed by number.
    static bool readEnum(const QJsonValue &value, const QStringList &names, int *out);
    /// obj[camel], falling back to obj[snake_case of camel].
    static QJsonValue field(const QJsonObject &object, const QString &camelName);
};

} // namespace Autocoder::E2b
