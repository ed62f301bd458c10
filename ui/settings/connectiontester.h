#pragma once

#include "e2b/connectionconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Autocoder::E2b {
class HttpCall;
class SandboxApi;
} // namespace Autocoder::E2b

namespace Autocoder::Ui {

/// "Test connection": creates a sandbox on the configured backend and kills
/// it again, reporting each step in words. Network work lives here, not in
/// the settings dialog. One test at a time; destroying the tester aborts it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Template used for the throwaway sandbox ("base" exists everywhere).
    void setTemplate(const QString &templateId) { m_template = templateId; }
    bool isRunning() const { return m_api != nullptr; }

    void start(const E2b::ConnectionConfig &config);
    void cancel();

Q_SIGNALS:
    /// One human-readable line per step ("Creating a sandbox…").
    void progress(const QString &message);
    /// @p summary says what happened (never contains the key).
    void finished(bool ok, const QString &summary);

private:
    void kill(const QString &sandboxId, qint64 createMs);
    void finish(bool ok, const QString &summary);

    QString m_template = QStringLiteral("base");
    E2b::SandboxApi *m_api = nullptr;
    QPointer<E2b::HttpCall> m_call;
    QElapsedTimer m_clock;
    int m_generation = 0; // callbacks of an abandoned test are ignored
};

} // namespace Autocoder::Ui
