#pragma once

// Where the scenario tests talk to: the in-process fake by default, or a real E2B-compatible
// server (e.g. autocoder-sandboxd, or E2B itself) when AUTOCODER_E2B_TEST_URL is set:
//   AUTOCODER_E2B_TEST_URL=http://127.0.0.1:PORT   (used as API and sandbox URL)
//   AUTOCODER_E2B_TEST_API_KEY=...                 (API key)
//   AUTOCODER_E2B_TEST_TEMPLATE=base               (template to create sandboxes from)
// Fault-injection tests need the fake and are skipped against a real peer.

#include "e2b/connectionconfig.h"
#include "e2b/envdclient.h"
#include "e2b/httpcall.h"
#include "e2b/sandboxapi.h"
#include "fakee2bserver.h"

#include <QProcessEnvironment>
#include <QTest>

#include <memory>

namespace Autocoder::E2b::Testing {

class TestPeer
{
public:
    /// Returns false (and fills *why) if no peer could be set up.
    bool init(QString *why)
    {
        const auto env = QProcessEnvironment::systemEnvironment();
        const QString url = env.value(QStringLiteral("AUTOCODER_E2B_TEST_URL"));
        m_template =
            env.value(QStringLiteral("AUTOCODER_E2B_TEST_TEMPLATE"), QStringLiteral("base"));
        if (!url.isEmpty()) {
            config.apiUrl = QUrl(url);
            config.sandboxUrl = QUrl(url);
            config.apiKey = Secret(env.value(QStringLiteral("AUTOCODER_E2B_TEST_API_KEY")));
        } else {
            fake = std::make_unique<FakeE2bServer>();
            if (!fake->listen()) {
                *why = QStringLiteral("cannot listen on 127.0.0.1");
                return false;
            }
            config.apiUrl = fake->url();
            config.sandboxUrl = fake->url();
            config.apiKey = Secret(fake->apiKey());
        }
        // Fast retries keep the suite quick; the policy shape is what is under test.
        config.retry.initialDelay = std::chrono::milliseconds(50);
        config.retry.maxDelay = std::chrono::milliseconds(2000);
        config.requestTimeout = std::chrono::milliseconds(15000);
        return true;
    }

    bool isFake() const { return fake != nullptr; }
    const QString &templateId() const { return m_template; }

    /// Creates a sandbox synchronously (test helper; spins the event loop).
    bool createSandbox(SandboxInfo *out, const QMap<QString, QString> &metadata = {})
    {
        SandboxApi api(config);
        QObject ctx;
        CreateSandboxOptions options;
        options.templateId = m_template;
        options.timeout = std::chrono::seconds(600);
        options.metadata = metadata;
        std::optional<Result<SandboxInfo>> result;
        api.create(options, &ctx, [&](const Result<SandboxInfo> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return false;
        if (!result->isOk()) {
            qWarning() << "create failed:" << result->error();
            return false;
        }
        *out = result->value();
        m_created.append(out->sandboxId);
        return true;
    }

    /// Kills what createSandbox made (best effort).
    void cleanup()
    {
        if (m_created.isEmpty())
            return;
        SandboxApi api(config);
        QObject ctx;
        int pending = int(m_created.size());
        for (const QString &id : std::as_const(m_created))
            api.kill(id, &ctx, [&](const Result<bool> &) { --pending; });
        (void)QTest::qWaitFor([&] { return pending == 0; }, 10000);
        m_created.clear();
    }

    std::unique_ptr<FakeE2bServer> fake;
    ConnectionConfig config;

private:
    QString m_template;
    QStringList m_created;
};

} // namespace Autocoder::E2b::Testing

#define REQUIRE_FAKE()                                                                             \
    do {                                                                                           \
        if (!m_peer.isFake())                                                                      \
            QSKIP("fault injection needs the in-process fake server");                             \
    } while (false)
