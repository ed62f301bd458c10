#!/usr/bin/env bash
# Compiles the libraries (core/, ui/, app/autocoder's cli) with clang-tidy, using
# .clang-tidy, in build/tidy. A finding fails the build. Not part of test.sh:
# clang-tidy's work is not cached, and a clean run takes about 20 minutes on two
# cores; later runs only check the files that changed. Extra arguments go to
# `cmake --build` (for example -j 4).
set -euo pipefail
AUTOCODER_PRESET=tidy
source "$(dirname "$0")/lib/common.sh"

command -v clang-tidy >/dev/null || command -v clang-tidy-14 >/dev/null \
    || die "clang-tidy is missing: install the Debian package clang-tidy"

libraries=(
    autocoder_common autocoder_redaction autocoder_secrets autocoder_spec autocoder_e2b
    autocoder_agent autocoder_sandboxd_datadir autocoder_sandboxd autocoder_run
    autocoder_diff autocoder_mutation autocoder_setup autocoder_feed autocoder_ui autocoder_cli
)
configure_and_build --target "${libraries[@]}" "$@"
say "clang-tidy found nothing"
