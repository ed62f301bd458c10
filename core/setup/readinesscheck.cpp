#include "setup/readinesscheck.h"

#include <QCoreApplication>

namespace Autocoder::Setup {

QString ReadinessCheck::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Ok:
        return QStringLiteral("ok");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

bool isReady(const QList<ReadinessCheck> &checks)
{
    if (checks.isEmpty())
        return false;
    for (const ReadinessCheck &check : checks) {
        if (check.blocks())
            return false;
    }
    return true;
}

QString blockingReason(const QList<ReadinessCheck> &checks)
{
    if (checks.isEmpty())
        return QCoreApplication::translate("Autocoder::Setup", "Not checked yet.");
    for (const ReadinessCheck &check : checks) {
        if (!check.blocks())
            continue;
        if (check.state == ReadinessCheck::State::Pending)
            return QCoreApplication::translate("Autocoder::Setup", "Still checking: %1.")
                .arg(check.title);
        return QCoreApplication::translate("Autocoder::Setup", "%1: %2")
            .arg(check.title, check.detail);
    }
    return QString();
}

} // namespace Autocoder::Setup
