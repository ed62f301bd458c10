#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace Autocoder::Sandboxd {

class Sandbox;

/// envd's `process.Process` Connect service for one sandbox: Start and Connect
/// (server streaming), List, SendInput, CloseStdin, SendSignal (unary).
class ProcessService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessService)
public:
    explicit ProcessService(QObject *parent = nullptr);

    void handle(Sandbox *sandbox, const QString &method, const QHttpServerRequest &request,
                QTcpSocket *socket, QHttpServerResponder &responder);

    /// Checks `Authorization: Basic base64(user:)`; empty = default user. Only
    /// "user" and "root" exist (both run as uid 1000, see the report on users).
    static bool checkUser(const QHttpServerRequest &request, QString *error);
    static bool parseUnary(const QHttpServerRequest &request, QJsonObject *out, QString *error);

private:
    void start(Sandbox *sandbox, const QHttpServerRequest &request, QTcpSocket *socket);
    void connectTo(Sandbox *sandbox, const QHttpServerRequest &request, QTcpSocket *socket);
    static void streamError(QTcpSocket *socket, const QString &code, const QString &message);
    static int keepaliveSeconds(const QHttpServerRequest &request);
};

} // namespace Autocoder::Sandboxd
