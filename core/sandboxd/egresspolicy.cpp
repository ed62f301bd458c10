#include "egresspolicy.h"

#include "egressaddress.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonValue>

namespace Autocoder::Sandboxd {

namespace {

constexpr int MaxEntries = 1000;

std::optional<quint16> parsePort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

bool portMatches(quint16 rulePort, quint16 port)
{
    return rulePort == 0 || rulePort == port;
}

} // namespace

QString EgressPolicy::hostAliasName()
{
    return QStringLiteral("host.autocoder.internal");
}

EgressPolicy::EgressPolicy() = default;

std::optional<EgressPolicy::Rule> EgressPolicy::parseRule(const QString &entry, bool allowNames,
                                                          QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("\"%1\": %2").arg(entry, why);
        return std::nullopt;
    };
    if (entry.isEmpty())
        return fail(QStringLiteral("empty entry"));
    for (const QChar c : entry) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return fail(QStringLiteral("unexpected character"));
    }
    QString hostPart = entry;
    QString portText;
    bool bracketed = false;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QStringLiteral("missing ']'"));
        hostPart = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(QStringLiteral("expected ':port' after ']'"));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return fail(QStringLiteral("empty port"));
        }
        bracketed = true;
    } else if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        hostPart = entry.left(colon);
        portText = entry.mid(colon + 1);
        if (portText.isEmpty())
            return fail(QStringLiteral("empty port"));
    }

    Rule rule;
    rule.text = entry;
    if (!portText.isEmpty()) {
        if (!allowNames)
            return fail(QStringLiteral("ports are not supported in denyOut"));
        const auto port = parsePort(portText);
        if (!port)
            return fail(QStringLiteral("port must be 1-65535"));
        rule.port = *port;
    }
    if (hostPart.isEmpty())
        return fail(QStringLiteral("empty host"));
    if (hostPart.contains(QLatin1Char('%')))
        return fail(QStringLiteral("scoped addresses are not supported"));

    if (hostPart.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(hostPart);
        if (subnet.first.isNull() || subnet.second < 0)
            return fail(QStringLiteral("not a valid CIDR"));
        if (bracketed && subnet.first.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(QStringLiteral("brackets are for IPv6 only"));
        rule.kind = Rule::Kind::Subnet;
        rule.address = subnet.first;
        rule.prefix = subnet.second;
        return rule;
    }
    const QHostAddress address(hostPart);
    if (!address.isNull()) {
        if (bracketed && address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(QStringLiteral("brackets are for IPv6 only"));
        // Qt, like inet_aton, reads "127.1" and "010.0.0.1" (octal): say what we read.
        if (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != hostPart)
            return fail(QStringLiteral("write IPv4 addresses as four decimal numbers (%1?)")
                            .arg(address.toString()));
        rule.kind = Rule::Kind::Address;
        rule.address = EgressAddress::normalized(address);
        return rule;
    }
    if (bracketed)
        return fail(QStringLiteral("not a valid IPv6 address"));
    if (!allowNames)
        return fail(QStringLiteral("denyOut takes IP addresses and CIDRs only, not domains"));

    QString name = hostPart.toLower();
    const bool wildcard = name.startsWith(QStringLiteral("*."));
    if (wildcard)
        name = name.mid(2);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!EgressAddress::isDnsName(name))
        return fail(QStringLiteral("not an IP address, CIDR or domain name"));
    rule.kind = wildcard ? Rule::Kind::Wildcard : Rule::Kind::Name;
    rule.name = wildcard ? QLatin1Char('.') + name : name;
    return rule;
}

bool EgressPolicy::parseRules(const QJsonValue &value, const QString &field, bool allowNames,
                              QList<Rule> *rules, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be an array of strings").arg(field);
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxEntries) {
        *error = QStringLiteral("%1 has more than %2 entries").arg(field).arg(MaxEntries);
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = QStringLiteral("%1[%2] must be a string").arg(field).arg(i);
            return false;
        }
        QString why;
        const auto rule = parseRule(array.at(i).toString(), allowNames, &why);
        if (!rule) {
            *error = QStringLiteral("%1 entry %2").arg(field, why);
            return false;
        }
        rules->append(*rule);
    }
    return true;
}

