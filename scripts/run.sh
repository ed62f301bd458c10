#!/usr/bin/env bash
# Builds Autocoder and launches it, setting up what is missing first.
# Extra arguments go to the application (e.g. --help).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_debian_packages
configure_and_build --target autocoder
exec "$AUTOCODER_BUILD/bin/autocoder" "$@"
