#!/bin/sh
# Runs a test binary with the whole process (the in-process server included) as the
# unprivileged uid/gid 65534, with a HOME it can write. Exit 77 (skip) when not root or when
# that uid cannot reach the binary.
set -u
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root to drop to uid 65534"; exit 77; }
command -v setpriv >/dev/null 2>&1 || { echo "SKIP: setpriv is not installed"; exit 77; }
drop() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
drop test -x "$1" || { echo "SKIP: uid 65534 cannot run $1"; exit 77; }
home=$(mktemp -d) || exit 1
chown 65534:65534 "$home"
drop env HOME="$home" "$@"
rc=$?
rm -rf "$home"
exit $rc
