#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Autocoder::E2b {

/// One entry of process.Process/List.
struct ProcessInfo
{
    quint32 pid = 0;
    QString tag;
    QString cmd;
    QStringList args;
    QMap<QString, QString> envs;
    QString cwd;
};

} // namespace Autocoder::E2b
