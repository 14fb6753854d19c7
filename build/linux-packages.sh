#!/usr/bin/env bash
# The Debian/Ubuntu packages that building and checking the Linux bundle needs (run as
# root): Qt's offscreen platform needs EGL, GL, xkbcommon and fontconfig; the xcb ones
# are what a window on a real display needs (README, "Linux: the libraries the window
# needs") and what PyInstaller copies into the bundle; dbus-daemon for the tests.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
  fonts-dejavu-core dbus-daemon \
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
  libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 >/dev/null
