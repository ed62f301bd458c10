#pragma once

#include <QDebug>
#include <QString>

#include <chrono>

namespace Autocoder::E2b {

/// Typed outcome of any E2B call (control plane, envd RPC, /files). A default-constructed
/// Error means success. Messages come from the server or from us; they never contain
/// API keys or access tokens.
struct Error
{
    enum class Kind {
        None, ///< success
        Unauthorized, ///< 401/403, Connect unauthenticated/permission_denied
        NotFound, ///< 404, Connect not_found, edge 502 "sandbox not found" (see sandboxGone)
        RateLimited, ///< 429 / resource_exhausted; retryAfter set when the server said so
        Timeout, ///< our timer, deadline_exceeded, canceled by server
        Network, ///< connection refused/dropped, DNS, TLS
        Protocol, ///< malformed body, bad framing, wrong content type, missing end-of-stream
        Remote, ///< other server-side error (Connect code + message, HTTP 5xx, ...)
        InvalidArgument, ///< 400, invalid_argument / failed_precondition / out_of_range, or
                         ///< rejected client-side
        Cancelled, ///< cancelled by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP response was received
    QString connectCode; ///< Connect error code ("not_found", ...) when there was one
    QString message; ///< human-readable, already translated where we produced it
    std::chrono::milliseconds retryAfter { 0 }; ///< from Retry-After on 429, else 0
    bool sandboxGone =
        false; ///< the sandbox no longer exists (API 404 on it, edge 502, envd "unavailable")

    bool isOk() const { return kind == Kind::None; }
    bool isError() const { return kind != Kind::None; }

    static Error make(Kind kind, const QString &message, int httpStatus = 0,
                      const QString &connectCode = QString());
    static QString kindName(Kind kind);
    /// Maps a Connect error code to our kind ("not_found" -> NotFound, ...).
    static Kind kindForConnectCode(const QString &code);
    /// One line for logs: "NotFound (HTTP 404, not_found): message".
    QString toString() const;
};

QDebug operator<<(QDebug debug, const Error &error);

} // namespace Autocoder::E2b
