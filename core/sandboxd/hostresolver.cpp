#include "hostresolver.h"

#include "egressaddress.h"
#include "egresspolicy.h"

#include <QHostInfo>
#include <QMetaObject>
#include <QObject>

namespace Autocoder::Sandboxd {

HostResolver::HostResolver()
{
    addOverride(EgressPolicy::hostAliasName(), { QHostAddress(QHostAddress::LocalHost) });
}

void HostResolver::addOverride(const QString &host, const QList<QHostAddress> &addresses)
{
    m_overrides.insert(EgressAddress::normalizedHost(host), addresses);
}

void HostResolver::lookup(const QString &host, QObject *context, const Callback &callback) const
{
    // Answers are always delivered from the event loop so that callers see one
    // order of events whether or not a DNS query was needed.
    auto answer = [context, callback](const QList<QHostAddress> &addresses, const QString &error) {
        QMetaObject::invokeMethod(
            context, [callback, addresses, error] { callback(addresses, error); },
            Qt::QueuedConnection);
    };
    const QString name = EgressAddress::normalizedHost(host);
    if (name.isEmpty()) {
        answer({}, QStringLiteral("invalid host name"));
        return;
    }
    const QHostAddress literal(name);
    if (!literal.isNull()) {
        answer({ literal }, {});
        return;
    }
    const auto it = m_overrides.constFind(name);
    if (it != m_overrides.constEnd()) {
        answer(*it, it->isEmpty() ? QStringLiteral("%1 has no address").arg(name) : QString());
        return;
    }
    if (m_strict) {
        answer({}, QStringLiteral("%1 is not in the resolver's table").arg(name));
        return;
    }
    QHostInfo::lookupHost(name, context, [callback, name](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            callback({}, QStringLiteral("%1: %2").arg(name, info.errorString()));
            return;
        }
        callback(info.addresses(), {});
    });
}

} // namespace Autocoder::Sandboxd
