#!/usr/bin/env bash
# swift format lint --strict over the hand-written sources (generated data tables are excluded).
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files 'Sources/*.swift' 'Tests/*.swift' \
  | grep -v -E 'UnicodePropertyData|MetaSchemaSources|IDNAPropertyTable|DifferentialCases|AnnotationSchemas' \
  | xargs swift format lint --strict
