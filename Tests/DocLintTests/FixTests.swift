import DocLint
import Foundation
import GraphDocs
import SourceText
import Testing

/// A rule for tests that always offers a fix: it inserts "x" at the start of the page.
struct AlwaysInsertsX: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL990", "always-inserts-x"), summary: "Test rule", defaultSeverity: .warning, explanation: "x",
        rationale: "x", examples: [])
    func check(_ page: GraphPage, into context: inout LintContext) {
        context.report(
            Self.descriptor, "insert", at: SourceRange(at: 0),
            fix: Fix(title: "insert", edits: [Edit(range: SourceRange(at: 0), replacement: "x")], isSafe: true))
    }
}

@Suite struct FixApplierTests {
    static func finding(_ start: Int, _ end: Int, _ text: String, safe: Bool = true, edits more: [Edit] = [])
        -> Diagnostic
    {
        Diagnostic(
            rule: RuleID("DL205", "translated-type"), severity: .error, message: "m",
            range: SourceRange(start: start, end: end),
            fix: Fix(
                title: "t", edits: [Edit(range: SourceRange(start: start, end: end), replacement: text)] + more,
                isSafe: safe))
    }

    @Test func appliesEditsAndKeepsEveryOtherByte() {
        let bytes = Array("ab\r\ncdé\u{FEFF}fg".utf8)
        let result = FixApplier.apply(
            [Self.finding(1, 2, "B"), Self.finding(4, 5, "CC")], to: bytes, unsafe: false)
        #expect(result.bytes == Array("aB\r\nCCdé\u{FEFF}fg".utf8))
        #expect(result.applied == 2)
        #expect(result.deferred == 0)
    }

    @Test func overlappingFixesLeaveTheLaterOneForTheNextPass() {
        let bytes = Array("abcdef".utf8)
        let result = FixApplier.apply(
            [Self.finding(2, 5, "X"), Self.finding(0, 3, "Y"), Self.finding(5, 6, "Z")], to: bytes, unsafe: false)
        // Taken by first edit: 0..<3 first, then 2..<5 overlaps it, 5..<6 does not.
        #expect(result.bytes == Array("YdeZ".utf8))
        #expect(result.applied == 2)
        #expect(result.deferred == 1)
    }

    @Test func aFixWithSeveralEditsIsTakenWholeOrNotAtAll() {
        let bytes = Array("abcdef".utf8)
        let pair = Self.finding(0, 1, "A", edits: [Edit(range: SourceRange(start: 4, end: 5), replacement: "E")])
        let result = FixApplier.apply([pair, Self.finding(3, 5, "Q")], to: bytes, unsafe: false)
        #expect(result.bytes == Array("AbcdEf".utf8))
        #expect(result.deferred == 1)
    }

    @Test func insertionsAtOneOffsetOverlapButNotAtABoundary() {
        let bytes = Array("abc".utf8)
        let two = FixApplier.apply([Self.finding(1, 1, "X"), Self.finding(1, 1, "Y")], to: bytes, unsafe: false)
        #expect(two.bytes == Array("aXbc".utf8))
        #expect(two.deferred == 1)
        let boundary = FixApplier.apply([Self.finding(1, 1, "X"), Self.finding(1, 2, "B")], to: bytes, unsafe: false)
        #expect(boundary.bytes == Array("aXBc".utf8))
    }

    @Test func identicalFixesApplyOnce() {
        let bytes = Array("abc".utf8)
        let result = FixApplier.apply([Self.finding(1, 2, "B"), Self.finding(1, 2, "B")], to: bytes, unsafe: false)
        #expect(result.bytes == Array("aBc".utf8))
        #expect(result.applied == 2)
        #expect(result.deferred == 0)
    }

    @Test func unsafeFixesOnlyWhenAsked() {
        let bytes = Array("abc".utf8)
        let unsafe = [Self.finding(0, 1, "A", safe: false)]
        #expect(FixApplier.apply(unsafe, to: bytes, unsafe: false).bytes == bytes)
        #expect(FixApplier.apply(unsafe, to: bytes, unsafe: true).bytes == Array("Abc".utf8))
    }
}

