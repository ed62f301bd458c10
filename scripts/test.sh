#!/usr/bin/env bash
# Builds Autocoder and runs its whole test suite, setting up what is missing first.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_debian_packages
ensure_npm_packages
configure_and_build
ensure_sandbox_templates

say "Running the tests"
cd "$AUTOCODER_ROOT"
ctest --preset "$AUTOCODER_PRESET" "$@"
