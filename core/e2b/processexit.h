#pragma once

#include <QString>

namespace Autocoder::E2b {

/// envd's `end` event: Go os.ProcessState. Killed by signal: exitCode -1, exited false.
struct ProcessExit
{
    int exitCode = 0;
    bool exited = false;
    QString status; ///< "exit status 3", "signal: killed"
    QString error; ///< present for non-zero exit

    bool isSuccess() const { return exited && exitCode == 0; }
};

} // namespace Autocoder::E2b
