#include "e2b/e2blog.h"

#include "secrets/redactor.h"

#include <QNetworkRequest>

namespace Autocoder::E2b {

Q_LOGGING_CATEGORY(lcE2b, "autocoder.e2b", QtInfoMsg)

QString Internal::redactCredentials(const QString &text, const QNetworkRequest &request)
{
    Secrets::Redactor redactor;
    for (const char *header : { "X-API-Key", "X-Access-Token", "Authorization" }) {
        const QByteArray value = request.rawHeader(header);
        redactor.addSecret(QString::fromUtf8(value));
        // Basic auth: the encoded part alone, as a server would quote it.
        if (value.startsWith("Basic "))
            redactor.addSecret(QString::fromUtf8(value.mid(6)));
    }
    return redactor.redact(text);
}

} // namespace Autocoder::E2b
