#include "egressaddress.h"

#include <QElapsedTimer>
#include <QNetworkInterface>

namespace Autocoder::Sandboxd {

namespace {

struct SpecialRange
{
    QPair<QHostAddress, int> subnet;
    const char *label;
};

// Destinations that reach the host itself, its LAN, or cloud metadata services
// rather than "the internet": a sandbox gets them only when allowOut names them.
const QList<SpecialRange> &specialRanges()
{
    static const QList<SpecialRange> ranges = [] {
        const QList<QPair<const char *, const char *>> table = {
            { "0.0.0.0/8", "unspecified" },
            { "127.0.0.0/8", "loopback" },
            { "169.254.0.0/16", "link-local" },
            { "10.0.0.0/8", "private" },
            { "172.16.0.0/12", "private" },
            { "192.168.0.0/16", "private" },
            { "100.64.0.0/10", "carrier-grade NAT" },
            { "224.0.0.0/4", "multicast" },
            { "240.0.0.0/4", "reserved or broadcast" },
            { "::/128", "unspecified" },
            { "::1/128", "loopback" },
            { "::/96", "IPv4-compatible" },
            { "fe80::/10", "link-local" },
            { "fec0::/10", "site-local" },
            { "fc00::/7", "unique-local" },
            { "ff00::/8", "multicast" },
        };
        QList<SpecialRange> out;
        for (const auto &[cidr, label] : table)
            out.append({ QHostAddress::parseSubnet(QString::fromLatin1(cidr)), label });
        return out;
    }();
    return ranges;
}

// NAT64 (64:ff9b::/96) carries an IPv4 destination in its last 32 bits.
std::optional<QHostAddress> nat64Embedded(const QHostAddress &address)
{
    static const auto prefix = QHostAddress::parseSubnet(QStringLiteral("64:ff9b::/96"));
    if (!address.isInSubnet(prefix))
        return std::nullopt;
    const Q_IPV6ADDR a = address.toIPv6Address();
    return QHostAddress(quint32(a[12]) << 24 | quint32(a[13]) << 16 | quint32(a[14]) << 8 | a[15]);
}

} // namespace

// ::ffff:a.b.c.d reaches a.b.c.d: check (and connect to) the IPv4 form.
QHostAddress EgressAddress::normalized(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return address;
    }
    if (a[10] != 0xff || a[11] != 0xff)
        return address;
    return QHostAddress(quint32(a[12]) << 24 | quint32(a[13]) << 16 | quint32(a[14]) << 8 | a[15]);
}

bool EgressAddress::isUnspecified(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::AnyIPProtocol:
        return true;
    case QAbstractSocket::IPv4Protocol:
        return address.toIPv4Address() == 0;
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR a = address.toIPv6Address();
        for (int i = 0; i < 16; ++i) {
            if (a[i] != 0)
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

bool EgressAddress::isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                || c == QLatin1Char('_');
            if (!ok)
                return false;
        }
    }
    // An all-numeric last label is no name but an address in a form that
    // QHostAddress rejects and inet_aton might accept ("127.1", "2130706433").
    bool numeric = true;
    for (const QChar c : labels.last())
        numeric = numeric && c.isDigit();
    return !numeric;
}

QString EgressAddress::normalizedHost(const QString &host)
{
    QString h = host.toLower();
    for (const QChar c : h) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return {};
    }
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
        const QHostAddress a(h);
        if (a.protocol() != QAbstractSocket::IPv6Protocol || h.contains(QLatin1Char('%')))
            return {};
        return normalized(a).toString();
    }
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.contains(QLatin1Char('%')))
        return {};
    const QHostAddress a(h);
    if (!a.isNull())
        return normalized(a).toString();
    return isDnsName(h) ? h : QString();
}

QString EgressAddress::specialRange(const QHostAddress &address)
{
    QHostAddress a = normalized(address);
    if (const auto embedded = nat64Embedded(a))
        a = *embedded;
    for (const SpecialRange &range : specialRanges()) {
        if (a.isInSubnet(range.subnet))
            return QString::fromLatin1(range.label);
    }
    // The host's own public or global IPv6 address reaches its services as loopback would
    // (and past its firewall's input rules).
    if (isThisHost(a))
        return QStringLiteral("this host's");
    return {};
}

bool EgressAddress::isThisHost(const QHostAddress &address)
{
    // Interfaces change (a laptop moves); asked again at most every few seconds.
    static QList<QHostAddress> addresses;
    static QElapsedTimer age;
    if (!age.isValid() || age.hasExpired(5000)) {
        addresses.clear();
        const QList<QHostAddress> all = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : all)
            addresses.append(
                normalized(QHostAddress(a.toString().section(QLatin1Char('%'), 0, 0))));
        age.start();
    }
    return addresses.contains(normalized(address));
}

bool EgressAddress::isSpecialSubnet(const QHostAddress &network, int prefix)
{
    for (const SpecialRange &range : specialRanges()) {
        if (prefix >= range.subnet.second && network.isInSubnet(range.subnet))
            return true;
    }
    return false;
}

} // namespace Autocoder::Sandboxd
