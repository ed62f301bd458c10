#pragma once

#include "sandboxd/egresspolicy.h"

#include <QMap>
#include <QObject>

#include <memory>

namespace Autocoder::Sandboxd {

class EgressProxy;
class HostResolver;
class NetworkNamespace;
struct BwrapSpec;
struct ChildSetup;

/// A sandbox's network as a whole: its own namespace (NetworkNamespace) and the egress proxy
/// that is its only way out, listening inside the namespace at 127.0.0.1:3128 and enforcing
/// the sandbox's EgressPolicy from the server's event loop.
class SandboxNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxNetwork)
public:
    /// Null with \a error when the namespace cannot be made. \a resolver must outlive it.
    static std::unique_ptr<SandboxNetwork> create(int hostUid, const EgressPolicy &policy,
                                                  const HostResolver *resolver, QString *error);
    ~SandboxNetwork() override;

    /// Makes a process join this network: namespace descriptors for the child, and the
    /// proxy variables every HTTP client in the sandbox honours (NO_PROXY keeps the
    /// sandbox's own loopback direct).
    void prepare(ChildSetup *setup, BwrapSpec *spec) const;
    static QMap<QString, QString> proxyEnvironment(quint16 port);

    void setPolicy(const EgressPolicy &policy);
    EgressPolicy policy() const;
    EgressProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// A connection the policy refused (host as the client named it).
    void refused(const QString &host, quint16 port, const QString &reason);

private:
    SandboxNetwork(std::unique_ptr<NetworkNamespace> ns, EgressProxy *proxy);

    std::unique_ptr<NetworkNamespace> m_namespace;
    EgressProxy *m_proxy;
};

} // namespace Autocoder::Sandboxd
