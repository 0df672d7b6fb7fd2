#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Usage: check-install.sh BUILD_DIR SOURCE_DIR DESTDIR. Installs the build into DESTDIR (prefix
# /usr) and checks every file the desktop and the shell need. Prints each check; exits 1 at the
# end when any failed.
set -uo pipefail
build=$1 src=$2 dest=$3
failures=0
ok() { echo "PASS: $*"; }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

rm -rf "$dest"
DESTDIR="$dest" cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 || { cat "$dest.log"; bad "cmake --install"; exit 1; }
ok "cmake --install"
id=org.modelreview.ModelReview
share=$dest/usr/share
bin=$dest/usr/bin/modelreview
check "bin/modelreview is executable" test -x "$bin"
check "the .desktop file is installed" test -f "$share/applications/$id.desktop"
check "the metainfo is installed" test -f "$share/metainfo/$id.metainfo.xml"
check "the scalable icon is installed" test -f "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  check "the ${size}px icon is a ${size}x${size} PNG" grep -q "PNG image data, $size x $size" <(file "$png")
done
for lang in de ja; do
  check "the $lang translation is installed" test -s "$share/modelreview/translations/modelreview_$lang.qm"
done
check "the man page is installed" test -f "$share/man/man1/modelreview.1"
check "the bash completion is installed" test -f "$share/bash-completion/completions/modelreview"

# The desktop's validators, offline.
out=$(desktop-file-validate "$share/applications/$id.desktop" 2>&1)
check "desktop-file-validate is clean" test -z "$(grep -vi 'hint:' <<<"$out")"
[ -z "$out" ] || echo "$out"
out=$(appstreamcli validate --no-net --pedantic "$share/metainfo/$id.metainfo.xml" 2>&1)
rc=$?
check "appstreamcli validate --no-net passes" test "$rc" = 0
grep -E '^[EW]:' <<<"$out" && bad "appstreamcli reports errors or warnings"
grep -q '<screenshot' "$share/metainfo/$id.metainfo.xml" && grep -q '<caption>' "$share/metainfo/$id.metainfo.xml" &&
  ok "the metainfo describes screenshots" || bad "the metainfo has no described screenshots"

# The man page renders without a warning.
warnings=$(MANWIDTH=80 man --warnings -l "$share/man/man1/modelreview.1" 2>&1 >/dev/null)
check "man renders the page without warnings" test -z "$warnings"
[ -z "$warnings" ] || echo "$warnings"

# --version names the version, the revision and the libraries.
version=$("$bin" --version)
echo "$version" | sed 's/^/  /'
check "--version names the version" grep -qE '^modelreview [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version"
check "--version names the git revision" grep -qE '^revision: [0-9a-f]{7,}|^revision: v?[0-9]' <<<"$version"
check "--version names Qt" grep -qE '^Qt: 6\.' <<<"$version"
check "--version names libgit2" grep -qE '^libgit2: [0-9]+\.[0-9]+' <<<"$version"
check "--version names KSyntaxHighlighting" grep -qE '^KSyntaxHighlighting: ([0-9]+\.[0-9]+|not built in)' <<<"$version"

# Every command and every option of every command's --help is in the man page and the
# completion; the man page lists every exit code.
man=$share/man/man1/modelreview.1
comp=$share/bash-completion/completions/modelreview
commands=$("$bin" --help | sed -n 's/.*Commands (each has --help): //p' | tr -d ',')
check "--help lists the commands" test -n "$commands"
for cmd in $commands; do
  grep -q "^\.BR ${cmd//-/\\\\-} " "$man" && ok "man page: command $cmd" || bad "man page: command $cmd is not described"
  grep -q "\b$cmd\b" <(grep 'local commands=' "$comp") && ok "completion: command $cmd" || bad "completion: command $cmd missing"
  for opt in $("$bin" "$cmd" --help 2>&1 | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    case "$opt" in --help | --help-all) continue ;; esac
    grep -qF -- "${opt//-/\\-}" "$man" && ok "man page: $cmd $opt" || bad "man page: $cmd $opt is not described"
    grep -qE "^ *$cmd\).*opts=\".*$opt( |\")" "$comp" && ok "completion: $cmd $opt" || bad "completion: $cmd $opt missing"
  done
done
for code in 0 1 2; do
  grep -q "^\.B $code$" "$man" && ok "man page: exit status $code" || bad "man page: exit status $code"
done

# The completion works in bash.
complete_words() { bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _modelreview; echo "${COMPREPLY[*]}"' _ "$comp" "$@"; }
check "completion: 'modelreview ins' offers inspect" grep -qw inspect <<<"$(complete_words modelreview ins)"
check "completion: 'modelreview report --fo' offers --format" grep -q -- --format <<<"$(complete_words modelreview report --fo)"
check "completion: 'modelreview report --format ' offers pdf" grep -qw pdf <<<"$(complete_words modelreview report --format '')"

echo "install_layout: $failures failure(s)"
[ "$failures" = 0 ]
