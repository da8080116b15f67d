#!/usr/bin/env python3
"""Writes the drift JSON fixtures (docs/drift-json.md, format version 1) the HTML report is tested on.

The pages and findings are written out below; every count (locales[], summary) is computed here from
them, independently of doclint, so a test that finds these numbers in the report checks the report
against the spec rather than against itself. Run from anywhere:

    python3 Tests/DocLintTests/Fixtures/drift-json/generate.py            # rewrites the fixtures
    python3 Tests/DocLintTests/Fixtures/drift-json/generate.py --large N  # N findings on stdout
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = [
    ("DL401", "source-not-exact", "The page is compared with an en-US version that is not its exact source", "note", False, True),
    ("DL402", "drift-property-name", "Property or relationship name differs from the en-US source's", "error", False, False),
    ("DL403", "drift-property-name-case", "Property name differs from the en-US source's only in letter case", "warning", True, False),
    ("DL404", "drift-type", "Type differs from the en-US source's", "error", False, False),
    ("DL405", "drift-type-case", "Type differs from the en-US source's only in letter case", "warning", True, False),
    ("DL406", "drift-enum-member", "Enum member differs from the en-US source's", "error", False, False),
    ("DL407", "drift-enum-member-case", "Enum member differs from the en-US source's only in letter case", "warning", True, False),
    ("DL408", "drift-possible-value", "A value listed in a description differs from the en-US source's", "error", False, False),
    ("DL409", "drift-row-count", "A table has rows the en-US source does not have, or lacks some it has", "warning", False, False),
    ("DL410", "drift-code-block", "A code block or annotation differs from the en-US source's", "error", False, False),
    ("DL411", "version-drift", "The en-US source changed after the page was translated", "note", False, True),
]
NAMES = {k[0]: k[1] for k in KINDS}
REPO = "../corpus/en-US-git"


def kinds():
    return [
        {"code": c, "name": n, "summary": s, "defaultSeverity": d, "caseOnly": co, "versionDrift": vd}
        for (c, n, s, d, co, vd) in KINDS
    ]


def page(locale, rel, status, findings, root="../corpus", commit="1f0e3c09ab5d7c2e4f6a8b0c1d2e3f4a5b6c7d8e", source_path=None):
    src_path = source_path or rel
    if status == "missing":
        source = {"status": "missing", "path": None, "revision": None, "location": None}
    else:
        source = {"status": status, "path": src_path, "revision": commit,
                  "location": f"{REPO}@{commit[:10]}:{src_path}"}
    out = []
    for f in findings:
        f = dict(f)
        if f.get("source") is not None:
            s = dict(f["source"])
            s.setdefault("location", source["location"])
            f["source"] = s
        f.setdefault("fix", None)
        f.setdefault("notes", [])
        f.setdefault("endLine", f["line"])
        f["name"] = NAMES.get(f["code"], f.get("name", "unknown"))
        out.append({k: f[k] for k in ["code", "name", "severity", "message", "line", "column", "endLine",
                                      "endColumn", "text", "lineText", "source", "fix", "notes"]})
    out.sort(key=lambda f: (f["line"], f["column"], f["code"]))
    return {"path": f"{root}/{locale}/{rel}", "locale": locale, "relativePath": rel, "source": source,
            "findings": out}


def finding(code, severity, message, line, column, text, line_text, source=None, fix=None, notes=None,
            end_line=None, end_column=None):
    """A finding; the range is `text` where it first occurs on `line_text` (else at `column`), and a
    fix's single edit covers that range."""
    if text and end_line is None and text in line_text:
        column = line_text.index(text) + 1
    if fix is not None and len(fix["edits"]) == 1:
        fix["edits"][0].update({"line": line, "column": column, "endLine": line, "endColumn": column + len(text)})
    f = {"code": code, "severity": severity, "message": message, "line": line, "column": column,
         "endColumn": end_column if end_column is not None else column + len(text), "text": text,
         "lineText": line_text, "source": source, "fix": fix, "notes": notes or []}
    if end_line is not None:
        f["endLine"] = end_line
    return f


