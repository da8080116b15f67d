#!/usr/bin/env bash
# Times `doclint lint` over the real docs corpora (../shared/corpus), release build.
# Usage: scripts/bench-lint.sh [RUNS]   (default 3; the best wall time of the runs is reported)
# Prints a Markdown table: locale, pages, best wall time, pages/s, user CPU, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
corpus="${DOCLINT_CORPUS:-../shared/corpus}"
work="${TMPDIR:-/tmp}/doclint-bench-lint"
mkdir -p "$work"
for locale in en-US ru-RU zh-CN de-DE; do
  if [ ! -d "$work/$locale" ]; then
    tar -xJf "$corpus/$locale.tar.xz" -C "$work"
  fi
done
swift build -c release --product doclint >/dev/null
bin=".build/release/doclint"
echo "| corpus | pages | wall (s, best of $runs) | pages/s | user CPU (s) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|---:|"
for target in en-US ru-RU zh-CN de-DE ALL; do
  if [ "$target" = ALL ]; then paths=("$work/en-US" "$work/ru-RU" "$work/zh-CN" "$work/de-DE"); else paths=("$work/$target"); fi
  pages=$(find "${paths[@]}" -name '*.md' | wc -l)
  best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %M" -o "$work/time.txt" "$bin" lint --quiet --no-source "${paths[@]}" >/dev/null || true
    read -r wall user rss < <(tail -n 1 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; bestuser=$user; bestrss=$rss; fi
  done
  rate=$(awk "BEGIN{printf \"%d\", $pages / $best}")
  mb=$(awk "BEGIN{printf \"%d\", $bestrss / 1024}")
  echo "| $target | $pages | $best | $rate | $bestuser | $mb |"
done
