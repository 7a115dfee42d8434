#!/bin/sh
# Make sure the Debian libraries Qt needs are present: install them when root, else print the line.
# Usage: ensure-syslibs.sh core|gui. Does nothing on systems without dpkg (Windows, macOS, others).
set -u
CORE="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
GUI="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-image0 libxcb-render-util0"
want="$CORE"
[ "${1:-core}" = gui ] && want="$CORE $GUI"

command -v dpkg-query >/dev/null 2>&1 || exit 0

installed() {
    # Any architecture variant counts (libglib2.0-0 may be libglib2.0-0t64 on newer releases).
    dpkg-query -W -f='${Status}\n' "$1" "$1t64" 2>/dev/null | grep -q 'install ok installed'
}

missing=""
for pkg in $want; do
    installed "$pkg" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "正在安装 Qt 所需的系统库：$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
        echo "安装失败，请手动运行：apt-get install$missing" >&2
        exit 1
    }
else
    echo "缺少 Qt 所需的系统库，请先运行：sudo apt-get install$missing" >&2
    exit 1
fi
