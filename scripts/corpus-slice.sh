#!/usr/bin/env bash
# Rebuilds the committed corpus slice (Tests/DocLintTests/Fixtures/corpus-slice/) from the unpacked
# corpora: the seed pages listed in its SEEDS.txt and every page doclint reads to lint each of them
# (the pages their tables link to, the types their samples name), found by linting each seed alone
# on the whole corpus under strace. A seed that makes doclint index a whole folder (a sample names a
# type no page is named after) gets instead the pages it looks for by name and misses in the slice.
# A seed whose findings in the slice differ from its findings on the whole corpus is dropped: the
# slice gives every seed exactly its real findings. SEEDS.txt is rewritten with the seeds kept.
#
#   scripts/corpus-slice.sh [CORPUS_ROOT]      (default ../corpus: CORPUS_ROOT/<locale>/api-reference/...)
#
# Needs strace and a built doclint (release if present, else debug). After rebuilding, re-record the
# floor: RECORD_SNAPSHOTS=1 swift test --filter CorpusFloorTests.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../corpus}")
slice=Tests/DocLintTests/Fixtures/corpus-slice
seeds=$slice/SEEDS.txt
bin=.build/release/doclint
[ -x "$bin" ] || bin=.build/debug/doclint
[ -x "$bin" ] || { echo "build doclint first (swift build)" >&2; exit 2; }
command -v strace >/dev/null || { echo "strace is needed" >&2; exit 2; }
[ -f "$seeds" ] || { echo "no $seeds" >&2; exit 2; }
# A seed that reads more pages than this has made doclint index a whole folder.
most=150

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy() {
  mkdir -p "$slice/$(dirname "$1")"
  cp "$corpus/$1" "$slice/$1"
}
findings() { # ROOT SEED...
  local root=$1
  shift
  "$bin" lint --quiet --no-source "${@/#/$root/}" | grep -E '^[^ ]+:[0-9]+:[0-9]+: ' | sed "s|^$root/||" || true
}
# Rebuild from the kept seeds until every kept seed's findings in the slice are its real findings.
while true; do
  find "$slice" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
  kept=()
  indexed=()
  while read -r seed; do
    [ -n "$seed" ] || continue
    strace -f -qq -e trace=openat -o "$work/trace" "$bin" lint --quiet --no-source "$corpus/$seed" >/dev/null || true
    grep -v ENOENT "$work/trace" | grep -o "\"$corpus/[^\"]*\.md\"" | tr -d '"' | sed "s|^$corpus/||" | sort -u \
      >"$work/read"
    kept+=("$seed")
    if [ "$(wc -l <"$work/read")" -gt "$most" ]; then
      # It indexed a folder: only the pages it looks for by name are needed (found below).
      indexed+=("$seed")
      copy "$seed"
      continue
    fi
    while read -r page; do copy "$page"; done <"$work/read"
  done <"$seeds"
  # The seeds that index a folder: lint them in the slice and copy each page they look for by name
  # and miss, until none is missing.
  while [ "${#indexed[@]}" -gt 0 ]; do
    strace -f -qq -e trace=openat -o "$work/trace" "$bin" lint --quiet --no-source "${indexed[@]/#/$slice/}" \
      >/dev/null || true
    added=0
    while read -r rel; do
      # Links spell file names in lowercase; the corpus may not (`textColumn.md`).
      actual=$(find "$corpus/$(dirname "$rel")" -maxdepth 1 -iname "$(basename "$rel")" 2>/dev/null | head -1)
      [ -n "$actual" ] || continue
      rel=${actual#"$corpus/"}
      [ -f "$slice/$rel" ] && continue
      copy "$rel"
      added=$((added + 1))
    done < <(grep ENOENT "$work/trace" | grep -o "\"$slice/[^\"]*\.md\"" | tr -d '"' \
      | while read -r p; do realpath -m --relative-to="$slice" "$p"; done | sort -u)
    [ "$added" -eq 0 ] && break
  done

  # Keep only the seeds whose findings in the slice are their findings on the whole corpus.
  printf '%s\n' "${kept[@]}" >"$seeds"
  differed=0
  for seed in "${kept[@]}"; do
    if ! diff -q <(findings "$corpus" "$seed") <(findings "$slice" "$seed") >/dev/null; then
      echo "dropped $seed: its findings differ in the slice"
      grep -vxF "$seed" "$seeds" >"$work/seeds" || true
      mv "$work/seeds" "$seeds"
      differed=1
    fi
  done
  [ "$differed" -eq 0 ] && break
done
echo "$(wc -l <"$seeds") seeds, $(find "$slice" -name '*.md' | wc -l) pages, $(du -sh "$slice" | cut -f1) in $slice"
