#pragma once

class QWidget;

namespace Autocoder::Ui {

enum class FitHeight { GrowOnly, GrowOrShrink };

/// Resizes @p dialog to the height its layout needs at its current width. Word-wrapped
/// labels grow after a dialog was sized (their text changes, or the width they wrap at is
/// known only then); GrowOrShrink also gives back room when lines got shorter.
void fitHeightToContents(QWidget *dialog, FitHeight how);

} // namespace Autocoder::Ui
