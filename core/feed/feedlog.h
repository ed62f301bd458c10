#pragma once

#include <QLoggingCategory>

namespace Autocoder::Feed {

/// "autocoder.feed": the event feed's server and client. Never given a token.
Q_DECLARE_LOGGING_CATEGORY(lcFeed)

} // namespace Autocoder::Feed
