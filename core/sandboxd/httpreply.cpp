#include "sandboxd/httpreply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace Autocoder::Sandboxd {

namespace {
using Status = QHttpServerResponder::StatusCode;

void writeBody(QHttpServerResponder &responder, int status, const QByteArray &body,
               const QByteArray &type)
{
    responder.write(body, { { "Content-Type", type } }, Status(status));
}
} // namespace

QByteArray HttpReply::header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void HttpReply::json(QHttpServerResponder &responder, int status, const QJsonObject &body)
{
    writeBody(responder, status, QJsonDocument(body).toJson(QJsonDocument::Compact),
              "application/json");
}

void HttpReply::json(QHttpServerResponder &responder, int status, const QJsonArray &body)
{
    writeBody(responder, status, QJsonDocument(body).toJson(QJsonDocument::Compact),
              "application/json");
}

void HttpReply::noContent(QHttpServerResponder &responder)
{
    responder.write(Status::NoContent);
}

void HttpReply::error(QHttpServerResponder &responder, int status, const QString &message)
{
    writeBody(responder, status,
              QJsonDocument(QJsonObject { { QStringLiteral("code"), status },
                                          { QStringLiteral("message"), message } })
                  .toJson(QJsonDocument::Compact),
              "application/json; charset=utf-8");
}

int HttpReply::httpStatusForConnectCode(const QString &code)
{
    static const QHash<QString, int> map {
        { QStringLiteral("canceled"), 499 },
        { QStringLiteral("unknown"), 500 },
        { QStringLiteral("invalid_argument"), 400 },
        { QStringLiteral("deadline_exceeded"), 504 },
        { QStringLiteral("not_found"), 404 },
        { QStringLiteral("already_exists"), 409 },
        { QStringLiteral("permission_denied"), 403 },
        { QStringLiteral("resource_exhausted"), 429 },
        { QStringLiteral("failed_precondition"), 400 },
        { QStringLiteral("aborted"), 409 },
        { QStringLiteral("out_of_range"), 400 },
        { QStringLiteral("unimplemented"), 501 },
        { QStringLiteral("internal"), 500 },
        { QStringLiteral("unavailable"), 503 },
        { QStringLiteral("data_loss"), 500 },
        { QStringLiteral("unauthenticated"), 401 },
    };
    return map.value(code, 500);
}

void HttpReply::connectError(QHttpServerResponder &responder, const QString &code,
                             const QString &message)
{
    writeBody(responder, httpStatusForConnectCode(code),
              QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                                          { QStringLiteral("message"), message } })
                  .toJson(QJsonDocument::Compact),
              "application/json");
}

void HttpReply::sandboxNotFound(QHttpServerResponder &responder, const QString &sandboxId)
{
    writeBody(responder, 502,
              QJsonDocument(QJsonObject { { QStringLiteral("sandboxId"), sandboxId },
                                          { QStringLiteral("message"),
                                            QStringLiteral("The sandbox was not found") },
                                          { QStringLiteral("code"), 502 } })
                  .toJson(QJsonDocument::Compact),
              "application/json; charset=utf-8");
}

} // namespace Autocoder::Sandboxd
