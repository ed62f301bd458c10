#include "secrets/redactor.h"

#include <algorithm>
#include <utility>

namespace Autocoder::Secrets {

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < MinSecretLength || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first: when one secret contains another, the whole longer value is hidden.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secretsUtf8.clear();
    for (const QString &s : std::as_const(m_secrets))
        m_secretsUtf8.append(s.toUtf8());
}

void Redactor::clear()
{
    m_secrets.clear();
    m_secretsUtf8.clear();
}

int Redactor::longestSecretBytes() const
{
    int longest = 0;
    for (const QByteArray &s : m_secretsUtf8)
        longest = std::max(longest, int(s.size()));
    return longest;
}

QString Redactor::redact(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, placeholder());
    return out;
}

QByteArray Redactor::redact(const QByteArray &bytes) const
{
    if (m_secretsUtf8.isEmpty() || bytes.isEmpty())
        return bytes;
    QByteArray out = bytes;
    const QByteArray replacement = placeholder().toUtf8();
    for (const QByteArray &s : m_secretsUtf8)
        out.replace(s, replacement);
    return out;
}

QJsonValue Redactor::redact(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return redact(value.toString());
    case QJsonValue::Object:
        return redact(value.toObject());
    case QJsonValue::Array:
        return redact(value.toArray());
    default:
        return value;
    }
}

QJsonObject Redactor::redact(const QJsonObject &object) const
{
    if (m_secrets.isEmpty())
        return object;
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(redact(it.key()), redact(it.value()));
    return out;
}

QJsonArray Redactor::redact(const QJsonArray &array) const
{
    if (m_secrets.isEmpty())
        return array;
    QJsonArray out;
    for (const QJsonValue v : array)
        out.append(redact(v));
    return out;
}

qsizetype Redactor::pendingPrefixLength(const QByteArray &bytes) const
{
    qsizetype best = 0;
    for (const QByteArray &s : m_secretsUtf8) {
        // Longest proper prefix of s that is a suffix of bytes.
        const qsizetype maxLen = std::min(bytes.size(), s.size() - 1);
        for (qsizetype len = maxLen; len > best; --len) {
            if (std::equal(s.constBegin(), s.constBegin() + len, bytes.constEnd() - len)) {
                best = len;
                break;
            }
        }
    }
    return best;
}

} // namespace Autocoder::Secrets