@Suite struct FixRunTests {
    @Test func passesStopAtTheBoundWhenFixesNeverSettle() {
        let source = MemorySource(["a.md": Array("a".utf8)])
        let results = FixRun.run(
            files: ["a.md"], read: { _ in Array("a".utf8) }, base: source,
            makeLinter: { Linter(rules: [AlwaysInsertsX()], source: $0) }, unsafe: false, maxPasses: 4)
        guard case .success(let result?) = results[0] else {
            Issue.record("no result")
            return
        }
        #expect(String(decoding: result.fixed, as: UTF8.self) == "xxxxa")
        #expect(result.applied == 4)
        #expect(!result.converged)
    }

    @Test func laterPassesReadOtherPagesAsFixed() {
        // The overlay gives later passes the fixed bytes of every page changed so far.
        let overlay = OverlaySource(
            base: MemorySource(["x/a.md": Array("old".utf8), "x/b.md": Array("b".utf8)]),
            files: ["./x/../x/a.md": Array("new".utf8)])
        #expect(overlay.read("x/a.md") == Array("new".utf8))
        #expect(overlay.read("x/b.md") == Array("b".utf8))
    }

    @Test func overlappingFixesAreAppliedOverSeveralPasses() {
        // Both rules insert at offset 0: the second fix overlaps the first and waits for pass 2.
        let source = MemorySource(["a.md": Array("a".utf8)])
        let results = FixRun.run(
            files: ["a.md"], read: { _ in Array("a".utf8) }, base: source,
            makeLinter: { Linter(rules: [InsertsOnce<X>(), InsertsOnce<Y>()], source: $0) }, unsafe: false)
        guard case .success(let result?) = results[0] else {
            Issue.record("no result")
            return
        }
        #expect(String(decoding: result.fixed, as: UTF8.self) == "yxa")
        #expect(result.applied == 2)
        #expect(result.converged)
    }
}

/// A letter for `InsertsOnce`.
protocol Letter: Sendable { static var letter: String { get } }
enum X: Letter { static let letter = "x" }
enum Y: Letter { static let letter = "y" }

/// A rule for tests that inserts its letter at the start of the page until the page has it.
struct InsertsOnce<L: Letter>: Rule {
    static var descriptor: RuleDescriptor {
        RuleDescriptor(
            id: RuleID(L.letter == "x" ? "DL991" : "DL992", "inserts-\(L.letter)"), summary: "Test rule",
            defaultSeverity: .warning, explanation: "x", rationale: "x", examples: [])
    }
    func check(_ page: GraphPage, into context: inout LintContext) {
        guard !page.document.bytes.contains(L.letter.utf8.first!) else { return }
        context.report(
            Self.descriptor, "insert", at: SourceRange(at: 0),
            fix: Fix(title: "insert", edits: [Edit(range: SourceRange(at: 0), replacement: L.letter)], isSafe: true))
    }
}

