import DocLint
import GraphDocs
import Testing

/// Inline `doclint-…` comments and the page annotation's `suppressions`, and DL112 on what they leave.
@Suite struct SuppressionTests {
    /// A table row with a translated type (DL205) at `line` of the page built by `page`.
    static func row(_ name: String) -> String { "| \(name) | 字符串 | The ID. |" }
    static let header = "| Property | Type | Description |\n|:--|:--|:--|"

    /// `(line, code)` of every finding in `markdown`, every rule running.
    static func findings(_ markdown: String) -> [String] {
        let lines = GraphPage(path: "t.md", bytes: Array(markdown.utf8)).document.lines
        return TestSupport.lint(markdown).map { "\(lines.position(of: $0.range.start).line) \($0.rule.code)" }
    }

    @Test func regionBetweenDisableAndEnable() {
        let page = """
            \(Self.header)
            \(Self.row("a"))
            <!-- doclint-disable DL205 -->
            \(Self.header)
            \(Self.row("b"))
            <!-- doclint-enable DL205 -->
            \(Self.header)
            \(Self.row("c"))
            """
        #expect(Self.findings(page) == ["3 DL205", "11 DL205"])
    }

    @Test func regionWithoutEnableRunsToTheEnd() {
        let page = "<!-- doclint-disable translated-type -->\n\(Self.header)\n\(Self.row("a"))\n"
        #expect(Self.findings(page) == [])
    }

    @Test func enableNamingOneRuleEndsOnlyItsRegion() {
        let page = """
            <!-- doclint-disable DL205 -->
            <!-- doclint-disable DL207 -->
            <!-- doclint-enable DL207 -->
            \(Self.header)
            \(Self.row("a"))

            \(Self.header)
            | b | nonsense words | x |
            """
        // DL205 stays disabled; DL207 is enabled again (and its disable, which suppressed nothing, is reported).
        #expect(Self.findings(page) == ["2 DL112", "10 DL207"])
    }

    @Test func bareEnableEndsEveryRegion() {
        let page = """
            <!-- doclint-disable DL205 -->
            <!-- doclint-disable -->
            \(Self.header)
            \(Self.row("a"))
            <!-- doclint-enable -->
            \(Self.header)
            \(Self.row("b"))
            """
        #expect(Self.findings(page) == ["9 DL205"])
    }

    @Test func nextLineCoversOnlyTheNextLine() {
        let page = """
            <!-- doclint-disable-next-line DL105 -->
            ```json
            {}
            ```

            ```json
            {}
            ```

            <!-- { "blockType": "example" } -->
            ```json
            {}
            ```
            """
        // The page annotates one block, so each bare block is a finding of its own.
        #expect(Self.findings(page) == ["6 DL105"])
    }

    @Test func fileWideAnywhereOnThePageWithSeveralRulesAndAReason() {
        let page = """
            \(Self.header)
            | b | nonsense words | x |
            \(Self.row("a"))
            <!-- doclint-disable-file DL205, unknown-type -- the table is a Japanese draft -->
            """
        #expect(Self.findings(page) == [])
        let spaces = "\(Self.header)\n\(Self.row("a"))\n<!-- doclint-disable-file DL1 DL2 -->\n"
        #expect(Self.findings(spaces) == [])
    }

    @Test func noRulesMeansEveryRule() {
        let page = "<!-- doclint-disable-file -->\n\(Self.header)\n| b | nonsense words | x |\n\(Self.row("a"))\n"
        #expect(Self.findings(page) == [])
    }

    @Test func pageAnnotationEntriesNamingDoclintRulesSuppressTheWholePage() {
        let page = """
            \(Self.header)
            \(Self.row("a"))
            <!--
            {
              "type": "#page.annotation",
              "suppressions": ["DL205: the type is the product's name", "DL207"]
            }
            -->
            """
        // DL205 is suppressed; the DL207 entry matched nothing.
        #expect(Self.findings(page) == ["7 DL112"])
        let found = TestSupport.lint(page).filter { $0.rule.code == "DL112" }
        #expect(found.map(\.message) == ["suppressions entry 'DL207' matches no finding"])
    }