def en(line, column, text):
    return {"line": line, "column": column, "text": text}


def write_fix(text, line, column, end_column):
    return {"title": f"write '{text}'", "safe": True,
            "edits": [{"line": line, "column": column, "endLine": line, "endColumn": end_column, "replacement": text}]}


def counts(pages):
    sources = {"exact": 0, "sourceCommit": 0, "latest": 0, "missing": 0}
    key = {"exact": "exact", "source-commit": "sourceCommit", "latest": "latest", "missing": "missing"}
    by_kind = {}
    severities = {"error": 0, "warning": 0, "note": 0}
    with_findings = 0
    for p in pages:
        sources[key[p["source"]["status"]]] += 1
        if p["findings"]:
            with_findings += 1
        for f in p["findings"]:
            by_kind[f["code"]] = by_kind.get(f["code"], 0) + 1
            severities[f["severity"]] += 1
    return len(pages), with_findings, sources, dict(sorted(by_kind.items())), severities


def document(pages, source_kind="git", source_path=REPO):
    pages = sorted(pages, key=lambda p: p["path"])
    locales = []
    for locale in sorted({p["locale"] for p in pages}):
        n, w, s, k, sev = counts([p for p in pages if p["locale"] == locale])
        locales.append({"locale": locale, "pages": n, "pagesWithFindings": w, "sources": s, "findings": k,
                        "severities": sev})
    n, w, s, k, sev = counts(pages)
    summary = {"pages": n, "pagesWithFindings": w, "findings": sum(sev.values()), "severities": sev,
               "findingsByKind": k, "sources": s}
    return {"formatVersion": 1, "tool": "doclint", "source": {"path": source_path, "kind": source_kind},
            "kinds": kinds(), "locales": locales, "pages": pages, "summary": summary}


