import Foundation
import GraphDocs
import Testing

@Suite struct SourceLocatorTests {
    static func crlfHash(_ text: String) -> String { OpenLocFileHash.of(Array(text.utf8)) }

    static func page(hash: String?, commit: String? = nil, body: String = "# x\n") -> [UInt8] {
        var front = "---\ntitle: x\n"
        if let hash { front += "ms.openlocfilehash: \(hash)\n" }
        if let commit { front += "ms.sourcegitcommit: \(commit)\n" }
        return Array((front + "ms.contentlocale: de-DE\n---\n" + body).utf8)
    }

    @Test func findsTheVersionWhoseCRLFHashIsTheOpenLocFileHash() throws {
        let repo = try GitFixture()
        let path = "api-reference/beta/resources/a.md"
        let first = try repo.commit([path: "# a\n\n| Property | Type |\n|--|--|\n| id | String |\n"])
        try repo.commit([path: "# a\n\nsecond version\n"])
        let third = try repo.commit([path: "# a\n\nthird version\n"])
        let locator = try GitSourceLocator(try #require(GitRepository(path: repo.path)))
        let found = try locator.locate([
            SourceRequest(
                path: path,
                page: Self.page(hash: Self.crlfHash("# a\n\n| Property | Type |\n|--|--|\n| id | String |\n"))),
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("# a\n\nthird version\n"))),
        ])
        #expect(found[0]?.exactness == .exact)
        #expect(found[0]?.revision == first)
        #expect(
            found[0].map { String(decoding: $0.bytes, as: UTF8.self) }
                == "# a\n\n| Property | Type |\n|--|--|\n| id | String |\n")
        #expect(found[0]?.location == "\(repo.path)@\(first.prefix(10)):\(path)")
        #expect(found[1]?.exactness == .exact)
        #expect(found[1]?.revision == third)
    }

    @Test func fallsBackToTheSourceCommitThenHeadThenTheNewestVersion() throws {
        let repo = try GitFixture()
        let path = "api-reference/v1.0/resources/b.md"
        let gone = "api-reference/v1.0/resources/gone.md"
        let first = try repo.commit([path: "one\n", gone: "gone one\n"])
        try repo.commit([path: "two\n", gone: "gone two\n"])
        let head = try repo.commit([gone: nil])
        let locator = try GitSourceLocator(try #require(GitRepository(path: repo.path)))
        let unknown = String(repeating: "e", count: 40)
        let found = try locator.locate([
            SourceRequest(path: path, page: Self.page(hash: unknown, commit: first)),
            SourceRequest(path: path, page: Self.page(hash: unknown, commit: String(first.prefix(7)))),
            SourceRequest(path: path, page: Self.page(hash: unknown)),
            SourceRequest(path: gone, page: Self.page(hash: unknown)),
            SourceRequest(path: "api-reference/v1.0/resources/never.md", page: Self.page(hash: unknown)),
        ])
        #expect(found[0]?.exactness == .sourceCommit)
        #expect(found[0].map { String(decoding: $0.bytes, as: UTF8.self) } == "one\n")
        #expect(found[1]?.exactness == .sourceCommit)
        #expect(found[2]?.exactness == .latest)
        #expect(found[2]?.revision == head)
        #expect(found[2].map { String(decoding: $0.bytes, as: UTF8.self) } == "two\n")
        #expect(found[3]?.exactness == .latest)
        #expect(found[3].map { String(decoding: $0.bytes, as: UTF8.self) } == "gone two\n")
        #expect(found[4] == nil)
    }

    @Test func followsRenamesGitDetectsAndRenamesAfterTheHistoryEnds() throws {
        let repo = try GitFixture()
        let text = (1...30).map { "| row\($0) | String | text \($0) |\n" }.joined()
        let old = "api-reference/beta/resources/intune-deviceconfigv2-devicemode.md"
        let moved = "api-reference/beta/resources/moved.md"
        let original = "api-reference/beta/resources/original.md"
        try repo.commit([old: "# devicemode\n" + text, original: "# original\n" + text])
        // Renamed with a small change, so no version at the new path has the old text.
        try repo.git(["mv", original, moved])
        try repo.commit([moved: "# original\n" + text + "| new | String | added |\n"], message: "rename")
        let locator = try GitSourceLocator(try #require(GitRepository(path: repo.path)))
        #expect(locator.history.renames[moved]?.contains(original) == true)
        let found = try locator.locate([
            // The localized tree has the file at its new name; the history only knows the old one.
            SourceRequest(
                path: "api-reference/beta/resources/intune-shared-devicemode.md",
                page: Self.page(hash: Self.crlfHash("# devicemode\n" + text))),
            // Renamed inside the history: the old path's versions are searched.
            SourceRequest(path: moved, page: Self.page(hash: Self.crlfHash("# original\n" + text))),
        ])
        #expect(found[0]?.exactness == .exact)
        #expect(found[0]?.path == old)
        #expect(found[1]?.exactness == .exact)
        #expect(found[1]?.path == original)
    }

    @Test func aPageIdenticalToAVersionIsItsOwnExactSource() throws {
        let repo = try GitFixture()
        let path = "api-reference/v1.0/resources/c.md"
        let text = "---\ntitle: c\n---\n# c\n"
        try repo.commit([path: text])
        let locator = try GitSourceLocator(try #require(GitRepository(path: repo.path)))
        let found = try locator.locate([SourceRequest(path: path, page: Array(text.utf8))])
        #expect(found[0]?.exactness == .exact)
    }

    @Test func gitSourceReadsAndListsARevision() throws {
        let repo = try GitFixture()
        let first = try repo.commit(["a/x.md": "x1\n", "a/b/y.md": "y\n"])
        try repo.commit(["a/x.md": "x2\n", "z.md": "z\n"])
        let repository = try #require(GitRepository(path: repo.path))
        let head = try #require(GitSource(repository))
        let old = try #require(GitSource(repository, revision: first, reader: head.reader))
        #expect(head.read("a/x.md") == Array("x2\n".utf8))
        #expect(old.read("a/x.md") == Array("x1\n".utf8))
        #expect(old.read("z.md") == nil)
        #expect(head.list("a")?.sorted() == ["b", "x.md"])
        #expect(head.list(".")?.sorted() == ["a", "z.md"])
        #expect(head.list("nowhere") == nil)
        #expect(try head.read(["z.md", "missing.md", "a/b/y.md"]) == [Array("z\n".utf8), nil, Array("y\n".utf8)])
        #expect(GitSource(repository, revision: "no-such-branch") == nil)
        #expect(GitRepository(path: FileManager.default.temporaryDirectory.path) == nil)
    }

    @Test func parsesRenamesAndDeletionsFromTheLog() {
        let zero = String(repeating: "0", count: 40)
        let a = String(repeating: "a", count: 40)
        let b = String(repeating: "b", count: 40)
        var log = "C c2\0\n:100644 100644 \(a) \(a) R100\0old.md\0new.md\0:100644 000000 \(b) \(zero) D\0del.md\0"
        log += "C c1\0\n:000000 100644 \(zero) \(a) A\0old.md\0:000000 100644 \(zero) \(b) A\0del.md\0"
        let history = GitHistory(log: Array(log.utf8))
        #expect(history.versions["new.md"] == [GitHistory.Version(commit: "c2", blob: a, path: "new.md")])
        #expect(history.versions["old.md"] == [GitHistory.Version(commit: "c1", blob: a, path: "old.md")])
        #expect(history.versions["del.md"]?.map(\.commit) == ["c1"])
        #expect(history.renames["new.md"] == ["old.md"])
        #expect(history.relatedPaths(of: "new.md") == ["old.md"])
        #expect(history.storedPath("NEW.md") == "new.md")
    }

    @Test func folderLocatorReadsOneTreeOrCommitNamedSnapshots() throws {
        let path = "api-reference/beta/resources/d.md"
        let source = MemorySource([
            "en/\(path)": Array("plain\n".utf8),
            "snaps/1111111/\(path)": Array("first\n".utf8),
            "snaps/2222222/\(path)": Array("second\n".utf8),
        ])
        let plain = FolderSourceLocator(source: source, root: "en")
        #expect(plain.snapshots == nil)
        let found = try plain.locate([
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("plain\n"))),
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("other\n"))),
            SourceRequest(path: "api-reference/none.md", page: Self.page(hash: Self.crlfHash("plain\n"))),
        ])
        #expect(found[0]?.exactness == .exact)
        #expect(found[0]?.location == "en/\(path)")
        #expect(found[1]?.exactness == .latest)
        #expect(found[2] == nil)
        let snapshots = FolderSourceLocator(source: source, root: "snaps")
        #expect(snapshots.snapshots == ["1111111", "2222222"])
        let inSnapshots = try snapshots.locate([
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("second\n"))),
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("other\n"), commit: "1111111abcdef")),
            SourceRequest(path: path, page: Self.page(hash: Self.crlfHash("other\n"))),
        ])
        #expect(inSnapshots[0]?.exactness == .exact)
        #expect(inSnapshots[0]?.revision == "2222222")
        #expect(inSnapshots[1]?.exactness == .sourceCommit)
        #expect(inSnapshots[1]?.revision == "1111111")
        #expect(inSnapshots[2] == nil)
    }
}

