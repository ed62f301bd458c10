// The egress proxy of a sandbox and its policy. The policy is a pure function,
// tested as a table; the proxy is tested over loopback only: "the internet" is a
// local server on 127.0.0.2 and names come from the resolver's table in strict
// mode, so no test queries DNS or sends a packet beyond 127.0.0.0/8.
#include "sandboxd/egresspolicy.h"
#include "sandboxd/hostresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace Autocoder::Sandboxd;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text.constData());
    return doc.object();
}

EgressPolicy policy(const QByteArray &body)
{
    QString error;
    const auto p = EgressPolicy::fromCreateRequest(json(body), &error);
    if (!p)
        qFatal("policy rejected: %s", qPrintable(error));
    return *p;
}

QList<QHostAddress> addresses(const QStringList &list)
{
    QList<QHostAddress> out;
    for (const QString &a : list)
        out.append(QHostAddress(a));
    return out;
}

} // namespace

class TestEgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseErrors_data();
    void parseErrors();
    void parseAccepts();
    void decide_data();
    void decide();
    void protectedEndpoints();
    void hostAlias();
    void normalizedHost_data();
    void normalizedHost();
    void resolverOverridesAndStrictMode();
};

void TestEgress::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("allow_internet_access not bool")
        << QByteArray(R"({"allow_internet_access":"no"})") << "allow_internet_access";
    QTest::newRow("network not object") << QByteArray(R"({"network":[1]})") << "network";
    QTest::newRow("allowOut not array")
        << QByteArray(R"({"network":{"allowOut":"example.com"}})") << "network.allowOut";
    QTest::newRow("allowOut entry not string")
        << QByteArray(R"({"network":{"allowOut":["a.com",3]}})") << "network.allowOut[1]";
    QTest::newRow("domain in denyOut")
        << QByteArray(R"({"network":{"denyOut":["evil.com"]}})") << "\"evil.com\"";
    QTest::newRow("wildcard in deny_out")
        << QByteArray(R"({"network":{"deny_out":["*.evil.com"]}})") << "network.deny_out";
    QTest::newRow("port in denyOut")
        << QByteArray(R"({"network":{"denyOut":["1.2.3.4:80"]}})") << "ports";
    QTest::newRow("bad CIDR prefix")
        << QByteArray(R"({"network":{"denyOut":["10.0.0.0/33"]}})") << "\"10.0.0.0/33\"";
    QTest::newRow("bad CIDR address")
        << QByteArray(R"({"network":{"allowOut":["10.0.0.300/8"]}})") << "CIDR";
    QTest::newRow("port zero") << QByteArray(R"({"network":{"allowOut":["a.com:0"]}})")
                               << "\"a.com:0\"";
    QTest::newRow("port too big") << QByteArray(R"({"network":{"allowOut":["a.com:65536"]}})")
                                  << "port";
    QTest::newRow("port not a number")
        << QByteArray(R"({"network":{"allowOut":["a.com:https"]}})") << "port";
    QTest::newRow("empty port") << QByteArray(R"({"network":{"allowOut":["a.com:"]}})")
                                << "empty port";
    QTest::newRow("empty entry") << QByteArray(R"({"network":{"allowOut":[""]}})") << "empty";
    QTest::newRow("space inside") << QByteArray(R"({"network":{"allowOut":["a .com"]}})")
                                  << "\"a .com\"";
    QTest::newRow("leading space")
        << QByteArray(R"({"network":{"allowOut":[" 1.2.3.4"]}})") << "\" 1.2.3.4\"";
    QTest::newRow("unclosed bracket")
        << QByteArray(R"({"network":{"allowOut":["[::1:80"]}})") << "]";
    QTest::newRow("bracketed v4") << QByteArray(R"({"network":{"allowOut":["[1.2.3.4]:80"]}})")
                                  << "IPv6";
    QTest::newRow("bracketed name")
        << QByteArray(R"({"network":{"allowOut":["[a.com]:80"]}})") << "IPv6";
    QTest::newRow("garbage after bracket")
        << QByteArray(R"({"network":{"allowOut":["[::1]x"]}})") << "':port'";
    QTest::newRow("bare star") << QByteArray(R"({"network":{"allowOut":["*"]}})") << "\"*\"";
    QTest::newRow("star tld") << QByteArray(R"({"network":{"allowOut":["*.com"]}})") << "wildcard";
    QTest::newRow("inner star") << QByteArray(R"({"network":{"allowOut":["a.*.com"]}})")
                                << "\"a.*.com\"";
    QTest::newRow("url not host") << QByteArray(R"({"network":{"allowOut":["https://a.com"]}})")
                                  << "\"https://a.com\"";
    QTest::newRow("path") << QByteArray(R"({"network":{"allowOut":["a.com/x"]}})") << "CIDR";
    QTest::newRow("octal v4") << QByteArray(R"({"network":{"allowOut":["010.0.0.1"]}})")
                              << "8.0.0.1";
    QTest::newRow("short v4") << QByteArray(R"({"network":{"allowOut":["127.1"]}})")
                              << "four decimal";
    QTest::newRow("numeric name") << QByteArray(R"({"network":{"allowOut":["1.2.3.4.5"]}})")
                                  << "\"1.2.3.4.5\"";
    QTest::newRow("label too long") << QByteArray(
        R"({"network":{"allowOut":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com"]}})")
                                    << "domain";
    QTest::newRow("hyphen edge") << QByteArray(R"({"network":{"allowOut":["-a.com"]}})")
                                 << "\"-a.com\"";
    QTest::newRow("scoped v6") << QByteArray(R"({"network":{"allowOut":["fe80::1%eth0"]}})")
                               << "scoped";
    QTest::newRow("both spellings")
        << QByteArray(R"({"network":{"allowOut":["a.com"],"allow_out":["b.com"]}})") << "not both";
    QTest::newRow("non-ascii") << QByteArray(R"({"network":{"allowOut":["exämple.com"]}})")
                               << "character";
}