def several_locales():
    v1 = "api-reference/v1.0/resources/"
    alt_row = "| Typ             | Int32      | Nur zur internen Verwendung"
    key_row = "| Key              | Edm.Binary | Nur zur internen Verwendung"
    de = [
        page("de-DE", v1 + "alternativeSecurityId.md", "exact", [
            finding("DL402", "error", "name 'Typ' is 'type' in the en-US source", 34, 3, "Typ", alt_row,
                    en(30, 3, "type"), write_fix("type", 34, 3, 6),
                    [{"message": "the en-US source names it 'type' here",
                      "file": f"{REPO}@1f0e3c09ab:{v1}alternativeSecurityId.md", "line": 30, "column": 3}]),
            finding("DL403", "warning", "name 'Key' is 'key' in the en-US source (letter case only)", 36, 3, "Key",
                    key_row, en(32, 3, "key"), write_fix("key", 36, 3, 6)),
        ]),
        page("de-DE", v1 + "mailtips.md", "exact", [
            finding("DL404", "error", "type 'Boolescher Wert' is 'Boolean' in the en-US source", 24, 21,
                    "Boolescher Wert", "| deliveryRestricted| Boolescher Wert | Gibt an, ob das Postfach des Empfängers beschränkt ist. |",
                    en(24, 21, "Boolean"), write_fix("Boolean", 24, 21, 36)),
            finding("DL404", "error", "type 'Boolescher Wert' is 'Boolean' in the en-US source", 29, 15,
                    "Boolescher Wert", "| mailboxFull | Boolescher Wert | Der vollständige Postfachstatus des Empfängers. |",
                    en(29, 15, "Boolean"), write_fix("Boolean", 29, 15, 30)),
            finding("DL408", "error", "possible value 'keine' is 'none' in the en-US source", 31, 100, "keine",
                    "| recipientScope | recipientScopeType | Der Bereich des Empfängers. Mögliche Werte sind: `keine`, `internal`, `external`, `externalPartner`. |",
                    en(31, 88, "none"), write_fix("none", 31, 100, 105)),
        ]),
        page("de-DE", v1 + "intune-apps-iosvppapp.md", "source-commit", [
            finding("DL409", "warning", "the table has 21 rows; the en-US source's has 22 ('vppTokenId' is missing)", 57, 1, "",
                    "|vppTokenAppleId|String|Die Apple-ID, die dem angegebenen Apple Volume Purchase Program-Token zugeordnet ist.|",
                    en(57, 1, "|vppTokenId|String|Identifier of the VPP token associated with this app.|")),
            finding("DL411", "note", "the en-US source gained the row 'vppTokenId' after the page was translated", 57, 1, "",
                    "|vppTokenAppleId|String|Die Apple-ID, die dem angegebenen Apple Volume Purchase Program-Token zugeordnet ist.|",
                    en(57, 1, "|vppTokenId|String|Identifier of the VPP token associated with this app.|")),
        ]),
        page("de-DE", v1 + "intune-apps-mobileapp.md", "exact", []),
        page("de-DE", v1 + "user.md", "latest", [
            finding("DL401", "note", "no en-US version has this page's 'ms.openlocfilehash'; compared with the latest", 5, 1,
                    "", "ms.openlocfilehash: 0c4c5a4b2f8b2d8f7c4d0f25ad3e0b4e1d2c3b4a", en(1, 1, "")),
            finding("DL404", "warning", "type 'Zeichenfolge' is 'String' in the en-US source", 88, 21, "Zeichenfolge",
                    "| aboutMe | Zeichenfolge | Ein Freihandtextfeld, in dem Benutzer sich selbst beschreiben können. |",
                    en(91, 13, "String"), {"title": "write 'String'", "safe": False, "edits": [
                        {"line": 88, "column": 21, "endLine": 88, "endColumn": 33, "replacement": "String"}]}),
        ]),
    ]
    ru = [
        page("ru-RU", v1 + "keycredential.md", "exact", [
            finding("DL402", "error", "name 'Контекст' is 'customKeyIdentifier' in the en-US source", 24, 3, "Контекст",
                    "| Контекст | Binary | Настраиваемый идентификатор ключа. |",
                    en(24, 3, "customKeyIdentifier"), write_fix("customKeyIdentifier", 24, 3, 11)),
            finding("DL404", "error", "type 'Строка' is 'String' in the en-US source", 25, 17, "Строка",
                    "| displayName | Строка | Удобное имя для ключа. Необязательное свойство. |",
                    en(25, 17, "String"), write_fix("String", 25, 17, 23)),
        ]),
        page("ru-RU", v1 + "mailtips.md", "exact", [
            finding("DL404", "error", "type 'Строка' is 'String' in the en-US source", 26, 19, "Строка",
                    "| customMailTip | Строка | Пользовательский совет по почте, который можно установить на почтовом ящике получателя. |",
                    en(26, 19, "String"), write_fix("String", 26, 19, 25)),
            finding("DL405", "warning", "type 'string' is 'String' in the en-US source (letter case only)", 27, 19, "string",
                    "| emailAddress | string | Адрес электронной почты получателя. |",
                    en(27, 19, "String"), write_fix("String", 27, 19, 25)),
            finding("DL410", "error", "line 3 of the code block differs from the en-US source's", 48, 3,
                    "\"externalMemberCount\": \"1024\",", "  \"externalMemberCount\": \"1024\",",
                    en(48, 3, "\"externalMemberCount\": 1024,"), write_fix("\"externalMemberCount\": 1024,", 48, 3, 33)),
        ]),
        page("ru-RU", v1 + "baseitem.md", "missing", []),
    ]
    zh = [
        page("zh-CN", v1 + "baseitem.md", "exact", [
            finding("DL404", "error", "type '字符串' is 'String' in the en-US source", 62, 24, "字符串",
                    "| description          | 字符串            | 提供项的用户可见的说明。 可选。                             |",
                    en(62, 24, "String"), write_fix("String", 62, 24, 27)),
            finding("DL404", "error", "type '字符串' is 'String' in the en-US source", 63, 24, "字符串",
                    "| eTag                 | 字符串            | 该项目的 ETag。只读。                                                          |",
                    en(63, 24, "String"), write_fix("String", 63, 24, 27)),
        ]),
        page("zh-CN", v1 + "directoryaudit.md", "exact", [
            finding("DL406", "error", "enum member '添加' is 'Add' in the en-US source", 39, 88, "添加",
                    "| operationType       | 字符串 | 指示已执行的操作的类型。 可能的值包括但不限于以下内容：`添加`、`Assign`、`Update`和 `Unassign`。 |",
                    en(39, 120, "Add"), write_fix("Add", 39, 88, 90)),
            finding("DL407", "warning", "enum member 'assign' is 'Assign' in the en-US source (letter case only)", 39, 93,
                    "assign", "| operationType       | 字符串 | 指示已执行的操作的类型。 可能的值包括但不限于以下内容：`添加`、`assign`、`Update`和 `Unassign`。 |",
                    en(39, 127, "Assign"), write_fix("Assign", 39, 93, 99)),
            finding("DL409", "warning", "the table has a row the en-US source does not have: 'activityDisplayName2'", 41, 1,
                    "| activityDisplayName2 | 字符串 | 活动名称。 |",
                    "| activityDisplayName2 | 字符串 | 活动名称。 |", None, None, [], 42, 1),
        ]),
        page("zh-CN", v1 + "sortproperty.md", "exact", []),
    ]
    return document(de + ru + zh)


