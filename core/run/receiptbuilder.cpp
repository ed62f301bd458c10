#include "run/receiptbuilder.h"

#include "common/appinfo.h"
#include "run/engine/runcontext.h"

#include <QJsonDocument>

namespace Autocoder::Run {

VerificationReceipt ReceiptBuilder::fromGate(const Spec::ProjectSpec &spec, const GateRecord &gate)
{
    VerificationReceipt r;
    r.autocoderVersion = Common::AppInfo::version();
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.specSha256 = specSha256(spec);
    for (const auto &t : spec.lockedTests)
        r.lockedTests.append(VerificationReceipt::FileDigest {
            t.path, VerificationReceipt::sha256Hex(t.content.toUtf8()), false });
    for (const GateStepResult &s : gate.results)
        r.commands.append(VerificationReceipt::Command { s.step, s.command, s.exitCode });
    r.toolchain = gate.toolchain;
    r.requirements = gate.coverage;
    r.mutation = gate.mutation;
    r.testOutputSha256 = gate.testOutputSha256;
    r.testCounts = VerificationReceipt::TestCounts { gate.tests.passed(), gate.tests.failed(),
                                                     gate.tests.skipped() };
    r.spec = spec.toJsonObject();
    return r;
}

QString ReceiptBuilder::specSha256(const Spec::ProjectSpec &spec)
{
    return VerificationReceipt::sha256Hex(
        QJsonDocument(spec.toJsonObject()).toJson(QJsonDocument::Compact));
}

} // namespace Autocoder::Run
