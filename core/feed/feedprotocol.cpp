#include "feed/feedprotocol.h"

#include <QRandomGenerator>

namespace Autocoder::Feed {

QByteArray generateToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    // QRandomGenerator::system() reads the kernel's CSPRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / int(sizeof(quint32)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool tokensEqual(const QByteArray &a, const QByteArray &b)
{
    // Length is not secret (tokens have a fixed size); the content is.
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace Autocoder::Feed
