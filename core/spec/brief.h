#pragma once

#include <QString>

namespace Autocoder::Spec {

/// What the first agent turn gets: the prompt passed to `claude -p` and the CLAUDE.md
/// written to the project root before the turn.
struct Brief
{
    QString prompt;
    QString claudeMd;
};

} // namespace Autocoder::Spec
