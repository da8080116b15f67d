#!/usr/bin/env python3
"""Checks what Chromium shows of a drift HTML report against the drift JSON it was made from.

Used by scripts/test-html-report.sh (a test harness: doclint itself has no Python). Each check reads
the DOM Chromium dumped after the page's script ran (`chromium --headless --dump-dom`) and compares
what the page shows with numbers computed here, from the JSON alone:

    check-html-report.py numbers  DRIFT.json DOM.html            totals, per locale x kind, chart, worst pages, list
    check-html-report.py filter   DRIFT.json DOM.html FRAGMENT   the findings shown match the filter in FRAGMENT
    check-html-report.py hostile  DRIFT.json DOM.html            page text stayed text
    check-html-report.py interaction DRIFT.json DOM.html         what scripts/html-report-interaction.js did
    check-html-report.py png      DOM.html SHOT.png WIDTH HEIGHT the screenshot is the page, chart colours included

Exits 1 with one line per mismatch.
"""
import json
import struct
import sys
import urllib.parse
import zlib
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if cls and cls not in n.attrs.get("class", "").split():
                continue
            if all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                yield n

    def find(self, *args, **kwargs):
        return next(self.find_all(*args, **kwargs), None)

    def hidden(self):
        """Whether the node or an ancestor carries `hidden` (what the page's script sets)."""
        n = self
        while n is not None:
            if "hidden" in n.attrs:
                return True
            n = n.parent
        return False


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        n = self.current
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.current = n.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(path):
    b = Builder()
    with open(path, encoding="utf-8") as f:
        b.feed(f.read())
    return b.root


problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def number(text):
    text = text.strip().replace(",", "")
    return int(text) if text.lstrip("-").isdigit() else None


def grouped(n):
    return f"{n:,}"


