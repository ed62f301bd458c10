#include "run/sandboxegress.h"

#include "spec/projectspec.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Autocoder::Run {

namespace {
struct Registry
{
    const char *toolPattern; ///< a command word that needs the hosts
    QStringList hosts;
};

const QList<Registry> &registries()
{
    static const QList<Registry> table {
        { "npm|npx|node|bun|bunx|pnpm|yarn|tsc|vitest|jest",
          { QStringLiteral("registry.npmjs.org") } },
        { "yarn", { QStringLiteral("registry.yarnpkg.com") } },
        { "pip|pip3|python|python3|uv|poetry|pytest",
          { QStringLiteral("pypi.org"), QStringLiteral("files.pythonhosted.org") } },
        { "cargo",
          { QStringLiteral("crates.io"), QStringLiteral("index.crates.io"),
            QStringLiteral("static.crates.io") } },
        { "go", { QStringLiteral("proxy.golang.org"), QStringLiteral("sum.golang.org") } },
        { "gem|bundle|bundler|rake", { QStringLiteral("rubygems.org") } },
        { "mvn|gradle|gradlew",
          { QStringLiteral("repo.maven.apache.org"), QStringLiteral("repo1.maven.org"),
            QStringLiteral("plugins.gradle.org") } },
    };
    return table;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void appendOnce(QStringList *list, const QString &entry)
{
    if (!entry.isEmpty() && !list->contains(entry, Qt::CaseInsensitive))
        list->append(entry);
}
} // namespace

QString SandboxEgress::agentBaseUrl(const QString &baseUrl, bool localBackend)
{
    QUrl url(baseUrl);
    if (!localBackend || baseUrl.isEmpty() || !url.isValid() || !isLoopbackHost(url.host()))
        return baseUrl;
    url.setHost(QLatin1String(HostAlias));
    return url.toString();
}

QStringList SandboxEgress::registriesFor(const QString &commandLine)
{
    QStringList hosts;
    for (const Registry &registry : registries()) {
        // A tool as a command word: at the start, after a separator or a path.
        const QRegularExpression word(QStringLiteral("(^|[\\s;&|(/])(%1)($|[\\s;&|)])")
                                          .arg(QLatin1String(registry.toolPattern)));
        if (word.match(commandLine).hasMatch()) {
            for (const QString &host : registry.hosts)
                appendOnce(&hosts, host);
        }
    }
    return hosts;
}

QStringList SandboxEgress::allowOut(const Spec::ProjectSpec &spec, const QString &agentBaseUrl,
                                    const QStringList &extra)
{
    QStringList out;
    const QUrl base(agentBaseUrl);
    if (agentBaseUrl.isEmpty() || !base.isValid() || base.host().isEmpty()) {
        appendOnce(&out, QLatin1String(AnthropicApiHost));
    } else {
        const int port = base.port(base.scheme() == QLatin1String("http") ? 80 : 443);
        // The model endpoint on its port only: an alias for the host's loopback must not
        // open every local service of the host.
        appendOnce(&out, QStringLiteral("%1:%2").arg(base.host()).arg(port));
    }
    // The agent installs packages with the same tools the gate uses.
    const Spec::ProjectSpec::Commands &c = spec.commands;
    for (const QString &line : { c.install, c.test, c.build, c.lint }) {
        for (const QString &host : registriesFor(line))
            appendOnce(&out, host);
    }
    for (const QString &entry : spec.sandbox.allowOut)
        appendOnce(&out, entry.trimmed());
    for (const QString &entry : extra)
        appendOnce(&out, entry.trimmed());
    return out;
}

} // namespace Autocoder::Run
