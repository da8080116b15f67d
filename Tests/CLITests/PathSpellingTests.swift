import Foundation
import Testing

/// Findings do not depend on how a page's path is spelled: relative from any folder, absolute, or
/// through a symbolic link, the page belongs to the doc set its real path is in.
@Suite struct PathSpellingTests {
    /// A doc set on disk with a resource page and an API page whose sample names the resource's type.
    func makeDocSet() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-paths-\(UUID().uuidString)")
        let set = root.appendingPathComponent("en-US/api-reference/beta")
        let files = [
            "resources/printer.md": """
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The ID. |
            | isShared | Boolean | Whether it is shared. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.printer" } -->
            ```json
            { "id": "String", "isShared": true }
            ```

            """,
            "api/printer-get.md": """
            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.printer" } -->
            ```json
            { "id": "p1", "isShared": "yes" }
            ```

            """,
        ]
        for (path, text) in files {
            let url = set.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The output with every path reduced to its file name.
    func normalized(_ output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ", omittingEmptySubsequences: false).map { word in
                guard let slash = word.lastIndex(of: "/"), word.contains(".md") else { return String(word) }
                return String(word[word.index(after: slash)...])
            }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    @Test func relativeAbsoluteAndLinkedSpellingsGiveTheSameFindings() throws {
        let root = try makeDocSet()
        defer { try? FileManager.default.removeItem(at: root) }
        let set = root.appendingPathComponent("en-US/api-reference/beta")
        let page = set.appendingPathComponent("api/printer-get.md").path
        let link = root.appendingPathComponent("printer-link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: page)
        let runs: [(arguments: [String], directory: URL)] = [
            (["lint", "--no-source", page], CLIRunner.root),
            (["lint", "--no-source", "en-US/api-reference/beta/api/printer-get.md"], root),
            (["lint", "--no-source", "api/printer-get.md"], set),
            (["lint", "--no-source", "printer-get.md"], set.appendingPathComponent("api")),
            (["lint", "--no-source", "../api/printer-get.md"], set.appendingPathComponent("resources")),
            (["lint", "--no-source", "printer-link.md"], root),
        ]
        let outputs = try runs.map { try CLIRunner.run($0.arguments, in: $0.directory) }
        let expected = normalized(outputs[0].stdout)
        #expect(
            expected.contains(
                "printer-get.md:3:27: error: [DL302] property 'isShared': value 'yes' is not of type 'boolean'"))
        for (run, output) in zip(runs, outputs) {
            let stdout = normalized(output.stdout).replacingOccurrences(of: "printer-link.md", with: "printer-get.md")
            #expect(stdout == expected, "\(run.arguments) in \(run.directory.path)")
            #expect(output.status == 1)
        }
        // Findings print the path as it was given.
        #expect(outputs[2].stdout.hasPrefix("api/printer-get.md:3:27: error: [DL302]"))
        #expect(outputs[5].stdout.hasPrefix("printer-link.md:3:27: error: [DL302]"))
    }

    /// Shown paths drop `.` segments and repeated or trailing slashes, and are relative to the working
    /// directory when the page is inside it; `..` is kept as given.
    @Test func shownPathsAreCleanedTheSameWayEverySpelling() throws {
        let root = try makeDocSet()
        defer { try? FileManager.default.removeItem(at: root) }
        let set = root.appendingPathComponent("en-US/api-reference/beta")
        let spellings: [(given: String, shown: String)] = [
            ("api/printer-get.md", "api/printer-get.md"),
            ("./api//printer-get.md", "api/printer-get.md"),
            ("api/./printer-get.md", "api/printer-get.md"),
            (set.path + "/api/printer-get.md", "api/printer-get.md"),
            (set.path + "//api/./printer-get.md", "api/printer-get.md"),
            ("resources/../api/printer-get.md", "resources/../api/printer-get.md"),
            ("./api/", "api/printer-get.md"),
            ("api/.", "api/printer-get.md"),
        ]
        for (given, shown) in spellings {
            let output = try CLIRunner.run(["lint", "--no-source", given], in: set)
            #expect(output.stdout.hasPrefix(shown + ":3:27: error: [DL302]"), "\(given): \(output.stdout)")
        }
    }
}
