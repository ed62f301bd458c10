#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Autocoder::Sandboxd {

/// Small helpers to answer requests the way E2B does: JSON bodies, the
/// `{"code","message"}` error shapes of the control plane and envd, and Connect
/// unary errors `{"code":"not_found","message":..}` with the mapped status.
class HttpReply final
{
public:
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

    static void json(QHttpServerResponder &responder, int status, const QJsonObject &body);
    static void json(QHttpServerResponder &responder, int status, const QJsonArray &body);
    static void noContent(QHttpServerResponder &responder);
    /// `{"code": status, "message": message}` — control plane and envd HTTP errors.
    static void error(QHttpServerResponder &responder, int status, const QString &message);
    /// Connect unary error: HTTP status mapped from the Connect code.
    static void connectError(QHttpServerResponder &responder, const QString &code,
                             const QString &message);
    static int httpStatusForConnectCode(const QString &code);
    /// Edge-proxy reply for an unknown or expired sandbox (502).
    static void sandboxNotFound(QHttpServerResponder &responder, const QString &sandboxId);
};

} // namespace Autocoder::Sandboxd
