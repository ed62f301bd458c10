#!/usr/bin/env bash
# Builds the .deb as a release does (the `package` preset, then cpack) and checks it: its
# files, its dependencies, stripped binaries with their debug symbols in autocoder-dbgsym,
# the desktop entry and AppStream data, and the programs run from an unpacked root.
#
#     check-deb.sh SOURCE_DIR              build SOURCE_DIR/build/package, pack, check
#     check-deb.sh SOURCE_DIR PACKAGE_DIR  only check the autocoder_*.deb and
#                                          autocoder-dbgsym_*.ddeb in PACKAGE_DIR
# No `producer | grep -q`: with pipefail, grep leaving early fails the producer (SIGPIPE).
set -euo pipefail

src=$(cd "$1" && pwd)
cmake=${CMAKE:-cmake}
cpack=${CPACK:-cpack}
app_id=dev.autocoder.Autocoder
icon_sizes=(16 24 32 48 64 128 256)

# What the package must depend on, exactly: the libraries dpkg-shlibdeps finds in the
# binaries, and what packaging/CMakeLists.txt adds (see the reasons there).
expected_depends=(
    bubblewrap ca-certificates libc6 libgcc-s1 libqt6core6 libqt6gui6 libqt6httpserver6
    libqt6keychain1 libqt6network6 libqt6svg6 libqt6websockets6 libqt6widgets6 libstdc++6
    nodejs npm qt6-websockets-abi zlib1g
)
expected_recommends=(git qt6-translations-l10n qt6-wayland)

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
step() { printf '== %s\n' "$*"; }

for tool in "$cmake" "$cpack" dpkg-deb dpkg-shlibdeps readelf strings file desktop-file-validate \
    appstreamcli man gzip; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/debian-packages.txt)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/autocoder-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ $# -ge 2 ]]; then
    packages=$(cd "$2" && pwd)
else
    step "Building the package preset in $src/build/package"
    cd "$src"
    "$cmake" --preset package >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
    "$cmake" --build --preset package
    step "Packing"
    packages=$work/packages
    (cd "$src/build/package" && "$cpack" -G DEB -B "$packages" >"$work/cpack.log" 2>&1) \
        || { cat "$work/cpack.log"; exit 1; }
fi