std::optional<EgressPolicy> EgressPolicy::fromCreateRequest(const QJsonObject &body, QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    bool allowInternet = true;
    const QJsonValue allowValue = body.contains(QStringLiteral("allow_internet_access"))
        ? body.value(QStringLiteral("allow_internet_access"))
        : body.value(QStringLiteral("allowInternetAccess"));
    if (!allowValue.isUndefined() && !allowValue.isNull()) {
        if (!allowValue.isBool()) {
            why = QStringLiteral("allow_internet_access must be a boolean");
            return std::nullopt;
        }
        allowInternet = allowValue.toBool();
    }
    const QJsonValue network = body.value(QStringLiteral("network"));
    if (!network.isUndefined() && !network.isNull() && !network.isObject()) {
        why = QStringLiteral("network must be an object");
        return std::nullopt;
    }
    return fromNetworkConfig(network.toObject(), allowInternet, &why);
}

std::optional<EgressPolicy> EgressPolicy::fromNetworkConfig(const QJsonObject &network,
                                                            bool allowInternetAccess,
                                                            QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    EgressPolicy policy;
    policy.m_allowInternet = allowInternetAccess;
    for (const bool allow : { true, false }) {
        const QString camel = allow ? QStringLiteral("allowOut") : QStringLiteral("denyOut");
        const QString snake = allow ? QStringLiteral("allow_out") : QStringLiteral("deny_out");
        if (network.contains(camel) && network.contains(snake)) {
            why = QStringLiteral("network: give %1 or %2, not both").arg(camel, snake);
            return std::nullopt;
        }
        const QString key = network.contains(snake) ? snake : camel;
        QList<Rule> *rules = allow ? &policy.m_allow : &policy.m_deny;
        if (!parseRules(network.value(key), QStringLiteral("network.") + key, allow, rules, &why))
            return std::nullopt;
    }
    return policy;
}

void EgressPolicy::addProtectedEndpoint(const QHostAddress &address, quint16 port)
{
    m_protected.append({ EgressAddress::normalized(address), port });
}

bool EgressPolicy::isProtected(const QHostAddress &address, quint16 port) const
{
    for (const auto &[protectedAddress, protectedPort] : m_protected) {
        if (!portMatches(protectedPort, port))
            continue;
        // Connecting to 0.0.0.0 or :: reaches the local host on Linux.
        if (address == protectedAddress || EgressAddress::isUnspecified(address))
            return true;
        if (EgressAddress::isUnspecified(protectedAddress)
            && (address.isLoopback() || EgressAddress::isThisHost(address)))
            return true;
    }
    return false;
}

bool EgressPolicy::matchesAddress(const Rule &rule, const QHostAddress &address)
{
    if (rule.kind == Rule::Kind::Address)
        return address == rule.address;
    if (rule.kind == Rule::Kind::Subnet)
        return address.isInSubnet(rule.address, rule.prefix);
    return false;
}

bool EgressPolicy::explicitForSpecial(const Rule &rule)
{
    switch (rule.kind) {
    case Rule::Kind::Name:
    case Rule::Kind::Address:
        return true;
    case Rule::Kind::Wildcard:
        return false;
    case Rule::Kind::Subnet:
        // 10.0.0.0/8 names the private range; 0.0.0.0/0 only means "everything".
        return EgressAddress::isSpecialSubnet(rule.address, rule.prefix);
    }
    return false;
}

EgressPolicy::Decision EgressPolicy::decideAddress(const QString &host, quint16 port,
                                                   const QHostAddress &address,
                                                   const Rule *nameRule) const
{
    const QString target =
        QStringLiteral("%1 (%2) port %3").arg(host, address.toString()).arg(port);
    if (isProtected(address, port))
        return { false, {}, QStringLiteral("%1 is a protected endpoint").arg(target) };

    const Rule *allowedBy = nameRule;
    const Rule *explicitBy = nameRule && explicitForSpecial(*nameRule) ? nameRule : nullptr;
    for (const Rule &rule : m_allow) {
        if (!portMatches(rule.port, port) || !matchesAddress(rule, address))
            continue;
        if (!allowedBy)
            allowedBy = &rule;
        if (!explicitBy && explicitForSpecial(rule))
            explicitBy = &rule;
    }

    const QString special = EgressAddress::specialRange(address);
    if (!special.isEmpty()) {
        if (explicitBy)
            return { true, address, QStringLiteral("allowOut \"%1\"").arg(explicitBy->text) };
        return { false,
                 {},
                 QStringLiteral("%1: %2 address, not named in allowOut").arg(target, special) };
    }
    if (allowedBy)
        return { true, address, QStringLiteral("allowOut \"%1\"").arg(allowedBy->text) };
    if (!m_allowInternet)
        return { false, {}, QStringLiteral("%1: internet access is disabled").arg(target) };
    for (const Rule &rule : m_deny) {
        if (isAllTraffic(rule) || matchesAddress(rule, address))
            return { false, {}, QStringLiteral("%1: denyOut \"%2\"").arg(target, rule.text) };
    }
    return { true, address, QStringLiteral("internet access") };
}

