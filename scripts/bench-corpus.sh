#!/usr/bin/env bash
# Lint speed against the floor, measured side by side in one run (release build).
#
# Usage: scripts/bench-corpus.sh [REPETITIONS]   (default 5; medians are reported)
#
# Corpora: DOCLINT_CORPUS names a folder holding unpacked <locale>/ folders (en-US, ru-RU);
# otherwise the tarballs of ../shared/corpus are unpacked into a temporary folder.
# Each repetition times, one after the other: `cat` of every page of a locale (found with `find`,
# as lint walks the folder itself) and `doclint lint --no-source --quiet` of the same folder, for
# ru-RU and en-US; then one-page runs (process start to exit, with how many .md files each opens,
# counted with strace when it is installed) and generated pages of 500, 5,000 and 50,000 table rows
# (scripts/gen-long-page.sh; LONG_ROWS="500 5000" skips the largest). Peak RSS from /usr/bin/time.
# BASELINE="/path/to/doclint-a /path/to/doclint-b" also times those binaries over the corpora in the same
# repetitions (each labelled by its file name), one after the other with this build.
# Prints Markdown tables; lint CPU is user + system seconds (what an idle 2-core machine divides by ~2).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
reps="${1:-5}"
long_rows="${LONG_ROWS:-500 5000 50000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/doclint-bench-corpus.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -n "${DOCLINT_CORPUS:-}" ]; then
  corpus="$DOCLINT_CORPUS"
else
  corpus="$work/corpus"
  mkdir -p "$corpus"
  for locale in en-US ru-RU; do tar -xJf "../shared/corpus/$locale.tar.xz" -C "$corpus"; done
fi
swift build -c release --product doclint >/dev/null
bin="$repo/.build/release/doclint"

# `measure NAME CMD...`: runs CMD with output discarded, appends "wall_ms rss_kb cpu_s" to $work/NAME.
measure() {
  local name="$1"
  shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -n 1 "$work/rss" | awk '{ print $1, $2 + $3 }')" >>"$work/$name"
}
cat_pages() { find "$1" -name '*.md' -print0 | xargs -0 cat; }
# `median NAME FIELD`: the median of column FIELD (1 wall ms, 2 RSS KB, 3 CPU s) of $work/NAME.
median() { sort -n -k"$2","$2" "$work/$1" | awk -v f="$2" '{ v[NR] = $f } END { print v[int((NR + 1) / 2)] }'; }

cd "$corpus"
for locale in ru-RU en-US; do cat_pages "$locale" >/dev/null; done # warm the page cache
for _ in $(seq "$reps"); do
  for locale in ru-RU en-US; do
    measure "cat-$locale" bash -c "$(declare -f cat_pages); cat_pages $locale"
    measure "lint-$locale" "$bin" lint --no-source --quiet "$locale"
    b=0
    for other in ${BASELINE:-}; do
      b=$((b + 1))
      measure "base$b-$locale" "$other" lint --no-source --quiet "$locale"
    done
  done
done

echo "### Whole corpora ($reps repetitions, medians; 2 cores)"
echo
echo "| locale | pages | binary | cat (s) | lint (s) | lint / cat | lint CPU (s) | peak RSS (MB) |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
for locale in ru-RU en-US; do
  pages=$(find "$locale" -name '*.md' | wc -l)
  c=$(median "cat-$locale" 1)
  runs="lint"
  labels=("this build")
  b=0
  for other in ${BASELINE:-}; do
    b=$((b + 1))
    runs="$runs base$b"
    labels+=("$(basename "$other")")
  done
  i=0
  for run in $runs; do
    label="${labels[$i]}"
    i=$((i + 1))
    [ -f "$work/$run-$locale" ] || continue
    awk -v loc="$locale" -v p="$pages" -v b="$label" -v c="$c" -v l="$(median "$run-$locale" 1)" \
      -v cpu="$(median "$run-$locale" 3)" -v r="$(median "$run-$locale" 2)" \
      'BEGIN { printf "| %s | %d | %s | %.2f | %.2f | %.1fx | %.2f | %d |\n", loc, p, b, c / 1000, l / 1000, l / c, cpu, r / 1024 }'
  done
done

echo
echo "### One page, process start to exit ($reps repetitions, medians)"
echo
echo "| page | wall (ms) | .md files opened |"
echo "|---|---:|---:|"
for page in en-US/api-reference/v1.0/api/user-get.md en-US/api-reference/v1.0/resources/user.md \
  ru-RU/api-reference/beta/api/printer-get.md; do
  [ -f "$page" ] || continue
  name="page-$(echo "$page" | tr '/' '_')"
  for _ in $(seq "$reps"); do measure "$name" "$bin" lint --no-source --quiet "$page"; done
  opened="n/a"
  if command -v strace >/dev/null; then
    strace -f -e trace=openat -o "$work/strace" "$bin" lint --no-source --quiet "$page" >/dev/null 2>&1 || true
    opened=$(grep -c '\.md", .* = [0-9]' "$work/strace" || true)
  fi
  echo "| \`$page\` | $(median "$name" 1) | $opened |"
done

echo
echo "### Long pages (generated: N table rows, an N-key JSON block and an N-key example)"
echo
echo "| rows | size (KB) | wall (s) | vs 500 rows | peak RSS (MB) |"
echo "|---:|---:|---:|---:|---:|"
base=""
for rows in $long_rows; do
  "$repo/scripts/gen-long-page.sh" "$rows" >"$work/long-$rows.md"
  n=$reps
  [ "$rows" -ge 50000 ] && n=1
  for _ in $(seq "$n"); do measure "long-$rows" "$bin" lint --no-source --quiet "$work/long-$rows.md"; done
  wall=$(median "long-$rows" 1)
  [ -z "$base" ] && base=$wall
  size=$(($(wc -c <"$work/long-$rows.md") / 1024))
  awk -v r="$rows" -v s="$size" -v w="$wall" -v b="$base" -v m="$(median "long-$rows" 2)" \
    'BEGIN { printf "| %d | %d | %.2f | %.0fx | %d |\n", r, s, w / 1000, w / b, m / 1024 }'
done
