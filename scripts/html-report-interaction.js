// Test harness for scripts/test-html-report.sh (not part of the report): appended to a copy of a
// report, it uses the page as a reader would (types a text filter, picks a kind, clears, follows a
// link to a finding the filter hides, turns the screen) and writes what the page then shows into
// <pre id="interaction-results"> as JSON, for scripts/check-html-report.py to compare with the JSON.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var results = [];
  function shown() {
    return Array.prototype.filter.call(document.querySelectorAll("li.finding"), function (li) {
      return !li.hidden && !li.closest("details.page").hidden;
    }).map(function (li) { return li.id; });
  }
  function record(step) {
    results.push({
      step: step, shown: shown(), filter: form.getAttribute("data-filter"),
      status: [document.getElementById("shown-findings").textContent, document.getElementById("shown-pages").textContent],
      open: Array.prototype.filter.call(document.querySelectorAll("details.page"), function (p) { return !p.hidden && p.open; })
        .map(function (p) { return p.id; })
    });
  }
  function set(name, value) {
    form.elements[name].value = value;
    form.elements[name].dispatchEvent(new Event("input", { bubbles: true }));
  }
  var steps = [
    function () { set("q", document.body.getAttribute("data-test-q")); },
    function () { record("text"); set("kind", document.body.getAttribute("data-test-kind")); },
    function () { record("text+kind"); document.getElementById("clear").click(); },
    function () { record("clear"); set("severity", "note"); },
    function () { record("severity"); location.hash = "#" + document.body.getAttribute("data-test-reveal"); },
    function () { record("reveal"); document.querySelector("#pager-top [data-go='1']").click(); },
    function () { record("next"); }
  ];
  var i = 0;
  (function run() {
    steps[i++]();
    if (i < steps.length) { setTimeout(run, 400); return; }
    var pre = document.createElement("pre");
    pre.id = "interaction-results";
    pre.textContent = JSON.stringify(results);
    document.body.appendChild(pre);
  })();
})();