void TestEgress::parseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    const auto p = EgressPolicy::fromCreateRequest(json(body), &error);
    QVERIFY(!p);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestEgress::parseAccepts()
{
    // Too many entries is an error, a full list is not.
    QJsonArray many;
    for (int i = 0; i < 1000; ++i)
        many.append(QStringLiteral("h%1.example.com").arg(i));
    QString error;
    QVERIFY(EgressPolicy::fromCreateRequest({ { "network", QJsonObject { { "allowOut", many } } } },
                                            &error));
    many.append(QStringLiteral("one-more.example.com"));
    QVERIFY(!EgressPolicy::fromCreateRequest(
        { { "network", QJsonObject { { "allowOut", many } } } }, &error));
    QVERIFY(error.contains(QStringLiteral("more than")));

    const EgressPolicy p = policy(
        R"({"allow_internet_access":false,"network":{"allow_out":["Example.COM.","*.x.org:443","[::1]:8080","1.2.3.4:443","10.0.0.0/8"],"deny_out":["::/0"]}})");
    QVERIFY(!p.allowInternetAccess());
    QCOMPARE(
        p.allowOut(),
        QStringList({ "Example.COM.", "*.x.org:443", "[::1]:8080", "1.2.3.4:443", "10.0.0.0/8" }));
    QCOMPARE(p.toJson().value("denyOut").toArray(), QJsonArray({ "::/0" }));
    QCOMPARE(p.toJson().value("allowOut").toArray().size(), 5);

    // null and absent fields mean the defaults.
    const EgressPolicy d = policy(R"({"allow_internet_access":null,"network":null})");
    QVERIFY(d.allowInternetAccess());
    QVERIFY(d.allowOut().isEmpty());
    QVERIFY(EgressPolicy::fromNetworkConfig({}, true, nullptr));
}

