#pragma once

#include <QJsonObject>
#include <QString>

namespace Autocoder::E2b {

/// Selects a running process by pid or by tag (ProcessSelector oneof).
struct ProcessSelector
{
    quint32 pid = 0;
    QString tag;

    static ProcessSelector byPid(quint32 pid)
    {
        ProcessSelector s;
        s.pid = pid;
        return s;
    }
    static ProcessSelector byTag(const QString &tag)
    {
        ProcessSelector s;
        s.tag = tag;
        return s;
    }
    bool isValid() const { return pid != 0 || !tag.isEmpty(); }
    /// {"pid": N} or {"tag": "..."} (pid wins when both are set).
    QJsonObject toJson() const;
};

} // namespace Autocoder::E2b
