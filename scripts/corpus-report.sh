#!/usr/bin/env bash
# The tables of docs/corpus-report.md: findings per locale and rule on the four corpora, before and
# after, and a random sample of findings per locale to audit by hand.
#
#   scripts/corpus-report.sh [-b BEFORE_DOCLINT] [-a AFTER_DOCLINT] [-n SAMPLE] [-s SEED] [CORPUS_ROOT]
#
# CORPUS_ROOT (default ../corpus) holds <locale>/api-reference/... for en-US, ru-RU, zh-CN, de-DE.
# AFTER_DOCLINT defaults to .build/release/doclint; with BEFORE_DOCLINT (a build of the base commit)
# each cell reads "before → after". SAMPLE findings per locale (default 40) are drawn by SEED
# (default 9): findings are ordered by a hash of the seed and the finding's line, which gives the
# same draw on every machine for the same output. Writes Markdown to standard output; the raw
# outputs are kept in $REPORT_DIR (default a temporary folder, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
before=""
after=.build/release/doclint
sample=40
seed=9
while getopts "b:a:n:s:" opt; do
  case $opt in
  b) before=$OPTARG ;;
  a) after=$OPTARG ;;
  n) sample=$OPTARG ;;
  s) seed=$OPTARG ;;
  *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
corpus=$(realpath "${1:-../corpus}")
locales=(en-US ru-RU zh-CN de-DE)
[ -x "$after" ] || { echo "no doclint at $after (swift build -c release)" >&2; exit 2; }
keep=${REPORT_DIR:-}
dir=${keep:-$(mktemp -d)}
mkdir -p "$dir"
[ -n "$keep" ] || trap 'rm -rf "$dir"' EXIT

for locale in "${locales[@]}"; do
  "$after" lint --statistics --no-source "$corpus/$locale" >"$dir/after-$locale.txt" 2>&1 || true
  [ -z "$before" ] || "$before" lint --statistics --no-source "$corpus/$locale" >"$dir/before-$locale.txt" 2>&1 || true
done

# Findings by rule: `CODE COUNT` lines from a run's output (findings lines only, notes excluded).
counts() { grep -oE '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): \[DL[0-9]+\]' "$1" | grep -oE 'DL[0-9]+' | sort | uniq -c; }
for locale in "${locales[@]}"; do
  counts "$dir/after-$locale.txt" | awk -v l="$locale" '{print "after", l, $2, $1}'
  [ -z "$before" ] || counts "$dir/before-$locale.txt" | awk -v l="$locale" '{print "before", l, $2, $1}'
done >"$dir/counts"

echo "## Findings per locale and rule"
echo
awk -v locales="${locales[*]}" -v hasBefore="${before:+1}" '
  { n[$1, $2, $3] = $4; rules[$3] = 1; total[$1, $2] += $4 }
  function cell(l, r,   a, b) {
    a = n["after", l, r] + 0
    if (!hasBefore) return a
    b = n["before", l, r] + 0
    return a == b ? a : b " → " a
  }
  END {
    split(locales, ls, " ")
    header = "| rule |"; line = "|---|"
    for (i = 1; i <= length(ls); i++) { header = header " " ls[i] " |"; line = line "---:|" }
    print header; print line
    m = 0; for (r in rules) sorted[++m] = r
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    for (i = 1; i <= m; i++) {
      row = "| " sorted[i] " |"
      for (k = 1; k <= length(ls); k++) row = row " " cell(ls[k], sorted[i]) " |"
      print row
    }
    row = "| **total** |"
    for (k = 1; k <= length(ls); k++) {
      a = total["after", ls[k]] + 0; b = total["before", ls[k]] + 0
      row = row " **" (hasBefore && a != b ? b " → " a : a) "** |"
    }
    print row
  }' "$dir/counts"

# The findings of a run in hash order (seed and line): the same draw wherever the script runs.
drawn() { # LOCALE
  grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): \[DL[0-9]+\]' "$dir/after-$1.txt" \
    | sed "s|^$corpus/||" \
    | LC_ALL=C awk -v seed="$seed" '
      BEGIN { for (i = 32; i < 256; i++) ord[sprintf("%c", i)] = i }
      {
        h = seed
        # The first 200 bytes name the file, position and rule: enough to tell findings apart.
        n = length($0) < 200 ? length($0) : 200
        for (i = 1; i <= n; i++) h = (h * 31 + ord[substr($0, i, 1)]) % 2147483647
        printf "%010d\t%s\n", h, $0
      }' \
    | LC_ALL=C sort | cut -f2-
}

echo
echo "## Audit sample: $sample findings per locale (seed $seed)"
for locale in "${locales[@]}"; do
  echo
  echo "### $locale"
  echo
  drawn "$locale" | awk -v n="$sample" 'NR <= n { printf "%d. `%s`\n", NR, $0 }'
done

# The rules a random draw rarely reaches: two findings each, in the same hash order.
echo
echo "## Stratified sample: two findings of each of DL201 (with a suggestion), DL202 and DL301-DL304 per locale (seed $seed)"
for locale in "${locales[@]}"; do
  echo
  echo "### $locale"
  echo
  drawn "$locale" >"$dir/drawn-$locale"
  for rule in 'DL201\].*did you mean' 'DL202\]' 'DL301\]' 'DL302\]' 'DL303\]' 'DL304\]'; do
    grep -E "\[$rule" "$dir/drawn-$locale" | awk 'NR <= 2' || true
  done | awk '{ printf "%d. `%s`\n", NR, $0 }'
done
