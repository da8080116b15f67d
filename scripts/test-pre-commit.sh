#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit tool (from PyPI) on a temporary consumer
# repository: `pre-commit try-repo` on a good staged page passes and on a bad one fails, and with
# the hook installed from this repository a commit of the bad page is blocked while the good page
# commits. Both use this repository at HEAD (commit your changes first), so pre-commit builds
# doclint (`swift build -c release`) once per run.
#
# Usage: scripts/test-pre-commit.sh          (pre-commit on PATH, or PRE_COMMIT=/path/to/pre-commit)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pre_commit="${PRE_COMMIT:-pre-commit}"
command -v "$pre_commit" >/dev/null || { echo "test-pre-commit: '$pre_commit' not found (pip install pre-commit)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/doclint-pre-commit.XXXXXX")"
# SwiftPM leaves lock files named after the build folder in the temporary folder: remove ours too.
trap 'rm -rf "$work"; rm -f "${TMPDIR:-/tmp}/$(printf %s "$work" | tr / _)"_*.lock /tmp/"$(printf %s "$work" | tr / _)"_*.lock' EXIT
export PRE_COMMIT_HOME="$work/cache"  # a fresh cache: the hook is built from this checkout
fail() { echo "test-pre-commit: FAIL: $*" >&2; exit 1; }

consumer="$work/consumer"
git init -q "$consumer"
cd "$consumer"
git config user.email "ci@example.invalid"
git config user.name "doclint CI"
git config commit.gpgsign false
mkdir -p docs
good="$repo/docs-samples/de-DE/api-reference/beta/resources/commsoperation.md"
bad="$repo/docs-samples/zh-CN/api-reference/beta/resources/commsoperation.md"
echo "not a page" >notes.txt

rev="$(git -C "$repo" rev-parse HEAD)"
if ! git -C "$repo" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null; then
  echo "test-pre-commit: HEAD has no .pre-commit-hooks.yaml: commit it first" >&2
  exit 1
fi
git -C "$repo" diff --quiet HEAD -- || echo "test-pre-commit: note: uncommitted changes are not tested (HEAD is)" >&2

# try-repo runs the repository's hooks on the staged files.
cp "$good" docs/good.md
git add docs/good.md notes.txt
"$pre_commit" try-repo --ref "$rev" "$repo" doclint >"$work/good.log" 2>&1 || { cat "$work/good.log"; fail "try-repo failed on a good page"; }
grep -q "doclint.*Passed" "$work/good.log" || { cat "$work/good.log"; fail "the hook did not run on the good page"; }
cp "$bad" docs/bad.md
git add docs/bad.md
if "$pre_commit" try-repo --ref "$rev" "$repo" doclint >"$work/bad.log" 2>&1; then
  cat "$work/bad.log"; fail "try-repo passed a bad page"
fi
grep -q "docs/bad.md:25:24: error: \[DL205\] type '字符串' is translated" "$work/bad.log" \
  || { cat "$work/bad.log"; fail "the bad page's finding is not in the hook's output"; }
grep -q "notes.txt" "$work/bad.log" && fail "the hook was given a file that is not Markdown"
echo "try-repo: a good page passes, a bad page fails with its findings"

# The hook as a consumer installs it (the same repository and revision: the build is reused).
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: doclint
YAML
"$pre_commit" install >/dev/null
git add .pre-commit-config.yaml
if git commit -q -m "a bad page" >"$work/commit-bad.log" 2>&1; then
  cat "$work/commit-bad.log"; fail "the commit of a bad page was not blocked"
fi
grep -q "\[DL205\]" "$work/commit-bad.log" || { cat "$work/commit-bad.log"; fail "the blocked commit does not say why"; }
git rm -q --cached docs/bad.md
rm docs/bad.md
git commit -q -m "a good page" >"$work/commit-good.log" 2>&1 || { cat "$work/commit-good.log"; fail "the commit of a good page was blocked"; }
[ "$(git log --oneline | wc -l)" = 1 ] || fail "expected exactly one commit"
echo "commit: the installed hook blocks a bad page and lets a good one through"
echo "test-pre-commit: OK"
