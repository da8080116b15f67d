import Foundation
import Testing

/// `--fix` on a copy of a real corpus (opt-in: `DOCLINT_FIX_CORPUS=/work/corpus/ru-RU swift test
/// --filter CorpusFixTests`; it lints the corpus five times). Checks that a second `--fix` changes
/// nothing, that every changed line carries a finding with a safe fix in the original run and is
/// unchanged left of that finding, that no line is added or removed (the corpora have no
/// suppressions for DL112 to remove), and that `--diff` announced exactly the lines `--fix` changed.
@Suite struct CorpusFixTests {
    @Test func fixOnARealCorpusIsIdempotentAndTouchesOnlyFixedBytes() throws {
        guard let corpus = ProcessInfo.processInfo.environment["DOCLINT_FIX_CORPUS"] else {
            print("[corpus-fix] DOCLINT_FIX_CORPUS is not set: not run (it lints a whole corpus five times)")
            return
        }
        let fm = FileManager.default
        let name = URL(fileURLWithPath: corpus).lastPathComponent
        let work = fm.temporaryDirectory.appendingPathComponent("doclint-corpus-fix-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let original = work.appendingPathComponent("original")
        let fixed = work.appendingPathComponent("fixed")
        for folder in [original, fixed] {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try fm.copyItem(at: URL(fileURLWithPath: corpus), to: folder.appendingPathComponent(name))
        }
        // The original run: the leftmost column of a finding with a safe fix, by "path:line".
        let findings = try CLIRunner.run(["lint", "--no-source", name], in: original)
        var fixable: [String: Int] = [:]
        var current: (key: String, column: Int)?
        for line in findings.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            if parts.count == 4, let l = Int(parts[1]), let c = Int(parts[2]), parts[3].contains(": [DL") {
                current = ("\(parts[0]):\(l)", c)
            } else if line.hasPrefix("fix (safe)"), let current {
                fixable[current.key] = min(fixable[current.key] ?? .max, current.column)
            }
        }
        let diff = try CLIRunner.run(["lint", "--diff", name], in: original)
        let first = try CLIRunner.run(["lint", "--fix", "--quiet", name], in: fixed)
        let second = try CLIRunner.run(["lint", "--fix", "--quiet", name], in: fixed)
        let again = try CLIRunner.run(["lint", "--diff", name], in: fixed)
        print(
            "[corpus-fix] \(name): \(diff.stderr.trimmingCharacters(in: .newlines)); \(first.stderr.trimmingCharacters(in: .newlines)); then \(second.stderr.trimmingCharacters(in: .newlines))"
        )
        #expect(first.stderr.hasPrefix("doclint: fixed "))
        #expect(second.stderr == "doclint: fixed 0 findings in 0 files\n")
        #expect(again.stdout.isEmpty && again.status == 0)

        // The lines --diff says it changes, by "path:line" of the original.
        var announced: Set<String> = []
        var path = ""
        var oldLine = 0
        for line in diff.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--- ") {
                path = String(line.dropFirst(4))
            } else if line.hasPrefix("@@ -") {
                let range = line.dropFirst(4).prefix { $0 != " " }
                oldLine = Int(range.split(separator: ",")[0]) ?? 0
            } else if line.hasPrefix("-") {
                announced.insert("\(path):\(oldLine)")
                oldLine += 1
            } else if line.hasPrefix(" ") {
                oldLine += 1
            }
        }

        var changedLines: Set<String> = []
        var changedFiles = 0
        let enumerator = fm.enumerator(atPath: original.appendingPathComponent(name).path)
        while let relative = enumerator?.nextObject() as? String, true {
            let path = "\(name)/\(relative)"
            guard relative.hasSuffix(".md") else { continue }
            let before = try Data(contentsOf: original.appendingPathComponent(path))
            let after = try Data(contentsOf: fixed.appendingPathComponent(path))
            guard before != after else { continue }
            changedFiles += 1
            let old = before.split(separator: 0x0A, omittingEmptySubsequences: false)
            let new = after.split(separator: 0x0A, omittingEmptySubsequences: false)
            #expect(old.count == new.count, "\(path): lines were added or removed")
            guard old.count == new.count else { continue }
            for i in old.indices where old[i] != new[i] {
                let key = "\(path):\(i + 1)"
                changedLines.insert(key)
                guard let column = fixable[key] else {
                    Issue.record("\(key) changed without a finding with a safe fix")
                    continue
                }
                // Columns count Unicode scalars: compare the scalars left of the finding.
                let left = { (bytes: Data) in String(decoding: bytes, as: UTF8.self).unicodeScalars.prefix(column - 1) }
                #expect(Array(left(Data(old[i]))) == Array(left(Data(new[i]))), "\(key) changed left of the finding")
            }
        }
        print(
            "[corpus-fix] \(changedFiles) files, \(changedLines.count) lines changed; \(fixable.count) lines had a safe fix"
        )
        #expect(changedLines == announced, "--diff and --fix disagree on the changed lines")
    }
}