@Suite struct SelfComparisonTests {
    /// An en-US tree compared with a repository holding its history: each page is found as its own
    /// exact source (it has no `ms.openlocfilehash`; its own text is the version), and nothing differs.
    @Test func enUSPagesComparedWithTheirRepositoryHaveNoDifference() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs-samples/en-US")
        let files = try #require(FileManager.default.subpaths(atPath: samples.path)).filter { $0.hasSuffix(".md") }
        #expect(files.count >= 5)
        let repo = try GitFixture()
        var older: [String: String?] = [:]
        var current: [String: String?] = [:]
        for file in files {
            let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            older[file] = text + "\nan older version\n"
            current[file] = text
        }
        try repo.commit(older, message: "older")
        try repo.commit(current, message: "current")
        let locator = try GitSourceLocator(try #require(GitRepository(path: repo.path)))
        let pages = try files.map { [UInt8](try Data(contentsOf: samples.appendingPathComponent($0))) }
        let found = try locator.locate(zip(files, pages).map { SourceRequest(path: $0, page: $1) })
        for (file, (bytes, located)) in zip(files, zip(pages, found)) {
            let source = try #require(located, "\(file)")
            #expect(source.exactness == .exact, "\(file)")
            let comparison = SourceComparison(
                page: GraphPage(path: file, bytes: bytes),
                source: GraphPage(path: source.location, bytes: source.bytes),
                exact: true)
            #expect(comparison.differences.isEmpty, "\(file): \(comparison.differences)")
            #expect(!comparison.tables.pairs.isEmpty || file.contains("/api/"), "\(file): no table was compared")
        }
    }
}
