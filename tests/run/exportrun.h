#pragma once

#include "run/exportjob.h"

#include <QtTest>

#include <optional>

namespace Autocoder::Run::Testing {

/// Saves a run's project into `target` the way the app and the CLI do (ExportJob), waiting
/// for the job; false (with the reason as a warning) when it fails.
inline bool exportRun(const QString &runDir, const QString &target, int timeoutMs = 60000)
{
    ExportJob job;
    std::optional<ExportResult> result;
    QObject context;
    QObject::connect(&job, &ExportJob::finished, &context,
                     [&result](const ExportResult &r) { result = r; });
    ExportRequest request;
    request.runDir = runDir;
    request.options.targetDir = target;
    if (!job.start(request))
        return false;
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
        return false;
    if (!result->isOk())
        qWarning("export failed: %s", qPrintable(result->error().message));
    return result->isOk();
}

} // namespace Autocoder::Run::Testing
