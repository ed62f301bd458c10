#pragma once

#include "common/result.h"

#include <QMetaType>
#include <QString>

namespace Autocoder::Secrets {

/// Why a SecretStore job failed.
struct SecretError
{
    enum class Status {
        NotFound, ///< the keychain works but holds no value for this key
        Unavailable, ///< no keychain (no Secret Service / D-Bus): fall back to env vars, read-only
        AccessDenied, ///< the keychain refused (locked, user said no)
        Error, ///< anything else; see message
    };

    Status status = Status::Error;
    QString message; ///< translated, for a person

    bool isUnavailable() const { return status == Status::Unavailable; }
    bool isNotFound() const { return status == Status::NotFound; }
};

/// Outcome of a read: the secret (never log it) or why there is none.
using SecretResult = Autocoder::Result<QString, SecretError>;
/// Outcome of a write or a remove.
using SecretWriteResult = Autocoder::Result<void, SecretError>;

} // namespace Autocoder::Secrets

Q_DECLARE_METATYPE(Autocoder::Secrets::SecretResult)
Q_DECLARE_METATYPE(Autocoder::Secrets::SecretWriteResult)
