# SPDX-License-Identifier: Apache-2.0
# Shared settings for the project's scripts: sourced, never run.
# Contract: every function is idempotent and safe to call again after an interruption.

MR_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build roots live outside the repository so that clones and CI runs reuse them.
MR_CACHE="${MODELREVIEW_CACHE:-/var/cache/modelreview}"
MR_BUILD_HOST="${MODELREVIEW_BUILD_HOST:-$MR_SRC/build/host}"
MR_JOBS="${MODELREVIEW_JOBS:-$(nproc)}"
# Compiler caches shared by every clone on this machine (CI builds a fresh clone each time);
# one per distribution release, since the compilers differ.
MR_CCACHE_DIR="${MODELREVIEW_CCACHE_DIR:-$MR_CACHE/ccache}"

# What the project needs to build, test and run, on any Debian or Ubuntu release. This list is
# the installer: scripts/test proves it complete on every run by building and testing in a
# Debian 12 root that has nothing else (see mr_ensure_root). README's Troubleshooting section
# lists the same packages.
MR_PACKAGES=(build-essential cmake ninja-build pkgconf git python3 zstd ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libgl-dev libxkbcommon-dev
  libgit2-dev nlohmann-json3-dev libarchive-dev libssl-dev libsimdjson-dev libyaml-cpp-dev
  libtomlplusplus-dev
  xvfb xauth fonts-dejavu-core fonts-noto-cjk locales python3-jsonschema poppler-utils
  desktop-file-utils appstream file man-db)
# Release-specific names: Debian 12's qt6-charts-dev needs the OpenGL development files, which
# it does not pull in itself (Debian 13's does).
MR_PACKAGES_bookworm=(libqt6opengl6-dev)
# Installed where the release has them (Debian 13, Ubuntu 24.10 and later): syntax colours.
MR_OPTIONAL_PACKAGES=(libkf6syntaxhighlighting-dev)
# Test tools, installed into the Debian 13 build root only (never part of what a user's machine
# needs): its test flavour is built with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# and holds the libFuzzer targets (libclang-rt has libFuzzer and the sanitizer runtimes; llvm has
# llvm-symbolizer, which turns a report's addresses into file:line).
MR_TEST_TOOLS_trixie=(clang libclang-rt-19-dev llvm-19)

mr_log() { printf '[modelreview] %s\n' "$*" >&2; }

mr_sudo() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    mr_log "need root for: $*"; return 1; fi
}

mr_codename() { (. /etc/os-release && echo "${VERSION_CODENAME:-unknown}"); }

mr_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# The package list for this machine's release.
mr_package_list() {
  local extra="MR_PACKAGES_$(mr_codename)[@]"
  printf '%s\n' "${MR_PACKAGES[@]}" ${!extra+"${!extra}"}
}

