#include "run/engine/uploadstep.h"

#include "run/engine/runcontext.h"
#include "run/safearchive.h"
#include "run/sandboxsession.h"
#include "spec/briefrenderer.h"

#include <QTemporaryDir>

namespace Autocoder::Run {

UploadStep::UploadStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

UploadStep::~UploadStep() = default;

void UploadStep::run()
{
    m_ctx.setPhase(RunController::Phase::Uploading);
    m_ctx.stepStarted(Step::Upload, m_ctx.iterationOf(Step::Upload));
    if (!isRunning())
        return;
    const QString snapshot = m_ctx.restoreSnapshot;
    m_ctx.restoreSnapshot.clear();
    if (!snapshot.isEmpty()) {
        restore(snapshot);
        return;
    }
    uploadBrief();
}

qint64 UploadStep::elapsed() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_started;
}

void UploadStep::uploadBrief()
{
    const QString dir = m_ctx.options.projectDir + QLatin1Char('/');
    m_files.append(
        { dir + Spec::BriefRenderer::claudeMdFileName(), m_ctx.brief.claudeMd.toUtf8() });
    for (const auto &t : std::as_const(m_ctx.spec.lockedTests))
        m_files.append({ dir + t.path, t.content.toUtf8() });
    m_started = QDateTime::currentMSecsSinceEpoch();
    writeNext();
}

void UploadStep::writeNext()
{
    if (m_files.isEmpty()) {
        m_ctx.stepFinished(
            Step::Upload, m_ctx.iterationOf(Step::Upload), true, 0, elapsed(),
            tr("brief and %n locked test(s)", nullptr, int(m_ctx.spec.lockedTests.size())));
        succeed();
        return;
    }
    const QPair<QString, QByteArray> file = m_files.takeFirst();
    m_ctx.session->writeFile(
        file.first, file.second, this, guard([this, path = file.first](const SandboxOpResult &r) {
            if (!r) {
                m_ctx.stepFinished(Step::Upload, m_ctx.iterationOf(Step::Upload), false, -1,
                                   elapsed(), r.error().message);
                fail(tr("Could not upload %1: %2").arg(path, r.error().message));
                return;
            }
            writeNext();
        }));
}

void UploadStep::restore(const QString &snapshot)
{
    // Our own safe unpack first; only that clean copy goes back into a sandbox.
    m_restoreDir = std::make_unique<QTemporaryDir>();
    const QString dir = m_restoreDir->filePath(QStringLiteral("project"));
    const ArchiveResult unpacked = SafeArchive::extract(snapshot, dir);
    if (!unpacked) {
        m_ctx.stepFinished(Step::Upload, m_ctx.iterationOf(Step::Upload), false, -1, 0,
                           unpacked.error());
        fail(tr("The last snapshot cannot be restored: %1").arg(unpacked.error()));
        return;
    }
    m_ctx.session->uploadDirectory(
        dir, m_ctx.options.projectDir, this, guard([this](const SandboxOpResult &r) {
            if (!r) {
                m_ctx.stepFinished(Step::Upload, m_ctx.iterationOf(Step::Upload), false, -1, 0,
                                   r.error().message);
                fail(tr("Could not restore the project into the sandbox: %1")
                         .arg(r.error().message));
                return;
            }
            // Iteration 0 has no snapshot: the archive is a saved project being replayed.
            const int from = m_ctx.state.lastSnapshotIteration;
            m_ctx.log(LogLevel::Info,
                      from > 0
                          ? tr("Restored the project from the snapshot of iteration %1").arg(from)
                          : tr("Uploaded the saved project"));
            if (isRunning())
                uploadBrief();
        }));
}

} // namespace Autocoder::Run
