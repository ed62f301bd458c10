#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QtGlobal>

/// The event feed's wire constants (docs/event-feed.md is the prose of the same).
namespace Autocoder::Feed {

inline constexpr int ProtocolVersion = 1;

/// `type` of control messages (text frames that are not events; events have `kind`).
namespace MessageType {
inline constexpr QLatin1String Hello { "hello" }; ///< server → client, first frame
inline constexpr QLatin1String Stop { "stop" }; ///< client → server
inline constexpr QLatin1String Guidance { "guidance" }; ///< client → server {text}
inline constexpr QLatin1String Snapshot { "snapshot" }; ///< both ways {iteration[, bytes, sha256]}
inline constexpr QLatin1String Spec { "spec" }; ///< both ways [{spec}]
inline constexpr QLatin1String Error { "error" }; ///< server → client {request, message}
} // namespace MessageType

/// Query parameters of the endpoint URL.
namespace Query {
inline constexpr QLatin1String Token { "token" };
inline constexpr QLatin1String Since { "since" };
inline constexpr QLatin1String Client { "client" };
} // namespace Query

/// Close codes and reasons (QWebSocketProtocol::CloseCode values).
namespace Close {
inline constexpr int RunEnded = 1000; ///< do not reconnect
inline constexpr int GoingAway = 1001; ///< reconnect with since
inline constexpr int PolicyViolation = 1008; ///< malformed / too large: do not reconnect blindly
inline constexpr int TryAgainLater = 1013; ///< too slow: reconnect with since
} // namespace Close

/// Limits (defaults of FeedServer::Options).
inline constexpr qint64 MaxClientFrameBytes = qint64(64) * 1024;
inline constexpr int MaxGuidanceChars = 16 * 1024;
inline constexpr qint64 MaxHandshakeBytes = qint64(16) * 1024;
inline constexpr int HandshakeTimeoutMs = 10 * 1000;
/// After a run ends, how long its clients may still ask (the last snapshot, the spec) before
/// they are closed; each request starts it again.
inline constexpr int RunEndedGraceMs = 2000;
inline constexpr qint64 SendHighWaterBytes = qint64(1024) * 1024;
inline constexpr int SlowClientTimeoutMs = 30 * 1000;
inline constexpr int MaxClientsPerRun = 16;

/// Files in a run folder holding the tokens (mode 0600) when none is given.
inline constexpr QLatin1String TokenFileName { "feed-token" };
inline constexpr QLatin1String ReadOnlyTokenFileName { "feed-token-read-only" };
/// Environment variables that give the tokens instead.
inline constexpr char TokenEnvironmentVariable[] = "AUTOCODER_FEED_TOKEN";
inline constexpr char ReadOnlyTokenEnvironmentVariable[] = "AUTOCODER_FEED_READ_ONLY_TOKEN";

/// 32 random bytes from the system's CSPRNG, base64url without padding.
QByteArray generateToken();
/// Compares in time independent of where the two differ (no timing oracle on the token).
bool tokensEqual(const QByteArray &a, const QByteArray &b);

} // namespace Autocoder::Feed
