import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func docsSamplesMatchTheSnapshot() throws {
        let run = try CLIRunner.run(["lint", "docs-samples"])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let snapshot = try CLIRunner.snapshot(run.stdout, named: "lint-docs-samples.txt")
        #expect(
            run.stdout == snapshot,
            "output differs from Tests/CLITests/Snapshots/lint-docs-samples.txt; review and re-record with RECORD_SNAPSHOTS=1"
        )
    }

    @Test func cleanPageExitsZero() throws {
        let run = try CLIRunner.run(["lint", "docs-samples/de-DE/api-reference/beta/resources/commsoperation.md"])
        #expect(run.status == 0)
        #expect(run.stdout == "no problems found in 1 file\n")
    }

    @Test func missingPathIsAnIOErrorAndOtherFilesAreStillLinted() throws {
        let run = try CLIRunner.run([
            "lint", "no/such/page.md", "docs-samples/zh-CN/api-reference/beta/resources/commsoperation.md",
        ])
        #expect(run.status == 2)
        #expect(run.stderr == "doclint: cannot read 'no/such/page.md': no such file or directory\n")
        #expect(run.stdout.contains("[DL205] type '字符串' is translated"))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try CLIRunner.run(["lint", "--bogus", "x.md"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("doclint lint: unknown option '--bogus'"))
        let none = try CLIRunner.run(["lint"])
        #expect(none.status == 2)
        let badRule = try CLIRunner.run(["lint", "--select", "DL999", "docs-samples"])
        #expect(badRule.status == 2)
        #expect(badRule.stderr.contains("unknown rule 'DL999'"))
        let command = try CLIRunner.run(["frobnicate"])
        #expect(command.status == 2)
    }

    @Test func selectRunsOnlyTheNamedRules() throws {
        let run = try CLIRunner.run([
            "lint", "--select", "translated-type", "--no-source",
            "docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md",
        ])
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md:34:24: error: [DL205] type 'Строка' is translated; the en-US type is 'String'
                docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md:34:24: fix (safe): write 'String'
                1 error, 0 warnings in 1 file (1 file checked)

                """)
    }

    @Test func hostileInputDoesNotCrash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes: [UInt8] = Array("<!-- { \"blockType\": \"resource\" } -->\n```json\n{\"a\": \"".utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0x28, 0x00, 0xE2, 0x82]
        bytes += Array("\"}\n```\n| Property | Type |\n|--|--|\n| \u{00A0} | [x](".utf8)
        bytes += Array(String(repeating: "[", count: 50_000).utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("hostile.md"))
        let run = try CLIRunner.run(["lint", dir.path])
        #expect(run.status == 0 || run.status == 1)
        #expect(run.stdout.contains("hostile.md"))
    }

    @Test func rulesListsEveryRule() throws {
        let run = try CLIRunner.run(["rules"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("| DL201 | `table-property-not-in-resource` | error |"))
        let one = try CLIRunner.run(["rules", "DL205"])
        #expect(one.stdout.hasPrefix("# DL205 `translated-type`"))
    }
}

@Suite struct LintStatisticsTests {
    @Test func statisticsCountFindingsByRuleAndSamples() throws {
        let run = try CLIRunner.run([
            "lint", "--statistics", "--no-source", "docs-samples/de-DE/api-reference/beta/resources/commsoperation.md",
        ])
        #expect(run.status == 0)
        #expect(
            run.stdout.hasSuffix(
                "no problems found in 1 file\n\nfindings by rule:\npages: 1\nsamples not validated: 0\nsamples validated: 1\n"
            ))
    }

    @Test func statisticsGroupLargeGroupsByRuleAndWord() throws {
        let run = try CLIRunner.run(["lint", "--statistics", "--quiet", "--no-source", "docs-samples"])
        #expect(run.stdout.contains("findings by rule and word (10 or more):\n  DL205 'Коллекция': 17 in 4 files\n"))
    }
}

@Suite struct TopLevelCommandTests {
    @Test func helpAndMissingCommand() throws {
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("schemas PATH... -o DIR"))
        let none = try CLIRunner.run([])
        #expect(none.status == 2)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.hasPrefix("usage: doclint <command>"))
    }
}

@Suite struct SmallCLITests {
    @Test func rulesHelpAndStdinAreClear() throws {
        let help = try CLIRunner.run(["rules", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("usage: doclint rules"))
        let stdin = try CLIRunner.run(["lint", "-"])
        #expect(stdin.status == 2)
        #expect(stdin.stderr.contains("give '--stdin-filename PATH'"))
    }
}

@Suite struct SchemasCommandTests {
    /// A doc set in a temporary folder, with one page whose type is `type`.
    func docSet(type: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-schemas-\(UUID().uuidString)")
        let resources = dir.appendingPathComponent("docs/api-reference/v1.0/resources")
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        let page = """
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The id. |

            <!-- { "blockType": "resource", "@odata.type": "\(type)" } -->
            ```json
            { "id": "String" }
            ```

            """
        try Data(page.utf8).write(to: resources.appendingPathComponent("x.md"))
        return dir
    }

    @Test func aTypeNameWithPathSegmentsIsNeverWrittenOutsideTheOutputFolder() throws {
        let dir = try docSet(type: "microsoft.graph/../../../escaped")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["schemas", "docs", "-o", "out"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("type 'microsoft.graph/../../../escaped' is not a type name; no schema written"))
        let written = FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []
        #expect(written.filter { $0.hasSuffix(".json") }.isEmpty, "\(written)")
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().path + "/escaped.schema.json"))
    }

    @Test func aSetOutsideTheCommonFolderStaysInsideTheOutputFolder() throws {
        let dir = try docSet(type: "microsoft.graph.thing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let work = dir.appendingPathComponent("work")
        let other = work.appendingPathComponent("b/api-reference/v1.0/resources")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("docs/api-reference/v1.0/resources/x.md"),
            to: other.appendingPathComponent("x.md"))
        let run = try CLIRunner.run(["schemas", "../docs", "b", "-o", "out"], in: work)
        #expect(run.status == 0, "\(run.stderr)")
        let written = (FileManager.default.enumerator(atPath: work.path)?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".schema.json")
        }
        #expect(
            written.sorted() == [
                "out/b/v1.0/microsoft.graph.thing.schema.json", "out/docs/v1.0/microsoft.graph.thing.schema.json",
            ])
    }

    @Test func anOutputPathThatIsAFileIsAClearError() throws {
        let dir = try docSet(type: "microsoft.graph.thing")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("out"))
        let run = try CLIRunner.run(["schemas", "docs", "-o", "out"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "doclint schemas: 'out' is a file, not a folder\n")
    }

    /// `schemas` reads Type cells with the page's configured vocabulary, as `lint` does, and stops on a
    /// configuration it cannot use.
    @Test func schemasReadTypeCellsWithTheConfiguredVocabulary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let resources = dir.appendingPathComponent("ja-JP/api-reference/v1.0/resources")
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        let page = """
            | Property | Type | Description |
            |:---|:---|:---|
            | count | カウント値 | How many. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->
            ```json
            { "count": 1 }
            ```

            """
        try Data(page.utf8).write(to: resources.appendingPathComponent("thing.md"))
        let schema = "out/v1.0/microsoft.graph.thing.schema.json"
        func countSchema() throws -> String {
            let text = try String(contentsOf: dir.appendingPathComponent(schema), encoding: .utf8)
            guard let start = text.range(of: "\"count\"") else { return "" }
            return String(text[start.lowerBound...].prefix(160))
        }

        let unconfigured = try CLIRunner.run(["schemas", "ja-JP", "-o", "out"], in: dir)
        #expect(unconfigured.status == 0, "\(unconfigured.stderr)")
        // Unread, the type is only inferred from the sample's value: an integer of no particular size.
        #expect(try !countSchema().contains("2147483647"))

        try Data(#"{ "vocabulary": { "ja-JP": { "カウント値": "Int32" } } }"#.utf8).write(
            to: dir.appendingPathComponent(".doclint.json"))
        let configured = try CLIRunner.run(["schemas", "ja-JP", "-o", "out"], in: dir)
        #expect(configured.status == 0, "\(configured.stderr)")
        let count = try countSchema()
        #expect(count.contains("\"maximum\": 2147483647"), "\(count)")

        try Data(#"{ "vocabulary": { "ja-JP": { "カウント値": "Int3" } } }"#.utf8).write(
            to: dir.appendingPathComponent("other.json"))
        let broken = try CLIRunner.run(["schemas", "--config", "other.json", "ja-JP", "-o", "out2"], in: dir)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("other.json:1:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("is not an en-US primitive type"), "\(broken.stderr)")
    }
}
