#!/usr/bin/env bash
# with-keyring.sh <command> [args...]
#
# Runs a command against a real, private Secret Service: a throwaway HOME and XDG dirs, a
# private D-Bus session (dbus-run-session) and a gnome-keyring-daemon whose login keyring is
# created and unlocked on start. Nothing touches the caller's keyring or home.
# (gnome-keyring 42 does not create the login keyring from an empty --unlock password, so a
# fixed throwaway password is used; the keyring lives and dies in the temporary HOME.)
# Exits with the command's status; 77 (ctest "skipped") when the tools are missing.
set -euo pipefail

if [[ "${1:-}" == "--inner" ]]; then
    shift
    # Inside the private bus. Start the daemon in the foreground (so we own its pid), feed it
    # the password on stdin, and read the environment it prints (if any).
    envfile="$AUTOCODER_KEYRING_TMP/keyring.env"
    printf '%s' 'autocoder-throwaway' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$envfile" 2>"$AUTOCODER_KEYRING_TMP/keyring.log" &
    daemon=$!
    stop_daemon() { kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; }
    trap stop_daemon EXIT

    # Wait until it owns org.freedesktop.secrets (asking the name itself earlier would make
    # D-Bus activate a second, locked daemon) and the login keyring is the default collection.
    ready=0
    for _ in $(seq 1 200); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q 'boolean true' &&
            dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
                org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null |
            grep -q 'collection/'; then
            ready=1
            break
        fi
        if ! kill -0 "$daemon" 2>/dev/null; then
            echo "with-keyring.sh: gnome-keyring-daemon exited:" >&2
            cat "$AUTOCODER_KEYRING_TMP/keyring.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    if [[ $ready -ne 1 ]]; then
        echo "with-keyring.sh: the Secret Service did not come up within 10 s" >&2
        exit 1
    fi
    while IFS= read -r line; do
        [[ "$line" == *=* ]] && export "$line"
    done <"$envfile"

    status=0
    "$@" || status=$?
    exit "$status"
fi

for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not installed, skipping" >&2
        exit 77
    fi
done
if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/autocoder-keyring.XXXXXX")"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT

export AUTOCODER_KEYRING_TMP="$tmp"
export HOME="$tmp/home"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
dbus-run-session -- "$0" --inner "$@" || status=$?
exit "$status"
