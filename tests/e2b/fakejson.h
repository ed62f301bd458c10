#pragma once

// JSON bodies shared by the parts of the fake E2B server.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Autocoder::E2b::Testing {

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// The error body of E2B's control plane and envd HTTP endpoints.
inline QByteArray apiError(int code, const QString &message)
{
    return compact(
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } });
}

} // namespace Autocoder::E2b::Testing
