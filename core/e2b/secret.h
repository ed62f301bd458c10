#pragma once

#include <QDebug>
#include <QString>

namespace Autocoder::E2b {

/// A credential (API key, envd access token). The value is only reachable through
/// reveal(), so it cannot end up in a log by accident: streaming it into QDebug
/// prints "[REDACTED]" (or "<empty>").
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QString value)
        : m_value(std::move(value))
    { }

    const QString &reveal() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    QString m_value;
};

inline QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "<empty>" : "[REDACTED]");
    return debug;
}

} // namespace Autocoder::E2b
