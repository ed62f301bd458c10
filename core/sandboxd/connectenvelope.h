#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Autocoder::Sandboxd {

/// Connect protocol envelopes (flags byte, big-endian length, JSON payload) as
/// the server writes and reads them. Pure functions, tested without sockets.
class ConnectEnvelope final
{
public:
    static constexpr quint8 EndStreamFlag = 0x02;

    static QByteArray encode(const QByteArray &payload, bool endStream = false);
    static QByteArray encode(const QJsonObject &message, bool endStream = false);
    /// The end-of-stream envelope: `{}` or `{"error":{"code":..,"message":..}}`.
    static QByteArray endOfStream(const QString &errorCode = {}, const QString &message = {});

    /// Decodes exactly one envelope that must fill \a body (a server-streaming request).
    /// Returns false with \a error set when the framing is broken or compressed.
    static bool decodeSingle(const QByteArray &body, QByteArray *payload, QString *error);
};

} // namespace Autocoder::Sandboxd
