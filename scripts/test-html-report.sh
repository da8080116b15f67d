#!/usr/bin/env bash
# The drift HTML report in a real browser: renders the fixture reports with 'doclint report-html',
# opens them in headless Chromium (the Debian package, installed here when missing) and checks, with
# scripts/check-html-report.py, that what the page shows after its script ran has the JSON's numbers
# (totals, per locale x kind, chart, worst pages, every finding), that the filter set by a URL fragment
# shows exactly the findings it should, that hostile page text stays text, that the numbers are there
# with JavaScript off, and that the screenshot is the page (chart colours drawn).
#
#   scripts/test-html-report.sh            # fixtures + a 20,000-finding run
#   KEEP=DIR scripts/test-html-report.sh   # keep the reports, DOM dumps and screenshots in DIR
#
# Fails (exit 1) when Chromium is missing and cannot be installed: it never skips.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "test-html-report: FAIL: $*" >&2
    exit 1
}

# Chromium (and Python for the checker) from Debian's archive, with apt-get as root or through sudo.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test-html-report: ${missing[*]} missing; installing from Debian" >&2
    sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || fail "${missing[*]} missing and installing needs root (no sudo here)"
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q >&2 || fail "apt-get update failed: cannot install ${missing[*]}"
    $sudo apt-get install -y -q "${missing[@]}" >&2 || fail "apt-get install ${missing[*]} failed"
fi
command -v chromium >/dev/null 2>&1 || fail "chromium is missing after apt-get install"
command -v python3 >/dev/null 2>&1 || fail "python3 is missing after apt-get install"

swift build --product doclint >&2
doclint="$(swift build --show-bin-path)/doclint"
fixtures=Tests/DocLintTests/Fixtures/drift-json
checker=scripts/check-html-report.py
work="${KEEP:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
echo "test-html-report: $(chromium --version 2>/dev/null), files in $work" >&2

# chromium FLAGS... URL: headless, with the page's script given time to run; its chatter to stderr
# (D-Bus, GPU) is kept apart and shown only when it fails.
browse() {
    local log="$work/chromium.log"
    if ! timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-extensions --disable-background-networking --virtual-time-budget=5000 "$@" 2>"$log"; then
        cat "$log" >&2
        fail "chromium $* did not finish"
    fi
}

dump() { # dump NAME.html FRAGMENT OUT [FLAGS...]: the DOM after the script ran
    local page="$1" fragment="$2" out="$3"
    shift 3
    browse "$@" --dump-dom "file://$work/$page$fragment" >"$out"
    [ -s "$out" ] || fail "chromium dumped nothing for $page$fragment"
}

check() {
    python3 "$checker" "$@" || fail "check-html-report.py $*"
}

for name in several-locales hostile clean empty; do
    "$doclint" report-html "$fixtures/$name.json" -o "$work/$name.html"
    dump "$name.html" "" "$work/$name.dom.html"
    check numbers "$fixtures/$name.json" "$work/$name.dom.html"
    # Without its script the page has all the numbers (the tables and chart are HTML and SVG):
    # the same page with the script element cut out (headless Chromium cannot dump with scripts off).
    python3 -c 'import re, sys; sys.stdout.write(re.sub(r"<script>.*?</script>", "", sys.stdin.read(), flags=re.S))' \
        <"$work/$name.html" >"$work/$name.nojs.html"
    dump "$name.nojs.html" "" "$work/$name.nojs.dom.html"
    check numbers "$fixtures/$name.json" "$work/$name.nojs.dom.html"
    echo "test-html-report: $name: the numbers match the JSON (script on and off)" >&2
done
check hostile "$fixtures/hostile.json" "$work/hostile.dom.html"
echo "test-html-report: hostile: page text stayed text" >&2

# Filters preset by the URL fragment, read back from the DOM.
for fragment in '#locale=de-DE&kind=DL404' '#severity=warning' '#q=boolean' '#locale=ru-RU&q=%D0%A1%D0%A2%D0%A0%D0%9E%D0%9A%D0%90' \
    '#kind=DL409&sort=errors' '#sort=errors'; do
    dump several-locales.html "$fragment" "$work/filter.dom.html"
    check filter "$fixtures/several-locales.json" "$work/filter.dom.html" "$fragment"
    echo "test-html-report: filter $fragment shows what the JSON says" >&2
done
hostile_locale='#locale=x%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(4)%3E'
dump hostile.html "$hostile_locale" "$work/filter.dom.html"
check filter "$fixtures/hostile.json" "$work/filter.dom.html" "$hostile_locale"

# A reader's steps (text filter, kind, clear, severity, a link to a finding the filter hides, next
# screen), played by scripts/html-report-interaction.js in a copy of the report without the security
# policy (which would refuse the harness script), each step checked against the JSON.
interact() { # interact NAME QUERY KIND FINDING-ID
    python3 - "$work/$1.html" "$work/$1.interact.html" "$2" "$3" "$4" scripts/html-report-interaction.js <<'PY'
import html, re, sys
page, out, q, kind, target, harness = sys.argv[1:]
text = open(page, encoding="utf-8").read()
text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", text, count=1)
attrs = " ".join(f'data-test-{k}="{html.escape(v)}"' for k, v in (("q", q), ("kind", kind), ("reveal", target)))
text = text.replace("<body>", f"<body {attrs}>", 1)
text = text.replace("</body>", "<script>" + open(harness, encoding="utf-8").read() + "</script>\n</body>", 1)
open(out, "w", encoding="utf-8").write(text)
PY
    dump "$1.interact.html" "" "$work/$1.interact.dom.html"
    check interaction "$5" "$work/$1.interact.dom.html"
    echo "test-html-report: $1: typing, picking, clearing, following a link and turning the screen show what the JSON says" >&2
}

# What a QA lead sees: a screenshot of the top of the report, chart colours included.
browse --window-size=1280,1800 --screenshot="$work/several-locales.png" "file://$work/several-locales.html" >/dev/null
check png "$work/several-locales.dom.html" "$work/several-locales.png" 1280 1800
echo "test-html-report: screenshot $work/several-locales.png shows the page and its chart" >&2

# A large run stays one usable page: 20,000 findings, 100 pages a screen.
python3 "$fixtures/generate.py" --large 20000 >"$work/large.json"
"$doclint" report-html "$work/large.json" -o "$work/large.html"
start=$(date +%s)
dump large.html '#kind=DL404&screen=2' "$work/large.dom.html"
echo "test-html-report: large: $(wc -c <"$work/large.html") bytes of HTML, filtered in Chromium in $(($(date +%s) - start)) s" >&2
check filter "$work/large.json" "$work/large.dom.html" '#kind=DL404&screen=2'
interact several-locales 'строка' DL404 p7f1 "$fixtures/several-locales.json"
interact large 'seite 7.' DL408 p350f0 "$work/large.json"
echo "test-html-report: all checks passed" >&2
