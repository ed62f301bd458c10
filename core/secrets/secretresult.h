#pragma once

#include <QString>

namespace Autocoder::Secrets {

/// Outcome of a SecretStore job.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, ///< the keychain works but holds no value for this key
        Unavailable, ///< no keychain (no Secret Service / D-Bus): fall back to env vars, read-only
        AccessDenied, ///< the keychain refused (locked, user said no)
        Error, ///< anything else; see error
    };

    Status status = Status::Error;
    QString error; ///< translated, for a person; empty when Ok
    QString value; ///< the secret for successful reads; never log it

    bool ok() const { return status == Status::Ok; }
    bool isUnavailable() const { return status == Status::Unavailable; }
    bool isNotFound() const { return status == Status::NotFound; }
};

} // namespace Autocoder::Secrets