def hostile():
    v1 = "api-reference/v1.0/resources/"
    long_line = "| note | String | " + "Sehr lange Zeile " * 1200 + "<TARGET> " + "und weiter " * 1500 + "|"
    target_col = long_line.index("<TARGET>") + 1
    long_code_en = "{" + ", ".join(f'"p{i}": {i}' for i in range(700)) + "}"
    long_code_de = long_code_en.replace('"p350": 350', '"p350": "dreihundertfünfzig"')
    script = "<script>alert(\"x\")</script>"
    pages = [
        page("ar-SA", v1 + "user.md", "exact", [
            finding("DL402", "error", "name 'الاسم' is 'displayName' in the en-US source", 20, 3, "الاسم",
                    "| الاسم | String | اسم المستخدم " + script + " & 'quoted' |", en(20, 3, "displayName"),
                    write_fix("displayName", 20, 3, 8)),
            finding("DL402", "error", "name '\u202Etxetneilc' is 'clientText' in the en-US source", 21, 3,
                    "\u202Etxetneilc", "| \u202Etxetneilc | String | bidi override \u2066isolate\u2069 |",
                    en(21, 3, "clientText"), write_fix("clientText", 21, 3, 14)),
            finding("DL403", "warning", "name 'client\u200bContext' differs from 'clientContext' only in an invisible character",
                    22, 3, "client\u200bContext", "| client\u200bContext | String | zero width space inside |",
                    en(22, 3, "clientContext"), write_fix("clientContext", 22, 3, 17)),
        ]),
        page("de-DE", v1 + "<script>alert('path')</script>&amp;.md", "exact", [
            finding("DL404", "error", "type '</script><script>alert(1)</script>' is 'String' in the en-US source", 10, 10,
                    "</script><script>alert(1)</script>", "| evil | </script><script>alert(1)</script> | \"><img src=x onerror=alert(2)> |",
                    en(10, 10, "String"), {"title": "write '<b>String</b>' & \"quote\"", "safe": True, "edits": []},
                    [{"message": "note with <i>markup</i> & an ampersand", "file": "x\"><svg onload=alert(3)>.md",
                      "line": 3, "column": 1},
                     {"message": "a note pointing nowhere", "file": None, "line": None, "column": None}]),
            finding("DL408", "error", "possible value 'TARGET' in a very long line", 12, target_col, "<TARGET>",
                    long_line, en(12, 40, "<target>")),
            finding("DL410", "error", "a minified JSON line differs from the en-US source's", 30, 1, long_code_de, long_code_de,
                    en(30, 1, long_code_en)),
            finding("DL410", "error", "controls in a code line: NUL \x00 ESC \x1b CR \r LSEP \u2028", 31, 1,
                    "a\x00b\x1bc\rd\u2028e", "a\x00b\x1bc\rd\u2028e", en(31, 1, "abcde")),
            finding("DL406", "error", "composed and decomposed accents differ", 32, 5, "caf\u00e9", "    caf\u00e9 x",
                    en(32, 5, "cafe\u0301")),
        ]),
        page("x\"><img src=x onerror=alert(4)>", v1 + "hostile-locale.md", "latest", [
            finding("DL401", "note", "no en-US version has this page's 'ms.openlocfilehash'; compared with the latest",
                    4, 1, "", "ms.contentlocale: x\"><img src=x onerror=alert(4)>", en(1, 1, "")),
        ]),
    ]
    return document(pages)


