#pragma once

#include <QtGlobal>

namespace Autocoder::Sandboxd {

/// Bounds of one sandbox's egress proxy: what a hostile client can make the
/// server hold, in memory, sockets and time.
struct EgressLimits
{
    int maxHeadBytes = 16 * 1024; ///< request head; larger gets 431
    int maxResponseHeadBytes = 64 * 1024; ///< origin's response head (plain HTTP)
    int headTimeoutMs = 30 * 1000; ///< the whole request head must arrive within this
    int connectTimeoutMs = 15 * 1000; ///< name lookup plus TCP connect
    int idleTimeoutMs = 5 * 60 * 1000; ///< no byte moved either way
    int maxConnections = 128; ///< concurrent client connections; more get 503
    qint64 highWaterBytes =
        qint64(256) * 1024; ///< stop reading one side while the other has this unsent
    qint64 readChunkBytes = qint64(64) * 1024; ///< socket read buffer and relay chunk
};

} // namespace Autocoder::Sandboxd