void TestEgress::decide_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("resolved");
    QTest::addColumn<QString>("expected"); // the address to connect to, or empty when refused
    QTest::addColumn<QString>("reason");

    const QByteArray open = "{}";
    const QByteArray closed = R"({"allow_internet_access":false})";
    const QByteArray allowList =
        R"({"network":{"denyOut":["0.0.0.0/0","::/0"],"allowOut":["api.example.com","*.cdn.example.net","8.8.8.0/24","1.1.1.1:443","2001:db8::/32"]}})";

    QTest::newRow("default allows public")
        << open << "example.com" << 443 << QStringList { "93.184.216.34" } << "93.184.216.34"
        << "internet";
    QTest::newRow("default allows public v6")
        << open << "example.com" << 443 << QStringList { "2606:2800:220:1::1" }
        << "2606:2800:220:1::1"
        << "internet";
    QTest::newRow("no address") << open << "example.com" << 443 << QStringList {} << ""
                                << "no address";
    QTest::newRow("bad host") << open << "exa mple.com" << 443 << QStringList { "93.184.216.34" }
                              << ""
                              << "invalid";
    QTest::newRow("port 0") << open << "example.com" << 0 << QStringList { "93.184.216.34" } << ""
                            << "port 0";
    QTest::newRow("private 10/8") << open << "evil.test" << 443 << QStringList { "10.1.2.3" } << ""
                                  << "private";
    QTest::newRow("private 172.16/12")
        << open << "evil.test" << 443 << QStringList { "172.31.255.1" } << ""
        << "private";
    QTest::newRow("172.32 is public")
        << open << "ok.test" << 443 << QStringList { "172.32.0.1" } << "172.32.0.1"
        << "internet";
    QTest::newRow("private 192.168/16")
        << open << "evil.test" << 80 << QStringList { "192.168.1.1" } << ""
        << "private";
    QTest::newRow("metadata link-local")
        << open << "evil.test" << 80 << QStringList { "169.254.169.254" } << ""
        << "link-local";
    QTest::newRow("loopback") << open << "evil.test" << 80 << QStringList { "127.0.0.1" } << ""
                              << "loopback";
    QTest::newRow("loopback 127/8")
        << open << "evil.test" << 80 << QStringList { "127.45.6.7" } << ""
        << "loopback";
    QTest::newRow("unspecified") << open << "evil.test" << 80 << QStringList { "0.0.0.0" } << ""
                                 << "unspecified";
    QTest::newRow("cgnat") << open << "evil.test" << 80 << QStringList { "100.100.1.1" } << ""
                           << "carrier-grade";
    QTest::newRow("multicast") << open << "evil.test" << 80 << QStringList { "224.0.0.251" } << ""
                               << "multicast";
    QTest::newRow("broadcast") << open << "evil.test" << 80 << QStringList { "255.255.255.255" }
                               << ""
                               << "broadcast";
    QTest::newRow("v6 loopback") << open << "evil.test" << 80 << QStringList { "::1" } << ""
                                 << "loopback";
    QTest::newRow("v6 unspecified") << open << "evil.test" << 80 << QStringList { "::" } << ""
                                    << "unspecified";
    QTest::newRow("v6 unique-local")
        << open << "evil.test" << 80 << QStringList { "fd12:3456::1" } << ""
        << "unique-local";
    QTest::newRow("v6 link-local") << open << "evil.test" << 80 << QStringList { "fe80::1" } << ""
                                   << "link-local";
    QTest::newRow("v6 multicast") << open << "evil.test" << 80 << QStringList { "ff02::1" } << ""
                                  << "multicast";
    QTest::newRow("v4-mapped private")
        << open << "evil.test" << 80 << QStringList { "::ffff:10.0.0.1" } << ""
        << "private";
    QTest::newRow("v4-mapped public connects to v4")
        << open << "ok.test" << 80 << QStringList { "::ffff:93.184.216.34" } << "93.184.216.34"
        << "internet";
    QTest::newRow("nat64 metadata")
        << open << "evil.test" << 80 << QStringList { "64:ff9b::a9fe:a9fe" } << ""
        << "link-local";
    QTest::newRow("v4-compatible")
        << open << "evil.test" << 80 << QStringList { "::10.0.0.1" } << ""
        << "IPv4-compatible";
    QTest::newRow("literal private")
        << open << "10.1.2.3" << 80 << QStringList { "93.184.216.34" } << ""
        << "private";
    QTest::newRow("literal inet_aton form") << open << "2130706433" << 80 << QStringList {} << ""
                                            << "127.0.0.1 (127.0.0.1) port 80: loopback";
    QTest::newRow("literal short form") << open << "127.1" << 80 << QStringList {} << ""
                                        << "loopback";
    QTest::newRow("literal bracketed v6") << open << "[::1]" << 80 << QStringList {} << ""
                                          << "loopback";
    QTest::newRow("literal v4-mapped") << open << "[::ffff:127.0.0.1]" << 80 << QStringList {} << ""
                                       << "loopback";
    QTest::newRow("literal ignores resolved")
        << open << "93.184.216.34" << 80 << QStringList { "10.0.0.1" } << "93.184.216.34"
        << "internet";
    QTest::newRow("mixed answer picks the public one")
        << open << "mixed.test" << 443 << QStringList { "10.0.0.1", "93.184.216.34" }
        << "93.184.216.34"
        << "internet";
    QTest::newRow("closed refuses v4")
        << closed << "example.com" << 443 << QStringList { "93.184.216.34" } << ""
        << "disabled";
    QTest::newRow("closed refuses v6")
        << closed << "example.com" << 443 << QStringList { "2606:2800:220:1::1" } << ""
        << "disabled";
    QTest::newRow("denyOut cidr") << QByteArray(R"({"network":{"denyOut":["93.184.0.0/16"]}})")
                                  << "example.com" << 443 << QStringList { "93.184.216.34" } << ""
                                  << "denyOut \"93.184.0.0/16\"";
    QTest::newRow("denyOut v6 cidr")
        << QByteArray(R"({"network":{"denyOut":["2606:2800::/32"]}})") << "example.com" << 443
        << QStringList { "2606:2800:220:1::1" } << ""
        << "denyOut";
    QTest::newRow("denyOut other range")
        << QByteArray(R"({"network":{"denyOut":["93.185.0.0/16"]}})") << "example.com" << 443
        << QStringList { "93.184.216.34" } << "93.184.216.34"
        << "internet";
    QTest::newRow("allowOut beats denyOut")
        << QByteArray(R"({"network":{"denyOut":["93.184.216.34"],"allowOut":["93.184.216.34"]}})")
        << "example.com" << 443 << QStringList { "93.184.216.34" } << "93.184.216.34"
        << "allowOut";
    QTest::newRow("allow list: exact name") << allowList << "api.example.com" << 443
                                            << QStringList { "93.184.216.34" } << "93.184.216.34"
                                            << "allowOut \"api.example.com\"";
    QTest::newRow("allow list: name case and dot")
        << allowList << "API.Example.COM." << 443 << QStringList { "93.184.216.34" }
        << "93.184.216.34"
        << "allowOut";
    QTest::newRow("allow list: other name")
        << allowList << "www.example.com" << 443 << QStringList { "93.184.216.34" } << ""
        << "denyOut \"0.0.0.0/0\"";
    QTest::newRow("allow list: suffix is not a subdomain")
        << allowList << "evilapi.example.com" << 443 << QStringList { "93.184.216.34" } << ""
        << "denyOut";
    QTest::newRow("allow list: wildcard sub") << allowList << "a.cdn.example.net" << 443
                                              << QStringList { "93.184.216.34" } << "93.184.216.34"
                                              << "*.cdn.example.net";
    QTest::newRow("allow list: wildcard deep") << allowList << "a.b.cdn.example.net" << 443
                                               << QStringList { "93.184.216.34" } << "93.184.216.34"
                                               << "*.cdn.example.net";
    QTest::newRow("allow list: wildcard not apex")
        << allowList << "cdn.example.net" << 443 << QStringList { "93.184.216.34" } << ""
        << "denyOut";
    QTest::newRow("allow list: wildcard not lookalike")
        << allowList << "evilcdn.example.net" << 443 << QStringList { "93.184.216.34" } << ""
        << "denyOut";
    QTest::newRow("allow list: wildcard never opens private")
        << allowList << "x.cdn.example.net" << 443 << QStringList { "10.0.0.1" } << ""
        << "private";
    QTest::newRow("allow list: cidr")
        << allowList << "dns.test" << 53 << QStringList { "8.8.8.8" } << "8.8.8.8"
        << "8.8.8.0/24";
    QTest::newRow("allow list: cidr edge out")
        << allowList << "dns.test" << 53 << QStringList { "8.8.9.1" } << ""
        << "denyOut";
    QTest::newRow("allow list: ip with port")
        << allowList << "1.1.1.1" << 443 << QStringList {} << "1.1.1.1"
        << "1.1.1.1:443";
    QTest::newRow("allow list: ip other port")
        << allowList << "1.1.1.1" << 80 << QStringList {} << ""
        << "denyOut";
    QTest::newRow("allow list: v6 cidr")
        << allowList << "v6.test" << 443 << QStringList { "2001:db8::5" } << "2001:db8::5"
        << "2001:db8::/32";
    QTest::newRow("allow list: v6 outside")
        << allowList << "v6.test" << 443 << QStringList { "2001:db9::5" } << ""
        << "denyOut \"::/0\"";
    QTest::newRow("allow list: picks allowed address")
        << allowList << "dns.test" << 53 << QStringList { "9.9.9.9", "8.8.8.4" } << "8.8.8.4"
        << "8.8.8.0/24";
    QTest::newRow("name with port: right port")
        << QByteArray(
               R"({"allow_internet_access":false,"network":{"allowOut":["api.example.com:443"]}})")
        << "api.example.com" << 443 << QStringList { "93.184.216.34" } << "93.184.216.34"
        << "allowOut";
    QTest::newRow("name with port: wrong port")
        << QByteArray(
               R"({"allow_internet_access":false,"network":{"allowOut":["api.example.com:443"]}})")
        << "api.example.com" << 22 << QStringList { "93.184.216.34" } << ""
        << "disabled";
    QTest::newRow("explicit name opens loopback")
        << QByteArray(R"({"network":{"allowOut":["example.test"]}})") << "example.test" << 8080
        << QStringList { "127.0.0.2" } << "127.0.0.2"
        << "allowOut \"example.test\"";
    QTest::newRow("explicit name wrong port")
        << QByteArray(R"({"network":{"allowOut":["example.test:8080"]}})") << "example.test" << 8081
        << QStringList { "127.0.0.2" } << ""
        << "loopback";
    QTest::newRow("explicit address opens private")
        << QByteArray(R"({"network":{"allowOut":["10.1.2.3"]}})") << "db.test" << 5432
        << QStringList { "10.1.2.3" } << "10.1.2.3"
        << "allowOut \"10.1.2.3\"";
    QTest::newRow("private cidr opens private")
        << QByteArray(R"({"network":{"allowOut":["192.168.0.0/16"]}})") << "nas.test" << 445
        << QStringList { "192.168.1.1" } << "192.168.1.1"
        << "192.168.0.0/16";
    QTest::newRow("all-traffic cidr does not open private")
        << QByteArray(R"({"network":{"allowOut":["0.0.0.0/0"]}})") << "evil.test" << 80
        << QStringList { "169.254.169.254" } << ""
        << "link-local";
    QTest::newRow("wide cidr does not open private")
        << QByteArray(R"({"network":{"allowOut":["8.0.0.0/7"]}})") << "evil.test" << 80
        << QStringList { "10.0.0.1" } << ""
        << "private";
    QTest::newRow("v6 all-traffic does not open loopback")
        << QByteArray(R"({"network":{"allowOut":["::/0"]}})") << "evil.test" << 80
        << QStringList { "::1" } << ""
        << "loopback";
    QTest::newRow("named address other name")
        << QByteArray(R"({"network":{"allowOut":["example.test"]}})") << "other.test" << 80
        << QStringList { "127.0.0.2" } << ""
        << "loopback";
    QTest::newRow("bracketed v6 with port")
        << QByteArray(R"({"network":{"allowOut":["[::1]:8080"]}})") << "[::1]" << 8080
        << QStringList {} << "::1"
        << "[::1]:8080";
    QTest::newRow("bracketed v6 other port")
        << QByteArray(R"({"network":{"allowOut":["[::1]:8080"]}})") << "::1" << 8081
        << QStringList {} << ""
        << "loopback";
}

