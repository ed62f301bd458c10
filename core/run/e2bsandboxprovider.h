#pragma once

#include "e2b/connectionconfig.h"
#include "run/sandboxprovider.h"

namespace Autocoder::E2b {
class SandboxApi;
}

namespace Autocoder::Run {

/// SandboxProvider over the E2B control plane. The same class serves the local
/// autocoder-sandboxd (config pointing at 127.0.0.1) and E2B cloud.
class E2bSandboxProvider final : public SandboxProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bSandboxProvider)
public:
    E2bSandboxProvider(const E2b::ConnectionConfig &config, const QString &backendName,
                       QObject *parent = nullptr);
    ~E2bSandboxProvider() override;

    QString backendName() const override { return m_backendName; }
    void create(const SandboxCreateRequest &request, QObject *context,
                SessionCallback done) override;
    void connectTo(const QString &sandboxId, QObject *context, SessionCallback done) override;
    void list(const QMap<QString, QString> &metadata, QObject *context, ListCallback done) override;
    void killSandbox(const QString &sandboxId, QObject *context, SandboxOpCallback done) override;

private:
    E2b::SandboxApi *m_api;
    QString m_backendName;
};

} // namespace Autocoder::Run