def clean():
    v1 = "api-reference/v1.0/resources/"
    return document([page("de-DE", v1 + "a.md", "exact", []), page("fr-FR", v1 + "a.md", "exact", []),
                     page("fr-FR", v1 + "b.md", "source-commit", [])], source_kind="folder",
                    source_path="../corpus/en-US")


def empty():
    return document([], source_kind="folder", source_path="en-US")


def inconsistent():
    d = several_locales()
    d["summary"]["findings"] += 1
    d["summary"]["findingsByKind"]["DL404"] -= 1
    d["locales"][1]["pages"] += 2
    d["pages"][0]["findings"][0]["code"] = "DL499"
    return d


def large(n):
    """n findings over pages of four locales, 1 to 12 findings a page: for size and speed checks."""
    codes = [k[0] for k in KINDS]
    pages, made, i = [], 0, 0
    while made < n:
        locale = ["de-DE", "fr-FR", "ru-RU", "zh-CN"][i % 4]
        k = min(n - made, 1 + (i * 7) % 12)
        fs = []
        for j in range(k):
            code = codes[(i + j * 3) % len(codes)]
            sev = "error" if code in ("DL402", "DL404", "DL406", "DL408", "DL410") else ("note" if code in ("DL401", "DL411") else "warning")
            fs.append(finding(code, sev, f"name 'Eigenschaft{j}' is 'property{j}' in the en-US source", 20 + j, 3,
                              f"Eigenschaft{j}", f"| Eigenschaft{j} | Zeichenfolge | Beschreibung der Eigenschaft {j} auf Seite {i}. |",
                              en(20 + j, 3, f"property{j}"), write_fix(f"property{j}", 20 + j, 3, 15)))
        pages.append(page(locale, f"api-reference/v1.0/resources/page{i:06d}.md", "exact", fs))
        made += k
        i += 1
    return document(pages)


def save(name, doc):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        json.dump(large(int(sys.argv[2])), sys.stdout, ensure_ascii=False)
        sys.exit(0)
    save("several-locales.json", several_locales())
    save("hostile.json", hostile())
    save("clean.json", clean())
    save("empty.json", empty())
    save("inconsistent.json", inconsistent())
    for name in ["several-locales", "hostile"]:
        for p in json.load(open(os.path.join(HERE, name + ".json"), encoding="utf-8"))["pages"]:
            for f in p["findings"]:
                if f["endLine"] == f["line"]:
                    assert f["lineText"][f["column"] - 1:f["endColumn"] - 1] == f["text"], (p["path"], f)
