#!/usr/bin/env bash
# Builds and runs every QBENCHMARK benchmark (figures, not pass/fail).
# Use a Release-like build for figures worth quoting: AUTOCODER_PRESET=release is
# not enough (it has no tests), so the default is the dev build; pass
# --build-type Release via AUTOCODER_BENCH_CONFIG to configure build/bench instead.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_debian_packages
if [[ "${AUTOCODER_BENCH_CONFIG:-}" == "Release" ]]; then
    AUTOCODER_BUILD="$AUTOCODER_ROOT/build/bench"
    cmake -S "$AUTOCODER_ROOT" -B "$AUTOCODER_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build "$AUTOCODER_BUILD"
else
    configure_and_build
fi

status=0
while read -r bench; do
    [[ -z "$bench" ]] && continue
    say "$(basename "$bench")"
    QT_QPA_PLATFORM=offscreen "$bench" "$@" || status=1
done < "$AUTOCODER_BUILD/benchmarks.txt"
exit $status
