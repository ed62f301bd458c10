#include "run/projectverifier.h"

#include "run/engine/createsandboxstep.h"
#include "run/engine/decidestep.h"
#include "run/engine/gatecommandstep.h"
#include "run/engine/mutationcheckstep.h"
#include "run/engine/runcontext.h"
#include "run/engine/snapshotstep.h"
#include "run/engine/stepsequence.h"
#include "run/engine/teardownstep.h"
#include "run/engine/toolchainstep.h"
#include "run/engine/uploadstep.h"
#include "run/gateevaluator.h"
#include "run/projectarchive.h"
#include "run/projectsaver.h"
#include "run/receiptbuilder.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"
#include "spec/briefrenderer.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

namespace Autocoder::Run {

/// The state of one verification. The context (with its journal in a throwaway folder) is
/// made anew for each start(): nothing of a replay outlives it but the outcome.
struct ProjectVerifier::Private
{
    explicit Private(ProjectVerifier *q)
        : q(q)
    { }

    void begin(const Options &options);
    void end(const QString &error);
    Result<void> setUpContext(const Options &options, const QString &archive);
    void runReplay();
    void abort(const QString &error);
    void tearDown();
    void complete();
    template<typename S>
    StepFactory make()
    {
        RunContext *c = ctx.get();
        return [c]() -> std::unique_ptr<RunStep> {
            return std::make_unique<S>(*c);
        };
    }

    ProjectVerifier *const q;
    SandboxProvider *provider = nullptr;
    std::unique_ptr<QTemporaryDir> work; ///< the journal, the snapshot, the upload archive
    std::unique_ptr<RunContext> ctx;
    QPointer<RunStep> steps; ///< the replay while it runs
    QPointer<RunStep> teardown; ///< removing the sandbox while it runs
    QTimer deadline;
    QString projectDir;
    Spec::ProjectSpec spec;
    VerificationOutcome outcome;
    QString errorText; ///< set: the verification ends as Status::Error with it
    bool busy = false;
};

ProjectVerifier::ProjectVerifier(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->provider = provider;
    d->deadline.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this]() {
        d->abort(tr("The verification took longer than %n minute(s), the spec's wall-clock limit",
                    nullptr, d->deadline.interval() / 60000));
    });
}

ProjectVerifier::~ProjectVerifier()
{
    delete d->steps.data();
    delete d->teardown.data();
    // Nobody waits for an answer any more; the sandbox must go all the same.
    if (d->ctx && d->ctx->session && d->provider)
        d->provider->killSandbox(d->ctx->session->sandboxId(), d->provider,
                                 [](const SandboxOpResult &) {});
}

void ProjectVerifier::start(const QString &projectDir, const Options &options)
{
    if (d->busy) {
        qWarning("ProjectVerifier::start: a verification is already running");
        return;
    }
    d->busy = true;
    d->errorText.clear();
    d->outcome = VerificationOutcome();
    d->projectDir = QDir(projectDir).absolutePath();
    // From the event loop: whoever started it sees every event and then finished().
    QMetaObject::invokeMethod(
        this, [this, options]() { d->begin(options); }, Qt::QueuedConnection);
}