void TestEgress::decide()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QStringList, resolved);
    QFETCH(QString, expected);
    QFETCH(QString, reason);

    const EgressPolicy::Decision d = policy(body).decide(host, quint16(port), addresses(resolved));
    QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
    QCOMPARE(d.allowed, !expected.isEmpty());
    if (d.allowed)
        QCOMPARE(d.address, QHostAddress(expected));
    else
        QVERIFY(d.address.isNull());
}

void TestEgress::protectedEndpoints()
{
    EgressPolicy p = policy(
        R"({"network":{"allowOut":["127.0.0.1","0.0.0.0","::1","127.0.0.0/8","host.autocoder.internal"]}})");
    p.addProtectedEndpoint(QHostAddress("127.0.0.1"), 49983);
    QVERIFY(p.decide("127.0.0.1", 8080, {}).allowed);
    EgressPolicy::Decision d = p.decide("127.0.0.1", 49983, {});
    QVERIFY(!d.allowed);
    QVERIFY2(d.reason.contains("protected"), qPrintable(d.reason));
    QVERIFY(!p.decide("0.0.0.0", 49983, {}).allowed); // Linux routes 0.0.0.0 to the host
    QVERIFY(!p.decide("::ffff:127.0.0.1", 49983, {}).allowed);
    QVERIFY(!p.decide("host.autocoder.internal", 49983, { QHostAddress("127.0.0.1") }).allowed);
    QVERIFY(p.decide("127.0.0.2", 49983, {}).allowed); // another address: another socket

    // A server on every address is protected on all of the host's addresses.
    p.addProtectedEndpoint(QHostAddress(QHostAddress::AnyIPv4), 5000);
    QVERIFY(!p.decide("127.0.0.2", 5000, {}).allowed);
    QVERIFY(!p.decide("::1", 5000, {}).allowed);
    QVERIFY(p.decide("127.0.0.2", 5001, {}).allowed);

    // Port 0: every port of that address.
    p.addProtectedEndpoint(QHostAddress("127.0.0.9"), 0);
    QVERIFY(!p.decide("127.0.0.9", 1, {}).allowed);
    QVERIFY(!p.decide("127.0.0.9", 65535, {}).allowed);

    // Protected even when the name is allowed explicitly and the internet is open.
    EgressPolicy q = policy(R"({"network":{"allowOut":["example.test:7000"]}})");
    q.addProtectedEndpoint(QHostAddress("127.0.0.2"), 7000);
    QVERIFY(!q.decide("example.test", 7000, { QHostAddress("127.0.0.2") }).allowed);
}

