#pragma once

#include <QLoggingCategory>

namespace Autocoder::Feed {

/// "autocoder.feed.client": following a run's event feed (FeedClient, AttachedRun). Never
/// given a token or a URL with its query.
Q_DECLARE_LOGGING_CATEGORY(lcFeedClient)

} // namespace Autocoder::Feed
