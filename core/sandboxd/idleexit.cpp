#include "sandboxd/idleexit.h"

#include "sandboxd/sandboxmanager.h"
#include "sandboxd/sandboxserver.h"
#include "sandboxd/templatestore.h"

namespace Autocoder::Sandboxd {

IdleExit::IdleExit(SandboxServer *server, int seconds, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    if (seconds <= 0)
        return;
    m_timer.setSingleShot(true);
    m_timer.setInterval(seconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleExit::check);
    const auto restart = [this] {
        m_timer.start();
    };
    connect(server, &SandboxServer::requestReceived, this, restart);
    connect(server->manager(), &SandboxManager::sandboxEnded, this, restart);
    // Preparing a template for a pending create can outlast the idle time.
    connect(server->templates(), &TemplateStore::progress, this, restart);
    m_timer.start();
}

void IdleExit::check()
{
    if (!m_server->manager()->sandboxes().isEmpty()) {
        m_timer.start();
        return;
    }
    Q_EMIT idle();
}

} // namespace Autocoder::Sandboxd
