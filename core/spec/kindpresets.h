#pragma once

#include "spec/kindpreset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Autocoder::Spec {

/// Registry of the built-in project kinds: bun-library, bun-cli, bun-web, node-library.
/// Display names are translated at call time, so call again after switching language.
class KindPresets final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Spec::KindPresets)

public:
    static QList<KindPreset> all();
    static QStringList ids();
    /// The preset with this id, or an invalid preset (isValid() false) if unknown.
    static KindPreset find(const QString &id);
    static bool contains(const QString &id);
    static QString defaultId(); ///< "bun-library"
};

} // namespace Autocoder::Spec