def visible(s):
    """A string as the report shows it in attributes: invisible characters as ⟨NAME⟩ (see HTMLWriter)."""
    names = {0x0: "NUL", 0xD: "CR", 0x1B: "ESC", 0x7F: "DEL", 0xAD: "SHY", 0x61C: "ALM", 0x180E: "MVS",
             0x200B: "ZWSP", 0x200E: "LRM", 0x200F: "RLM", 0x2028: "LSEP", 0x2029: "PSEP", 0x202A: "LRE",
             0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO", 0x2060: "WJ", 0x2066: "LRI",
             0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI", 0xFEFF: "BOM"}
    out = []
    for ch in s:
        v = ord(ch)
        if v in names:
            out.append(f"⟨{names[v]}⟩")
        elif (v < 0x20 and v not in (9, 10)) or 0x80 <= v <= 0x9F or 0x2061 <= v <= 0x2064 or 0xFFF9 <= v <= 0xFFFB:
            out.append(f"⟨U+{v:04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def severities(page):
    counts = {"error": 0, "warning": 0, "note": 0}
    for f in page["findings"]:
        counts[f["severity"]] += 1
    return counts


def check_numbers(doc, dom):
    s = doc["summary"]
    cards = dom.find("div", cls="cards")
    shown = {n.attrs["data-key"]: number(n.text()) for n in cards.find_all(cls="num")}
    expect(shown == {"pages": s["pages"], "pagesWithFindings": s["pagesWithFindings"], "findings": s["findings"],
                     "error": s["severities"]["error"], "warning": s["severities"]["warning"],
                     "note": s["severities"]["note"]}, f"totals: the cards show {shown}")

    def row_values(c, findings):
        return {"pages": c["pages"], "pagesWithFindings": c["pagesWithFindings"], "findings": findings,
                **c["severities"], **c["sources"]}

    table = dom.find("table", id="locale-table")
    rows = [r for r in table.find_all("tr") if "data-locale" in r.attrs]
    expect([r.attrs["data-locale"] for r in rows] == [visible(l["locale"]) for l in doc["locales"]],
           "locale table: the rows are not the locales in order")
    for row, l in zip(rows, doc["locales"]):
        cells = {td.attrs["data-key"]: number(td.text()) for td in row.find_all("td")}
        want = row_values(l, sum(l["severities"].values()))
        expect(cells == want, f"locale table, {l['locale']}: shows {cells}, the JSON says {want}")
    foot = table.find("tfoot")
    cells = {td.attrs["data-key"]: number(td.text()) for td in foot.find_all("td")}
    expect(cells == row_values(s, s["findings"]), f"locale table, all locales: shows {cells}")

    table = dom.find("table", id="kind-table")
    codes = [k["code"] for k in doc["kinds"]]
    for code in codes:
        row = table.find("tr", data_kind=code)
        expect(row is not None, f"kind table: no row for {code}")
        if row is None:
            continue
        cells = [number(td.text()) for td in row.find_all("td")]
        want = [l["findings"].get(code, 0) for l in doc["locales"]] + [s["findingsByKind"].get(code, 0)]
        expect(cells == want, f"kind table, {code}: shows {cells}, the JSON says {want}")
    cells = [number(td.text()) for td in table.find("tfoot").find_all("td")]
    want = [sum(l["severities"].values()) for l in doc["locales"]] + [s["findings"]]
    expect(cells == want, f"kind table, all kinds: shows {cells}, the JSON says {want}")

    bars = list(dom.find_all("g", cls="bar"))
    if s["findings"] == 0:
        expect(not bars, "chart: bars drawn for a run without findings")
    else:
        expect(len(bars) == len(doc["locales"]), "chart: not one bar per locale")
        for bar, l in zip(bars, doc["locales"]):
            total = sum(l["findings"].values())
            label = bar.find("text", cls="total")
            expect(label is not None and number(label.text()) == total,
                   f"chart, {l['locale']}: the bar's total is not {total}")
            segs = {g.attrs["data-kind"]: g for g in bar.find_all("g", cls="seg")}
            want = {c: n for c, n in l["findings"].items() if n > 0}
            expect(set(segs) == set(want), f"chart, {l['locale']}: segments {sorted(segs)}, counts {sorted(want)}")
            for code, g in segs.items():
                title = g.find("title").text()
                expect(title.endswith(": " + grouped(want.get(code, -1))),
                       f"chart, {l['locale']} {code}: the segment's title says '{title}'")

    pages = doc["pages"]
    ranked = sorted((i for i, p in enumerate(pages) if p["findings"]),
                    key=lambda i: (-severities(pages[i])["error"], pages[i]["path"].encode("utf-8"), i))
    table = dom.find("table", id="worst-table")
    if not ranked:
        expect(table is None, "worst pages: a table without pages with findings")
    else:
        rows = list(table.find("tbody").find_all("tr"))
        expect(len(rows) == min(20, len(ranked)), f"worst pages: {len(rows)} rows")
        for rank, (row, i) in enumerate(zip(rows, ranked), start=1):
            link = row.find("a")
            sev = severities(pages[i])
            cells = {td.attrs["data-key"]: number(td.text()) for td in row.find_all("td") if "data-key" in td.attrs}
            want = {**sev, "findings": len(pages[i]["findings"])}
            expect(row.attrs.get("data-rank") == str(rank) and link.attrs.get("href") == f"#p{i}",
                   f"worst pages, rank {rank}: not page {i}")
            expect(cells == want, f"worst pages, rank {rank}: shows {cells}, the JSON says {want}")
            expect(link.text() == visible(pages[i]["path"]) or len(pages[i]["path"]) > 400,
                   f"worst pages, rank {rank}: the path reads '{link.text()}'")

    listed = {p.attrs["id"]: p for p in dom.find_all("details", cls="page")}
    for i, p in enumerate(pages):
        block = listed.get(f"p{i}")
        if not p["findings"]:
            expect(block is None, f"page {i} has no findings but is listed")
            continue
        expect(block is not None, f"page {i} with findings is not listed")
        if block is None:
            continue
        items = list(block.find_all("li", cls="finding"))
        expect(len(items) == len(p["findings"]), f"page {i}: {len(items)} findings listed of {len(p['findings'])}")
        for j, (li, f) in enumerate(zip(items, p["findings"])):
            pos = li.find("a", cls="pos").text()
            expect(pos == f"{f['line']}:{f['column']}", f"page {i} finding {j}: at '{pos}'")
            expect(li.attrs.get("data-kind") == visible(f["code"]) and li.attrs.get("data-severity") == f["severity"],
                   f"page {i} finding {j}: kind or severity differ")


def searchable(page, f):
    parts = [page["path"], f["message"], f["text"], f["lineText"], f["code"], f["name"]]
    if f["source"]:
        parts += [f["source"]["text"], f["source"]["location"] or ""]
    if f["fix"]:
        parts.append(f["fix"]["title"])
    for n in f["notes"]:
        parts += [n["message"], n["file"] or ""]
    return "\n".join(parts).lower()


def expected_view(doc, query, per_screen):
    """What the list should show for a filter: the finding ids on its screen, the findings and pages
    that match, the pages on the screen, the screen, and the page order."""
    locale, kind, severity = query.get("locale", ""), query.get("kind", ""), query.get("severity", "")
    q, sort, screen = query.get("q", "").lower(), query.get("sort", "path"), int(query.get("screen", "1"))
    pages = doc["pages"]
    order = list(range(len(pages)))
    if sort == "errors":
        order.sort(key=lambda i: (-severities(pages[i])["error"], i))
    hits = {}
    for i in order:
        p = pages[i]
        found = [f"p{i}f{j}" for j, f in enumerate(p["findings"])
                 if (not locale or visible(p["locale"]) == locale) and (not kind or f["code"] == kind)
                 and (not severity or f["severity"] == severity) and (not q or q in searchable(p, f))]
        if found:
            hits[i] = found
    matched = list(hits)
    screens = max(1, -(-len(matched) // per_screen))
    screen = min(screen, screens)
    on_screen = matched[(screen - 1) * per_screen:screen * per_screen]
    shown = [h for i in on_screen for h in hits[i]]
    return shown, sum(len(h) for h in hits.values()), len(matched), on_screen, screen, order


def check_filter(doc, dom, fragment):
    query = dict(urllib.parse.parse_qsl(fragment.lstrip("#"), keep_blank_values=True))
    per_screen = int(dom.find(id="pages").attrs["data-per-screen"])
    expected, total, matched, on_screen, _, order = expected_view(doc, query, per_screen)
    shown = [li.attrs["id"] for li in dom.find_all("li", cls="finding") if not li.hidden()]
    expect(shown == expected, f"filter {fragment}: shows {shown[:20]}, the JSON gives {expected[:20]}")
    expect(len(expected) > 0, f"filter {fragment}: a test filter should match something")
    status = dom.find(id="shown-findings"), dom.find(id="shown-pages")
    expect(number(status[0].text()) == total and number(status[1].text()) == matched,
           f"filter {fragment}: the status says {status[0].text()} findings in {status[1].text()} pages, "
           f"the JSON gives {total} in {matched}")
    form = dom.find("form", id="filters")
    expect(not form.hidden(), "filter: the form is still hidden (the script did not run)")
    held = dict(urllib.parse.parse_qsl(form.attrs.get("data-filter", ""), keep_blank_values=True))
    expect(held == query, f"filter {fragment}: the form holds {held}")
    listed = [int(p.attrs["id"][1:]) for p in dom.find_all("details", cls="page")]
    pages = doc["pages"]
    expect(listed == [i for i in order if pages[i]["findings"]],
           f"filter {fragment}: pages not in '{query.get('sort', 'path')}' order")
    for i in on_screen:
        expect("open" in dom.find("details", id=f"p{i}").attrs, f"filter {fragment}: matching page {i} is not open")


def check_interaction(doc, dom):
    """The steps of scripts/html-report-interaction.js, each against what the JSON says it should show."""
    body = dom.find("body")
    per_screen = int(dom.find(id="pages").attrs["data-per-screen"])
    q, kind, target = body.attrs["data-test-q"], body.attrs["data-test-kind"], body.attrs["data-test-reveal"]
    pre = dom.find("pre", id="interaction-results")
    expect(pre is not None, "interaction: the harness wrote no results")
    if pre is None:
        return
    steps = {r["step"]: r for r in json.loads(pre.text())}
    target_page = int(target[1:target.index("f")])
    page_order = [i for i, p in enumerate(doc["pages"]) if p["findings"]]
    reveal_screen = page_order.index(target_page) // per_screen + 1
    screens = max(1, -(-len(page_order) // per_screen))
    wanted = [("text", {"q": q}), ("text+kind", {"q": q, "kind": kind}), ("clear", {}),
              ("severity", {"severity": "note"}), ("reveal", {"screen": str(reveal_screen)}),
              ("next", {"screen": str(min(screens, reveal_screen + 1))})]
    for step, query in wanted:
        got = steps.get(step)
        expect(got is not None, f"interaction: no step '{step}'")
        if got is None:
            continue
        shown, total, matched, on_screen, screen, _ = expected_view(doc, query, per_screen)
        expect(got["shown"] == shown, f"interaction {step}: shows {got['shown'][:12]}, the JSON gives {shown[:12]}")
        expect([number(x) for x in got["status"]] == [total, matched], f"interaction {step}: status {got['status']}")
        held = dict(urllib.parse.parse_qsl(got["filter"] or "", keep_blank_values=True))
        want = {k: v for k, v in query.items() if not (k == "screen" and v == "1")}
        expect(held == want, f"interaction {step}: the form holds {held}, expected {want}")
        if step == "reveal":
            expect(target in got["shown"] and f"p{target_page}" in got["open"],
                   f"interaction reveal: {target} is not shown in an open page")
        if step in ("text", "text+kind", "severity"):
            expect(got["open"] == [f"p{i}" for i in on_screen], f"interaction {step}: open pages {got['open'][:12]}")
    for step in ("text", "text+kind", "severity"):
        expect(len(steps.get(step, {}).get("shown", [])) > 0, f"interaction: the '{step}' step should match something")


def check_hostile(doc, dom):
    scripts = list(dom.find_all("script"))
    expect(len(scripts) == 1, f"hostile: {len(scripts)} script elements")
    for tag in ["img", "iframe", "object", "embed", "link", "b", "i"]:
        expect(dom.find(tag) is None, f"hostile: a '{tag}' element came out of the page text")
    for n in dom.walk():
        for name in n.attrs:
            expect(not name.startswith("on"), f"hostile: an event handler attribute '{name}' on <{n.tag}>")
    lines = [pre.text() for pre in dom.find_all("pre", cls="line")]
    expect(any('<script>alert("x")</script>' in t for t in lines), "hostile: the page text '<script>' is not shown")
    expect(any("RLO" in t and "\u202e" not in t for t in lines), "hostile: the RLO control is not shown as a badge")


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, f"unexpected PNG format {header}"
    channels = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def check_png(dom, png, width, height):
    w, h, channels, rows = read_png(png)
    expect((w, h) == (width, height), f"screenshot: {w}x{h}, asked for {width}x{height}")
    counts = {}
    for row in rows:
        for x in range(0, len(row), channels):
            rgb = row[x:x + 3]
            counts[rgb] = counts.get(rgb, 0) + 1
    white = counts.get(b"\xff\xff\xff", 0)
    expect(white < w * h * 0.97, "screenshot: the page is blank")
    fills = {g.find("rect").attrs["fill"] for g in dom.find_all("g", cls="seg")}
    for fill in sorted(fills):
        rgb = bytes.fromhex(fill.lstrip("#"))
        expect(counts.get(rgb, 0) >= 40, f"screenshot: the chart colour {fill} is not drawn")


def main():
    mode = sys.argv[1]
    if mode == "png":
        check_png(parse(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        with open(sys.argv[2], encoding="utf-8") as f:
            doc = json.load(f)
        dom = parse(sys.argv[3])
        if mode == "numbers":
            check_numbers(doc, dom)
        elif mode == "filter":
            check_filter(doc, dom, sys.argv[4])
        elif mode == "hostile":
            check_hostile(doc, dom)
        elif mode == "interaction":
            check_interaction(doc, dom)
    for p in problems:
        print(f"check-html-report: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
