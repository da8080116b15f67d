/// The report's inline style sheet and script, and their hashes for the content security policy
/// (a test recomputes the hashes; when a hash is stale the browser would refuse the text).
enum DriftHTMLAssets {
    /// `sha256-` and the base64 SHA-256 of `style`.
    static let styleHash = "sha256-JjaV2LBbodtm2HhmvpGpjG16H5y15DaHnNWVt6Db7ew="
    /// `sha256-` and the base64 SHA-256 of `script`.
    static let scriptHash = "sha256-CYpYEWoVpaxe6FmcA3DDruup9o4NfLVkzpTvoJWgl6o="

    /// The style sheet: a plain, print-friendly layout; numbers right-aligned in tabular figures.
    static let style = #"""
        :root { --fg: #1d2330; --muted: #5b6475; --line: #dde1e8; --soft: #f5f7fa; --accent: #1f5fa8;
          --error: #b42318; --warning: #a15c07; --note: #475467; --tr: #ffd9cf; --en: #cdeed8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--fg); background: #fff;
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; }
        main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 34px 0 10px; padding-bottom: 5px; border-bottom: 1px solid var(--line); }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        code, pre, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 12.5px; }
        .meta, .hint { color: var(--muted); margin: 4px 0 10px; }
        .path { overflow-wrap: anywhere; unicode-bidi: isolate; }
        .toc { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 12px 0 0; font-weight: 500; }
        .alert { border: 1px solid #f04438; background: #fef3f2; color: #7a271a; border-radius: 8px; padding: 4px 16px; margin: 18px 0; }
        .alert ul { margin: 4px 0 10px; padding-left: 20px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 0 0 16px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
        .card .num { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .card .lbl { color: var(--muted); }
        .card.error .num { color: var(--error); } .card.warning .num { color: var(--warning); } .card.note .num { color: var(--note); }
        .scroll { overflow-x: auto; }
        table.counts { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 4px 0 8px; }
        .counts th, .counts td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        .counts thead th { font-size: 12px; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); white-space: nowrap; }
        .counts thead th.group { text-align: center; border-bottom: 1px solid var(--line); }
        .counts th[scope=row] { font-weight: 500; white-space: nowrap; }
        .counts .n { text-align: right; white-space: nowrap; }
        .counts td.zero { color: #aab1bd; }
        .counts tfoot th, .counts tfoot td { font-weight: 650; border-top: 2px solid #8b93a1; border-bottom: none; }
        .counts tbody tr:hover { background: var(--soft); }
        .counts td.path { max-width: 560px; }
        .empty { color: var(--muted); font-style: italic; }
        .swatch { vertical-align: -1px; }
        .kname { color: var(--muted); }
        .flag { font-size: 11px; border: 1px solid #b9c0cc; border-radius: 9px; padding: 0 6px; color: var(--muted); white-space: nowrap; }
        .chart { display: block; width: 100%; max-width: 820px; height: auto; margin: 6px 0 4px; }
        .chart text { font: 12px system-ui, sans-serif; }
        .chart text.label, .chart text.total { fill: var(--fg); }
        .chart text.in { font-size: 11px; font-weight: 600; }
        .chart text.total { font-weight: 650; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 6px 0 0; }
        .legend li.zero { opacity: .5; }
        .legend .n { font-variant-numeric: tabular-nums; color: var(--muted); }
        .st { font-size: 12px; border-radius: 9px; padding: 1px 7px; white-space: nowrap; }
        .st-exact { background: #e3f4ea; color: #1b5e3b; }
        .st-source-commit, .st-latest { background: #fdf0d9; color: #7a4a05; }
        .st-missing { background: #fde4e1; color: #8a1c12; }
        .filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end;
          background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; margin: 8px 0; }
        .filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
        .filters .grow { flex: 1 1 220px; }
        .filters select, .filters input, .filters button { font: inherit; font-size: 13px; padding: 4px 6px; color: var(--fg); }
        #status { font-weight: 600; margin: 8px 0; }
        #status.filtered { color: var(--accent); }
        .pager { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
        details.page { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 8px; background: #fff; content-visibility: auto; contain-intrinsic-size: auto 44px; }
        details.page > summary { cursor: pointer; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; background: var(--soft); border-radius: 8px; }
        details.page[open] > summary { border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; }
        details.page > summary .path { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; font-weight: 600; flex: 1 1 420px; }
        .chips { display: flex; flex-wrap: wrap; gap: 6px; }
        .chip { font-size: 12px; border-radius: 9px; padding: 0 7px; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .chip:empty { display: none; }
        .chip.loc { background: #e6ecf5; color: #23406b; }
        .chip.n-error { background: #fde4e1; color: var(--error); }
        .chip.n-warning { background: #fdf0d9; color: var(--warning); }
        .chip.n-note { background: #eceff3; color: var(--note); }
        .chip.shown { background: #dbe8fb; color: var(--accent); }
        .src { margin: 8px 14px 0; color: var(--muted); font-size: 13px; }
        ol.findings { list-style: none; margin: 0; padding: 4px 14px 8px; }
        li.finding { padding: 10px 0 10px 12px; border-bottom: 1px solid var(--line); border-left: 3px solid var(--note); margin: 6px 0; break-inside: avoid; }
        li.finding:last-child { border-bottom: none; }
        li.sev-error { border-left-color: var(--error); } li.sev-warning { border-left-color: #dc8a0e; }
        .fh { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
        .fh .pos { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-weight: 600; font-variant-numeric: tabular-nums; }
        .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
        .sev-error .sev { color: var(--error); } .sev-warning .sev { color: var(--warning); } .sev-note .sev { color: var(--note); }
        .fh .code { color: var(--muted); }
        .msg { flex: 1 1 300px; overflow-wrap: anywhere; unicode-bidi: isolate; }
        .sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin: 8px 0 6px; }
        .side { border: 1px solid var(--line); border-radius: 6px; padding: 5px 9px; min-width: 0; }
        .side.tr { background: #fff8f6; } .side.en { background: #f5fbf7; }
        .cap { font-size: 11px; color: var(--muted); text-transform: none; margin-bottom: 2px; }
        .txt { display: block; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; font-size: 13.5px; }
        pre.line { margin: 0; padding: 5px 9px; background: var(--soft); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; unicode-bidi: isolate; }
        pre.line .ln { color: #8a93a3; margin-right: 12px; user-select: none; }
        mark { border-radius: 2px; padding: 0 1px; color: inherit; }
        mark.tr { background: var(--tr); box-shadow: inset 0 -2px 0 #e0593a; }
        mark.en { background: var(--en); box-shadow: inset 0 -2px 0 #2e9a5c; }
        mark.gap { display: inline-block; width: 2px; height: 1.2em; vertical-align: text-bottom; background: #e0593a; padding: 0; }
        .none { color: var(--muted); font-style: italic; font-family: system-ui, sans-serif; font-size: 12.5px; }
        .cut, .cont { color: var(--muted); font-style: italic; }
        .ctl { display: inline-block; font: 600 9.5px/1.3 system-ui, sans-serif; color: #b42318; border: 1px solid #e9887b; border-radius: 3px; padding: 0 2px; margin: 0 1px; vertical-align: 1px; }
        .where, .fix { margin: 6px 0 0; font-size: 13px; }
        .badge { font-size: 11px; font-weight: 600; border-radius: 9px; padding: 1px 7px; margin-right: 4px; }
        .badge.safe { background: #e3f4ea; color: #1b5e3b; } .badge.unsafe { background: #fdf0d9; color: #7a4a05; }
        ul.notes { margin: 6px 0 0; padding-left: 0; list-style: none; font-size: 13px; }
        .nl { font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--note); margin-right: 4px; }
        .at { color: var(--muted); overflow-wrap: anywhere; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }
        [hidden] { display: none !important; }
        @media (max-width: 760px) { .sbs { grid-template-columns: 1fr; } main { padding: 16px; } }
        @media print {
          main { max-width: none; padding: 0; }
          body { font-size: 11px; }
          .toc, .filters, .pager, #status, noscript { display: none !important; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; }
          section { break-inside: auto; }
          table.counts, .chart, li.finding, details.page > summary { break-inside: avoid; }
          details.page { border: none; border-top: 1px solid var(--line); border-radius: 0; content-visibility: visible; }
          a { color: inherit; }
        }
        """#

    /// The script: filters the findings list by locale, kind, severity and text (the filter is kept
    /// in the URL fragment, `#locale=de-DE&kind=DL404`), sorts its pages and pages through it. It only
    /// hides, shows, opens and reorders what the HTML already holds; every number is in the HTML.
    static let script = #"""
        (function () {
          "use strict";
          var form = document.getElementById("filters");
          var list = document.getElementById("pages");
          if (!form || !list) return;
          var pages = Array.prototype.slice.call(list.querySelectorAll("details.page"));
          var items = pages.map(function (p) { return Array.prototype.slice.call(p.querySelectorAll("li.finding")); });
          var chips = pages.map(function (p) { return p.querySelector(".chip.shown"); });
          var perScreen = Math.max(1, parseInt(list.getAttribute("data-per-screen"), 10) || 100);
          var openFirst = Math.max(0, parseInt(list.getAttribute("data-open"), 10) || 0);
          var pagers = Array.prototype.slice.call(document.querySelectorAll(".pager"));
          var order = pages.map(function (p, i) { return i; });
          var sortedBy = "path";
          var haystacks = null;
          var state;

          function reset() { state = { locale: "", kind: "", severity: "", q: "", sort: "path", screen: 1 }; }
          function filtering() { return !!(state.locale || state.kind || state.severity || state.q); }
          function decode(s) {
            try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return ""; }
          }
          function number(n) { return n.toLocaleString("en-US"); }

          // The filter lives in the URL fragment (#locale=de-DE&kind=DL404), so a view can be linked to.
          function readHash() {
            var hash = location.hash.slice(1);
            if (hash.indexOf("=") < 0) return false;
            reset();
            hash.split("&").forEach(function (part) {
              var eq = part.indexOf("=");
              if (eq < 0) return;
              var key = decode(part.slice(0, eq)), value = decode(part.slice(eq + 1));
              if (key === "screen") state.screen = Math.max(1, parseInt(value, 10) || 1);
              else if (key === "sort") state.sort = ["path", "errors", "findings", "locale"].indexOf(value) >= 0 ? value : "path";
              else if (Object.prototype.hasOwnProperty.call(state, key)) state[key] = value;
            });
            return true;
          }
          function fragment() {
            var parts = [];
            ["locale", "kind", "severity", "q"].forEach(function (key) {
              if (state[key]) parts.push(key + "=" + encodeURIComponent(state[key]));
            });
            if (state.sort !== "path") parts.push("sort=" + state.sort);
            if (state.screen > 1) parts.push("screen=" + state.screen);
            return parts.join("&");
          }
          function writeHash() {
            var f = fragment();
            try { history.replaceState(null, "", f ? "#" + f : location.pathname + location.search); } catch (e) { /* file: URLs in some browsers */ }
          }
          function showState() {
            form.elements.locale.value = state.locale;
            form.elements.kind.value = state.kind;
            form.elements.severity.value = state.severity;
            form.elements.q.value = state.q;
            form.elements.sort.value = state.sort;
            form.setAttribute("data-filter", fragment());
          }

          function sortPages() {
            if (sortedBy === state.sort) return;
            sortedBy = state.sort;
            var key = function (i, name) { return parseInt(pages[i].getAttribute(name), 10) || 0; };
            order = pages.map(function (p, i) { return i; });
            if (state.sort === "errors") order.sort(function (a, b) { return key(b, "data-errors") - key(a, "data-errors") || a - b; });
            else if (state.sort === "findings") order.sort(function (a, b) { return key(b, "data-findings") - key(a, "data-findings") || a - b; });
            else if (state.sort === "locale") order.sort(function (a, b) {
              var x = pages[a].getAttribute("data-locale"), y = pages[b].getAttribute("data-locale");
              return x < y ? -1 : x > y ? 1 : a - b;
            });
            var batch = document.createDocumentFragment();
            order.forEach(function (i) { batch.appendChild(pages[i]); });
            list.appendChild(batch);
          }

          // What a text filter searches: the page path and everything the finding shows, lowercased once.
          function haystack(i, j) {
            if (!haystacks) {
              haystacks = items.map(function (lis, k) {
                var path = pages[k].querySelector("summary .path").textContent;
                return lis.map(function (li) { return (path + "\n" + li.textContent).toLowerCase(); });
              });
            }
            return haystacks[i][j];
          }

          function apply() {
            var q = state.q.toLowerCase(), active = filtering();
            var matched = [], shown = 0;
            order.forEach(function (i) {
              var page = pages[i], lis = items[i], count = 0;
              var localeMatches = !state.locale || page.getAttribute("data-locale") === state.locale;
              for (var j = 0; j < lis.length; j++) {
                var li = lis[j];
                var match = localeMatches &&
                  (!state.kind || li.getAttribute("data-kind") === state.kind) &&
                  (!state.severity || li.getAttribute("data-severity") === state.severity) &&
                  (!q || haystack(i, j).indexOf(q) >= 0);
                li.hidden = !match;
                if (match) count++;
              }
              chips[i].textContent = active && count ? number(count) + " of " + number(lis.length) + " shown" : "";
              if (count) { matched.push(i); shown += count; } else page.hidden = true;
            });
            var screens = Math.max(1, Math.ceil(matched.length / perScreen));
            if (state.screen > screens) state.screen = screens;
            var first = (state.screen - 1) * perScreen, last = Math.min(matched.length, first + perScreen);
            matched.forEach(function (i, k) {
              var on = k >= first && k < last;
              pages[i].hidden = !on;
              if (on) pages[i].open = active || k - first < openFirst;
            });
            document.getElementById("shown-findings").textContent = number(shown);
            document.getElementById("shown-pages").textContent = number(matched.length);
            document.getElementById("status").className = active ? "filtered" : "";
            document.getElementById("shown-range").textContent = (active ? " match the filter" : "") +
              (screens > 1 ? "; showing pages " + number(first + 1) + "–" + number(last) : "");
            pagers.forEach(function (nav) {
              nav.hidden = screens < 2;
              nav.querySelector(".screen").textContent = "screen " + state.screen + " of " + screens;
              nav.querySelector("[data-go='-1']").disabled = state.screen <= 1;
              nav.querySelector("[data-go='1']").disabled = state.screen >= screens;
            });
            showState();
          }

          function update() { state.screen = 1; sortPages(); writeHash(); apply(); }

          // A link to a page or finding that the filter hides clears the filter and goes to its screen.
          function reveal(id) {
            var target = document.getElementById(id);
            if (!target || !list.contains(target)) return;
            var page = target.closest("details.page");
            if (page.hidden || target.hidden) {
              reset();
              state.sort = sortedBy;
              var at = order.indexOf(pages.indexOf(page));
              state.screen = Math.floor(at / perScreen) + 1;
              writeHash();
              apply();
            }
            page.open = true;
            target.scrollIntoView();
          }

          var timer = 0;
          form.addEventListener("input", function (event) {
            var field = event.target;
            if (!field.name || !Object.prototype.hasOwnProperty.call(state, field.name)) return;
            state[field.name] = field.value;
            clearTimeout(timer);
            if (field.name === "q") timer = setTimeout(update, 200); else update();
          });
          form.addEventListener("submit", function (event) { event.preventDefault(); });
          document.getElementById("clear").addEventListener("click", function () {
            var sort = state.sort;
            reset();
            state.sort = sort;
            update();
          });
          pagers.forEach(function (nav) {
            nav.addEventListener("click", function (event) {
              var go = parseInt(event.target.getAttribute("data-go"), 10);
              if (!go) return;
              state.screen += go;
              writeHash();
              apply();
              document.getElementById("findings").scrollIntoView();
            });
          });
          window.addEventListener("hashchange", function () {
            if (readHash()) {
              sortPages();
              apply();
              document.getElementById("findings").scrollIntoView();
            } else if (location.hash.length > 1) {
              reveal(decode(location.hash.slice(1)));
            }
          });

          reset();
          form.hidden = false;
          var fromLink = readHash();
          sortPages();
          apply();
          if (!fromLink && location.hash.length > 1) reveal(decode(location.hash.slice(1)));
        })();
        """#
}
