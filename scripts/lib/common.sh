# Shared by scripts/run.sh and scripts/test.sh. Source it; do not run it.
# Everything here is idempotent and quick when nothing changed.

AUTOCODER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AUTOCODER_PRESET="${AUTOCODER_PRESET:-dev}"
AUTOCODER_BUILD="$AUTOCODER_ROOT/build/$AUTOCODER_PRESET"
# Lets ccache reuse objects between clones of the repository in other folders.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$AUTOCODER_ROOT}"
# Debug builds embed the build folder; without this every clone would miss.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the missing Debian packages: with apt-get when root, otherwise
# prints the one command to run and stops.
ensure_debian_packages() {
    local missing=() pkg command
    while read -r pkg command; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if [[ -n "$command" ]] && command -v "$command" >/dev/null; then
            continue
        fi
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]]; then
            missing+=("$pkg")
        fi
    done < "$AUTOCODER_ROOT/scripts/debian-packages.txt"
    [[ ${#missing[@]} -eq 0 ]] && return 0

    if [[ $(id -u) -ne 0 ]]; then
        echo "Autocoder needs these Debian packages. Install them, then run this command again:"
        echo
        echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
        exit 1
    fi
    say "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# npm packages the tests need, pinned by tests/node/package-lock.json and
# installed into the build folder (reinstalled only when the lock changes).
ensure_npm_packages() {
    local dest="$AUTOCODER_BUILD/node"
    local stamp="$dest/.lock.sha256"
    local want
    want="$(sha256sum "$AUTOCODER_ROOT/tests/node/package-lock.json" | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -d "$dest/node_modules" ]]; then
        return 0
    fi
    say "Installing npm packages for the tests"
    mkdir -p "$dest"
    cp "$AUTOCODER_ROOT/tests/node/package.json" "$AUTOCODER_ROOT/tests/node/package-lock.json" "$dest/"
    (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
}

# Sandbox templates (the claude CLI and bun from npm, pinned by the sandbox
# server) are prepared once per build folder, in seconds. The build folder
# rather than a per-user cache: a root server runs sandboxes as uid 65534,
# which must be able to reach the templates (it cannot below /root).
AUTOCODER_TEMPLATES_DIR="${AUTOCODER_TEMPLATES_DIR:-$AUTOCODER_BUILD/sandbox-templates}"

ensure_sandbox_templates() {
    say "Preparing sandbox templates in $AUTOCODER_TEMPLATES_DIR"
    "$AUTOCODER_BUILD/bin/autocoder-sandboxd" prepare-templates \
        --templates-dir "$AUTOCODER_TEMPLATES_DIR"
}

configure_and_build() {
    cd "$AUTOCODER_ROOT"
    if [[ ! -f "$AUTOCODER_BUILD/build.ninja" ]]; then
        say "Configuring ($AUTOCODER_PRESET)"
        cmake --preset "$AUTOCODER_PRESET" \
            -DAUTOCODER_TEMPLATES_DIR="$AUTOCODER_TEMPLATES_DIR" >/dev/null
    fi
    say "Building"
    cmake --build --preset "$AUTOCODER_PRESET" "$@"
}
