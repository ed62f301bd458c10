#pragma once

#include <QIcon>
#include <QString>

namespace Autocoder::Ui {

/// The application's icon called @p name (a freedesktop icon name such as
/// "media-playback-stop"), drawn from the icons bundled in the resources so that it shows on
/// every desktop, with or without an icon theme, and in colours that suit the current
/// palette (light or dark).
QIcon themedIcon(const QString &name);

} // namespace Autocoder::Ui
