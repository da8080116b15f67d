import GraphDocs

/// DL204: a property row's name must match the JSON key's letter case.
struct PropertyNameCaseMismatch: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL204", "property-name-case-mismatch"),
        summary: "Property row differs from the JSON key only in letter case",
        defaultSeverity: .error,
        explanation: """
            Reports a property row whose name equals a JSON representation key except for letter case \
            (`Subcode` for `subcode`), as translation leaves it when it capitalises the first word of a cell.
            """,
        rationale: "JSON property names are case-sensitive: `Subcode` is not a property of the resource.",
        fixSafety: """
            Writing the key's spelling is a safe fix on a translated page (translation never changes the JSON); \
            on a source-language (en-US) page the key may be the wrong side, so the fix is unsafe there.
            """,
        examples: [
            .bad(
                """
                ---
                ms.contentlocale: de-DE
                ---
                | Eigenschaft | Typ | Beschreibung |
                |:--|:--|:--|
                | Subcode | Int32 | Der Untercode. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.resultInfo" } -->
                ```json
                { "subcode": 1024 }
                ```
                """,
                fix: .safe(
                    """
                    ---
                    ms.contentlocale: de-DE
                    ---
                    | Eigenschaft | Typ | Beschreibung |
                    |:--|:--|:--|
                    | subcode | Int32 | Der Untercode. |

                    <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.resultInfo" } -->
                    ```json
                    { "subcode": 1024 }
                    ```
                    """)),
            .bad(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | Subcode | Int32 | The sub-code. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.resultInfo" } -->
                ```json
                { "subcode": 1024 }
                ```
                """,
                fix: .unsafe(
                    """
                    | Property | Type | Description |
                    |:--|:--|:--|
                    | subcode | Int32 | The sub-code. |

                    <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.resultInfo" } -->
                    ```json
                    { "subcode": 1024 }
                    ```
                    """)),
            .good(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | subcode | Int32 | The sub-code. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.resultInfo" } -->
                ```json
                { "subcode": 1024 }
                ```
                """),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let alignment = context.analysis.alignment else { return }
        // Translation retouches the table, never the JSON: there the key is right. On a source-language
        // page either side may be the wrong one (a capitalised `Manufacturer` key).
        let translated = page.locale.lowercased() != "en-us"
        for pair in alignment.pairs where pair.reason == .caseOnly {
            context.report(
                Self.descriptor,
                "property '\(pair.row.displayName)' differs in case from the JSON key '\(pair.key.key)'",
                at: pair.row.nameRange,
                notes: [Note("'\(pair.key.key)' is declared here", range: pair.key.keyRange)],
                fix: pair.row.name.source != nil
                    ? nil
                    : Fix(
                        title: "write '\(pair.key.key)'",
                        edits: [Edit(range: pair.row.nameRange, replacement: pair.key.key)], isSafe: translated))
        }
    }
}
