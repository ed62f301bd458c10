#pragma once

// Internal: turns an HttpCall's raw outcome into a typed callback.

#include "e2b/httpcall.h"
#include "e2b/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Autocoder::E2b::Internal {

/// parse(call, &value) -> Error; invoked only for successful calls.
template<typename T, typename Parse>
void bindResult(HttpCall *call, ResultCallback<T> done, Parse parse)
{
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done), parse]() {
        if (!done)
            return;
        if (call->error().isError()) {
            done(failure(call->error()));
            return;
        }
        T value {};
        Error e = parse(call, &value);
        if (e.isError())
            done(failure(std::move(e)));
        else
            done(Result<T>(std::move(value)));
    });
}

inline void bindError(HttpCall *call, ErrorCallback done)
{
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)]() {
        if (done)
            done(call->error());
    });
}

/// Parses a JSON object body; a Protocol error names what was wrong.
inline Error parseJsonObject(const HttpCall *call, QJsonObject *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(call->body(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (pe.error == QJsonParseError::NoError)
            return Error::make(
                Error::Kind::Protocol,
                QCoreApplication::translate("Autocoder::E2b::HttpCall",
                                            "The server sent JSON that is not an object."),
                call->httpStatus());
        //: %1 is what the JSON parser found wrong
        const QString message = QCoreApplication::translate(
            "Autocoder::E2b::HttpCall", "The server sent an invalid JSON object (%1).");
        return Error::make(Error::Kind::Protocol, message.arg(pe.errorString()),
                           call->httpStatus());
    }
    *out = doc.object();
    return {};
}

} // namespace Autocoder::E2b::Internal
