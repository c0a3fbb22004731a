#!/usr/bin/env bash
# Batch throughput: 200 copies of the ~3,500-word brief, PDF + EPUB, -j 2.
# Prints briefs/s and the peak RSS (from /usr/bin/time -v when available).
# Usage: scripts/bench-batch.sh [COPIES] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."

copies=${1:-200}
jobs=${2:-2}
src=testdata/bench/brief-3500.md
if [ ! -f "$src" ]; then
	src=$(ls examples/en-*.md 2>/dev/null | head -n 1 || true)
fi
if [ -z "$src" ] || [ ! -f "$src" ]; then
	echo "bench-batch: no benchmark brief (testdata/bench/brief-3500.md or examples/en-*.md); skipping"
	exit 0
fi

go build -o bin/briefpress ./cmd/briefpress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
srcdir=$(dirname "$src")
# Copy the brief's directory once (for its images) and the brief N times.
mkdir -p "$work/in"
cp -r "$srcdir"/. "$work/in/"
find "$work/in" -name '*.md' ! -samefile "$work/in/$(basename "$src")" -delete
for i in $(seq -w 1 "$copies"); do
	cp "$src" "$work/in/brief-$i.md"
done
rm -f "$work/in/$(basename "$src")"

bin=$PWD/bin/briefpress
cd "$work"
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
	/usr/bin/time -v "$bin" build -q -j "$jobs" --force -o out --root . in 2> time.log || { cat time.log; exit 1; }
	rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' time.log)
else
	"$bin" build -q -j "$jobs" --force -o out --root . in
	rss=""
fi
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
awk -v n="$copies" -v ms="$ms" -v j="$jobs" -v rss="$rss" 'BEGIN {
	printf "bench-batch: %d briefs (PDF+EPUB), -j %d: %.2f s, %.1f briefs/s", n, j, ms/1000, n/(ms/1000)
	if (rss != "") printf ", peak RSS %.0f MB", rss/1024
	printf "\n"
}'
