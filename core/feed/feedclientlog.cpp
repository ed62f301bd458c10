#include "feed/feedclientlog.h"

namespace Autocoder::Feed {

Q_LOGGING_CATEGORY(lcFeedClient, "autocoder.feed.client", QtInfoMsg)

} // namespace Autocoder::Feed
