#pragma once

#include <QByteArray>

namespace Autocoder::Sandboxd {

/// Receives the body of a request that the guard handles itself instead of the
/// HTTP parser (a streamed upload), as it arrives, and then produces the response.
class BodySink
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    virtual ~BodySink() = default;
    /// Some decoded body bytes; false when the request failed (response() says why).
    virtual bool write(const QByteArray &payload) = 0;
    /// The body is complete; false when the request failed.
    virtual bool finish() = 0;
    /// The answer: success after finish(), or the failure.
    virtual Response response() const = 0;
};

} // namespace Autocoder::Sandboxd
