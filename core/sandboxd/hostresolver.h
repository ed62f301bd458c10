#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace Autocoder::Sandboxd {

/// Turns the host names that sandboxed clients send to the egress proxy into
/// addresses, asynchronously. A static override table answers first (like curl
/// --resolve); EgressPolicy::hostAliasName() is built in as 127.0.0.1. In strict
/// mode (tests) a name missing from the table fails without any DNS query.
class HostResolver final
{
public:
    /// `addresses` is empty when the lookup failed; `error` then says why.
    using Callback =
        std::function<void(const QList<QHostAddress> &addresses, const QString &error)>;

    HostResolver();

    void addOverride(const QString &host, const QList<QHostAddress> &addresses);
    void setStrict(bool strict) { m_strict = strict; }
    bool isStrict() const { return m_strict; }

    /// Calls `callback` later on `context`'s thread (never from inside lookup()),
    /// and not at all once `context` is gone. IP literals answer themselves.
    void lookup(const QString &host, QObject *context, const Callback &callback) const;

private:
    QHash<QString, QList<QHostAddress>> m_overrides;
    bool m_strict = false;
};

} // namespace Autocoder::Sandboxd
