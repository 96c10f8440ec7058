#!/usr/bin/env bash
# Makes this Debian/Ubuntu machine ready for FrontOffice: the system libraries Qt needs (installed with
# apt when missing), a virtual environment in .venv, and the app installed into it.
#   scripts/setup.sh                  the app
#   scripts/setup.sh --test           the app and what its tests need
#   scripts/setup.sh --test --build   ... and PyInstaller, to build the one-folder program (scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
wanted=()
packages=(
  python3 python3-venv
  # Qt 6 (PySide6) on any platform plugin: OpenGL/EGL, fonts, keyboard, D-Bus, GLib
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  # Qt on a real X11 screen (the xcb plugin)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxrender1
)
for flag in "$@"; do
  case $flag in
    --test) wanted+=(test); packages+=(poppler-utils zbar-tools) ;;
    --build)  # PyInstaller reads the libraries' headers with objdump and bundles Python's shared library
      wanted+=(build)
      packages+=(binutils "libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')") ;;
    *) echo "setup: unknown option $flag" >&2; exit 2 ;;
  esac
done
if ((${#wanted[@]})); then
  extras="[$(IFS=,; echo "${wanted[*]}")]"
fi

if command -v dpkg-query >/dev/null; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "setup: installing system packages: ${missing[*]}" >&2
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "setup: FrontOffice needs Python 3.11 or newer" >&2; exit 1; }
[[ -x .venv/bin/python ]] || python3 -m venv .venv

# Reinstall only when what is installed would change.
stamp=.venv/.frontoffice-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)$extras"
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "setup: installing FrontOffice$extras into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  echo "$want" > "$stamp"
fi
