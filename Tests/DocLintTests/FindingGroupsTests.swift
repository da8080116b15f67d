import DocLint
import Testing

@Suite struct FindingGroupsTests {
    /// A long table of translated types is one group per word; every finding keeps its position.
    @Test func findingsAreGroupedByRuleAndWord() {
        let table = (0..<12).map { "| p\($0) | Строка | P. |" }.joined(separator: "\n")
        let rows = "| Property | Type | Description |\n|:--|:--|:--|\n\(table)\n| q | Логическое | Q. |\n"
        let d = TestSupport.lint(rows)
        #expect(d.filter { $0.rule.code == "DL205" }.count == 13)
        #expect(Set(d.map(\.range.start)).count == d.count)
        var groups = FindingGroups()
        groups.add(d)
        var other = FindingGroups()
        other.add(d)
        groups.add(other)
        #expect(
            groups.groups(minimum: 2).map { "\($0.rule.code) \($0.word) \($0.count) \($0.files)" } == [
                "DL205 Строка 24 2", "DL205 Логическое 2 2",
            ])
        #expect(groups.groups(minimum: 3).count == 1)
    }

    @Test func theWordIsTheKeyOrTheFirstQuotedName() {
        var d = Diagnostic(
            rule: RuleID("DL301", "example-unknown-property"), severity: .error,
            message: "property 'idd' is not declared by type 'x'", range: .init(start: 0, end: 1))
        #expect(FindingGroups.word(of: d) == "idd")
        d.key = "k"
        #expect(FindingGroups.word(of: d) == "k")
        d.key = nil
        d.message = "no quotes"
        #expect(FindingGroups.word(of: d) == "no quotes")
    }
}