@Suite struct UnifiedDiffTests {
    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 5\n", with: "LINE 5\n")
        let diff = String(
            decoding: UnifiedDiff.make(path: "p.md", old: Array(old.utf8), new: Array(new.utf8)), as: UTF8.self)
        #expect(
            diff == """
                --- p.md
                +++ p.md
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +LINE 5
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func distantChangesMakeTwoHunksAndCloseOnesOne() {
        let old = (1...20).map { "\($0)\n" }.joined()
        var lines = old.split(separator: "\n").map(String.init)
        lines[1] = "two"
        lines[17] = "eighteen"
        let new = lines.joined(separator: "\n") + "\n"
        let diff = String(
            decoding: UnifiedDiff.make(path: "p", old: Array(old.utf8), new: Array(new.utf8)), as: UTF8.self)
        #expect(diff.components(separatedBy: "\n@@").count == 3)
        #expect(diff.contains("@@ -1,5 +1,5 @@"))
        #expect(diff.contains("@@ -15,6 +15,6 @@"))
        lines = old.split(separator: "\n").map(String.init)
        lines[4] = "five"
        lines[10] = "eleven"
        let near = lines.joined(separator: "\n") + "\n"
        let one = String(
            decoding: UnifiedDiff.make(path: "p", old: Array(old.utf8), new: Array(near.utf8)), as: UTF8.self)
        #expect(one.contains("@@ -2,13 +2,13 @@"))
    }

    @Test func insertionsDeletionsAndAMissingFinalNewline() {
        let diff = String(
            decoding: UnifiedDiff.make(path: "p", old: Array("a\nb\nc".utf8), new: Array("a\nc\nd\n".utf8)),
            as: UTF8.self)
        #expect(
            diff == """
                --- p
                +++ p
                @@ -1,3 +1,3 @@
                 a
                -b
                -c
                \\ No newline at end of file
                +c
                +d

                """)
        #expect(UnifiedDiff.make(path: "p", old: [1, 2], new: [1, 2]).isEmpty)
        let fromEmpty = String(decoding: UnifiedDiff.make(path: "p", old: [], new: Array("x\n".utf8)), as: UTF8.self)
        #expect(fromEmpty == "--- p\n+++ p\n@@ -0,0 +1 @@\n+x\n")
    }

    @Test func patchReproducesTheNewFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else {
            print("[diff] /usr/bin/patch is absent: skipping the round trip")
            return
        }
        let tree = try TemporaryTree([:])
        try FileManager.default.createDirectory(at: tree.root, withIntermediateDirectories: true)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let old = (0..<40).map { _ in "l\(Int.random(in: 0..<6, using: &rng))\n" }
            var new = old
            for _ in 0..<Int.random(in: 1..<8, using: &rng) {
                let i = Int.random(in: 0..<new.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: new[i] = "changed\n"
                case 1: new.remove(at: i)
                default: new.insert("added\n", at: i)
                }
            }
            let file = tree.root.appendingPathComponent("p.md")
            try Data(old.joined().utf8).write(to: file)
            let diff = UnifiedDiff.make(path: "p.md", old: Array(old.joined().utf8), new: Array(new.joined().utf8))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
            process.arguments = ["-p0", "-s"]
            process.currentDirectoryURL = tree.root
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(diff))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(
                try String(contentsOf: file, encoding: .utf8) == new.joined(),
                "\(String(decoding: diff, as: UTF8.self))")
        }
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesKeepingPermissionsAndLinks() throws {
        let tree = try TemporaryTree(["a.md": "old\n"])
        let path = tree.root.appendingPathComponent("a.md").path
        #expect(chmod(path, 0o640) == 0)
        let link = tree.root.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "a.md")
        try AtomicFile.replace(link, with: Array("new\n".utf8), expecting: Array("old\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "a.md")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path).sorted() == ["a.md", "link.md"])
    }

    @Test func refusesAFileThatChangedSinceItWasRead() throws {
        let tree = try TemporaryTree(["a.md": "edited by someone else\n"])
        let path = tree.root.appendingPathComponent("a.md").path
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.replace(path, with: Array("fixed\n".utf8), expecting: Array("old\n".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by someone else\n")
    }

    @Test func aReadOnlyFolderIsAClearFailure() throws {
        guard getuid() != 0 else {
            print("[atomic] running as root: a read-only folder does not stop writes; skipping")
            return
        }
        let tree = try TemporaryTree(["d/a.md": "old\n"])
        let folder = tree.root.appendingPathComponent("d").path
        #expect(chmod(folder, 0o555) == 0)
        defer { chmod(folder, 0o755) }
        do {
            try AtomicFile.replace(folder + "/a.md", with: Array("new\n".utf8), expecting: Array("old\n".utf8))
            Issue.record("wrote into a read-only folder")
        } catch {
            #expect(error.message.hasPrefix("cannot create a temporary file next to"))
        }
    }
}
