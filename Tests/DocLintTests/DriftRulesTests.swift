import DocLint
import DocMarkdown
import Foundation
import GraphDocs
import Testing

@Suite struct DriftRulesTests {
    static let driftRules = RuleRegistry.all.filter { $0.descriptor.id.code.hasPrefix("DL4") }

    static func markdownFiles(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "md" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The en-US pages compared with themselves (a folder source): every page is its own exact source
    /// and nothing differs.
    @Test func enUSComparedWithItselfHasNoFinding() throws {
        let folder = TestSupport.samples.appendingPathComponent("en-US")
        let files = Self.markdownFiles(under: folder)
        #expect(files.count >= 5)
        var linter = Linter(rules: Self.driftRules.map { $0.init() }, source: FolderSource())
        linter.sources = try SourcePairing(
            locator: FolderSourceLocator(source: FolderSource(), root: folder.path),
            pages: files.map { ($0.path, LocalizedPath(path: $0.path, root: folder.path).relative) },
            read: FolderSource.readFile)
        for file in files {
            let report = linter.lint(path: file.path, bytes: [UInt8](try Data(contentsOf: file)))
            #expect(report.diagnostics.isEmpty, "\(file.lastPathComponent): \(report.diagnostics.map(\.message))")
        }
    }

    /// A source opened while the pages' front matter is read pairs the pages as one opened first does,
    /// and a source that cannot be opened is the error.
    @Test func aSourceOpenedAlongsideTheReadsPairsTheSame() throws {
        let (pages, _) = try DriftAccuracyTests.manifest()
        let root = TestSupport.samples.appendingPathComponent("en-US-sources").path
        let asked = pages.map { ($0.url.path, LocalizedPath($0.display).relative) }
        let first = try SourcePairing(
            locator: FolderSourceLocator(source: FolderSource(), root: root), pages: asked, read: FolderSource.readFile)
        let alongside = try SourcePairing(
            opening: { FolderSourceLocator(source: FolderSource(), root: root) }, pages: asked,
            read: FolderSource.readFile)
        func summary(_ pairing: SourcePairing) -> [String] {
            asked.map { page in
                switch pairing.lookup(page.0) {
                case .found(let located)?: "\(page.0) \(located.location) \(located.exactness)"
                case .missing(let path)?: "\(page.0) missing \(path)"
                case nil: "\(page.0) nil"
                }
            }
        }
        #expect(summary(alongside) == summary(first))
        #expect(summary(first).contains { $0.hasSuffix(" exact") })
        #expect(throws: (any Error).self) {
            try SourcePairing(
                opening: { try SourceLocators.open("/nonexistent-doclint") }, pages: asked, read: FolderSource.readFile)
        }
    }

    /// Every manifest page with an exact source, its property tables replaced by the source's tables:
    /// translation's marks are gone, and no drift rule may fire.
    @Test func aPageWhoseTablesAreTheSourcesHasNoFinding() throws {
        let (pages, _) = try DriftAccuracyTests.manifest()
        let locator = FolderSourceLocator(
            source: FolderSource(), root: TestSupport.samples.appendingPathComponent("en-US-sources").path)
        let linter = Linter(rules: Self.driftRules.map { $0.init() }, source: FolderSource())
        var checked = 0
        var driftedBefore = 0
        for page in pages where page.annotated {
            let bytes = [UInt8](try Data(contentsOf: page.url))
            let relative = LocalizedPath(page.display).relative
            guard let located = try locator.locate([SourceRequest(path: relative, page: bytes)]).first ?? nil,
                located.exactness == .exact
            else { continue }
            let original = GraphPage(path: page.display, bytes: bytes)
            let source = GraphPage(path: located.location, bytes: located.bytes)
            // Before: the page differs from its source (the manifest lists its translation errors) or is clean.
            let before = linter.report(original, source: .found(located))
            if !before.diagnostics.isEmpty { driftedBefore += 1 }
            var replaced = bytes
            let pairs = SourceTableAlignment(page: original, source: source).pairs
            for pair in pairs.sorted(by: { $0.page.table.range.start > $1.page.table.range.start }) {
                let s = pair.source.table.range
                replaced.replaceSubrange(
                    pair.page.table.range.start..<pair.page.table.range.end, with: located.bytes[s.start..<s.end])
            }
            let lookup = try locator.locate([SourceRequest(path: relative, page: replaced)]).first ?? nil
            #expect(lookup?.exactness == .exact, "\(page.display): the front matter still names the source")
            let report = linter.report(
                GraphPage(path: page.display, bytes: replaced), source: lookup.map(SourceLookup.found))
            #expect(
                report.diagnostics.isEmpty, "\(page.display): \(report.diagnostics.map { "\($0.rule) \($0.message)" })")
            checked += 1
        }
        #expect(checked >= 25, "too few manifest pages have an exact source in docs-samples/en-US-sources")
        #expect(driftedBefore >= 20, "the pages had drift findings before their tables were replaced")
    }

    @Test func withoutASourceTheDriftRulesDoNothing() throws {
        let url = TestSupport.samples.appendingPathComponent("ru-RU/api-reference/beta/resources/commsoperation.md")
        let report = Linter(rules: Self.driftRules.map { $0.init() }).lint(
            path: "ru-RU/x.md", bytes: [UInt8](try Data(contentsOf: url)))
        #expect(report.diagnostics.isEmpty)
    }

    /// Against a version that is not the exact source, translation findings are warnings with unsafe fixes.
    @Test func anInexactSourceMakesNoErrorAndNoSafeFix() throws {
        let page = "| Свойство | Тип | Описание |\n|:--|:--|:--|\n| Контекст | Строка | Контекст. |\n"
        let source = "| Property | Type | Description |\n|:--|:--|:--|\n| clientContext | String | The context. |\n"
        for exact in [true, false] {
            let found = TestSupport.lint(.bad(page, source: source, exact: exact))
                .filter { $0.rule.code.hasPrefix("DL4") }
            #expect(Set(found.map(\.rule.code)) == (exact ? ["DL402", "DL404"] : ["DL401", "DL402", "DL404"]))
            for d in found where d.rule.code != "DL401" {
                #expect(d.severity == (exact ? .error : .warning))
                #expect(d.fix?.isSafe == exact)
                // The note points into the en-US source, at the compared text.
                let note = try #require(d.notes.first?.external)
                #expect(note.file == "en-US/test.md" && note.position.line == 3)
            }
        }
    }

    /// A Methods table names operations in prose and says "None" for no return type: translating those
    /// is not drift; a translated return type is.
    @Test func methodNamesAndNoneAreProseButReturnTypesAreTypes() {
        let page = """
            | Метод | Возвращаемый тип | Описание |
            |:--|:--|:--|
            | [Список](../api/x-list.md) | Коллекция [todoTask](todotask.md) | Список. |
            | [Удаление](../api/x-delete.md) | Нет | Удаление. |

            """
        let source = """
            | Method | Return type | Description |
            |:--|:--|:--|
            | [List](../api/x-list.md) | [todoTask](todotask.md) collection | List. |
            | [Delete](../api/x-delete.md) | None | Delete. |

            """
        let found = TestSupport.lint(.bad(page, source: source)).filter { $0.rule.code.hasPrefix("DL4") }
        #expect(found.map(\.rule.code) == ["DL404"])
        #expect(found.first?.message.contains("Коллекция [todoTask](todotask.md)") == true)
    }
}
