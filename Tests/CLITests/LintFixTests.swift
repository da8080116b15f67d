import Foundation
import Testing

/// `doclint lint --fix`, `--unsafe-fixes` and `--diff` on copies of real pages.
@Suite struct LintFixTests {
    static let samples = CLIRunner.root.appendingPathComponent("docs-samples")

    /// A temporary copy of `docs-samples/<relative>` folders, removed by the caller.
    static func copy(_ relatives: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-fix-\(UUID().uuidString)")
        for relative in relatives {
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: samples.appendingPathComponent(relative), to: target)
        }
        return root
    }

    /// Every file under `root`, by relative path.
    static func contents(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func fixWritesSafeFixesOnlyAndASecondRunChangesNothing() throws {
        let root = try Self.copy(["ru-RU", "zh-CN"])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.contents(root)
        let first = try CLIRunner.run(["lint", "--fix", "--no-source", "ru-RU", "zh-CN"], in: root)
        #expect(first.stderr.hasPrefix("doclint: fixed "))
        #expect(!first.stderr.contains("fixed 0 findings"))
        // What remains is reported; no safe fix is left.
        #expect(!first.stdout.contains("fix (safe)"))
        #expect(first.stdout.contains("fix (unsafe)"))
        let after = try Self.contents(root)
        #expect(Set(after.keys) == Set(before.keys), "no file is added or removed (no temporary file left)")
        let changed = after.keys.filter { after[$0] != before[$0] }
        #expect(changed.contains("ru-RU/api-reference/beta/resources/commsoperation.md"))
        let second = try CLIRunner.run(["lint", "--fix", "--no-source", "ru-RU", "zh-CN"], in: root)
        #expect(second.stderr == "doclint: fixed 0 findings in 0 files\n")
        #expect(try Self.contents(root) == after)
        #expect(second.stdout == first.stdout)
    }

    @Test func onlyTheFixedBytesChange() throws {
        let root = try Self.copy(["ru-RU/api-reference/beta/resources/commsoperation.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let page = "ru-RU/api-reference/beta/resources/commsoperation.md"
        let original = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
        _ = try CLIRunner.run(["lint", "--fix", page], in: root)
        let fixed = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
        // DL205 writes 'String' for 'Строка' in the type cell of line 34; nothing else moves.
        let expected = original.replacingOccurrences(
            of: "| id                 | Строка                      |",
            with: "| id                 | String                      |")
        #expect(expected != original)
        #expect(fixed == expected)
    }

    @Test func unsafeFixesOnlyWhenAsked() throws {
        let root = try Self.copy(["ru-RU/api-reference/beta/resources/commsoperation.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let page = "ru-RU/api-reference/beta/resources/commsoperation.md"
        _ = try CLIRunner.run(["lint", "--fix", page], in: root)
        #expect(try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8).contains("| Контекст "))
        let unsafe = try CLIRunner.run(["lint", "--fix", "--unsafe-fixes", "--no-source", page], in: root)
        let fixed = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
        #expect(fixed.contains("| clientContext      | String "))
        #expect(!unsafe.stdout.contains("DL201"))
    }

    @Test func diffPrintsWhatFixWouldWriteAndWritesNothing() throws {
        let root = try Self.copy(["ru-RU", "zh-CN"])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.contents(root)
        let diff = try CLIRunner.run(["lint", "--diff", "ru-RU", "zh-CN"], in: root)
        #expect(diff.status == 1)
        #expect(diff.stdout.hasPrefix("--- ru-RU/api-reference/beta/resources/commsoperation.md\n+++ "))
        #expect(diff.stdout.contains("-| id                 | Строка "))
        #expect(diff.stdout.contains("+| id                 | String "))
        #expect(diff.stderr.hasPrefix("doclint: would fix "))
        #expect(try Self.contents(root) == before)
        // Applying the diff gives exactly what --fix writes.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { return }
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        patch.arguments = ["-p0", "-s"]
        patch.currentDirectoryURL = root
        let input = Pipe()
        patch.standardInput = input
        try patch.run()
        input.fileHandleForWriting.write(Data(diff.stdout.utf8))
        try input.fileHandleForWriting.close()
        patch.waitUntilExit()
        #expect(patch.terminationStatus == 0)
        let patched = try Self.contents(root)
        let fixedCopy = try Self.copy(["ru-RU", "zh-CN"])
        defer { try? FileManager.default.removeItem(at: fixedCopy) }
        _ = try CLIRunner.run(["lint", "--fix", "ru-RU", "zh-CN"], in: fixedCopy)
        #expect(try Self.contents(fixedCopy) == patched)
        // Nothing left to fix: --diff prints nothing and exits 0.
        let again = try CLIRunner.run(["lint", "--diff", "ru-RU", "zh-CN"], in: fixedCopy)
        #expect(again.status == 0)
        #expect(again.stdout == "")
    }

    @Test func fixKeepsPermissionsAndSymbolicLinks() throws {
        let root = try Self.copy(["zh-CN/api-reference/beta/resources/commsoperation.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("zh-CN/api-reference/beta/resources/commsoperation.md").path
        #expect(chmod(page, 0o604) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.md").path, withDestinationPath: page)
        let run = try CLIRunner.run(["lint", "--fix", "link.md"], in: root)
        #expect(run.stderr.hasPrefix("doclint: fixed "))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("link.md").path)
                == page)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("| clientContext      | String "))
        let mode = try FileManager.default.attributesOfItem(atPath: page)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o604)
    }

    @Test func optionConflicts() throws {
        let lone = try CLIRunner.run(["lint", "--unsafe-fixes", "docs-samples"])
        #expect(lone.status == 2)
        #expect(lone.stderr.hasPrefix("doclint lint: '--unsafe-fixes' needs '--fix' or '--diff'\n"))
        let both = try CLIRunner.run(["lint", "--fix", "--diff", "docs-samples"])
        #expect(both.status == 2)
    }
}
