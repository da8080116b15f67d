#!/usr/bin/env bash
# Benchmark: `doclint validate --assert-formats` against python jsonschema-rs (+ orjson) and python
# jsonschema on 100,000 JSON Lines instances of a realistic order schema, formats asserted by all
# three. Checks that all three agree on every instance, then times doclint and jsonschema-rs RUNS
# times each on both cores and pinned to one core (`taskset -c 0`), interleaved in the same run,
# and prints Markdown tables of the medians (python jsonschema, ~50x slower, runs once).
#
# Usage: scripts/bench-validate.sh [COUNT] [RUNS]     (release build; work files in bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-100000}"
RUNS="${2:-5}"
OUT=bench-out
mkdir -p "$OUT"

swift build -c release --product doclint >/dev/null
DOCLINT="$(swift build -c release --show-bin-path)/doclint"

if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
    "$OUT/venv/bin/python" -m pip install --quiet --disable-pip-version-check jsonschema-rs orjson jsonschema
fi
PY="$OUT/venv/bin/python"
PIN=""
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then PIN="taskset -c 0"; fi

"$PY" - "$OUT" "$COUNT" <<'PYEOF'
import json, random, sys
out, count = sys.argv[1], int(sys.argv[2])
address = {"type": "object", "required": ["line1", "city", "country"], "additionalProperties": False,
           "properties": {"line1": {"type": "string", "minLength": 1, "maxLength": 200},
                          "line2": {"type": "string", "maxLength": 200},
                          "city": {"type": "string", "minLength": 1},
                          "postalCode": {"type": "string", "pattern": "^[A-Z0-9 -]{3,10}$"},
                          "country": {"type": "string", "pattern": "^[A-Z]{2}$"}}}
schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.com/order.json",
    "type": "object",
    "required": ["id", "status", "customer", "items", "total", "currency", "createdAt"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{6}$"},
        "status": {"enum": ["pending", "paid", "shipped", "delivered", "cancelled"]},
        "customer": {"$ref": "#/$defs/customer"},
        "items": {"type": "array", "minItems": 1, "maxItems": 20, "items": {"$ref": "#/$defs/item"}},
        "total": {"type": "number", "minimum": 0, "multipleOf": 0.01},
        "currency": {"enum": ["USD", "EUR", "GBP", "JPY", "CNY", "RUB"]},
        "createdAt": {"type": "string", "format": "date-time"},
        "updatedAt": {"type": "string", "format": "date-time"},
        "notes": {"type": "string", "maxLength": 500},
        "tags": {"type": "array", "uniqueItems": True, "items": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"}},
        "priority": {"type": "integer", "minimum": 1, "maximum": 5},
        "payment": {"oneOf": [{"$ref": "#/$defs/card"}, {"$ref": "#/$defs/bank"}]},
        "shipping": {"$ref": "#/$defs/address"},
        "billing": {"$ref": "#/$defs/address"},
        "discount": {"type": "number", "minimum": 0, "maximum": 100},
        "gift": {"type": "boolean"},
        "channel": {"enum": ["web", "mobile", "store", "phone"]},
        "version": {"type": "integer", "minimum": 1},
        "referrer": {"type": ["string", "null"], "format": "uri"},
        "metadata": {"type": "object", "maxProperties": 10, "additionalProperties": {"type": "string"}},
    },
    "$defs": {
        "customer": {"type": "object", "required": ["id", "email", "name"], "additionalProperties": False,
                     "properties": {"id": {"type": "integer", "minimum": 1}, "email": {"type": "string", "format": "email"},
                                    "name": {"type": "string", "minLength": 1},
                                    "phone": {"type": "string", "pattern": "^\\+[0-9]{7,15}$"}}},
        "item": {"type": "object", "required": ["sku", "qty", "price"],
                 "properties": {"sku": {"type": "string", "pattern": "^[A-Z0-9]{8}$"},
                                "qty": {"type": "integer", "minimum": 1, "maximum": 1000},
                                "price": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.01}}},
        "card": {"type": "object", "required": ["type", "last4"], "additionalProperties": False,
                 "properties": {"type": {"const": "card"}, "last4": {"type": "string", "pattern": "^[0-9]{4}$"},
                                "brand": {"enum": ["visa", "mastercard", "amex"]}}},
        "bank": {"type": "object", "required": ["type", "iban"], "additionalProperties": False,
                 "properties": {"type": {"const": "bank"}, "iban": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$"}}},
        "address": address,
    },
}
rnd = random.Random(20260101)
# Prices whose float quotient by 0.01 is integral, so the float-based validators agree with exact
# decimal arithmetic (doclint says 19.99 is a multiple of 0.01; python jsonschema says it is not).
prices = [c / 100 for c in range(1, 100000) if ((c / 100) / 0.01).is_integer()]
letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def addr():
    a = {"line1": "%d Main Street" % rnd.randint(1, 999), "city": rnd.choice(["Berlin", "Москва", "北京", "Paris"]),
         "country": rnd.choice(["DE", "RU", "CN", "FR"])}
    if rnd.random() < 0.5: a["postalCode"] = "%05d" % rnd.randint(0, 99999)
    return a
def order():
    o = {"id": "".join(rnd.choice(letters) for _ in range(3)) + "-%06d" % rnd.randint(0, 999999),
         "status": rnd.choice(["pending", "paid", "shipped", "delivered", "cancelled"]),
         "customer": {"id": rnd.randint(1, 10**6), "email": "user%d@example.com" % rnd.randint(1, 9999), "name": "Customer"},
         "items": [{"sku": "".join(rnd.choice(letters + "0123456789") for _ in range(8)), "qty": rnd.randint(1, 20),
                    "price": rnd.choice(prices)} for _ in range(rnd.randint(1, 5))],
         "total": rnd.choice(prices), "currency": rnd.choice(["USD", "EUR", "GBP", "JPY", "CNY", "RUB"]),
         "createdAt": "2026-01-%02dT10:%02d:00Z" % (rnd.randint(1, 28), rnd.randint(0, 59))}
    if rnd.random() < 0.6: o["customer"]["phone"] = "+%d" % rnd.randint(10**8, 10**12)
    if rnd.random() < 0.5: o["tags"] = rnd.sample(["rush", "gift-wrap", "b2b", "vip", "promo-2026"], rnd.randint(1, 3))
    if rnd.random() < 0.5: o["priority"] = rnd.randint(1, 5)
    if rnd.random() < 0.7: o["payment"] = rnd.choice([{"type": "card", "last4": "%04d" % rnd.randint(0, 9999), "brand": "visa"},
                                                        {"type": "bank", "iban": "DE89370400440532013000"}])
    if rnd.random() < 0.8: o["shipping"] = addr()
    if rnd.random() < 0.3: o["billing"] = addr()
    if rnd.random() < 0.3: o["notes"] = "Leave at the door, please. " * rnd.randint(1, 5)
    if rnd.random() < 0.3: o["metadata"] = {"source": "import", "batch": str(rnd.randint(1, 100))}
    if rnd.random() < 0.3: o["referrer"] = rnd.choice([None, "https://example.com/ad"])
    o["channel"] = rnd.choice(["web", "mobile", "store", "phone"])
    o["version"] = rnd.randint(1, 9)
    return o
def break_(o):
    k = rnd.randint(0, 11)
    if k == 0: o["id"] = "ab-12"
    elif k == 1: o["status"] = "lost"
    elif k == 2: o["items"][0]["qty"] = 0
    elif k == 3: o["total"] = 12.345
    elif k == 4: del o["customer"]
    elif k == 5: o["surprise"] = True
    elif k == 6: o["customer"]["email"] = 42
    elif k == 7: o["payment"] = {"type": "card", "last4": "12345"}
    elif k == 8: o["tags"] = ["dup", "dup"]
    elif k == 9: o["items"] = []
    elif k == 10: o["shipping"] = {"line1": "x", "city": "y", "country": "Germany"}
    else: o["priority"] = 2.5
    return o
with open(out + "/schema.json", "w") as f: json.dump(schema, f, indent=1)
with open(out + "/instances.jsonl", "w") as f:
    for i in range(count):
        o = order()
        if rnd.random() < 0.3: o = break_(o)
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
PYEOF

cat > "$OUT/run_rs.py" <<'PYEOF'
import sys, time, orjson, jsonschema_rs
schema = orjson.loads(open(sys.argv[1], "rb").read())
v = jsonschema_rs.validator_for(schema, validate_formats=True)
t = time.perf_counter()
with open(sys.argv[2], "rb") as f:
    flags = [v.is_valid(orjson.loads(line)) for line in f if line.strip()]
sys.stderr.write("inner %.3f s\n" % (time.perf_counter() - t))
open(sys.argv[3], "w").write("".join("1" if x else "0" for x in flags))
PYEOF
cat > "$OUT/run_py.py" <<'PYEOF'
import sys, time, json, jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
v = cls(schema, format_checker=cls.FORMAT_CHECKER)
t = time.perf_counter()
with open(sys.argv[2], "rb") as f:
    flags = [v.is_valid(json.loads(line)) for line in f if line.strip()]
sys.stderr.write("inner %.3f s\n" % (time.perf_counter() - t))
open(sys.argv[3], "w").write("".join("1" if x else "0" for x in flags))
PYEOF

measure() { # name, command... -> "seconds userSeconds peakKB" in $OUT/$name.time
    local name="$1"; shift
    /usr/bin/time -f "%e %U %M" -o "$OUT/$name.time" "$@" 2>"$OUT/$name.err" >"$OUT/$name.out" || true
}
flags_of_doclint() { # output file -> flags file
    "$PY" -c "
import json,sys
flags=''.join('1' if json.loads(l)['valid'] else '0' for l in open(sys.argv[1]))
open(sys.argv[2],'w').write(flags)" "$1" "$2"
}
DOCLINT_RUN=("$DOCLINT" validate --assert-formats --schema "$OUT/schema.json" --output flag "$OUT/instances.jsonl")
RS_RUN=("$PY" "$OUT/run_rs.py" "$OUT/schema.json" "$OUT/instances.jsonl")

measure py "$PY" "$OUT/run_py.py" "$OUT/schema.json" "$OUT/instances.jsonl" "$OUT/py.flags"
for r in $(seq 1 "$RUNS"); do
    measure "doclint.$r" "${DOCLINT_RUN[@]}"
    flags_of_doclint "$OUT/doclint.$r.out" "$OUT/doclint.$r.flags"
    measure "rs.$r" "${RS_RUN[@]}" "$OUT/rs.$r.flags"
    if [ -n "$PIN" ]; then
        measure "doclint-1core.$r" $PIN "${DOCLINT_RUN[@]}"
        flags_of_doclint "$OUT/doclint-1core.$r.out" "$OUT/doclint-1core.$r.flags"
        measure "rs-1core.$r" $PIN "${RS_RUN[@]}" "$OUT/rs-1core.$r.flags"
    fi
done

"$PY" - "$OUT" "$COUNT" "$RUNS" "$PIN" <<'PYEOF'
import os, statistics, sys
out, count, runs, pinned = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), bool(sys.argv[4])
def flags(name):
    return open("%s/%s.flags" % (out, name)).read()
