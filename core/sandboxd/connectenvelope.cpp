#include "sandboxd/connectenvelope.h"

#include <QJsonDocument>

namespace Autocoder::Sandboxd {

QByteArray ConnectEnvelope::encode(const QByteArray &payload, bool endStream)
{
    QByteArray out;
    out.reserve(payload.size() + 5);
    out.append(char(endStream ? EndStreamFlag : 0));
    const quint32 len = quint32(payload.size());
    out.append(char((len >> 24) & 0xff));
    out.append(char((len >> 16) & 0xff));
    out.append(char((len >> 8) & 0xff));
    out.append(char(len & 0xff));
    out.append(payload);
    return out;
}

QByteArray ConnectEnvelope::encode(const QJsonObject &message, bool endStream)
{
    return encode(QJsonDocument(message).toJson(QJsonDocument::Compact), endStream);
}

QByteArray ConnectEnvelope::endOfStream(const QString &errorCode, const QString &message)
{
    QJsonObject body;
    if (!errorCode.isEmpty()) {
        body.insert(QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), errorCode },
                                  { QStringLiteral("message"), message } });
    }
    return encode(body, true);
}

bool ConnectEnvelope::decodeSingle(const QByteArray &body, QByteArray *payload, QString *error)
{
    if (body.size() < 5) {
        *error = QStringLiteral("request body is not a Connect envelope");
        return false;
    }
    const auto flags = quint8(body.at(0));
    if (flags & 0x01) {
        *error = QStringLiteral("compressed envelopes are not supported");
        return false;
    }
    const quint32 len = (quint32(quint8(body.at(1))) << 24) | (quint32(quint8(body.at(2))) << 16)
        | (quint32(quint8(body.at(3))) << 8) | quint32(quint8(body.at(4)));
    if (qint64(len) != qint64(body.size()) - 5) {
        *error = QStringLiteral("Connect envelope length does not match the body");
        return false;
    }
    *payload = body.mid(5);
    return true;
}

} // namespace Autocoder::Sandboxd