void TestEgress::hostAlias()
{
    const QString alias = EgressPolicy::hostAliasName();
    const QList<QHostAddress> host = { QHostAddress("127.0.0.1") };
    QVERIFY(!policy("{}").decide(alias, 43123, host).allowed);
    QVERIFY(!policy(R"({"network":{"allowOut":["*.autocoder.internal"]}})")
                 .decide(alias, 43123, host)
                 .allowed);
    QVERIFY(
        !policy(R"({"network":{"allowOut":["127.0.0.1"]}})").decide(alias, 43123, host).allowed);
    const EgressPolicy p = policy(R"({"network":{"allowOut":["host.autocoder.internal:43123"]}})");
    const EgressPolicy::Decision d = p.decide(alias, 43123, host);
    QVERIFY2(d.allowed, qPrintable(d.reason));
    QCOMPARE(d.address, QHostAddress("127.0.0.1"));
    QVERIFY(!p.decide(alias, 22, host).allowed);
    QVERIFY(
        !p.decide("127.0.0.1", 43123, {}).allowed); // the entry names the alias, not the address
}

void TestEgress::normalizedHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << "Example.COM"
                           << "example.com";
    QTest::newRow("trailing dot") << "example.com."
                                  << "example.com";
    QTest::newRow("v6 brackets") << "[::1]"
                                 << "::1";
    QTest::newRow("v4-mapped") << "[::ffff:10.0.0.1]"
                               << "10.0.0.1";
    QTest::newRow("underscore") << "_srv.example.com"
                                << "_srv.example.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("space") << "a b.com"
                           << "";
    QTest::newRow("leading space literal") << " 1.2.3.4"
                                           << "";
    QTest::newRow("nul") << QString::fromLatin1("a\0b.com", 7) << "";
    QTest::newRow("crlf") << "a.com\r\nX: y"
                          << "";
    QTest::newRow("slash") << "a.com/x"
                           << "";
    QTest::newRow("at") << "user@a.com"
                        << "";
    QTest::newRow("scoped") << "[fe80::1%eth0]"
                            << "";
    QTest::newRow("bracketed v4") << "[1.2.3.4]"
                                  << "";
    QTest::newRow("empty label") << "a..com"
                                 << "";
    QTest::newRow("numeric tld") << "1.2.3.4.5"
                                 << "";
    QTest::newRow("non-ascii") << QStringLiteral("exämple.com") << "";
}

