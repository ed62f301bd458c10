#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

/// A feed's token kept in a file that only its owner can read (docs/event-feed.md): the run
/// folder's feed-token when no AUTOCODER_FEED_TOKEN is given, the app's own when it publishes
/// its runs. The token never goes anywhere but this file and the server's memory.
namespace Autocoder::Feed::TokenFile {

/// The token in @p path. Fails (human words, never the file's content) unless it is a regular
/// file, not a link, owned by this user, readable by nobody else, holding one token.
Result<QByteArray> read(const QString &path);
/// Writes @p token to @p path atomically: a new file created with mode 0600 (never readable by
/// others, not for a moment), then renamed over whatever was there.
Result<void> write(const QString &path, const QByteArray &token);
/// read(), or, when there is no usable token there (none, unreadable, readable by others), a
/// new generateToken() written with write().
Result<QByteArray> loadOrCreate(const QString &path);

} // namespace Autocoder::Feed::TokenFile
