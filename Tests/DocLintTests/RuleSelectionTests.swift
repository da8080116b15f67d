import DocLint
import GraphDocs
import Testing

/// Which rules run on a page: the linter's rules that the page's settings enable, however either was
/// changed after it was made.
@Suite struct RuleSelectionTests {
    /// A translated type (DL205) and a JSON block that does not parse (DL101).
    static let page = """
        | Property | Type | Description |
        |:--|:--|:--|
        | id | 字符串 | The ID. |

        <!-- { "blockType": "example" } -->
        ```json
        { "id": }
        ```

        """

    func codes(_ linter: Linter) -> Set<String> {
        Set(linter.lint(GraphPage(path: "t.md", bytes: Array(Self.page.utf8))).map(\.rule.code))
    }

    @Test func settingsChangedAfterTheyWereMadeAreFollowed() {
        var linter = Linter()
        #expect(codes(linter).contains("DL205"))
        var settings = LintSettings()
        settings.enabledRules.remove("DL205")
        let without = settings
        linter.settings = { _ in without }
        #expect(!codes(linter).contains("DL205"))
        #expect(codes(linter).contains("DL101"))
        settings.enabledRules = ["DL205"]
        let only = settings
        linter.settings = { _ in only }
        #expect(codes(linter) == ["DL205"])
    }

    @Test func rulesChangedAfterTheLinterWasMadeAreFollowed() {
        var linter = Linter()
        linter.rules = linter.rules.filter { type(of: $0).descriptor.id.code != "DL205" }
        #expect(!codes(linter).contains("DL205"))
        #expect(codes(linter).contains("DL101"))
        linter.rules = RuleRegistry.all.filter { $0.descriptor.id.code == "DL205" }.map { $0.init() }
        #expect(codes(linter) == ["DL205"])
    }
}
