#include "run/e2bsandboxprovider.h"

#include "e2b/createsandboxoptions.h"
#include "e2b/httpcall.h"
#include "e2b/listsandboxesquery.h"
#include "e2b/sandboxapi.h"
#include "run/e2bsandboxresult.h"
#include "run/e2bsandboxsession.h"
#include "run/sandboxegress.h"

#include <QPointer>

namespace Autocoder::Run {

E2bSandboxProvider::E2bSandboxProvider(const E2b::ConnectionConfig &config,
                                       const QString &backendName, QObject *parent)
    : SandboxProvider(parent)
    , m_api(new E2b::SandboxApi(config, this))
    , m_backendName(backendName)
{ }

E2bSandboxProvider::~E2bSandboxProvider() = default;

void E2bSandboxProvider::create(const SandboxCreateRequest &request, QObject *context,
                                SessionCallback done)
{
    E2b::CreateSandboxOptions o;
    o.templateId = request.templateName;
    o.timeout = request.ttl;
    o.metadata = request.metadata;
    o.secure = true;
    if (!request.allowOut.isEmpty()) {
        o.allowOut = request.allowOut;
        o.denyOut = QStringList { QLatin1String(SandboxEgress::AllTraffic) };
    }
    QPointer<QObject> ctx(context);
    m_api->create(o, context, [this, ctx, done](const E2b::Result<E2b::SandboxInfo> &r) {
        if (!r) {
            done(failure(toSandboxError(r.error())));
            return;
        }
        if (!ctx) {
            done(static_cast<SandboxSession *>(nullptr));
            return;
        }
        done(new E2bSandboxSession(m_api, *r, ctx));
    });
}

void E2bSandboxProvider::connectTo(const QString &sandboxId, QObject *context, SessionCallback done)
{
    QPointer<QObject> ctx(context);
    m_api->connectSandbox(sandboxId, std::chrono::seconds(3600), context,
                          [this, ctx, done](const E2b::Result<E2b::SandboxInfo> &r) {
                              if (!r) {
                                  done(failure(toSandboxError(r.error())));
                                  return;
                              }
                              if (!ctx) {
                                  done(static_cast<SandboxSession *>(nullptr));
                                  return;
                              }
                              done(new E2bSandboxSession(m_api, *r, ctx));
                          });
}

void E2bSandboxProvider::list(const QMap<QString, QString> &metadata, QObject *context,
                              ListCallback done)
{
    E2b::ListSandboxesQuery q;
    q.metadata = metadata;
    m_api->list(q, context, [done](const E2b::Result<E2b::SandboxListPage> &r) {
        if (!r) {
            done(failure(toSandboxError(r.error())));
            return;
        }
        QList<SandboxListing> out;
        for (const E2b::SandboxInfo &s : r->sandboxes)
            out.append(SandboxListing { s.sandboxId, s.metadata });
        done(out);
    });
}

void E2bSandboxProvider::killSandbox(const QString &sandboxId, QObject *context,
                                     SandboxOpCallback done)
{
    m_api->kill(sandboxId, context,
                [done](const E2b::Result<bool> &r) { done(toSandboxOpResult(E2b::errorOf(r))); });
}

} // namespace Autocoder::Run
