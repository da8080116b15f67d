import DocLint
import Foundation
import Testing

/// The foundation issue's acceptance criteria, on the five seed pages in docs-samples.
@Suite struct SeedAcceptanceTests {
    func report(_ path: String) throws -> FileReport {
        try TestSupport.lint(file: TestSupport.samples.appendingPathComponent(path), displayPath: path)
    }

    func line(_ report: FileReport, _ d: Diagnostic) -> Int { report.lines.position(of: d.range.start).line }

    @Test func russianPagePairsKontekstWithClientContextAndFindsStroka() throws {
        let r = try report("ru-RU/api-reference/beta/resources/commsoperation.md")
        let pair = try #require(r.diagnostics.first { $0.rule.code == "DL201" })
        #expect(pair.message == "property 'Контекст' is not in the JSON representation; did you mean 'clientContext'?")
        #expect(line(r, pair) == 33)
        #expect(r.lines.text(in: pair.range) == "Контекст")
        #expect(pair.notes.first?.message == "'clientContext' is declared here")
        #expect(pair.notes.first.flatMap { $0.range }.map { r.lines.text(in: $0) } == "\"clientContext\"")
        let stroka = r.diagnostics.filter { $0.rule.code == "DL205" }
        #expect(stroka.map(\.message) == ["type 'Строка' is translated; the en-US type is 'String'"])
        #expect(stroka.map { line(r, $0) } == [34])
        // One finding for the renamed row, not a second one for the "missing" key.
        #expect(!r.diagnostics.contains { $0.rule.code == "DL202" })
    }

    @Test func chinesePageFindsZifuchuanTwice() throws {
        let r = try report("zh-CN/api-reference/beta/resources/commsoperation.md")
        let types = r.diagnostics.filter { $0.rule.code == "DL205" }
        #expect(types.count == 2)
        #expect(types.allSatisfy { r.lines.text(in: $0.range) == "字符串" })
        #expect(types.allSatisfy { $0.fix?.edits.first?.replacement == "String" && $0.fix?.isSafe == true })
    }

    @Test(arguments: [
        "de-DE/api-reference/beta/resources/commsoperation.md", "de-DE/api-reference/beta/resources/operation.md",
        "ru-RU/api-reference/beta/resources/operation.md",
    ])
    func germanAndCleanPagesHaveNoErrors(_ path: String) throws {
        let r = try report(path)
        #expect(r.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
    }

    @Test func sxsPageUsesTheEnglishSourceText() throws {
        let r = try report("ru-RU-sxs/api-reference/beta/resources/commsoperation.md")
        let pair = try #require(r.diagnostics.first { $0.rule.code == "DL201" })
        #expect(pair.message.hasSuffix("did you mean 'clientContext'?"))
    }
}
