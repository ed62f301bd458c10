#!/usr/bin/env bash
# Renders the application's windows offscreen into docs/screenshots/, in the light palette
# and again in the dark one (NAME-dark.png); the wizard and a finished run in German and French
# too (NAME-de.png, NAME-fr.png).
# Usage: scripts/screenshots.sh [--scale 2]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

scale=1
if [[ "${1:-}" == "--scale" ]]; then scale="$2"; fi

ensure_debian_packages
configure_and_build --target autocoder-screenshots
out="$AUTOCODER_ROOT/docs/screenshots"
mkdir -p "$out"
# A full-HD screen: the window fits itself to the screen, and offscreen's default is 800x800.
screen="$AUTOCODER_ROOT/tests/ui/data/screen-screenshots.json"
for palette in "" --dark; do
    QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_SCALE_FACTOR="$scale" \
        "$AUTOCODER_BUILD/bin/autocoder-screenshots" $palette "$out"
done
for language in de fr; do
    QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_SCALE_FACTOR="$scale" \
        "$AUTOCODER_BUILD/bin/autocoder-screenshots" --locale "$language" "$out"
done
say "Screenshots written to $out"
