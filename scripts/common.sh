# SPDX-License-Identifier: Apache-2.0
# Shared settings for the project's scripts: sourced, never run.
# Contract: every function is idempotent and safe to call again after an interruption.

MR_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The Debian 13 root lives outside the repository so that clones and CI runs reuse it.
MR_ROOT="${MODELREVIEW_TRIXIE_ROOT:-/var/cache/modelreview/trixie-root}"
MR_BUILD_HOST="${MODELREVIEW_BUILD_HOST:-$MR_SRC/build/host}"
MR_BUILD_TRIXIE="${MODELREVIEW_BUILD_TRIXIE:-$MR_SRC/build/trixie}"
MR_JOBS="${MODELREVIEW_JOBS:-$(nproc)}"

MR_HOST_PACKAGES=(build-essential cmake ninja-build pkgconf git python3 zstd
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-svg-dev libgl-dev libgit2-dev nlohmann-json3-dev libarchive-dev
  libssl-dev libsimdjson-dev libyaml-cpp-dev libtomlplusplus-dev xvfb xauth ccache python3-jsonschema poppler-utils)
MR_ROOT_PACKAGES="g++,cmake,ninja-build,pkgconf,git,python3,zstd,qt6-base-dev,qt6-base-dev-tools,qt6-tools-dev,qt6-tools-dev-tools,qt6-l10n-tools,qt6-charts-dev,libxkbcommon-dev,qt6-svg-dev,libgl-dev,libkf6syntaxhighlighting-dev,libgit2-dev,nlohmann-json3-dev,libarchive-dev,libssl-dev,libsimdjson-dev,libyaml-cpp-dev,libtomlplusplus-dev,xvfb,xauth,fonts-dejavu-core,locales,ccache,python3-jsonschema,poppler-utils"

mr_log() { printf '[modelreview] %s\n' "$*" >&2; }

mr_sudo() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    mr_log "need root for: $*"; return 1; fi
}

# Installs the host's build dependencies that are missing (apt only asked when needed).
mr_install_host() {
  local missing=()
  for p in "${MR_HOST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # KF6 SyntaxHighlighting where the host has it (Debian 13, Ubuntu 24.10 and later).
  if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1 &&
    ! dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; then
    missing+=(libkf6syntaxhighlighting-dev)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    mr_log "installing host packages: ${missing[*]}"
    mr_sudo apt-get update -qq
    mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # KF6 may have been listed before apt-get update knew it: retry it alone.
    if ! dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed' &&
      apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
      mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkf6syntaxhighlighting-dev || true
    fi
  fi
}

mr_host_has_kf6() { dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; }

mr_mirror() {
  local m
  m=$(grep -hoE '^(deb|URIs:) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null |
    grep -oE 'https?://[^ ]+' | grep -v security | head -n1)
  echo "${m:-http://deb.debian.org/debian}"
}

# Creates (once) the Debian 13 root with Qt 6.8 and KF6; returns 1 where that cannot be done.
mr_ensure_root() {
  if [ -f "$MR_ROOT/.modelreview-ready" ]; then
    # Packages added to the list after the root was made are installed into it.
    local want have
    want=$(echo "$MR_ROOT_PACKAGES" | tr ',' '\n' | sort)
    have=$(cat "$MR_ROOT/.modelreview-ready" 2>/dev/null | sort)
    if [ "$want" != "$have" ]; then
      mr_log "updating packages in the Debian 13 root"
      mr_root_exec env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $(echo "$MR_ROOT_PACKAGES" | tr ',' ' ') >/dev/null && echo "$want" >"$MR_ROOT/.modelreview-ready"
    fi
    return 0
  fi
  [ "$(id -u)" = 0 ] || { mr_log "the Debian 13 root needs root to create"; return 1; }
  command -v debootstrap >/dev/null || mr_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap || return 1
  mr_log "creating the Debian 13 (trixie) root in $MR_ROOT (about 2 minutes, once)"
  rm -rf "$MR_ROOT.partial"
  mkdir -p "$(dirname "$MR_ROOT")"
  if ! debootstrap --variant=minbase --include="$MR_ROOT_PACKAGES" trixie "$MR_ROOT.partial" "$(mr_mirror)" \
    >"$(dirname "$MR_ROOT")/debootstrap.log" 2>&1; then
    mr_log "debootstrap failed: see $(dirname "$MR_ROOT")/debootstrap.log"
    return 1
  fi
  echo "$MR_ROOT_PACKAGES" | tr ',' '\n' | sort >"$MR_ROOT.partial/.modelreview-ready"
  rm -rf "$MR_ROOT" && mv "$MR_ROOT.partial" "$MR_ROOT"
}

