#pragma once

#include <QHostAddress>
#include <QString>

namespace Autocoder::Sandboxd {

/// How the egress policy reads host names and addresses: one normal form for
/// what a client names and what the policy lists, and the special ranges
/// (loopback, private, link-local, ...) that never count as "the internet".
class EgressAddress final
{
public:
    /// Lower-case, without a trailing dot or IPv6 brackets, IP literals in
    /// Qt's canonical form; empty when `host` is neither a valid DNS name nor
    /// an IP literal.
    static QString normalizedHost(const QString &host);
    /// ::ffff:a.b.c.d reaches a.b.c.d: checked and connected to as IPv4.
    static QHostAddress normalized(const QHostAddress &address);
    /// The label of the special range `address` lies in ("private",
    /// "loopback", ...), or empty for an ordinary public address.
    static QString specialRange(const QHostAddress &address);
    /// One of this host's own interface addresses (any scope).
    static bool isThisHost(const QHostAddress &address);
    /// Whether network/prefix lies wholly inside one special range.
    static bool isSpecialSubnet(const QHostAddress &network, int prefix);
    static bool isUnspecified(const QHostAddress &address);
    static bool isDnsName(const QString &name);
};

} // namespace Autocoder::Sandboxd
