#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Sandboxd {

/// Where a sandbox may connect to, from E2B's create options
/// (`allow_internet_access`, `network.allowOut` / `network.denyOut`).
///
/// E2B semantics: allowOut holds IPs, CIDRs and domains (`example.com` or
/// `*.example.com`, subdomains only); denyOut holds IPs and CIDRs; allowOut wins
/// over denyOut; `allow_internet_access: false` means denyOut 0.0.0.0/0 and ::/0.
/// Local additions: an allowOut entry may carry a port (`host:443`,
/// `1.2.3.4:443`, `[::1]:8080`) that limits it to that port; loopback,
/// link-local, private, CGNAT, unique-local, unspecified, multicast and
/// broadcast destinations are denied unless an allowOut entry names them
/// explicitly (an exact name, an address, or a CIDR lying inside such a range;
/// a wildcard or 0.0.0.0/0 trusts too much DNS to count); protected endpoints
/// are denied whatever the lists say.
class EgressPolicy final
{
public:
    struct Decision
    {
        bool allowed = false;
        QHostAddress address; ///< the checked address to connect to, when allowed
        QString reason; ///< why, for logs and the 403 body
    };

    /// Resolves to the host's loopback; reachable only when allowOut names it.
    static QString hostAliasName();

    /// Everything allowed except the special ranges (E2B's default).
    EgressPolicy();

    /// Reads `allow_internet_access` and `network` from a create request body.
    /// Returns nullopt with an error naming the bad field or entry (for a 400).
    static std::optional<EgressPolicy> fromCreateRequest(const QJsonObject &body, QString *error);
    /// Reads a bare `{allowOut, denyOut}` object (PUT /sandboxes/{id}/network).
    static std::optional<EgressPolicy> fromNetworkConfig(const QJsonObject &network,
                                                         bool allowInternetAccess, QString *error);

    /// Always denied, whatever the lists say. Port 0 means every port; an
    /// unspecified address (0.0.0.0, ::) means every address of this host.
    void addProtectedEndpoint(const QHostAddress &address, quint16 port);

    /// `host` as the client named it (a name or an IP literal), `resolved` its
    /// addresses (ignored for an IP literal). The first address that passes is
    /// the one to connect to: connecting anywhere else would skip the check.
    Decision decide(const QString &host, quint16 port, const QList<QHostAddress> &resolved) const;

    /// A refusal when no address \a host could resolve to would pass (no allowOut entry names
    /// it or could match an address, and everything else is denied): then the name need not
    /// and must not be looked up. Nothing when the answer depends on the addresses.
    std::optional<Decision> refusalWithoutLookup(const QString &host, quint16 port) const;

    /// The `network` field of GET /sandboxes/{id}, shaped like E2B's.
    QJsonObject toJson() const;
    bool allowInternetAccess() const { return m_allowInternet; }
    QStringList allowOut() const;
    QStringList denyOut() const;

private:
    struct Rule
    {
        enum class Kind { Address, Subnet, Name, Wildcard };
        Kind kind = Kind::Address;
        QHostAddress address;
        int prefix = -1;
        QString name; ///< for Wildcard: the suffix with its leading dot
        quint16 port = 0; ///< 0 = any port
        QString text; ///< as written, for toJson() and reasons
    };

    static std::optional<Rule> parseRule(const QString &entry, bool allowNames, QString *error);
    static bool parseRules(const QJsonValue &value, const QString &field, bool allowNames,
                           QList<Rule> *rules, QString *error);
    static bool matchesAddress(const Rule &rule, const QHostAddress &address);
    /// E2B's ALL_TRAFFIC (0.0.0.0/0) in denyOut means all traffic, IPv6 included.
    static bool isAllTraffic(const Rule &rule);
    const Rule *nameRuleFor(const QString &name, quint16 port) const;
    static bool explicitForSpecial(const Rule &rule);
    bool isProtected(const QHostAddress &address, quint16 port) const;
    Decision decideAddress(const QString &host, quint16 port, const QHostAddress &address,
                           const Rule *nameRule) const;

    bool m_allowInternet = true;
    QList<Rule> m_allow;
    QList<Rule> m_deny;
    QList<QPair<QHostAddress, quint16>> m_protected;
};

} // namespace Autocoder::Sandboxd
