#include "setup/endpointprobe.h"

#include <QTcpSocket>

namespace Autocoder::Setup {

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { finish(tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)); });
}

EndpointProbe::~EndpointProbe()
{
    m_done = nullptr;
    if (m_socket)
        m_socket->abort();
}

void EndpointProbe::probe(const QUrl &url, const Done &done)
{
    if (m_socket) {
        m_done = nullptr;
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_done = done;
    const bool https = url.scheme() == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && !https)) {
        // Answered from the event loop, like every other outcome.
        const QString error = tr("“%1” is not an http(s) URL").arg(url.toString());
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            finish(QString());
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            finish(socket->errorString());
    });
    m_timer.start(m_timeoutMs);
    socket->connectToHost(url.host(), quint16(url.port(https ? 443 : 80)));
}

void EndpointProbe::finish(const QString &error)
{
    m_timer.stop();
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const Done done = std::exchange(m_done, nullptr);
    if (done)
        done(error);
}

} // namespace Autocoder::Setup
