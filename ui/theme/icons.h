#pragma once

#include <QIcon>
#include <QString>

namespace Autocoder::Ui {

/// The application's icon called @p name (a freedesktop icon name such as
/// "media-playback-stop"), drawn from the icons bundled in the resources so that it shows on
/// every desktop, with or without an icon theme, and in colours that suit the current
/// palette (light or dark), following palette changes. A name with no bundled icon falls
/// back to the desktop's icon theme (and may then be null).
QIcon themedIcon(const QString &name);

/// Where the bundled icon called @p name lives (":/icons/NAME.svg"), whether or not it exists.
QString bundledIconPath(const QString &name);

/// The application's own icon (the window icon; the same artwork the desktop entry installs).
QIcon applicationIcon();

} // namespace Autocoder::Ui
