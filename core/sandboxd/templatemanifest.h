#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace Autocoder::Sandboxd {

/// What a prepared template holds, recorded once when it is prepared (TemplateStore writes
/// `<template>/template.json`, seen in a sandbox as /opt/autocoder/template.json) and
/// reported by autocoder-sandboxd with every sandbox made from it: the `templateManifest`
/// member of its create, connect and get answers (not part of E2B's API: E2B cloud never
/// sends it). A run reads the agent's presence and version from it instead of starting
/// `claude --version` in each new sandbox.
///
///   {"formatVersion": 1, "name": "claude", "claudeCode": "2.1.112", "bun": "1.4.5"}
struct TemplateManifest
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString claudeCodeVersion; ///< empty: the template has no Claude Code CLI
    QString bunVersion;

    static QString fileName() { return QStringLiteral("template.json"); }

    QJsonObject toJson() const;
    /// Refuses a newer format and a member of the wrong type.
    static Result<TemplateManifest> fromJson(const QJsonObject &object);
    /// From the verification run's output (`claude --version` then `bun --version`).
    static TemplateManifest fromVersionOutput(const QString &name, const QString &output);
    /// The manifest of the template prepared in \a templateDir: its template.json, or for a
    /// template prepared before manifests existed, what its `.ready` marker recorded (the
    /// same verification output).
    static Result<TemplateManifest> read(const QString &name, const QString &templateDir);
};

} // namespace Autocoder::Sandboxd
