import Foundation
import GraphDocs
import Synchronization
import Testing

/// A memory source that counts the reads of existing files, per path.
final class CountingSource: DocumentSource {
    let files: MemorySource
    let reads = Mutex<[String: Int]>([:])

    init(_ files: [String: String]) {
        self.files = MemorySource(files.mapValues { Array($0.utf8) })
    }

    func read(_ path: String) -> [UInt8]? {
        guard let bytes = files.read(path) else { return nil }
        reads.withLock { $0[path, default: 0] += 1 }
        return bytes
    }

    func list(_ path: String) -> [String]? { files.list(path) }

    /// The paths read, each once, sorted.
    var readPaths: [String] { reads.withLock { $0.keys.sorted() } }
    /// How many reads in all.
    var readCount: Int { reads.withLock { $0.values.reduce(0, +) } }
}

/// Markdown of a resource page defining `type` with one `String` property per name.
func resourcePage(_ type: String, _ properties: [String] = ["id"], base: String? = nil) -> String {
    let rows = properties.map { "| \($0) | String | The \($0). |" }.joined(separator: "\n")
    let json = properties.map { "\"\($0)\": \"String\"" }.joined(separator: ", ")
    let baseType = base.map { ", \"baseType\": \"\($0)\"" } ?? ""
    return """
        | Property | Type | Description |
        |:--|:--|:--|
        \(rows)

        <!-- { "blockType": "resource", "@odata.type": "\(type)"\(baseType) } -->
        ```json
        { \(json) }
        ```

        """
}

@Suite struct PageStoreTests {
    let set = "docs/en-US/api-reference/v1.0"

    @Test func definitionsAreComputedOncePerPageWhateverTheSpelling() {
        let source = CountingSource(["\(set)/resources/user.md": resourcePage("microsoft.graph.user")])
        let store = PageStore(source: source)
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            #expect(store.definitions(atPath: "\(set)/resources/user.md").map(\.name) == ["microsoft.graph.user"])
        }
        // Another spelling of the name finds the same file (by the folder listing) and the same value.
        #expect(store.definitions(atPath: "\(set)/resources/User.md").map(\.name) == ["microsoft.graph.user"])
        #expect(source.reads.withLock { $0["\(set)/resources/user.md"] } == 1)
    }

    @Test func aPageParsedForALookUpIsHandedToTheLinterInsteadOfReparsed() throws {
        let path = "\(set)/resources/user.md"
        let source = CountingSource([path: resourcePage("microsoft.graph.user")])
        let store = PageStore(source: source, linting: [path])
        _ = store.definitions(atPath: path)
        #expect(store.parkedCount == 1)
        var reads = 0
        let page = store.page(path) { _ in
            reads += 1
            return []
        }
        #expect(reads == 0)
        #expect(page.resources.count == 1)
        #expect(store.parkedCount == 0)
        // The linter's page and the look-up share one value.
        #expect(store.definitions(of: page).map(\.name) == ["microsoft.graph.user"])
        #expect(source.readCount == 1)
    }

    @Test func onlyPagesTheLinterWillAskForAreKeptAndOnlyWithinTheBudget() {
        let a = "\(set)/resources/a.md"
        let b = "\(set)/resources/b.md"
        let c = "\(set)/resources/c.md"
        let pages = [a: resourcePage("microsoft.graph.a"), b: resourcePage("microsoft.graph.b"), c: resourcePage("c")]
        let source = CountingSource(pages)
        // Room for one page: `a` is kept, `b` is over the budget, `c` is not going to be linted.
        let store = PageStore(source: source, linting: [a, b], parkingBudget: pages[a]!.utf8.count)
        for path in [a, b, c] { _ = store.definitions(atPath: path) }
        #expect(store.parkedCount == 1)
        var read: [String] = []
        _ = store.page(a) { path in
            read.append(path)
            return []
        }
        _ = store.page(b) { path in
            read.append(path)
            return Array(pages[path]!.utf8)
        }
        #expect(read == [b])
    }

    @Test func aPageTheLinterHasTakenIsNotKeptAgain() {
        let a = "\(set)/resources/a.md"
        let source = CountingSource([a: resourcePage("microsoft.graph.a")])
        let store = PageStore(source: source, linting: [a])
        let page = store.page(a) { source.read($0) ?? [] }
        _ = store.definitions(of: page)
        _ = store.definitions(atPath: a)
        #expect(store.parkedCount == 0)
    }
}