def times(name):  # (wall, user, peak KB) of one run
    w, u, kb = open("%s/%s.time" % (out, name)).read().strip().splitlines()[-1].split()
    return float(w), float(u), int(kb)
names = ["py"] + ["%s.%d" % (n, r) for r in range(1, runs + 1)
                  for n in (["doclint", "rs"] + (["doclint-1core", "rs-1core"] if pinned else []))]
for n in names:
    assert len(flags(n)) == count, "%s reported %d results for %d instances" % (n, len(flags(n)), count)
reference = {"doclint": flags("doclint.1"), "rs": flags("rs.1"), "py": flags("py")}
disagree = [i for i in range(count) if len({f[i] for f in reference.values()}) > 1]
unstable = [n for n in names if flags(n) != reference[n.split(".")[0].split("-")[0]]]
valid = reference["doclint"].count("1")
print("instances: %d (%d valid, %d invalid); disagreements between the three: %d%s%s" % (
    count, valid, count - valid, len(disagree),
    (" (first lines: %s)" % [i + 1 for i in disagree[:10]]) if disagree else "",
    ("; runs that differ from their first run: %s" % unstable) if unstable else ""))

def median(name, k):
    return statistics.median(times("%s.%d" % (name, r))[k] for r in range(1, runs + 1))
def spread(name):
    walls = sorted(times("%s.%d" % (name, r))[0] for r in range(1, runs + 1))
    return "%.2f–%.2f" % (walls[0], walls[-1])
def row(name):  # wall, range of walls, user, peak KB
    if name == "py":
        wall, user, kb = times("py")
        return wall, "1 run", user, kb
    return median(name, 0), spread(name), median(name, 1), median(name, 2)
def table(title, rows):
    data = [(name, label) + row(name) for name, label in rows]
    rs_wall = next(d[2] for d in data if d[0].startswith("rs"))
    print()
    print(title)
    print()
    print("| validator | wall (s) | runs (s) | user CPU (s) | instances/s | vs jsonschema-rs | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, label, wall, runs_text, user, kb in data:
        print("| %s | %.2f | %s | %.2f | %.0f | %.2fx | %.0f |" % (
            label, wall, runs_text, user, count / wall, rs_wall / wall, kb / 1024))
table("Both cores (doclint splits JSON Lines across them; the Python validators use one), median of %d runs:" % runs,
      [("doclint", "doclint validate --assert-formats (Swift, release)"),
       ("rs", "orjson + jsonschema-rs, validate_formats=True (Python)"),
       ("py", "json + jsonschema, FORMAT_CHECKER (Python)")])
if pinned:
    table("Pinned to one core (`taskset -c 0`), median of %d runs:" % runs,
          [("doclint-1core", "doclint validate --assert-formats (Swift, release)"),
           ("rs-1core", "orjson + jsonschema-rs, validate_formats=True (Python)")])
else:
    print("\n(taskset is not available: no single-core runs)")
sys.exit(1 if disagree or unstable else 0)
PYEOF
