#!/usr/bin/env bash
# Benchmark: `doclint validate` against python jsonschema-rs (+ orjson) and python jsonschema on
# 100,000 JSON Lines instances of a realistic order schema. Checks that all three agree on every
# instance, and prints a Markdown table (instances/s, ratio to jsonschema-rs, peak RSS).
#
# Usage: scripts/bench-validate.sh [COUNT]     (release build; work files in bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-100000}"
OUT=bench-out
mkdir -p "$OUT"

swift build -c release --product doclint >/dev/null
DOCLINT="$(swift build -c release --show-bin-path)/doclint"

if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
    "$OUT/venv/bin/python" -m pip install --quiet --disable-pip-version-check jsonschema-rs orjson jsonschema
fi
PY="$OUT/venv/bin/python"

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
v = jsonschema_rs.validator_for(schema)
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
v = cls(schema)
t = time.perf_counter()
with open(sys.argv[2], "rb") as f:
    flags = [v.is_valid(json.loads(line)) for line in f if line.strip()]
sys.stderr.write("inner %.3f s\n" % (time.perf_counter() - t))
open(sys.argv[3], "w").write("".join("1" if x else "0" for x in flags))
PYEOF

measure() { # name, command... → "seconds peakKB" in $OUT/$name.time
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$@" 2>"$OUT/$name.err" >"$OUT/$name.out" || true
}
measure doclint "$DOCLINT" validate --schema "$OUT/schema.json" --output flag "$OUT/instances.jsonl"
"$PY" -c "
import json,sys
flags=''.join('1' if json.loads(l)['valid'] else '0' for l in open('$OUT/doclint.out'))
open('$OUT/doclint.flags','w').write(flags)"
measure rs "$PY" "$OUT/run_rs.py" "$OUT/schema.json" "$OUT/instances.jsonl" "$OUT/rs.flags"
measure py "$PY" "$OUT/run_py.py" "$OUT/schema.json" "$OUT/instances.jsonl" "$OUT/py.flags"

"$PY" - "$OUT" "$COUNT" <<'PYEOF'
import sys
out, count = sys.argv[1], int(sys.argv[2])
flags = {n: open("%s/%s.flags" % (out, n)).read() for n in ["doclint", "rs", "py"]}
times = {n: open("%s/%s.time" % (out, n)).read().strip().splitlines()[-1].split() for n in flags}
for n, f in flags.items():
    assert len(f) == count, "%s reported %d results for %d instances" % (n, len(f), count)
disagree = [i for i in range(count) if len({flags[n][i] for n in flags}) > 1]
valid = flags["doclint"].count("1")
print("instances: %d (%d valid, %d invalid); disagreements: %d%s" % (
    count, valid, count - valid, len(disagree), (" (first lines: %s)" % [i + 1 for i in disagree[:10]]) if disagree else ""))
rs_rate = count / float(times["rs"][0])
print()
print("| validator | wall time (s) | instances/s | vs jsonschema-rs | peak RSS (MB) |")
print("|---|---:|---:|---:|---:|")
for n, label in [("doclint", "doclint validate (Swift, release)"), ("rs", "orjson + jsonschema-rs (Python)"),
                 ("py", "json + jsonschema (Python)")]:
    secs, kb = float(times[n][0]), int(times[n][1])
    print("| %s | %.2f | %.0f | %.2fx | %.0f |" % (label, secs, count / secs, (count / secs) / rs_rate, kb / 1024))
sys.exit(1 if disagree else 0)
PYEOF