    @Test func graphToolEntriesNeverSuppressButPointAtRelatedFindings() {
        let page = """
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->
            ```json
            { "size": 1, "name": "String" }
            ```
            \(Self.header)
            | size | Int32 | Size. |
            | name | String | Name. |

            <!-- { "blockType": "example", "@odata.type": "microsoft.graph.thing" } -->
            ```json
            { "size": "big", "name": "x" }
            ```
            <!--
            {
              "type": "#page.annotation",
              "suppressions": ["Error: get_thing/size: Expected type Int32 but actual was String. Property: size, actual value: 'big'"]
            }
            -->
            """
        let found = TestSupport.lint(page)
        let wrongType = found.filter { $0.rule.code == "DL302" }
        #expect(wrongType.count == 1, "the Graph docs tool entry must not hide doclint's finding")
        #expect(
            wrongType.first?.notes.last?.message
                == "the page annotation suppresses a Graph docs tool finding about 'size', which doclint does not apply; add 'DL302' to 'suppressions' to suppress this finding"
        )
        #expect(!found.contains { $0.rule.code == "DL112" }, "a Graph docs tool entry is not an unused suppression")
        let report = Linter().lint(path: "t.md", bytes: Array(page.utf8))
        #expect(report.counters["Graph docs tool suppressions (not applied by doclint)"] == 1)
    }

    @Test func graphToolEntriesAreRecognizedAsTheCorporaWriteThem() {
        let page = """
            <!--
            {
              "type": "#page.annotation",
              "suppressions": [
                "Warning: /api-reference/v1.0/resources/user.md:\\r\\n      Unable to map some markdown elements into schema.",
                " Warning: /api-reference/beta/resources/x.md: Property 'color' found in resource definition for 'microsoft.graph.workbookFilterCriteria', but not described in markdown table.",
                "Ignore DL205"
              ]
            }
            -->
            """
        let found = TestSupport.lint(page).filter { $0.rule.code == "DL112" }
        #expect(
            found.map(\.message) == [
                "suppressions entry 'Ignore DL205' names no doclint rule and is not a Graph docs tool message"
            ])
    }

    @Test func unusedAndUnknownRulesAreReportedWhereTheyAreWritten() {
        let page = "<!-- doclint-disable-file DL205, DL999, DL101 -->\n\(Self.header)\n\(Self.row("a"))\n"
        let found = TestSupport.lint(page).filter { $0.rule.code == "DL112" }
        #expect(
            found.map(\.message) == [
                "suppression names unknown rule 'DL999'", "suppression of 'DL101' matches no finding",
            ])
        #expect(found.map { $0.range.start } == [33, 40])
        #expect(
            TestSupport.fixed(page, rule: RuleID("DL112", "unused-suppression"), unsafe: false)
                == "<!-- doclint-disable-file DL205 -->\n\(Self.header)\n\(Self.row("a"))\n")
    }

    @Test func aWholeUnusedRegionIsRemovedWithItsEnable() {
        let page = "# T\n\n<!-- doclint-disable DL205 -->\nText.\n  <!-- doclint-enable DL205 -->\nMore.\n"
        let found = TestSupport.lint(page).filter { $0.rule.code == "DL112" }
        #expect(found.map(\.message) == ["'doclint-disable DL205' matches no finding"])
        #expect(
            TestSupport.fixed(page, rule: RuleID("DL112", "unused-suppression"), unsafe: false)
                == "# T\n\nText.\nMore.\n")
    }

    /// Unused page annotation entries are removed whole, neighbours over two passes; an entry that
    /// still suppresses something through another rule is reported without a fix.
    @Test func unusedPageAnnotationEntriesAreRemovedWhole() {
        let dl112 = RuleID("DL112", "unused-suppression")
        let page = """
            \(Self.header)
            \(Self.row("a"))
            <!--
            {
              "type": "#page.annotation",
              "suppressions": [
                "DL205: the type is the product's name",
                "DL207",
                "DL999: gone",
                "DL203, DL205: mixed"
              ]
            }
            -->
            """
        let found = TestSupport.lint(page).filter { $0.rule == dl112 }
        #expect(
            found.map { "\($0.message) \($0.fix != nil)" } == [
                "suppressions entry 'DL207' matches no finding true",
                "suppressions entry names unknown rule 'DL999' true",
                "suppressions entry 'DL203' matches no finding false",
            ])
        #expect(
            TestSupport.fixed(page, rule: dl112, unsafe: false) == """
                \(Self.header)
                \(Self.row("a"))
                <!--
                {
                  "type": "#page.annotation",
                  "suppressions": [
                    "DL205: the type is the product's name",
                    "DL203, DL205: mixed"
                  ]
                }
                -->
                """)
        // Two neighbours share a comma: the second goes on the next pass, leaving an empty list.
        let both = """
            # T

            <!--
            { "type": "#page.annotation", "suppressions": ["DL207", "DL999: gone"] }
            -->

            """
        #expect(
            TestSupport.fixed(both, rule: dl112, unsafe: false)
                == "# T\n\n<!--\n{ \"type\": \"#page.annotation\", \"suppressions\": [] }\n-->\n")
        // One written without brackets.
        let bare = "# T\n\n<!--\n{ \"type\": \"#page.annotation\", \"suppressions\": \"DL207\" }\n-->\n"
        #expect(
            TestSupport.fixed(bare, rule: dl112, unsafe: false)
                == "# T\n\n<!--\n{ \"type\": \"#page.annotation\", \"suppressions\": [] }\n-->\n")
    }

    @Test func danglingEnableAndUnknownDirectives() {
        let page = "<!-- doclint-enable DL205 -->\n<!-- doclint-disable-nextline DL205 -->\n# T\n"
        let found = TestSupport.lint(page).filter { $0.rule.code == "DL112" }
        #expect(
            found.map(\.message) == [
                "'doclint-enable DL205' ends no 'doclint-disable'",
                "unknown directive 'doclint-disable-nextline'; did you mean 'doclint-disable-next-line'?",
            ])
    }

    @Test func rulesThatDidNotRunAreNotJudged() {
        let page = "<!-- doclint-disable-file DL205 -->\n# T\n"
        let all = Linter().lint(path: "t.md", bytes: Array(page.utf8)).diagnostics
        #expect(all.map(\.rule.code) == ["DL112"])
        let without = Linter(rules: RuleRegistry.all.filter { $0.descriptor.id.code != "DL205" }.map { $0.init() })
        #expect(without.lint(path: "t.md", bytes: Array(page.utf8)).diagnostics.isEmpty)
    }

    @Test func dl112AnswersOnlyToSuppressionsNamingIt() {
        let hidden = "<!-- doclint-disable-file DL112 -->\n<!-- doclint-disable-file DL205 -->\n# T\n"
        #expect(Self.findings(hidden) == [])
        // A suppression of every rule does not hide its own report.
        let all = "<!-- doclint-disable-file -->\n# T\n"
        #expect(Self.findings(all) == ["1 DL112"])
    }

    @Test func suppressedFindingsAreNotFixed() {
        let page = "<!-- doclint-disable-next-line -->\n\(Self.header)\n\(Self.row("a"))\n"
        // The comment covers only the header line; the row's finding is still fixed.
        #expect(
            TestSupport.fixed(page, rule: RuleID("DL205", "translated-type"), unsafe: false).contains("| a | String |"))
        let region = "<!-- doclint-disable DL205 -->\n\(Self.header)\n\(Self.row("a"))\n"
        #expect(TestSupport.fixed(region, rule: RuleID("DL205", "translated-type"), unsafe: false) == region)
    }
}
