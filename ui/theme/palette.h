#pragma once

#include <QPalette>

namespace Autocoder::Ui {

/// A dark palette for the Fusion style, for people who want the application dark on a
/// desktop that does not say so (and for rendering the dark screenshots).
QPalette darkPalette();

/// True when @p palette draws light text on a dark window.
bool isDark(const QPalette &palette);

} // namespace Autocoder::Ui
