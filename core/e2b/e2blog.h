#pragma once

#include <QLoggingCategory>
#include <QString>

class QNetworkRequest;

namespace Autocoder::E2b {

/// "autocoder.e2b": the E2B client's calls, retries and stream reconnects. Debug lines are
/// off by default; enable them with QT_LOGGING_RULES="autocoder.e2b.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcE2b)

namespace Internal {

/// `text` with every credential `request` carries (API key, access token, basic auth)
/// replaced by "[REDACTED]": server messages may echo what they were sent.
QString redactCredentials(const QString &text, const QNetworkRequest &request);

} // namespace Internal

} // namespace Autocoder::E2b
