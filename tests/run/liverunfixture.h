#pragma once

// A sandbox whose agent turn never ends until it is cancelled, and the smallest valid spec:
// enough to keep runs live for tests of what owns and reaches them (not of the run itself).
#include "fakesandbox.h"

#include "run/runoptions.h"
#include "spec/projectspec.h"

namespace Autocoder::Run::Testing {

/// @p agentHangs false: every command succeeds at once, so a run ends on its own.
inline FakeHandler liveRunHandler(bool agentHangs = true)
{
    return [agentHangs](const SandboxProcessRequest &request, FakeSandboxSession &) {
        FakeScript out;
        if (request.tag.startsWith(QLatin1String("agent-check"))) {
            out.stdoutData = "2.1.112 (Claude Code)\n";
            return out;
        }
        if (request.tag.startsWith(QLatin1String("agent-")))
            out.hang = agentHangs;
        return out;
    };
}

inline Spec::ProjectSpec liveRunSpec(const QString &name)
{
    Spec::ProjectSpec spec = Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    spec.name = name;
    spec.description = QStringLiteral("A sum function.");
    spec.requirements = QStringList { QStringLiteral("export sum(a, b)") };
    spec.commands.install = QStringLiteral("bun install");
    spec.commands.test = QStringLiteral("bun test");
    spec.commands.build.clear();
    spec.commands.lint.clear();
    spec.limits.maxIterations = 1;
    return spec;
}

inline RunOptions liveRunOptions(const QString &runsRoot)
{
    RunOptions options;
    options.runsRoot = runsRoot;
    options.anthropicApiKey = QStringLiteral("fake-ant-fake-key-0123456789abcdef");
    return options;
}

} // namespace Autocoder::Run::Testing
