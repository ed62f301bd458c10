#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Mutation {

/// A file of the project as the caller read it: a relative '/'-separated path and its bytes.
struct SourceFile
{
    QString path;
    QByteArray content;
};

} // namespace Autocoder::Mutation
