#pragma once

#include <QColor>
#include <QPalette>

namespace Autocoder::Ui {

/// The colours the activity thread paints, derived from the palette so that they read in
/// the light and the dark one alike.
struct ActivityColors
{
    QColor text;
    QColor muted;
    QColor cardBackground;
    QColor cardBorder;
    QColor codeBackground;
    QColor added;
    QColor removed;
    QColor error;
    QColor success;
    QColor guidance;
    QColor selection;

    static ActivityColors of(const QPalette &palette);
};

} // namespace Autocoder::Ui
