#!/usr/bin/env bash
# Builds Autocoder and launches it, setting up what is missing first.
# Extra arguments go to the application (e.g. --help).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_debian_packages
configure_and_build --target autocoder autocoder-sandboxd
# The local backend's templates hold the agent and bun; preparing them here
# (once per machine, with progress) keeps the first run from waiting on npm.
ensure_sandbox_templates
export AUTOCODER_TEMPLATES_DIR
exec "$AUTOCODER_BUILD/bin/autocoder" "$@"