# Mounts /proc, /dev/pts-free /dev, and the source tree at the same path inside the root.
mr_root_mounts() {
  mkdir -p "$MR_ROOT/proc" "$MR_ROOT$MR_SRC" "$MR_ROOT/tmp/.X11-unix" "$MR_ROOT/dev/shm" "$MR_ROOT/var/cache/ccache" "$MR_CCACHE_DIR-trixie"
  mountpoint -q "$MR_ROOT/var/cache/ccache" || mount --bind "$MR_CCACHE_DIR-trixie" "$MR_ROOT/var/cache/ccache"
  mountpoint -q "$MR_ROOT/proc" || mount -t proc proc "$MR_ROOT/proc"
  mountpoint -q "$MR_ROOT/dev/shm" || mount -t tmpfs shm "$MR_ROOT/dev/shm"
  mountpoint -q "$MR_ROOT$MR_SRC" || mount --bind "$MR_SRC" "$MR_ROOT$MR_SRC"
  if [ -d /tmp/.X11-unix ]; then mountpoint -q "$MR_ROOT/tmp/.X11-unix" || mount --bind /tmp/.X11-unix "$MR_ROOT/tmp/.X11-unix"; fi
  # The shared material sits beside the checkout; tests read it when present.
  if [ -d "$MR_SRC/../shared" ]; then
    local shared; shared=$(cd "$MR_SRC/../shared" && pwd)
    mkdir -p "$MR_ROOT$shared"
    mountpoint -q "$MR_ROOT$shared" || mount --bind "$shared" "$MR_ROOT$shared"
  fi
  [ -f /etc/resolv.conf ] && cp -f /etc/resolv.conf "$MR_ROOT/etc/resolv.conf" 2>/dev/null || true
}

mr_root_umount() {
  local m
  for m in $(awk -v r="$MR_ROOT" '$2 ~ "^"r {print $2}' /proc/mounts | sort -r); do umount -l "$m" 2>/dev/null || true; done
}

mr_root_exec() {
  mr_root_mounts
  chroot "$MR_ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    DISPLAY="${DISPLAY:-}" XAUTHORITY="${MR_ROOT_XAUTHORITY:-}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" \
    CCACHE_DIR=/var/cache/ccache MODELREVIEW_JOBS="$MR_JOBS" CTEST_OUTPUT_ON_FAILURE=1 "$@"
}

# Compiler cache shared by every clone on this machine (CI builds a fresh clone each time).
MR_CCACHE_DIR="${MODELREVIEW_CCACHE_DIR:-/var/cache/modelreview/ccache}"

# Configures (when needed) and builds one flavour. $1 build dir, the rest are extra cmake
# arguments. Runs wherever it is called: on the host, or inside the root via mr_root_exec.
mr_cmake_build() {
  local dir=$1; shift
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Clones at other paths (CI) hit the same cache entries.
    export CCACHE_BASEDIR="$MR_SRC" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE=5G
  fi
  cmake -S "$MR_SRC" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; return 1; }
  sed -n '/ModelReview .* configuration/,/^-- $/p' "$dir.configure.log"
  # MR_BUILD_TARGETS (optional): build only these targets (scripts/run needs no tests).
  cmake --build "$dir" -j "$MR_JOBS" ${MR_BUILD_TARGETS:+--target $MR_BUILD_TARGETS}
}
