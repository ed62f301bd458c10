#include "runview/activitycolors.h"

#include "theme/palette.h"

namespace Autocoder::Ui {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ActivityColors ActivityColors::of(const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    ActivityColors c;
    c.text = text;
    c.muted = mix(base, text, 0.6);
    c.cardBackground = base;
    c.cardBorder = mix(base, text, dark ? 0.28 : 0.2);
    c.codeBackground = mix(base, text, dark ? 0.06 : 0.035);
    // Tints strong enough to tell apart, faint enough that the text on them stays legible.
    c.added = mix(base, QColor(dark ? 0x3f : 0x2d, dark ? 0xb9 : 0xa4, dark ? 0x50 : 0x4e),
                  dark ? 0.25 : 0.16);
    c.removed = mix(base, QColor(dark ? 0xf8 : 0xcf, dark ? 0x51 : 0x22, dark ? 0x49 : 0x2e),
                    dark ? 0.25 : 0.14);
    c.error = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    c.success = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    c.guidance = mix(base, palette.color(QPalette::Highlight), dark ? 0.3 : 0.14);
    c.selection = palette.color(QPalette::Highlight);
    return c;
}

} // namespace Autocoder::Ui
