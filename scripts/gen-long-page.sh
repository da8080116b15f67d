#!/usr/bin/env bash
# Writes a resource page with ROWS property rows, a ROWS-key JSON representation and an example with
# ROWS keys, for timing how lint scales with page size (scripts/bench-corpus.sh).
# Usage: scripts/gen-long-page.sh ROWS > page.md   (50,000 rows: about 5 MB)
#
# Every tenth row is translated (its name does not match its key, so the table/JSON alignment has
# leftovers to pair), every tenth example value has the wrong type, and every twentieth example key
# is not declared: each kind of finding the quadratic spots used to slow down is present throughout.
set -euo pipefail
rows="${1:?usage: gen-long-page.sh ROWS}"
awk -v n="$rows" 'BEGIN {
  print "---"
  print "title: longPage resource type"
  print "ms.contentlocale: en-US"
  print "---"
  print ""
  print "# longPage resource type"
  print ""
  print "## Properties"
  print ""
  print "| Property | Type | Description |"
  print "|:--|:--|:--|"
  for (i = 0; i < n; i++) {
    name = (i % 10 == 3) ? sprintf("Свойство%d", i) : sprintf("property%d", i)
    type = (i % 4 == 0) ? "Int32" : "String"
    printf "| %s | %s | Property %d. |\n", name, type, i
  }
  print ""
  print "## JSON representation"
  print ""
  print "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.longPage\" } -->"
  print "```json"
  print "{"
  for (i = 0; i < n; i++) {
    type = (i % 4 == 0) ? "1024" : "\"String\""
    printf "  \"property%d\": %s%s\n", i, type, (i < n - 1) ? "," : ""
  }
  print "}"
  print "```"
  print ""
  print "## Example"
  print ""
  print "<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.longPage\" } -->"
  print "```json"
  print "{"
  for (i = 0; i < n; i++) {
    key = (i % 20 == 7) ? sprintf("undeclared%d", i) : sprintf("property%d", i)
    if (i % 4 == 0) value = (i % 10 == 0) ? "\"not a number\"" : sprintf("%d", i)
    else value = (i % 10 == 5) ? sprintf("%d", i) : sprintf("\"value %d\"", i)
    printf "  \"%s\": %s%s\n", key, value, (i < n - 1) ? "," : ""
  }
  print "}"
  print "```"
}'