void TestEgress::normalizedHost()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(EgressPolicy::normalizedHost(host), expected);
}

void TestEgress::resolverOverridesAndStrictMode()
{
    HostResolver resolver;
    resolver.setStrict(true);
    resolver.addOverride("Example.Test", { QHostAddress("127.0.0.2") });
    QObject context;
    QList<QHostAddress> got;
    QString error;
    int calls = 0;
    auto ask = [&](const QString &host) {
        calls = 0;
        got.clear();
        error.clear();
        resolver.lookup(host, &context, [&](const QList<QHostAddress> &a, const QString &e) {
            ++calls;
            got = a;
            error = e;
        });
        QCOMPARE(calls, 0); // never answers from inside lookup()
        QTRY_COMPARE(calls, 1);
    };
    ask("example.test.");
    QCOMPARE(got, QList<QHostAddress> { QHostAddress("127.0.0.2") });
    ask(EgressPolicy::hostAliasName());
    QCOMPARE(got, QList<QHostAddress> { QHostAddress("127.0.0.1") });
    ask("127.0.0.3");
    QCOMPARE(got, QList<QHostAddress> { QHostAddress("127.0.0.3") });
    ask("unmapped.test");
    QVERIFY(got.isEmpty());
    QVERIFY(error.contains("unmapped.test"));
    ask("bad name!");
    QVERIFY(got.isEmpty());
    QVERIFY(!error.isEmpty());

    // No answer once the context is gone.
    calls = 0;
    auto gone = std::make_unique<QObject>();
    resolver.lookup("example.test", gone.get(),
                    [&](const QList<QHostAddress> &, const QString &) { ++calls; });
    gone.reset();
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestEgress)
#include "tst_sandboxd_egress.moc"