@Suite struct TypeIndexTests {
    let set = "docs/en-US/api-reference/v1.0"

    func index(_ files: [String: String]) -> (TypeIndex, CountingSource) {
        let source = CountingSource(files)
        return (TypeIndex(store: PageStore(source: source)), source)
    }

    @Test func typesAreFoundByLinkByFileNameAndByTheFolderIndex() {
        let (index, source) = index([
            "\(set)/resources/user.md": resourcePage("microsoft.graph.user"),
            "\(set)/resources/callrecords-session.md": resourcePage("microsoft.graph.callRecords.session"),
            "\(set)/resources/projectrome-activity.md": resourcePage("microsoft.graph.userActivity"),
            "\(set)/api/user-get.md": "# Get user\n",
        ])
        let from = "\(set)/api/user-get.md"
        #expect(index.definition(named: "microsoft.graph.user", from: from)?.path == "\(set)/resources/user.md")
        #expect(source.readPaths == ["\(set)/api/user-get.md", "\(set)/resources/user.md"])
        #expect(
            index.definition(named: "microsoft.graph.callRecords.session", from: from)?.path
                == "\(set)/resources/callrecords-session.md")
        let link = TypeExpression(parsing: "[userActivity](../resources/projectrome-activity.md)").link!
        #expect(index.linkedType(link, from: from)?.name == "microsoft.graph.userActivity")
        // No page is named after it: only the folder index finds it.
        #expect(source.reads.withLock { $0.count } == 4)
        #expect(
            index.definition(named: "microsoft.graph.userActivity", from: from)?.path
                == "\(set)/resources/projectrome-activity.md")
        #expect(source.reads.withLock { $0["\(set)/resources/user.md"] } == 2)
    }

    @Test func inlineEnumerationsAndPrimitiveWordsNeverScanTheFolder() {
        let (index, source) = index([
            "\(set)/resources/user.md": resourcePage("microsoft.graph.user"),
            "\(set)/resources/team.md": resourcePage("microsoft.graph.team"),
        ])
        let from = "\(set)/resources/user.md"
        let inline = TypeExpression(parsing: "[ageGroup](#agegroup-values)").link!
        #expect(index.linkedType(inline, from: from) == nil)
        #expect(index.definition(named: "microsoft.graph.Json", from: from) == nil)
        #expect(index.definition(named: "Edm.String", from: from) == nil)
        #expect(source.readPaths == [from])
        // A name that no file suggests is looked up in the folder index, once per set.
        #expect(index.definition(named: "microsoft.graph.assignedLicense", from: from) == nil)
        #expect(index.definition(named: "microsoft.graph.assignedPlan", from: from) == nil)
        #expect(source.reads.withLock { $0["\(set)/resources/team.md"] } == 1)
    }

    @Test func enumerationsListedUnderAValuesHeadingNeverScanTheFolder() {
        let defaults =
            resourcePage("microsoft.graph.printerDefaults", ["finishings", "quality"])
            + "\n### <a name=\"printfinishing-values\"></a>значения printFinishing\n\n| Value | Description |\n|:--|:--|\n| none | None. |\n"
            + "\n#### printQuality values\n\n| Value | Description |\n|:--|:--|\n| high | High. |\n"
        let (index, source) = index([
            "\(set)/resources/printerdefaults.md": defaults,
            "\(set)/resources/team.md": resourcePage("microsoft.graph.team"),
        ])
        let from = "\(set)/resources/printerdefaults.md"
        #expect(index.definition(named: "microsoft.graph.printFinishing", from: from) == nil)
        #expect(index.definition(named: "microsoft.graph.printQuality", from: from) == nil)
        #expect(source.readPaths == [from])
        #expect(index.store.inlineEnumerations(atPath: from) == ["printfinishing", "printquality"])
    }

    @Test func aCompleteIndexReadsNothingAndResolvesLinksAndNames() {
        let user = TypeDefinition.definitions(
            in: GraphPage(path: "\(set)/resources/user.md", bytes: Array(resourcePage("microsoft.graph.user").utf8)))
        let index = TypeIndex(definitions: user)
        let link = TypeExpression(parsing: "[user](User.md)").link!
        #expect(index.linkedType(link, from: "\(set)/resources/group.md")?.name == "microsoft.graph.user")
        #expect(index.definition(named: "microsoft.graph.USER", from: "x.md")?.name == "microsoft.graph.user")
        #expect(index.definition(named: "microsoft.graph.group", from: "x.md") == nil)
    }
}