# Installs the project's packages that are missing (apt asked only when needed), then the
# optional ones the release has. Extra arguments are installed too (test tools).
mr_install_host() {
  local missing=() p
  for p in $(mr_package_list) "$@"; do mr_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    mr_log "installing packages: ${missing[*]}"
    mr_sudo apt-get update -qq || return 1
    mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      >/dev/null || return 1
  fi
  for p in "${MR_OPTIONAL_PACKAGES[@]}"; do
    mr_installed "$p" && continue
    # apt-cache knows a package only after apt-get update: an optional one is looked up after it.
    if [ ${#missing[@]} -eq 0 ] && ! apt-cache show "$p" >/dev/null 2>&1; then mr_sudo apt-get update -qq; fi
    if apt-cache show "$p" >/dev/null 2>&1; then
      mr_log "installing $p"
      mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null ||
        return 1
    fi
  done
}

mr_host_has_kf6() { mr_installed libkf6syntaxhighlighting-dev; }

mr_mirror() {
  local m
  m=$(grep -hoE '^(deb|URIs:) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null |
    grep -oE 'https?://[^ ]+' | grep -v security | head -n1)
  echo "${m:-http://deb.debian.org/debian}"
}

# ---------------------------------------------------------------------------------------------
# Build roots. For each release (bookworm = Debian 12, trixie = Debian 13):
#   $MR_CACHE/<release>-base          debootstrap --variant=minbase, never changed once made;
#   $MR_CACHE/<release>-root-<stamp>  a copy of the base into which only the project's own
#                                     installer (mr_install_host above) has installed anything.
# <stamp> is the installer's fingerprint, so a changed package list gets a new root made from
# the base: a build in it cannot pass on a package the installer does not name. A root that
# holds a package anyone else asked for (apt-mark showmanual) is remade too. Runs hold a shared
# lock on the root they use; an older root is deleted only when no run holds it, so concurrent
# runs from several clones never change each other's roots or mounts (see mr_private_namespace).

mr_base_dir() { echo "$MR_CACHE/$1-base"; }

# The release's test tools (see MR_TEST_TOOLS_trixie), one a line.
mr_test_tools() {
  local tools="MR_TEST_TOOLS_$1[@]"
  printf '%s\n' ${!tools+"${!tools}"}
}

# The installer's fingerprint: the lists and functions above, as the root would run them.
mr_installer_stamp() {
  { declare -p MR_PACKAGES MR_OPTIONAL_PACKAGES; declare -p "MR_PACKAGES_$1" "MR_TEST_TOOLS_$1" 2>/dev/null
    declare -f mr_install_host mr_package_list mr_installed; } | sha256sum | cut -c1-12
}

mr_root_dir() { echo "$MR_CACHE/$1-root-$(mr_installer_stamp "$1")"; }

mr_ensure_base() {
  local release=$1 base
  base=$(mr_base_dir "$release")
  [ -f "$base/.modelreview-base" ] && return 0
  command -v debootstrap >/dev/null ||
    mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null || return 1
  mr_log "creating the $release base in $base (debootstrap minbase, once)"
  rm -rf "$base.partial"
  if ! debootstrap --variant=minbase "$release" "$base.partial" "$(mr_mirror)" >"$MR_CACHE/debootstrap-$release.log" 2>&1; then
    mr_log "debootstrap failed: see $MR_CACHE/debootstrap-$release.log"
    return 1
  fi
  chroot "$base.partial" apt-mark showmanual | sort >"$base.partial/.modelreview-base"
  rm -rf "$base" && mv "$base.partial" "$base"
}

# Names in the root that neither debootstrap nor the installer asked for.
mr_root_extra() {
  local release=$1 root=$2 more="MR_PACKAGES_$1[@]"
  comm -23 <(chroot "$root" apt-mark showmanual | sort -u) \
    <(printf '%s\n' "${MR_PACKAGES[@]}" "${MR_OPTIONAL_PACKAGES[@]}" ${!more+"${!more}"} $(mr_test_tools "$release") |
      cat - "$(mr_base_dir "$release")/.modelreview-base" | sort -u)
}

# Makes sure the release's root exists as the installer makes it, holds a shared lock on it for
# the rest of this run, and sets MR_ROOT to it. Needs root and a private namespace.
mr_ensure_root() {
  local release=${1:-trixie} root extra fd old
  [ "$(id -u)" = 0 ] || { mr_log "the $release build root needs root"; return 1; }
  [ -n "${MR_PRIVATE_NS:-}" ] || { mr_log "mr_ensure_root outside a private namespace"; return 1; }
  root=$(mr_root_dir "$release")
  mkdir -p "$MR_CACHE"
  exec {fd}>"$MR_CACHE/$release.lock"
  flock "$fd"
  if ! mr_ensure_base "$release"; then exec {fd}>&-; return 1; fi
  if [ -f "$root/.modelreview-ready" ]; then
    extra=$(mr_root_extra "$release" "$root")
    if [ -n "$extra" ]; then
      mr_log "the $release root holds packages the installer does not name ($(echo $extra)): remaking it"
      if flock -n -x "$root.lock" true; then rm -rf "$root"; else
        mr_log "another run uses it: stop that run first"; exec {fd}>&-; return 1; fi
    fi
  fi
  if [ ! -f "$root/.modelreview-ready" ]; then
    mr_log "making the $release root from its base with the project's installer ($root)"
    rm -rf "$root"
    cp -a "$(mr_base_dir "$release")" "$root"
    cp -f /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    if ! MR_ROOT="$root" mr_root_exec /bin/bash -c "source '$MR_SRC/scripts/common.sh' && mr_install_host $(mr_test_tools "$release" | tr '\n' ' ')"; then
      mr_log "the project's installer failed in the $release root"
      mr_root_umount "$root"; exec {fd}>&-; return 1
    fi
    mr_root_umount "$root"
    touch "$root/.modelreview-ready"
  fi
  # Roots made by other versions of the installer go once unused for a week and held by no
  # run (a branch that changes the list and its main both keep theirs meanwhile).
  for old in "$MR_CACHE/$release"-root-*; do
    [ -d "$old" ] && [ "$old" != "$root" ] || continue
    [ -z "$(find "$old.lock" -mtime -7 2>/dev/null)" ] || continue
    flock -n -x "$old.lock" rm -rf "$old" && rm -f "$old.lock"
  done
  touch "$root.lock"
  exec {MR_ROOT_LOCK}>"$root.lock"
  flock -s "$MR_ROOT_LOCK"
  exec {fd}>&-
  MR_ROOT=$root
}

mr_root_umount() {
  local m
  for m in $(awk -v r="$1" 'index($2, r) == 1 {print $2}' /proc/self/mounts | sort -r); do umount -l "$m" 2>/dev/null || true; done
}

# Runs this script again in a private mount and PID namespace, unless it already runs in one.
# Every mount a run makes is then its own: concurrent runs from other clones never see or
# remove it, and when the run ends (normally, by Ctrl-C or by kill) the kernel ends all of its
# processes and drops its mounts with the namespace. The script stays the namespace's parent:
# unshare itself ignores SIGINT and SIGTERM, so a signal to the script kills unshare, whose
# death kills the namespace's first process (--kill-child) and so every process in it.
mr_private_namespace() {
  [ -n "${MR_PRIVATE_NS:-}" ] && return 0
  [ "$(id -u)" = 0 ] || return 0
  export MR_PRIVATE_NS=1
  local child rc
  exec 3<&0 # an asynchronous command would otherwise read from /dev/null
  unshare --mount --propagation private --pid --fork --kill-child --mount-proc -- "$@" <&3 &
  child=$!
  trap 'kill -KILL $child 2>/dev/null' INT TERM HUP
  wait "$child"; rc=$?
  while kill -0 "$child" 2>/dev/null; do wait "$child"; rc=$?; done
  exit "$rc"
}

# Mounts /proc, /dev/shm, the compiler cache, and the source tree at the same path inside the
# root MR_ROOT. Only ever called inside the run's private namespace.
mr_root_mounts() {
  local ccache="$MR_CCACHE_DIR"
  mkdir -p "$MR_ROOT/proc" "$MR_ROOT$MR_SRC" "$MR_ROOT/tmp/.X11-unix" "$MR_ROOT/dev/shm" "$MR_ROOT/var/cache/ccache" "$ccache"
  mountpoint -q "$MR_ROOT/var/cache/ccache" || mount --bind "$ccache" "$MR_ROOT/var/cache/ccache"
  mountpoint -q "$MR_ROOT/proc" || mount -t proc proc "$MR_ROOT/proc"
  mountpoint -q "$MR_ROOT/dev/shm" || mount -t tmpfs shm "$MR_ROOT/dev/shm"
  mkdir -p "$MR_ROOT/dev/pts"
  mountpoint -q "$MR_ROOT/dev/pts" || mount -t devpts -o newinstance,ptmxmode=0666 devpts "$MR_ROOT/dev/pts" 2>/dev/null || true
  mountpoint -q "$MR_ROOT$MR_SRC" || mount --bind "$MR_SRC" "$MR_ROOT$MR_SRC"
  if [ -d /tmp/.X11-unix ]; then mountpoint -q "$MR_ROOT/tmp/.X11-unix" || mount --bind /tmp/.X11-unix "$MR_ROOT/tmp/.X11-unix"; fi
  # The shared material sits beside the checkout; tests read it when present.
  if [ -d "$MR_SRC/../shared" ]; then
    local shared; shared=$(cd "$MR_SRC/../shared" && pwd)
    mkdir -p "$MR_ROOT$shared"
    mountpoint -q "$MR_ROOT$shared" || mount --bind "$shared" "$MR_ROOT$shared"
  fi
}

# Runs a command in the root MR_ROOT (set by mr_ensure_root).
mr_root_exec() {
  [ -n "${MR_ROOT:-}" ] || { mr_log "mr_root_exec without a root"; return 1; }
  [ -n "${MR_PRIVATE_NS:-}" ] || { mr_log "mr_root_exec outside a private namespace"; return 1; }
  mr_root_mounts
  chroot "$MR_ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 MR_IN_ROOT=1 \
    DISPLAY="${DISPLAY:-}" XAUTHORITY="${MR_ROOT_XAUTHORITY:-}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" \
    CCACHE_DIR=/var/cache/ccache MODELREVIEW_JOBS="$MR_JOBS" CTEST_OUTPUT_ON_FAILURE=1 "$@"
}

# Configures (when needed) and builds one flavour. $1 build dir, the rest are extra cmake
# arguments. Runs wherever it is called: on the host, or inside a root via mr_root_exec.
mr_cmake_build() {
  local dir=$1; shift
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Clones at other paths (CI) hit the same cache entries.
    export CCACHE_BASEDIR="$MR_SRC" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE=12G
    export CCACHE_DIR="${CCACHE_DIR:-$MR_CCACHE_DIR}"
  fi
  mkdir -p "$(dirname "$dir")"
  cmake -S "$MR_SRC" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; return 1; }
  sed -n '/ModelReview .* configuration/,/^-- $/p' "$dir.configure.log"
  # MR_BUILD_TARGETS (optional): build only these targets (scripts/run needs no tests).
  cmake --build "$dir" -j "$MR_JOBS" ${MR_BUILD_TARGETS:+--target $MR_BUILD_TARGETS}
}
