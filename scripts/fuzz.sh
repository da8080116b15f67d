#!/usr/bin/env bash
# Builds a libFuzzer target against the module sources (outside `swift build`/`swift test`) and runs it.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   scripts/fuzz.sh TARGET --build          # build only
#   scripts/fuzz.sh TARGET --run FILE...    # replay inputs (a crash reproducer, a corpus folder)
#
# TARGET: json (JSON parser, strict and lenient), lint (the whole linter on page bytes),
#         regex (ECMA-262 engine), schema (schema compile + validate).
# Build: .build-fuzz/ (each module compiled once with -sanitize=fuzzer,address, -O, into an object).
# Corpus: .build-fuzz/corpus/TARGET, seeded on first use from docs-samples/, the JSON suites
# (../shared or $JSON_TEST_SUITE / $JSON_SCHEMA_TEST_SUITE) and Schemas/. Crashes, leaks and
# timeouts are written to .build-fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh json|lint|regex|schema SECONDS|--build|--run FILE...}
mode=${2:?usage: scripts/fuzz.sh TARGET SECONDS|--build|--run FILE...}
shift 2

case $target in
json) source=JSONParserFuzz modules="SourceText JSONCore" ;;
regex) source=ECMARegexFuzz modules="ECMARegex" ;;
schema) source=JSONSchemaFuzz modules="SourceText JSONCore ECMARegex JSONFormats JSONSchema" ;;
lint) source=LinterFuzz modules="SourceText JSONCore ECMARegex JSONFormats JSONSchema DocMarkdown GraphDocs DocLint" ;;
*) echo "scripts/fuzz.sh: unknown target '$target' (json, lint, regex, schema)" >&2; exit 2 ;;
esac

out=.build-fuzz
mkdir -p "$out/modules"
flags=(-O -gline-tables-only -sanitize=fuzzer,address -parse-as-library -I "$out/modules")
objects=()
for module in $modules; do
  object="$out/modules/$module.o"
  objects+=("$object")
  sources=$(find "Sources/$module" -name '*.swift' | sort)
  # Rebuilt when a source is newer than the object (or a module it imports was rebuilt).
  if [ -f "$object" ] && [ -z "$(find "Sources/$module" -name '*.swift' -newer "$object")" ] \
    && [ -z "${rebuilt:-}" ]; then
    continue
  fi
  echo "fuzz: compiling $module" >&2
  # shellcheck disable=SC2086
  nice swiftc "${flags[@]}" -wmo -module-name "$module" -emit-module -emit-module-path "$out/modules/$module.swiftmodule" \
    -c $sources -o "$object"
  rebuilt=1
done
binary="$out/fuzz-$target"
if [ ! -f "$binary" ] || [ -n "${rebuilt:-}" ] || [ "Fuzz/$source.swift" -nt "$binary" ]; then
  echo "fuzz: linking $binary" >&2
  # (gold warns once per ASan helper symbol; nothing is wrong)
  nice swiftc "${flags[@]}" -module-name "$source" "Fuzz/$source.swift" "${objects[@]}" -o "$binary" \
    2> >(grep -v 'Cannot export local symbol' >&2)
fi
[ "$mode" = --build ] && exit 0

# Swift's own crash handler and ASan's must not both catch a signal.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
if [ "$mode" = --run ]; then
  exec "$binary" "$@"
fi

corpus="$out/corpus/$target"
artifacts="$out/artifacts/$target/"
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  json_suite=${JSON_TEST_SUITE:-../shared/JSONTestSuite}
  schema_suite=${JSON_SCHEMA_TEST_SUITE:-../shared/JSON-Schema-Test-Suite}
  [ -d "$json_suite" ] || json_suite=/work/shared/JSONTestSuite
  [ -d "$schema_suite" ] || schema_suite=/work/shared/JSON-Schema-Test-Suite
  seed() { cat > "$(mktemp "$corpus/seed-XXXXXXXX")"; }
  case $target in
  lint)
    find docs-samples Tests/DocLintTests/Fixtures -name '*.md' | sort | while read -r f; do seed < "$f"; done ;;
  json)
    find "$json_suite/test_parsing" Schemas -name '*.json' 2>/dev/null | sort | while read -r f; do seed < "$f"; done ;;
  schema)
    # One file per suite case (schema + its tests), so inputs stay small.
    find "$schema_suite/tests/draft2020-12" "$schema_suite/tests/draft7" -name '*.json' 2>/dev/null | sort \
      | while read -r f; do
        count=$(jq length "$f")
        for ((i = 0; i < count; i++)); do jq -c "[.[$i]]" "$f" | seed; done
      done
    for f in Schemas/*.json; do seed < "$f"; done ;;
  regex)
    # Each `pattern` / `patternProperties` of the suite with each string its tests match it against
    # (pattern, NUL, subject: one seed a line, split into files), and the patterns of Schemas/.
    find "$schema_suite/tests/draft2020-12" "$schema_suite/tests/draft7" -name '*.json' | sort | while read -r f; do
      jq -r '.[] | . as $case | [.. | objects | (.pattern? // empty), (.patternProperties? // {} | keys[])]
        | .[] | select(type == "string") as $p | ($case.tests[] | select(.data | type == "string")
        | "\($p)\u0000\(.data)"), $p' "$f" 2>/dev/null
    done > "$out/regex-seeds"
    find Schemas -name '*.json' -exec jq -r '.. | objects | .pattern? // empty' {} + >> "$out/regex-seeds"
    sort -u "$out/regex-seeds" | split -l 1 -a 5 - "$corpus/seed-"
    rm -f "$out/regex-seeds" ;;
  esac
  echo "fuzz: seeded $corpus with $(ls "$corpus" | wc -l) inputs" >&2
fi
exec nice "$binary" "$corpus" -max_total_time="$mode" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="$artifacts" -print_final_stats=1 "$@"
