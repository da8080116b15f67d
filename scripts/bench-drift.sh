#!/usr/bin/env bash
# Times `doclint drift` against the en-US history bundle next to `doclint lint` on the same pages,
# release build, and checks the source search against Python's hashlib.
# Usage: scripts/bench-drift.sh [RUNS]   (default 3; lint and drift alternate, medians are reported)
# Prints a Markdown table: corpus, pages, exact sources, lint and drift wall and user time, drift/lint.
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
if [ ! -d "$work/en-US-git" ]; then
  git clone -q "$corpus/en-US-history.bundle" "$work/en-US-git"
fi
swift build -c release --product doclint >/dev/null
bin=".build/release/doclint"

# The exact sources doclint finds must be the ones hashlib finds: every localized page whose
# ms.openlocfilehash is the SHA-1 (CRLF) of some version in the history.
expected=$(python3 - "$work" <<'PY'
import hashlib, os, re, subprocess, sys
work = sys.argv[1]
repo = os.path.join(work, "en-US-git")
objects = subprocess.run(["git", "-C", repo, "rev-list", "--objects", "--all"], capture_output=True, text=True).stdout
blobs = sorted({line.split(" ", 1)[0] for line in objects.splitlines() if line.endswith(".md")})
data = subprocess.run(["git", "-C", repo, "cat-file", "--batch"], input="\n".join(blobs).encode() + b"\n",
                      capture_output=True).stdout
hashes, i = set(), 0
while i < len(data):
    nl = data.index(b"\n", i)
    size = int(data[i:nl].split()[2])
    text = data[nl + 1:nl + 1 + size]
    hashes.add(hashlib.sha1(text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")).hexdigest())
    i = nl + 1 + size + 1
counts = []
for locale in ["de-DE", "ru-RU", "zh-CN"]:
    n = 0
    for root, _, files in os.walk(os.path.join(work, locale)):
        for name in files:
            if name.endswith(".md"):
                head = open(os.path.join(root, name), encoding="utf-8", errors="replace").read(4096)
                m = re.search(r"ms\.openlocfilehash:\s*([0-9a-f]{40})", head)
                n += bool(m and m.group(1) in hashes)
    counts.append(f"{locale}={n}")
print(" ".join(counts))
PY
)
echo "exact sources by hashlib: $expected"

# `timed FILE CMD...`: runs CMD once, output discarded, appending "wall user" to FILE.
timed() {
  local file="$1"
  shift
  /usr/bin/time -f "%e %U" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time.txt" >>"$file"
}
# `median FILE`: "wall user" of the run with the median wall time.
median() { sort -n -k1,1 "$1" | awk '{ w[NR] = $1; u[NR] = $2 } END { m = int((NR + 1) / 2); print w[m], u[m] }'; }

echo "| corpus | pages | exact sources (doclint) | lint wall (s) | lint user (s) | drift wall (s) | drift user (s) | drift / lint (wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for locale in de-DE ru-RU zh-CN en-US; do
  pages=$(find "$work/$locale" -name '*.md' | wc -l)
  # drift exits 1 when it finds errors: the count is read all the same.
  exact=$({ "$bin" drift --source "$work/en-US-git" --format json "$work/$locale" 2>/dev/null || true; } \
    | grep -o '"exact": [0-9]*' | head -n 1 | grep -o '[0-9]*' || true)
  rm -f "$work/lint.times" "$work/drift.times"
  # Side by side: each run times lint, then drift, so both see the same load.
  for _ in $(seq "$runs"); do
    timed "$work/lint.times" "$bin" lint --quiet --no-source "$work/$locale"
    timed "$work/drift.times" "$bin" drift --quiet --source "$work/en-US-git" "$work/$locale"
  done
  read -r lwall luser < <(median "$work/lint.times")
  read -r dwall duser < <(median "$work/drift.times")
  ratio=$(awk "BEGIN{printf \"%.2f\", $dwall / $lwall}")
  echo "| $locale | $pages | $exact | $lwall | $luser | $dwall | $duser | $ratio |"
done
