#pragma once

#include "run/verificationreceipt.h"
#include "spec/projectspec.h"

namespace Autocoder::Run {

struct GateRecord;

/// The receipt of one gate: what a green iteration proved (the run engine writes it to the
/// run folder) and what a replay found (ProjectVerifier compares the two). File digests are
/// not part of it: they are of a folder on the host, added by whoever has that folder.
class ReceiptBuilder final
{
public:
    static VerificationReceipt fromGate(const Spec::ProjectSpec &spec, const GateRecord &gate);
    /// sha256 hex of the spec's canonical JSON (ProjectSpec::toJson of the parsed spec).
    static QString specSha256(const Spec::ProjectSpec &spec);
};

} // namespace Autocoder::Run
