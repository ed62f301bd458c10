#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Autocoder::E2b {

/// filesystem.EntryInfo.
struct EntryInfo
{
    enum class Type { Unspecified, File, Directory, Symlink };

    QString name;
    Type type = Type::Unspecified;
    QString path;
    qint64 size = 0;
    quint32 mode = 0;
    QString permissions;
    QString owner;
    QString group;
    QDateTime modifiedTime;
    QString symlinkTarget;
    QMap<QString, QString> metadata;
};

} // namespace Autocoder::E2b
