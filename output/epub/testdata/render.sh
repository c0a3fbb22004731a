#!/bin/sh
# render.sh EPUB [CHAPTER] [OUT.png]
#
# Screenshots one chapter of an EPUB in headless Chromium, to look at what
# a browser-based reading system (Readium, Thorium, Apple Books) shows:
# fonts, RTL layout, notes. Not run by the tests (Chromium is not installed
# on the build machine).
#
#   output/epub/testdata/render.sh dist/solar-gulf-ar.epub ch01.xhtml /tmp/ch01.png
#
# CHAPTER is a file name under EPUB/xhtml/ (default: ch01.xhtml); OUT
# defaults to ./CHAPTER.png. Set CHROMIUM to the browser binary if it is not
# called chromium.
set -eu
epub=${1:?usage: render.sh EPUB [CHAPTER] [OUT.png]}
chapter=${2:-ch01.xhtml}
out=${3:-$(basename "$chapter" .xhtml).png}
browser=${CHROMIUM:-chromium}
command -v "$browser" >/dev/null 2>&1 || { echo "render.sh: $browser not found (set CHROMIUM)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unzip -q "$epub" -d "$dir"
page="$dir/EPUB/xhtml/$chapter"
[ -f "$page" ] || { echo "render.sh: no $chapter in $epub" >&2; exit 1; }
# --allow-file-access-from-files lets the chapter load its CSS and fonts.
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars \
	--allow-file-access-from-files --window-size=600,900 \
	--screenshot="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" "file://$page"
echo "$out"
