#pragma once

#include "spec/projectspec.h"

#include <QString>

namespace Autocoder::Spec {

/// A project kind the wizard offers: its id (stored in the spec), translated display name,
/// the commands the gate runs by default, and a starter description shown as a hint.
struct KindPreset
{
    QString id; ///< e.g. "bun-library"; stable, stored in specs
    QString displayName; ///< translated, e.g. "Library (Bun + TypeScript)"
    QString testRunner; ///< what the brief tells the agent to write tests with, e.g. "bun test"
    QString language; ///< "TypeScript" or "JavaScript", for the brief
    ProjectSpec::Commands defaultCommands;
    QString starterDescription; ///< translated example text for the description field

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Autocoder::Spec
