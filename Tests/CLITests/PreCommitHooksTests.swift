import Foundation
import Testing

/// `.pre-commit-hooks.yaml` declares a hook pre-commit can build and run: the fields it needs, an
/// entry that is this package's executable and a real command. (`scripts/test-pre-commit.sh` runs
/// it with the real pre-commit tool.)
@Suite struct PreCommitHooksTests {
    /// The hooks of a `.pre-commit-hooks.yaml` written as a list of flat maps (the only shape the file
    /// uses): `- key: value` starts a hook, `  key: value` continues it; comments and blank lines skipped.
    static func hooks(_ text: String) -> [[String: String]] {
        var hooks: [[String: String]] = []
        for raw in text.split(separator: "\n") {
            let line = raw.prefix { $0 != "#" }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            var body = Substring(line)
            if body.hasPrefix("- ") {
                hooks.append([:])
                body = body.dropFirst(2)
            }
            guard !hooks.isEmpty, let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces)
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            hooks[hooks.count - 1][key] = value
        }
        return hooks
    }

    @Test func theHookIsTheDoclintProductOnMarkdown() throws {
        let text = try String(
            contentsOf: CLIRunner.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = Self.hooks(text)
        #expect(hooks.count == 1)
        let hook = try #require(hooks.first)
        #expect(hook["id"] == "doclint")
        #expect(hook["name"]?.isEmpty == false)
        #expect(hook["language"] == "swift")
        #expect(hook["types"] == "[markdown]")
        #expect(hook["require_serial"] == "true")
        // pre-commit puts the package's release products on PATH: the entry must name one of them.
        let entry = try #require(hook["entry"]).split(separator: " ").map(String.init)
        let package = try String(contentsOf: CLIRunner.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(package.contains(".executable(name: \"\(entry[0])\""))
        // pre-commit appends the staged files to the entry: what it runs must accept them.
        let help = try CLIRunner.run(Array(entry.dropFirst()) + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("usage: doclint lint [options] PATH..."))
        for key in hook.keys {
            #expect(
                [
                    "id", "name", "description", "entry", "language", "types", "require_serial", "args", "files",
                    "exclude", "minimum_pre_commit_version",
                ].contains(key), "unexpected key '\(key)'")
        }
    }

    @Test func theParserReadsWhatItMust() {
        let hooks = Self.hooks("# c\n- id: a # x\n  entry: b c\n\n- id: d\n")
        #expect(hooks == [["id": "a", "entry": "b c"], ["id": "d"]])
    }
}
