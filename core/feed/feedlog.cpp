#include "feed/feedlog.h"

namespace Autocoder::Feed {

Q_LOGGING_CATEGORY(lcFeed, "autocoder.feed", QtInfoMsg)

} // namespace Autocoder::Feed
