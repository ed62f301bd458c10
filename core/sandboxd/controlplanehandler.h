#pragma once

#include <QObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Autocoder::Sandboxd {

class Sandbox;
class SandboxManager;
class TemplateStore;

/// E2B's control plane (`/sandboxes`, `/v2/sandboxes`, `/health`): API key
/// check, request validation with E2B's status codes and messages, and the
/// sandbox lifecycle calls into SandboxManager.
class ControlPlaneHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlPlaneHandler)
public:
    ControlPlaneHandler(SandboxManager *manager, TemplateStore *templates,
                        QObject *parent = nullptr);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);

    static QString notFoundMessage(const QString &id);

private:
    void create(const QHttpServerRequest &request, QHttpServerResponder &responder, bool v2);
    void list(const QHttpServerRequest &request, QHttpServerResponder &responder, bool v2);
    void sandboxCall(const QString &id, const QString &action, bool v2,
                     const QHttpServerRequest &request, QHttpServerResponder &responder);
    void updateNetwork(Sandbox *sandbox, const QHttpServerRequest &request,
                       QHttpServerResponder &responder);
    bool authorized(const QHttpServerRequest &request) const;

    SandboxManager *m_manager;
    TemplateStore *m_templates;
};

} // namespace Autocoder::Sandboxd
