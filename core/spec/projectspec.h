#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Spec {

/// The wizard's answers: everything a run needs to know about the project to generate.
/// Serialised as a versioned JSON document ("version": 1; docs/examples/ has one).
/// Plain value type.
struct ProjectSpec
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Spec::ProjectSpec)

public:
    /// Version written by toJson(); parse() refuses documents with a higher version.
    static constexpr int CurrentVersion = 1;

    /// Commands the gate runs inside the sandbox, in this order: install, test, build, lint.
    /// An empty command means "skip this step".
    struct Commands
    {
        QString install;
        QString test;
        QString build;
        QString lint;

        bool operator==(const Commands &other) const;
        bool operator!=(const Commands &other) const { return !(*this == other); }
    };

    /// Limits of one run. Defaults are what the wizard proposes.
    struct Limits
    {
        int maxIterations = 5;
        double budgetUsd = 5.0;
        int wallClockMinutes = 60;
        int commandTimeoutSeconds = 600;
        int agentTimeoutMinutes = 30;
        int maxTurns = 40;

        bool operator==(const Limits &other) const;
        bool operator!=(const Limits &other) const { return !(*this == other); }
    };

    /// A test file the person wrote; uploaded verbatim, hashed, and the agent must not touch it.
    struct LockedTest
    {
        QString path; ///< relative to the project root, '/' separated
        QString content;

        bool operator==(const LockedTest &other) const;
        bool operator!=(const LockedTest &other) const { return !(*this == other); }
    };

    /// Where the sandbox runs: backend "local" (autocoder-sandboxd) or "e2b", and its template.
    struct Sandbox
    {
        QString backend = QStringLiteral("local");
        QString templateName = QStringLiteral("claude");
        /// Hosts the sandbox may reach besides the model endpoint and the registries its
        /// commands need (E2B allowOut entries: domain, *.domain, IP, CIDR, host:port).
        QStringList allowOut;

        bool operator==(const Sandbox &other) const;
        bool operator!=(const Sandbox &other) const { return !(*this == other); }
    };

    /// What "green" has to prove besides passing commands (see the README, "What green
    /// means"). Defaults are what a new spec gets; Settings may propose others.
    struct Verification
    {
        /// Every requirement (R1, R2, … in the spec's order) needs a passing test whose name
        /// carries its id, e.g. "[R2] trims spaces".
        bool requirementTests = true;
        /// Mutate the project's own source and check that the tests notice.
        bool mutationCheck = true;
        /// Share of scored mutants the tests must kill, 0..1.
        double mutationThreshold = 0.6;
        /// Mutants tried per check.
        int maxMutants = 20;
        /// Time the whole mutation check may take; past it, the mutants not tried yet are
        /// "not run" (and the check is skipped when none was scored).
        int mutationBudgetSeconds = 300;

        bool operator==(const Verification &other) const;
        bool operator!=(const Verification &other) const { return !(*this == other); }
    };

    int version = CurrentVersion;
    QString name;
    QString kind = QStringLiteral("bun-library"); ///< a KindPreset id
    QString description;
    QStringList requirements;
    QStringList acceptanceCriteria;
    QList<LockedTest> lockedTests;
    Commands commands; ///< defaults of the "bun-library" preset
    QString model = QStringLiteral("claude-sonnet-4-6");
    Limits limits;
    Sandbox sandbox;
    Verification verification;

    ProjectSpec();

    /// A spec whose kind and commands come from the preset `kindId` (unknown id: the default
    /// preset).
    static ProjectSpec forKind(const QString &kindId);

    /// Parses a JSON document; the error is a human-readable, translated message naming the
    /// offending field. Missing optional members take their defaults (commands: from the
    /// kind's preset); unknown members are ignored.
    static Result<ProjectSpec> parse(const QByteArray &json);
    static Result<ProjectSpec> parseObject(const QJsonObject &object);

    /// Indented JSON (members sorted by name, so output is stable); parse(toJson()) == *this.
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    bool operator==(const ProjectSpec &other) const;
    bool operator!=(const ProjectSpec &other) const { return !(*this == other); }
};

} // namespace Autocoder::Spec
