#pragma once

#include "e2b/connectionconfig.h"
#include "e2b/createsandboxoptions.h"
#include "e2b/listsandboxesquery.h"
#include "e2b/result.h"
#include "e2b/sandboxinfo.h"
#include "e2b/sandboxlistpage.h"
#include "e2b/sandboxlogentry.h"

#include <QObject>

#include <chrono>

class QNetworkAccessManager;

namespace Autocoder::E2b {

class HttpCall;

/// The E2B control plane (https://api.{domain}): sandbox lifecycle.
///
/// Every method starts one asynchronous call and returns it. The call is a child of
/// `context` (required): destroying the context aborts it without invoking the callback;
/// HttpCall::cancel() aborts it and invokes the callback with Kind::Cancelled. Calls marked
/// idempotent (getInfo, list, kill, setTimeout, refresh) retry with backoff, honouring
/// Retry-After; create, pause and connectSandbox are never retried.
class SandboxApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxApi)
public:
    explicit SandboxApi(ConnectionConfig config, QObject *parent = nullptr);
    ~SandboxApi() override;

    const ConnectionConfig &config() const { return m_config; }

    HttpCall *create(const CreateSandboxOptions &options, QObject *context,
                     ResultCallback<SandboxInfo> done);
    HttpCall *getInfo(const QString &sandboxId, QObject *context, ResultCallback<SandboxInfo> done);
    /// One page of GET /v2/sandboxes.
    HttpCall *list(const ListSandboxesQuery &query, QObject *context,
                   ResultCallback<SandboxListPage> done);
    /// Every page of GET /v2/sandboxes (following nextToken, at most maxPages pages), e.g.
    /// to find all of this app's orphaned sandboxes. Destroying `context` stops it; the
    /// returned call is the first page's (cancel() on it only ends the walk before page 2).
    HttpCall *listAll(const ListSandboxesQuery &query, QObject *context,
                      ResultCallback<QList<SandboxInfo>> done, int maxPages = 50);
    /// New expiry = now + timeout (may shorten). Seconds are rounded up.
    HttpCall *setTimeout(const QString &sandboxId, std::chrono::seconds timeout, QObject *context,
                         ErrorCallback done);
    /// Extends only (duration 0..3600 s).
    HttpCall *refresh(const QString &sandboxId, std::chrono::seconds duration, QObject *context,
                      ErrorCallback done);
    /// value false = it was already paused (409).
    HttpCall *pause(const QString &sandboxId, QObject *context, ResultCallback<bool> done);
    /// POST /sandboxes/{id}/connect: resumes a paused sandbox, extends TTL; returns the
    /// sandbox with its access token.
    HttpCall *connectSandbox(const QString &sandboxId, std::chrono::seconds timeout,
                             QObject *context, ResultCallback<SandboxInfo> done);
    /// GET /v2/sandboxes/{id}/logs: entries at or after \a cursorMs (ms since the epoch),
    /// oldest first, at most \a limit (<= 1000).
    HttpCall *logs(const QString &sandboxId, qint64 cursorMs, int limit, QObject *context,
                   ResultCallback<QList<SandboxLogEntry>> done);
    /// value false = it was already gone (404 is not an error for kill).
    HttpCall *kill(const QString &sandboxId, QObject *context, ResultCallback<bool> done);

private:
    HttpCall *makeCall(const QByteArray &method, const QString &path, const QString &query,
                       const QByteArray &jsonBody, bool idempotent, QObject *context);

    ConnectionConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace Autocoder::E2b
