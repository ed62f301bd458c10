#include "sandboxd/connectenvelope.h"

#include "e2b/connectenvelopedecoder.h"

#include <QJsonDocument>

namespace Autocoder::Sandboxd {

QByteArray ConnectEnvelope::encode(const QByteArray &payload, bool endStream)
{
    return E2b::encodeConnectEnvelope(payload, endStream ? EndStreamFlag : quint8(0));
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
    // The client's decoder is the one implementation of the framing; a request
    // body must hold exactly one complete, uncompressed message envelope.
    E2b::ConnectEnvelopeDecoder decoder;
    if (!decoder.feed(body) || !decoder.finish()) {
        *error = decoder.errorString();
        return false;
    }
    const QList<E2b::ConnectFrame> frames = decoder.takeFrames();
    if (frames.size() != 1 || frames.first().isEndStream()) {
        *error = QStringLiteral("request body must be exactly one Connect message envelope");
        return false;
    }
    *payload = frames.first().payload;
    return true;
}

} // namespace Autocoder::Sandboxd