shopt -s nullglob
debs=("$packages"/autocoder_*.deb)
ddebs=("$packages"/autocoder-dbgsym_*.ddeb)
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one autocoder_*.deb in $packages" >&2; exit 1; }
[[ ${#ddebs[@]} -eq 1 ]] || { echo "FAIL: expected one autocoder-dbgsym_*.ddeb in $packages" >&2; exit 1; }
deb=${debs[0]}
ddeb=${ddebs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb"), $(basename "$ddeb")"

step "Control fields"
for field in Package Version Architecture Maintainer Section Priority Homepage Description; do
    [[ -n "$(dpkg-deb -f "$deb" "$field")" ]] || fail "the control file has no $field"
done
[[ "$(dpkg-deb -f "$deb" Package)" == autocoder ]] || fail "the package is not named autocoder"
# Names only: versions come from the libraries' symbols files; alternatives all count.
names_of() { tr ',|' '\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d' | sort -u; }
compare_names() { # field, expected names...
    local field=$1
    shift
    local want got
    want=$(printf '%s\n' "$@" | sort -u)
    got=$(dpkg-deb -f "$deb" "$field" | names_of)
    if [[ "$want" != "$got" ]]; then
        fail "$field is not what the package needs (< expected, > found):"
        diff <(echo "$want") <(echo "$got") >&2 || true
    fi
}
compare_names Depends "${expected_depends[@]}"
compare_names Recommends "${expected_recommends[@]}"

step "File list"
expected_files=(
    usr/bin/autocoder
    usr/bin/autocoder-sandboxd
    "usr/share/applications/$app_id.desktop"
    usr/share/doc/autocoder/copyright
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/autocoder-sandboxd.1.gz
    usr/share/man/man1/autocoder.1.gz
    "usr/share/metainfo/$app_id.metainfo.xml"
)
for size in "${icon_sizes[@]}"; do
    expected_files+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed -e 's|^\./||' -e '/^$/d' >"$work/entries"
grep -v '/$' "$work/entries" | sort >"$work/files"
if ! diff <(printf '%s\n' "${expected_files[@]}" | sort) "$work/files" >"$work/files.diff"; then
    fail "the package's files are not the expected ones (< missing, > unexpected):"
    cat "$work/files.diff" >&2
fi
# No folder of its own beyond the ones its files need (no include/, lib/, tests).
while read -r dir; do
    [[ -z "$dir" ]] && continue
    grep -q "^${dir}" "$work/files" || fail "the package has an empty folder: $dir"
done < <(grep '/$' "$work/entries")

root=$work/root
dbg=$work/dbgsym
dpkg-deb -x "$deb" "$root"
dpkg-deb -x "$ddeb" "$dbg"

step "Stripped binaries, debug symbols apart"
[[ "$(dpkg-deb -f "$ddeb" Package)" == autocoder-dbgsym ]] || fail "the debug package is not autocoder-dbgsym"
grep -qx "autocoder (= $version)" <<<"$(dpkg-deb -f "$ddeb" Depends)" \
    || fail "autocoder-dbgsym does not depend on autocoder (= $version)"
ddeb_ids=" $(dpkg-deb -f "$ddeb" Build-Ids) "
for exe in autocoder autocoder-sandboxd; do
    bin=$root/usr/bin/$exe
    [[ -x "$bin" ]] || { fail "usr/bin/$exe is not executable"; continue; }
    sections=$(readelf -S --wide "$bin")
    grep -q '\.debug_info' <<<"$sections" && fail "usr/bin/$exe carries debug info"
    grep -q '\.symtab' <<<"$sections" && fail "usr/bin/$exe is not stripped (.symtab)"
    id=$(readelf -n "$bin" | awk '/Build ID:/ { print $3 }')
    [[ -n "$id" ]] || { fail "usr/bin/$exe has no build id"; continue; }
    debug=$dbg/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
    if [[ ! -f "$debug" ]]; then
        fail "autocoder-dbgsym has no debug file for usr/bin/$exe (build id $id)"
        continue
    fi
    [[ "$(readelf -n "$debug" 2>/dev/null | awk '/Build ID:/ { print $3 }')" == "$id" ]] \
        || fail "the debug file of usr/bin/$exe has another build id"
    grep -q '\.debug_info' <<<"$(readelf -S --wide "$debug" 2>/dev/null)" \
        || fail "the debug file of usr/bin/$exe has no .debug_info"
    [[ "$ddeb_ids" == *" $id "* ]] || fail "autocoder-dbgsym's Build-Ids does not name $exe's"
done

step "Running the programs from the unpacked package"
# Nothing of the person running the test is read or changed.
home=$work/home
mkdir -p "$home"
run() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" XDG_STATE_HOME="$home/.local/state" \
        XDG_CACHE_HOME="$home/.cache" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
if out=$(run "$root/usr/bin/autocoder" --version 2>&1); then
    [[ "$out" == "autocoder $version" ]] || fail "autocoder --version printed \"$out\", not \"autocoder $version\""
else
    fail "autocoder --version failed: $out"
fi
if out=$(run "$root/usr/bin/autocoder-sandboxd" --help 2>&1); then
    grep -q '^Usage: .*autocoder-sandboxd \[options\]' <<<"$out" \
        || fail "autocoder-sandboxd --help printed no usage: $out"
    grep -q -- '--data-dir' <<<"$out" || fail "autocoder-sandboxd --help lists no options"
else
    fail "autocoder-sandboxd --help failed: $out"
fi

step "Where the desktop and the app look for the installed files"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z "$out" ]]; then :; else
    fail "desktop-file-validate: $out"
fi
# Errors, warnings and infos fail; of the pedantic notes only the upper-case letters of the
# reverse-DNS id are accepted.
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || fail "appstreamcli validate failed"
if grep -E '^[EWI]: |^P: ' <<<"$out" | grep -v 'cid-contains-uppercase-letter' >&2; then
    fail "appstreamcli validate is not clean: $out"
fi
# The installed tree as software centres read it: metainfo, desktop entry and icon together.
if ! out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || grep -qE '^[EWI]: ' <<<"$out"; then
    fail "appstreamcli validate-tree: $out"
fi
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[[ -x "$root/usr/bin/$exec_name" ]] || fail "the desktop entry runs $exec_name, which is not in usr/bin"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ "$icon" == "$app_id" ]] || fail "the desktop entry's icon is $icon, not $app_id"
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] || fail "no scalable icon named $icon"
for size in "${icon_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    grep -q "^PNG image data, $size x $size," <<<"$(file -b "$png")" || fail "$png is not a ${size}x${size} PNG"
done
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the AppStream data does not launch $app_id.desktop"
# The window tells the desktop its entry by the app id compiled into it (UTF-16).
grep -qx "$app_id" <<<"$(strings -el "$root/usr/bin/autocoder")" \
    || fail "usr/bin/autocoder does not name $app_id, the desktop entry's name"
# The app starts the sandbox server found beside itself.
[[ -x "$(dirname "$root/usr/bin/autocoder")/autocoder-sandboxd" ]] \
    || fail "autocoder-sandboxd is not beside autocoder"

step "Man pages"
for page in autocoder autocoder-sandboxd; do
    file=$root/usr/share/man/man1/$page.1.gz
    gzip -t "$file" || { fail "$page.1.gz is not gzip"; continue; }
    text=$(MANWIDTH=80 run man --warnings -l "$file" 2>"$work/man.err") || fail "man -l $page.1.gz failed"
    [[ -s "$work/man.err" ]] && fail "man $page.1.gz warns: $(cat "$work/man.err")"
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "SEE ALSO"; do
        grep -q "^$section" <<<"$text" || fail "man $page has no $section section"
    done
    grep -q -- "--help" <<<"$text" || fail "man $page lists no options"
done
grep -q '^COMMANDS' <<<"$(run man -l "$root/usr/share/man/man1/autocoder.1.gz" 2>/dev/null)" \
    || fail "man autocoder has no COMMANDS section"

# Every name in Depends is a package apt knows (needs its package lists).
if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    step "apt can install it"
    if ! out=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1); then
        fail "apt-get install --simulate: $out"
    fi
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The package is complete."