EgressPolicy::Decision EgressPolicy::decide(const QString &host, quint16 port,
                                            const QList<QHostAddress> &resolved) const
{
    const QString name = EgressAddress::normalizedHost(host);
    if (name.isEmpty())
        return { false, {}, QStringLiteral("invalid host name") };
    if (port == 0)
        return { false, {}, QStringLiteral("%1: port 0").arg(name) };

    QList<QHostAddress> candidates;
    const Rule *nameRule = nullptr;
    const QHostAddress literal(name);
    if (!literal.isNull()) {
        candidates.append(literal);
    } else {
        for (const QHostAddress &a : resolved)
            candidates.append(EgressAddress::normalized(a));
        nameRule = nameRuleFor(name, port);
        if (name == hostAliasName() && (!nameRule || nameRule->kind != Rule::Kind::Name))
            return { false,
                     {},
                     QStringLiteral("%1 port %2: the host is reachable only when allowOut names it")
                         .arg(name)
                         .arg(port) };
    }
    if (candidates.isEmpty())
        return { false, {}, QStringLiteral("%1: no address").arg(name) };

    Decision firstRefusal;
    for (const QHostAddress &address : std::as_const(candidates)) {
        Decision d = decideAddress(name, port, address, nameRule);
        if (d.allowed)
            return d;
        if (firstRefusal.reason.isEmpty())
            firstRefusal = d;
    }
    return firstRefusal;
}

const EgressPolicy::Rule *EgressPolicy::nameRuleFor(const QString &name, quint16 port) const
{
    const Rule *found = nullptr;
    for (const Rule &rule : m_allow) {
        if (!portMatches(rule.port, port))
            continue;
        if (rule.kind == Rule::Kind::Name && rule.name == name)
            return &rule;
        if (rule.kind == Rule::Kind::Wildcard && name.endsWith(rule.name) && !found)
            found = &rule;
    }
    return found;
}

bool EgressPolicy::isAllTraffic(const Rule &rule)
{
    return rule.kind == Rule::Kind::Subnet && rule.prefix == 0;
}

std::optional<EgressPolicy::Decision> EgressPolicy::refusalWithoutLookup(const QString &host,
                                                                         quint16 port) const
{
    const QString name = EgressAddress::normalizedHost(host);
    if (name.isEmpty() || port == 0 || !QHostAddress(name).isNull() || nameRuleFor(name, port))
        return std::nullopt; // decide() answers these (literals need no lookup)
    for (const Rule &rule : m_allow) {
        if ((rule.kind == Rule::Kind::Address || rule.kind == Rule::Kind::Subnet)
            && portMatches(rule.port, port))
            return std::nullopt; // an address of the name might match
    }
    const auto allTraffic = std::find_if(m_deny.cbegin(), m_deny.cend(),
                                         [](const Rule &rule) { return isAllTraffic(rule); });
    const QString target = QStringLiteral("%1 port %2").arg(name).arg(port);
    if (!m_allowInternet)
        return Decision { false,
                          {},
                          QStringLiteral("%1: internet access is disabled and allowOut does "
                                         "not name it")
                              .arg(target) };
    if (allTraffic != m_deny.cend())
        return Decision { false,
                          {},
                          QStringLiteral("%1: not in allowOut, and denyOut \"%2\" denies the rest")
                              .arg(target, allTraffic->text) };
    return std::nullopt;
}

QStringList EgressPolicy::allowOut() const
{
    QStringList out;
    for (const Rule &rule : m_allow)
        out.append(rule.text);
    return out;
}

QStringList EgressPolicy::denyOut() const
{
    QStringList out;
    for (const Rule &rule : m_deny)
        out.append(rule.text);
    return out;
}

QJsonObject EgressPolicy::toJson() const
{
    return { { QStringLiteral("allowOut"), QJsonArray::fromStringList(allowOut()) },
             { QStringLiteral("denyOut"), QJsonArray::fromStringList(denyOut()) } };
}

} // namespace Autocoder::Sandboxd
