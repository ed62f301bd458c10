#pragma once

#include <QObject>
#include <QTimer>

namespace Autocoder::Sandboxd {

class SandboxServer;

/// Ends a server nobody uses: it emits idle() once the server has had no
/// sandbox and no request for the given time. Sandboxes are what clients come
/// back for; their own timeouts end the ones nobody comes back for.
class IdleExit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleExit)
public:
    /// \a seconds 0 = never.
    IdleExit(SandboxServer *server, int seconds, QObject *parent = nullptr);

Q_SIGNALS:
    void idle();

private:
    void check();

    SandboxServer *m_server;
    QTimer m_timer;
};

} // namespace Autocoder::Sandboxd
