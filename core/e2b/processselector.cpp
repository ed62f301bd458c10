#include "e2b/processselector.h"

namespace Autocoder::E2b {

QJsonObject ProcessSelector::toJson() const
{
    QJsonObject o;
    if (pid != 0)
        o.insert(QStringLiteral("pid"), qint64(pid));
    else
        o.insert(QStringLiteral("tag"), tag);
    return o;
}

} // namespace Autocoder::E2b
