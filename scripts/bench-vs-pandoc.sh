#!/usr/bin/env bash
# briefpress (PDF + EPUB) against pandoc (EPUB alone, same fonts embedded),
# alternating runs; prints both medians and the ratio. Skips politely when
# pandoc is not installed. Uses hyperfine when present.
# Usage: scripts/bench-vs-pandoc.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
if ! command -v pandoc >/dev/null 2>&1; then
	echo "bench-vs-pandoc: pandoc is not installed; skipping"
	exit 0
fi
src=testdata/bench/brief-3500.md
if [ ! -f "$src" ]; then
	src=$(ls examples/en-*.md 2>/dev/null | head -n 1 || true)
fi
if [ -z "$src" ] || [ ! -f "$src" ]; then
	echo "bench-vs-pandoc: no benchmark brief; skipping"
	exit 0
fi

go build -o bin/briefpress ./cmd/briefpress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fontargs=()
for f in fonts/files/NotoSerif-*.ttf fonts/files/NotoNaskhArabic-*.ttf; do
	fontargs+=(--epub-embed-font="$f")
done
bp=(bin/briefpress build -q --force -o "$work/bp" "$src")
pd=(pandoc "$src" -o "$work/pandoc.epub" --toc --resource-path="$(dirname "$src")" "${fontargs[@]}")

if command -v hyperfine >/dev/null 2>&1; then
	hyperfine --warmup 2 --runs "$runs" "${bp[*]}" "${pd[*]}"
	exit 0
fi

# Alternate the two so that machine noise hits both alike.
bpt=(); pdt=()
for _ in $(seq "$runs"); do
	s=$(date +%s%N); "${bp[@]}"; e=$(date +%s%N); bpt+=($(( (e - s) / 1000 )))
	s=$(date +%s%N); "${pd[@]}"; e=$(date +%s%N); pdt+=($(( (e - s) / 1000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb=$(median "${bpt[@]}")
mp=$(median "${pdt[@]}")
awk -v b="$mb" -v p="$mp" -v n="$runs" 'BEGIN {
	printf "briefpress PDF+EPUB: %.1f ms   pandoc EPUB: %.1f ms   (medians of %d)\n", b/1000, p/1000, n
	printf "pandoc / briefpress = %.1fx\n", p/b
}'
