#include "run/engine/toolchainstep.h"

#include "run/engine/runcontext.h"

namespace Autocoder::Run {

namespace {

const QStringList &tools()
{
    static const QStringList list { QStringLiteral("bun"), QStringLiteral("node"),
                                    QStringLiteral("npm") };
    return list;
}

// A version is short and plain; anything else is not what --version printed.
bool plausibleVersion(const QString &v)
{
    if (v.isEmpty() || v.size() > 64)
        return false;
    for (const QChar c : v) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
              || c == QLatin1Char('+') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

ToolchainStep::ToolchainStep(RunContext &context, QObject *parent)
    : ProcessStep(context, parent)
{ }

ToolchainStep::~ToolchainStep() = default;

QString ToolchainStep::command()
{
    // Each tool on its own line, first line of its --version only; a missing tool prints
    // nothing and the line as a whole always succeeds.
    return QStringLiteral("for t in %1; do if command -v \"$t\" >/dev/null 2>&1; then "
                          "v=$(\"$t\" --version 2>/dev/null | head -n 1); "
                          "[ -n \"$v\" ] && echo \"$t $v\"; fi; done; true")
        .arg(tools().join(QLatin1Char(' ')));
}

QMap<QString, QString> ToolchainStep::parse(const QByteArray &output)
{
    QMap<QString, QString> out;
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QString tool = line.left(space);
        const QString version = line.mid(space + 1).trimmed();
        if (tools().contains(tool) && plausibleVersion(version) && !out.contains(tool))
            out.insert(tool, version);
    }
    return out;
}

void ToolchainStep::run()
{
    m_ctx.gate.toolchain.clear();
    SandboxProcessRequest request;
    request.tag = QStringLiteral("toolchain-%1").arg(m_ctx.state.iteration);
    request.command = command();
    request.cwd = m_ctx.options.projectDir;
    request.timeout = std::chrono::seconds(TimeoutSeconds);
    request.env = { { QStringLiteral("NO_COLOR"), QStringLiteral("1") } };
    startProcess(Step::Toolchain, request, false);
}

void ToolchainStep::processExited(const SandboxProcessExit &exit, const QByteArray &output)
{
    if (!exit.succeeded()) {
        const QString why = exit.timedOut ? tr("timed out")
            : !exit.error.isEmpty()       ? exit.error
                                          : tr("exit code %1").arg(exit.exitCode);
        m_ctx.log(LogLevel::Warning, tr("Could not read the toolchain's versions: %1").arg(why));
        if (isRunning())
            succeed();
        return;
    }
    m_ctx.gate.toolchain = parse(output);
    if (m_ctx.gate.toolchain.isEmpty()) {
        m_ctx.log(LogLevel::Warning, tr("The sandbox reported no toolchain versions"));
        if (!isRunning())
            return;
    }
    succeed();
}

} // namespace Autocoder::Run
