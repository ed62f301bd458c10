#include "headlessverify.h"

#include "headlesscli.h"
#include "headlessoutput.h"

#include "run/headlessprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Autocoder::Cli {

namespace {

using Status = Run::VerificationOutcome::Status;

/// Blocking first, then by key: what fails the verification is what to read first.
QList<Run::ReceiptDifference> ordered(QList<Run::ReceiptDifference> differences)
{
    std::stable_sort(differences.begin(), differences.end(),
                     [](const Run::ReceiptDifference &a, const Run::ReceiptDifference &b) {
                         return a.blocking && !b.blocking;
                     });
    return differences;
}

QString statusId(Status status)
{
    switch (status) {
    case Status::Match:
        return QStringLiteral("match");
    case Status::Mismatch:
        return QStringLiteral("mismatch");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace

HeadlessVerify::HeadlessVerify(const CliCommand &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{
    connect(&m_backend, &Run::SandboxBackend::progress, this,
            [](const QString &message) { printErr(message + QLatin1Char('\n')); });
    connect(&m_backend, &Run::SandboxBackend::failed, this, [this](const QString &error) {
        Run::VerificationOutcome outcome;
        outcome.error = tr("Sandbox backend failed: %1").arg(error);
        finish(outcome);
    });
    connect(&m_backend, &Run::SandboxBackend::ready, this, [this](Run::SandboxProvider *provider) {
        if (!m_verifier && !m_done)
            startWith(provider, m_backend.secrets());
    });
}

HeadlessVerify::~HeadlessVerify() = default;

void HeadlessVerify::start(const Run::SandboxBackend::Options &backend)
{
    const QString dir = m_command.projectDir;
    if (!QFileInfo(dir).isDir()) {
        Run::VerificationOutcome outcome;
        outcome.error = tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir));
        finish(outcome);
        return;
    }
    // No receipt: nothing to replay, so no sandbox either. The verifier says why, in its
    // own words, before it would need one.
    if (!QFileInfo::exists(QDir(dir).filePath(QLatin1String(Run::VerificationReceipt::FileName)))) {
        startWith(nullptr);
        return;
    }
    m_backend.start(backend);
}

void HeadlessVerify::startWith(Run::SandboxProvider *provider, const QStringList &secrets)
{
    m_verifier = std::make_unique<Run::ProjectVerifier>(provider);
    connect(m_verifier.get(), &Run::ProjectVerifier::eventEmitted, this,
            [this](const Run::RunEvent &event) {
                const QString line = Run::HeadlessPrinter::humanLine(event, m_command.verbose);
                if (!line.isEmpty())
                    printErr(line);
            });
    connect(m_verifier.get(), &Run::ProjectVerifier::finished, this,
            [this](const Run::VerificationOutcome &outcome) { finish(outcome); });
    Run::ProjectVerifier::Options options;
    options.extraSecrets = secrets;
    options.extraAllowOut = m_command.allowOut;
    m_verifier->start(m_command.projectDir, options);
}

void HeadlessVerify::interrupt()
{
    if (m_done)
        return;
    printErr(tr("Interrupted: removing the sandbox...\n"));
    if (m_verifier) {
        m_verifier->cancel();
        return;
    }
    Run::VerificationOutcome outcome;
    outcome.error = tr("Cancelled");
    finish(outcome);
}

void HeadlessVerify::finish(const Run::VerificationOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_command.json)
        printOut(jsonReport(outcome) + '\n');
    else
        printOut(humanReport(m_command.projectDir, outcome).toLocal8Bit());
    Q_EMIT done(exitCodeFor(outcome));
}

int HeadlessVerify::exitCodeFor(const Run::VerificationOutcome &outcome)
{
    switch (outcome.status) {
    case Status::Match:
        return ExitGreen;
    case Status::Mismatch:
        return ExitNotGreen;
    case Status::Error:
        break;
    }
    return ExitBadInput;
}

QString HeadlessVerify::humanReport(const QString &dir, const Run::VerificationOutcome &outcome)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (outcome.status == Status::Error)
        return tr("Cannot verify %1: %2\n").arg(shown, outcome.error);
    QString text = outcome.status == Status::Match
        ? tr("Verified: %1 matches its receipt\n").arg(shown)
        : tr("%1 does not match its receipt:\n").arg(shown);
    const QList<Run::ReceiptDifference> differences = ordered(outcome.differences);
    bool informational = false;
    for (const Run::ReceiptDifference &d : differences) {
        if (!d.blocking && !informational) {
            informational = true;
            text += tr("Differences that do not count (tool versions, time):\n");
        }
        QString line;
        switch (d.kind) {
        case Run::ReceiptDifference::Kind::Changed:
            //: %1 is a key such as files/src/slug.ts; %2 and %3 the values
            line = tr("  %1: expected %2, found %3").arg(d.key, d.expected, d.found);
            break;
        case Run::ReceiptDifference::Kind::Missing:
            //: %1 is a key such as files/src/slug.ts; %2 its value in the receipt
            line = tr("  %1: missing (expected %2)").arg(d.key, d.expected);
            break;
        case Run::ReceiptDifference::Kind::Added:
            //: %1 is a key such as files/src/slug.ts; %2 its value found by the replay
            line = tr("  %1: not in the receipt (found %2)").arg(d.key, d.found);
            break;
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QByteArray HeadlessVerify::jsonReport(const Run::VerificationOutcome &outcome)
{
    QJsonArray differences;
    for (const Run::ReceiptDifference &d : ordered(outcome.differences)) {
        differences.append(
            QJsonObject { { QStringLiteral("key"), d.key },
                          { QStringLiteral("kind"), Run::ReceiptDifference::kindId(d.kind) },
                          { QStringLiteral("expected"), d.expected },
                          { QStringLiteral("found"), d.found },
                          { QStringLiteral("blocking"), d.blocking } });
    }
    const QJsonObject o { { QStringLiteral("status"), statusId(outcome.status) },
                          { QStringLiteral("error"), outcome.error },
                          { QStringLiteral("differences"), differences } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Autocoder::Cli
