#pragma once

#include "run/sandboxtypes.h"

#include <QList>
#include <QObject>

namespace Autocoder::Run {

class SandboxSession;

/// Where sandboxes come from (the local autocoder-sandboxd or E2B cloud; a fake in tests).
class SandboxProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProvider)
public:
    using QObject::QObject;
    ~SandboxProvider() override;

    /// The session, or why there is none.
    using SessionCallback = std::function<void(const SandboxResult<SandboxSession *> &result)>;
    using ListCallback = std::function<void(const SandboxResult<QList<SandboxListing>> &result)>;

    /// "local", "e2b", "fake"...
    virtual QString backendName() const = 0;
    /// On success the session is handed over (parented to `context`).
    virtual void create(const SandboxCreateRequest &request, QObject *context,
                        SessionCallback done) = 0;
    /// Reconnects to an existing sandbox (resume after a crash).
    virtual void connectTo(const QString &sandboxId, QObject *context, SessionCallback done) = 0;
    virtual void list(const QMap<QString, QString> &metadata, QObject *context,
                      ListCallback done) = 0;
    virtual void killSandbox(const QString &sandboxId, QObject *context,
                             SandboxOpCallback done) = 0;
};

} // namespace Autocoder::Run
