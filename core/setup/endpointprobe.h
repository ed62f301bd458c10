#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace Autocoder::Setup {

/// Whether something listens at a URL's host and port: one TCP connection, closed at once,
/// with a timeout. Enough to tell "the model endpoint is down or mistyped" from "it is
/// there" without sending a request that would need a key. One probe at a time; destroying
/// the probe abandons it without a callback.
class EndpointProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointProbe)
public:
    /// Empty error when reachable.
    using Done = std::function<void(const QString &error)>;

    explicit EndpointProbe(QObject *parent = nullptr);
    ~EndpointProbe() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void probe(const QUrl &url, const Done &done);

private:
    void finish(const QString &error);

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    Done m_done;
    int m_timeoutMs = 5000;
};

} // namespace Autocoder::Setup