void ProjectVerifier::Private::begin(const Options &options)
{
    if (!busy || !errorText.isEmpty()) { // cancelled before it began
        complete();
        return;
    }
    const QString receiptPath =
        QDir(projectDir).filePath(QLatin1String(VerificationReceipt::FileName));
    const QString shown = QDir::toNativeSeparators(receiptPath);
    QFile file(receiptPath);
    if (!file.exists()) {
        end(ProjectVerifier::tr(
                "%1 does not exist: this folder holds no project saved from a green run")
                .arg(shown));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        end(ProjectVerifier::tr("Cannot read %1: %2").arg(shown, file.errorString()));
        return;
    }
    const Result<VerificationReceipt> expected = VerificationReceipt::fromJson(file.readAll());
    if (!expected) {
        end(ProjectVerifier::tr("%1 is not a valid receipt: %2").arg(shown, expected.error()));
        return;
    }
    outcome.expected = *expected;
    if (expected->spec.isEmpty()) {
        end(ProjectVerifier::tr(
                "%1 does not hold the spec of the run, so there is nothing to replay")
                .arg(shown));
        return;
    }
    const Result<Spec::ProjectSpec> parsed = Spec::ProjectSpec::parseObject(expected->spec);
    if (!parsed) {
        end(ProjectVerifier::tr("The spec in %1 is not valid: %2").arg(shown, parsed.error()));
        return;
    }
    spec = *parsed;
    // A spec that is not the one its hash names is not refused here: the replay runs it and
    // the found receipt's specSha256 (of the spec that ran) then differs, a blocking
    // difference, so the person sees it among the others.
    if (!provider) {
        end(ProjectVerifier::tr("There is no sandbox backend to replay the project in"));
        return;
    }
    const auto digests = ProjectSaver::projectDigest(projectDir);
    if (!digests) {
        end(ProjectVerifier::tr("Cannot read the project in %1: %2")
                .arg(QDir::toNativeSeparators(projectDir), digests.error()));
        return;
    }
    outcome.found.files = *digests;

    work = std::make_unique<QTemporaryDir>();
    const QString archive = work->filePath(QStringLiteral("project.tar.gz"));
    const Result<int> packed =
        work->isValid() ? ProjectArchive::pack(projectDir, archive) : failure(work->errorString());
    if (!packed) {
        end(ProjectVerifier::tr("Cannot pack the project for the sandbox: %1").arg(packed.error()));
        return;
    }
    if (const Result<void> ready = setUpContext(options, archive); !ready) {
        end(ready.error());
        return;
    }
    runReplay();
}

void ProjectVerifier::Private::end(const QString &error)
{
    errorText = error;
    complete();
}

