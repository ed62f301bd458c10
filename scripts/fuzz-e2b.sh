#!/usr/bin/env bash
# Fuzzes the E2B Connect envelope decoder and event mappers with libFuzzer.
#   scripts/fuzz-e2b.sh [seconds]      (default 60)
# Needs clang++ and libFuzzer (Debian: clang, libclang-rt-14-dev). Uses its own build
# directory (build/fuzz); builds go through the shared build lock.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
seconds="${1:-60}"
lock=/tmp/autocoder-build.lock

command -v clang++ >/dev/null || { echo "clang++ not found (apt-get install clang)" >&2; exit 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ flock "$lock" cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DAUTOCODER_FUZZ=ON \
        -DAUTOCODER_BUILD_BENCHMARKS=OFF
fi
flock "$lock" cmake --build "$build" --target fuzz_connectenvelope -j2

corpus="$build/fuzz-corpus/connectenvelope"
artifacts="$build/fuzz-artifacts/"
mkdir -p "$corpus" "$artifacts"
# Seeds: a start event + end, a data event, an error trailer, a compressed frame, garbage.
printf '\x00\x00\x00\x00\x00\x20{"event":{"start":{"pid":4242}}}\x02\x00\x00\x00\x02{}' > "$corpus/seed-start-end"
printf '\x03\x00\x00\x00\x00\x2a{"event":{"data":{"stdout":"aGVsbG8K"}}}' > "$corpus/seed-data"
printf '\x07\x02\x00\x00\x00\x4b{"error":{"code":"deadline_exceeded","message":"context deadline exceeded"}}' > "$corpus/seed-error"
printf '\x00\x00\x00\x00\x00\x3c{"event":{"end":{"exitCode":-1,"status":"signal: killed"}}}' > "$corpus/seed-end"
printf '\x00\x01\x00\x00\x00\x02{}' > "$corpus/seed-compressed"
printf '\x10<html>502</html>' > "$corpus/seed-garbage"

"$build/tests/e2b/fuzz_connectenvelope" \
    -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=1024 -timeout=10 \
    -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus"
