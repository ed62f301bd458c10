#pragma once

#include "sandboxd/bodysink.h"
#include "sandboxd/requestframer.h"

#include <QTcpSocket>

#include <memory>

class QTimer;

namespace Autocoder::Sandboxd {

class RequestGate;

/// The socket Qt HttpServer gets for a connection: a stand-in in front of the
/// real connection (the "wire") that shows the HTTP parser only the bytes of
/// requests the RequestGate let through, each within its body limit.
///
/// Qt HttpServer 6.4 reads and keeps a whole request, body included, before its
/// handler runs, and a QTcpSocket made from a descriptor is always buffered, so
/// the bytes are filtered here, between the wire and the parser: every head is
/// decided before any of its body is read; a refused request gets its answer at
/// once and the connection is closed without reading the body; a streamed
/// request's body goes to its BodySink and never reaches the parser. Heads are
/// decided only when the parser has consumed (and so handled) the previous
/// request, which keeps responses of pipelined requests in order.
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)
public:
    GuardedSocket(qintptr descriptor, RequestGate *gate, QObject *parent = nullptr);
    ~GuardedSocket() override;

    bool isConnected() const { return m_wire && state() == ConnectedState; }

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void disconnectFromHost() override;
    void close() override;

    static constexpr qint64 WireChunk = qint64(256) * 1024;
    static constexpr int LingerMs = 2000;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class Mode { Head, Pass, Stream, Closing };

    void pump();
    bool process();
    bool decide(const RequestFramer::Step &step);
    void respond(const BodySink::Response &response, bool close);
    void refuse(int status, const QString &message);
    void shutdownWhenFlushed();
    void wireGone();

    QTcpSocket *m_wire;
    RequestGate *m_gate;
    RequestFramer m_framer;
    QByteArray m_released; ///< for the HTTP parser
    std::unique_ptr<BodySink> m_sink;
    QTimer *m_linger = nullptr;
    Mode m_mode = Mode::Head;
    bool m_inRead = false;
    bool m_pumping = false;
    bool m_pumpQueued = false;
    /// process() stopped for the parser (not for more input): pump again once it has read.
    bool m_waitingForParser = false;
    bool m_writeShut = false;
};

} // namespace Autocoder::Sandboxd
