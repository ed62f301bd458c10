// libFuzzer target: arbitrary bytes, fed in arbitrary pieces, through the Connect envelope
// decoder and the event/end-of-stream/entry mappers. Must never crash, hang or blow up memory.

#include "e2b/connectenvelopedecoder.h"
#include "e2b/processeventmapper.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Autocoder::E2b;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // First byte picks the piece size so the fuzzer explores every split pattern.
    const size_t piece = size_t(data[0]) + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;

    ConnectEnvelopeDecoder decoder(64 * 1024); // small cap: refusal paths get exercised
    for (size_t offset = 0; offset < length; offset += piece) {
        const size_t n = std::min(piece, length - offset);
        if (!decoder.feed(bytes + offset, qsizetype(n)))
            break;
        while (decoder.hasFrame()) {
            const ConnectFrame frame = decoder.takeFrame();
            if (frame.isEndStream()) {
                (void)ProcessEventMapper::mapEndStream(frame.payload);
            } else {
                ProcessEvent event;
                Error error;
                const bool ok = ProcessEventMapper::mapEvent(frame.payload, &event, &error);
                if (!ok && error.kind != Error::Kind::Protocol)
                    __builtin_trap(); // failures must always be typed as Protocol
                const QJsonDocument doc = QJsonDocument::fromJson(frame.payload);
                (void)ProcessEventMapper::mapEntry(doc.object());
                (void)ProcessEventMapper::mapProcessInfo(doc.object());
            }
        }
    }
    decoder.finish();
    // Invariant: after end-of-stream, either no more data or an error.
    if (decoder.endStreamSeen() && decoder.bufferedBytes() > 0 && !decoder.hasError())
        __builtin_trap();
    return 0;
}
