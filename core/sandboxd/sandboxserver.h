#pragma once

#include "sandboxd/serverconfig.h"

#include <QAbstractHttpServer>

#include <memory>

namespace Autocoder::Sandboxd {

class ControlPlaneHandler;
class ProcessService;
class RequestPolicy;
class SandboxManager;
class TemplateStore;

/// autocoder-sandboxd's HTTP front: one loopback port serving E2B's control
/// plane and every sandbox's envd. Each connection passes a GuardedSocket that
/// applies RequestPolicy to every request head before its body is read (and
/// streams uploads to disk); Qt HttpServer parses what passes, and this class
/// routes it like E2B's edge proxy does (the `49983-{id}.host` form or the
/// E2b-Sandbox-Id/-Port headers), checks the per-sandbox access token and hands
/// streaming RPCs their socket.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    explicit SandboxServer(const ServerConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Prepares the data dir and listens on 127.0.0.1:\a port (0 = any); returns the port or 0.
    quint16 start(quint16 port, QString *error);

    SandboxManager *manager() const { return m_manager; }
    TemplateStore *templates() const { return m_templates; }

Q_SIGNALS:
    /// Every request, before it is handled: the server is in use.
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleEnvd(const QString &sandboxId, const QString &port,
                    const QHttpServerRequest &request, QTcpSocket *socket,
                    QHttpServerResponder &responder);

    ServerConfig m_config;
    SandboxManager *m_manager;
    std::unique_ptr<RequestPolicy> m_policy;
    TemplateStore *m_templates;
    ControlPlaneHandler *m_controlPlane;
    ProcessService *m_processes;
};

} // namespace Autocoder::Sandboxd