Result<void> ProjectVerifier::Private::setUpContext(const Options &options, const QString &archive)
{
    ctx = std::make_unique<RunContext>(provider);
    RunContext &c = *ctx;
    QObject::connect(&c, &RunContext::eventEmitted, q, &ProjectVerifier::eventEmitted);
    c.spec = spec;
    // The upload writes CLAUDE.md: the project's own, so the sandbox holds the files as saved.
    QFile claudeMd(QDir(projectDir).filePath(Spec::BriefRenderer::claudeMdFileName()));
    if (claudeMd.open(QIODevice::ReadOnly))
        c.brief.claudeMd = QString::fromUtf8(claudeMd.readAll());
    c.options.extraSecrets = options.extraSecrets;
    c.options.extraAllowOut = options.extraAllowOut;
    c.options.keepSandbox = false;
    c.redactor.clear();
    for (const QString &secret : options.extraSecrets)
        c.redactor.addSecret(secret);
    c.state.id = QStringLiteral("verify-%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    c.state.name = spec.name;
    c.state.iteration = 1; // the gate's events belong to "iteration 1" of the replay
    c.maxIterations = 1;
    c.restoreSnapshot = archive;
    QString error;
    if (!c.journal.open(work->filePath(QStringLiteral("run")), &c.redactor, &error))
        return failure(ProjectVerifier::tr("Cannot keep the replay's record: %1").arg(error));
    // The same sample of mutants as the run's: the planner draws them with this seed.
    if (outcome.expected.mutation)
        c.mutationSeed = outcome.expected.mutation->seed;
    // The receipt comes with the project, perhaps from someone else: its spec must not open
    // the replay's sandbox to hosts of its choosing. The sandbox reaches what the commands
    // need (their package registries) and what the person allows (Settings, --allow-out).
    // The hash is still of the spec as saved (found is built from `spec`, not c.spec).
    if (!spec.sandbox.allowOut.isEmpty()) {
        c.spec.sandbox.allowOut.clear();
        c.log(LogLevel::Warning,
              ProjectVerifier::tr("The receipt's spec lets the sandbox reach %1; a replay "
                                  "reaches only what its commands need and the hosts you allow "
                                  "(Settings, or --allow-out)")
                  .arg(spec.sandbox.allowOut.join(QStringLiteral(", "))));
    }
    return {};
}

void ProjectVerifier::Private::runReplay()
{
    RunContext &c = *ctx;
    const auto greenSoFar = [&c]() {
        return GateEvaluator::evaluate(DecideStep::gateInput(c)).green;
    };
    QList<StepFactory> recipe {
        make<CreateSandboxStep>(),
        make<UploadStep>(),
        [&c]() { return GateCommandStep::gate(c); },
        make<SnapshotStep>(),
        // As in a run's iteration: the versions and the mutation check only for a gate
        // that would be green so far, so a replay reaches the same steps the run did.
        StepSequence::when(greenSoFar, make<ToolchainStep>()),
        StepSequence::when(
            [&c, greenSoFar]() { return c.spec.verification.mutationCheck && greenSoFar(); },
            make<MutationCheckStep>()),
    };
    // The steps are the context's children, as in a run: they never outlive what they use.
    auto *sequence = new StepSequence(recipe, &c);
    steps = sequence;
    QObject::connect(sequence, &RunStep::done, q, [this, sequence](const Result<void> &result) {
        if (sequence != steps)
            return;
        steps = nullptr;
        sequence->deleteLater(); // we are inside its done()
        if (!result && errorText.isEmpty())
            errorText = result.error();
        tearDown();
    });
    const int minutes = spec.limits.wallClockMinutes > 0 ? spec.limits.wallClockMinutes : 60;
    deadline.start(std::chrono::minutes(minutes));
    sequence->start();
}

void ProjectVerifier::Private::abort(const QString &error)
{
    if (!busy)
        return;
    if (errorText.isEmpty())
        errorText = error;
    RunStep *replay = steps.data();
    if (!ctx || !replay)
        return; // not begun yet (begin() ends it), or already removing the sandbox
    steps = nullptr;
    const QString tag = replay->processTag();
    replay->stop();
    replay->deleteLater(); // we may be inside one of its callbacks
    ctx->finishOpenSteps(error);
    if (ctx->session && !tag.isEmpty()) {
        // The process first, then the sandbox (the removal does not wait for a process).
        ctx->session->killProcess(tag, q, [this](const SandboxOpResult &) { tearDown(); });
        return;
    }
    tearDown();
}

void ProjectVerifier::Private::tearDown()
{
    deadline.stop();
    if (teardown || !ctx)
        return;
    ctx->stopKeepAlive();
    ctx->finishOpenSteps(ProjectVerifier::tr("not finished"));
    auto *step = new TeardownStep(*ctx, ctx.get());
    teardown = step;
    QObject::connect(step, &RunStep::done, q, [this, step](const Result<void> &) {
        step->deleteLater();
        complete();
    });
    step->start();
}

void ProjectVerifier::Private::complete()
{
    if (!busy)
        return;
    busy = false;
    deadline.stop();
    VerificationOutcome &o = outcome;
    if (!errorText.isEmpty()) {
        o.status = VerificationOutcome::Status::Error;
        o.error = errorText;
    } else {
        const QList<VerificationReceipt::FileDigest> files = o.found.files;
        o.found = ReceiptBuilder::fromGate(spec, ctx->gate);
        o.found.files = files;
        o.differences = VerificationReceipt::compare(o.expected, o.found);
        o.status = VerificationReceipt::matches(o.differences)
            ? VerificationOutcome::Status::Match
            : VerificationOutcome::Status::Mismatch;
    }
    if (ctx)
        ctx->journal.close();
    const VerificationOutcome result = o;
    Q_EMIT q->finished(result);
}

void ProjectVerifier::cancel()
{
    d->abort(tr("Cancelled"));
}

} // namespace Autocoder::Run
