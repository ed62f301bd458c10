#pragma once

#include "e2b/processexit.h"

#include <QByteArray>

namespace Autocoder::E2b {

/// One event of a process.Process Start/Connect stream.
struct ProcessEvent
{
    enum class Type { Start, Stdout, Stderr, Pty, End, Keepalive };

    Type type = Type::Keepalive;
    quint32 pid = 0; ///< Start
    QByteArray data; ///< Stdout/Stderr/Pty: decoded bytes (UTF-8 may be split)
    ProcessExit exit; ///< End
};

} // namespace Autocoder::E2b
