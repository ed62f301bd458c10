#include "sandboxd/sandboxnetwork.h"

#include "sandboxd/bwrapcommand.h"
#include "sandboxd/childsetup.h"
#include "sandboxd/egressproxy.h"
#include "sandboxd/networknamespace.h"

#include <unistd.h>

namespace Autocoder::Sandboxd {

std::unique_ptr<SandboxNetwork> SandboxNetwork::create(int hostUid, const EgressPolicy &policy,
                                                       const HostResolver *resolver, QString *error)
{
    std::unique_ptr<NetworkNamespace> ns =
        NetworkNamespace::create(hostUid, NetworkNamespace::DefaultProxyPort, error);
    if (!ns)
        return nullptr;
    auto *proxy = new EgressProxy(policy, resolver);
    const int listener = ns->takeProxyListener();
    if (!proxy->listenOnDescriptor(listener)) {
        *error =
            QStringLiteral("cannot start the sandbox's egress proxy: %1").arg(proxy->errorString());
        ::close(listener);
        delete proxy;
        return nullptr;
    }
    return std::unique_ptr<SandboxNetwork>(new SandboxNetwork(std::move(ns), proxy));
}

SandboxNetwork::SandboxNetwork(std::unique_ptr<NetworkNamespace> ns, EgressProxy *proxy)
    : m_namespace(std::move(ns))
    , m_proxy(proxy)
{
    m_proxy->setParent(this);
    connect(m_proxy, &EgressProxy::refused, this, &SandboxNetwork::refused);
}

SandboxNetwork::~SandboxNetwork()
{
    // Connections first: they belong to the namespace that goes with m_namespace.
    m_proxy->close();
}

void SandboxNetwork::prepare(ChildSetup *setup, BwrapSpec *spec) const
{
    setup->userNsFd = m_namespace->userNsFd();
    setup->netNsFd = m_namespace->netNsFd();
    spec->joinsSandboxNetwork = true;
    const QMap<QString, QString> env = proxyEnvironment(m_namespace->proxyPort());
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        spec->env.insert(it.key(), it.value());
}

QMap<QString, QString> SandboxNetwork::proxyEnvironment(quint16 port)
{
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString direct = QStringLiteral("localhost,127.0.0.1,::1");
    // Both spellings: curl reads only the lower-case http_proxy, others only upper case.
    return {
        { QStringLiteral("HTTP_PROXY"), url },  { QStringLiteral("http_proxy"), url },
        { QStringLiteral("HTTPS_PROXY"), url }, { QStringLiteral("https_proxy"), url },
        { QStringLiteral("NO_PROXY"), direct }, { QStringLiteral("no_proxy"), direct },
    };
}

void SandboxNetwork::setPolicy(const EgressPolicy &policy)
{
    m_proxy->setPolicy(policy);
}

EgressPolicy SandboxNetwork::policy() const
{
    return m_proxy->policy();
}

} // namespace Autocoder::Sandboxd
