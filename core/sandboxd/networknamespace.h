#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace Autocoder::Sandboxd {

/// A sandbox's own network: a new user namespace (owned by the sandbox's host uid) holding a
/// new network namespace with only a loopback interface, plus one TCP socket listening on
/// 127.0.0.1:<proxyPort> *inside* it.
///
/// The server keeps descriptors to both namespaces, so they live as long as this object and
/// not a process in them; every process of the sandbox joins them before bwrap starts
/// (ChildSetup::userNsFd/netNsFd), so all of a sandbox's processes share one loopback and
/// none sees the host's. The listening socket is the sandbox's only way out: the server
/// accepts on it from its own event loop (the egress proxy), which needs no bridge process
/// and no socket file in the sandbox.
class NetworkNamespace final
{
public:
    static constexpr quint16 DefaultProxyPort = 3128;

    /// Creates the namespaces in a short-lived child that drops to \a hostUid first (-1: the
    /// server's uid). Null with \a error when the kernel refuses (no user namespaces).
    static std::unique_ptr<NetworkNamespace> create(int hostUid, quint16 proxyPort, QString *error);
    ~NetworkNamespace();
    Q_DISABLE_COPY_MOVE(NetworkNamespace)

    int userNsFd() const { return m_userNs; }
    int netNsFd() const { return m_netNs; }
    quint16 proxyPort() const { return m_proxyPort; }
    /// The listening socket; the caller owns it afterwards (-1 once taken).
    int takeProxyListener();

private:
    NetworkNamespace(int userNs, int netNs, int listener, quint16 proxyPort);

    int m_userNs;
    int m_netNs;
    int m_listener;
    quint16 m_proxyPort;
};

} // namespace Autocoder::Sandboxd
