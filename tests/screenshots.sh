#!/bin/sh
# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the review window on the sample reports, a seed selected and a
# failed check showing, and the charts, in Chinese and in English:
#   resources/screenshots/main-<lang>.png, resources/screenshots/charts-<lang>.png
# Offscreen (no X server needed); Chinese needs a CJK font, fonts-wqy-microhei
# (`make screenshots` installs it). BUILD_DIR defaults to build.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
out=$root/resources/screenshots

if ! fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei"; then
    echo "No CJK font: every Chinese character would be an empty box. Install fonts-wqy-microhei." >&2
    exit 1
fi
cmake --build "$build" --target govinfo_screenshots
mkdir -p "$out"
for language in zh_CN en; do
    QT_QPA_PLATFORM=offscreen "$build/tests/govinfo_screenshots" "$language" "$out/main-$language.png" \
        "$out/charts-$language.png"
done
