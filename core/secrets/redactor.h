#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Autocoder::Secrets {

/// Replaces known secret values with "[REDACTED]" in text, bytes and JSON trees.
/// Values shorter than MinSecretLength are ignored (too likely to match ordinary text).
/// Every log line, event, journal and export passes through one of these.
class Redactor final
{
public:
    static constexpr int MinSecretLength = 8;

    static QString placeholder() { return QStringLiteral("[REDACTED]"); }

    /// Adds a value to hide; ignored when shorter than MinSecretLength or already known.
    void addSecret(const QString &secret);
    void clear();
    bool isEmpty() const { return m_secrets.isEmpty(); }
    /// Length in UTF-8 bytes of the longest known secret (0 when none).
    int longestSecretBytes() const;

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &bytes) const;
    /// Redacts strings and object keys recursively in objects and arrays.
    QJsonValue redact(const QJsonValue &value) const;
    QJsonObject redact(const QJsonObject &object) const;
    QJsonArray redact(const QJsonArray &array) const;

    /// True if `bytes` ends with a proper prefix of some secret (used by StreamRedactor):
    /// returns the length of the longest such suffix.
    qsizetype pendingPrefixLength(const QByteArray &bytes) const;

    const QStringList &secrets() const { return m_secrets; }

private:
    QStringList m_secrets; // longest first, so overlapping secrets are fully hidden
    QList<QByteArray> m_secretsUtf8;
};

} // namespace Autocoder::Secrets
