#pragma once

#include "sandboxd/bodysink.h"
#include "sandboxd/requesthead.h"

#include <memory>

namespace Autocoder::Sandboxd {

/// Decides what happens with a request from its head alone, before any body byte
/// is read: refused at once, handed to the HTTP server with a body limit, or
/// handled by a BodySink that gets the body as it arrives.
class RequestGate
{
public:
    struct Decision
    {
        enum class Kind { Pass, Reject, Stream };
        Kind kind = Kind::Reject;
        qint64 maxBodyBytes = 0; ///< Pass and Stream: larger bodies get 413
        BodySink::Response rejection; ///< Reject: the answer, after which the connection closes
        std::unique_ptr<BodySink> sink; ///< Stream

        static Decision pass(qint64 maxBodyBytes)
        {
            Decision d;
            d.kind = Kind::Pass;
            d.maxBodyBytes = maxBodyBytes;
            return d;
        }
        static Decision reject(int status, const QByteArray &jsonBody)
        {
            Decision d;
            d.rejection.status = status;
            d.rejection.contentType = "application/json; charset=utf-8";
            d.rejection.body = jsonBody;
            return d;
        }
        static Decision stream(std::unique_ptr<BodySink> sink, qint64 maxBodyBytes)
        {
            Decision d;
            d.kind = Kind::Stream;
            d.sink = std::move(sink);
            d.maxBodyBytes = maxBodyBytes;
            return d;
        }
    };

    virtual ~RequestGate() = default;
    virtual Decision decide(const RequestHead &head) = 0;
};

} // namespace Autocoder::Sandboxd
