#pragma once

#include "e2b/sandboxinfo.h"

#include <QList>
#include <QString>

namespace Autocoder::E2b {

/// One page of GET /v2/sandboxes. nextToken empty = last page.
struct SandboxListPage
{
    QList<SandboxInfo> sandboxes;
    QString nextToken;
};

} // namespace Autocoder::E2b
