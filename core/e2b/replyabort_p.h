#pragma once

// Internal: the one way an E2B call gives up its in-flight reply.

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace Autocoder::E2b::Internal {

/// Aborts `reply` without delivering its finished/error signals to `receiver` (the owner
/// has already decided the outcome), and releases it. Safe on a null or finished reply.
inline void abortReply(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *r = reply;
    reply = nullptr;
    QObject::disconnect(r, nullptr, receiver, nullptr);
    r->abort();
    r->deleteLater();
}

} // namespace Autocoder::E2b::Internal
