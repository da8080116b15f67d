import DocLint
import Synchronization
import Testing

/// A pre-commit run on one page reads that page and the pages its sample needs, nothing else: not
/// the pages every row of the sample's type links to, and never the whole `resources/` folder, even
/// when a link's target is missing from the tree (the real en-US extract lacks `assignedlicense.md`).
@Suite struct OnePageReadsTests {
    static let set = "en-US/api-reference/v1.0/"

    static func resource(_ type: String, rows: String, json: String) -> String {
        """
        # \(type) resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        \(rows)

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.\(type)" } -->
        ```json
        \(json)
        ```

        """
    }

    @Test func aSampleReadsItsTypesPageOnly() {
        var files: [String: String] = [
            "resources/user.md": Self.resource(
                "user",
                rows: """
                    | id | String | The id. |
                    | assignedLicenses | [assignedLicense](assignedlicense.md) collection | Missing page. Possible values: `a`, `b`. |
                    | calendar | [calendar](calendar.md) | A page that exists. |
                    | state | [licenseState](licensestate.md) | An enumeration page that exists. |
                    """,
                json:
                    #"{ "id": "String", "assignedLicenses": [{ "@odata.type": "microsoft.graph.assignedLicense" }], "calendar": { "@odata.type": "microsoft.graph.calendar" }, "state": "String" }"#
            ),
            "resources/calendar.md": Self.resource(
                "calendar", rows: "| id | String | The id. |", json: #"{ "id": "String" }"#),
            "resources/licensestate.md": "# licenseState enum type\n\n| Member |\n|:---|\n| on |\n| off |\n",
        ]
        for i in 0..<20 {
            files["resources/other\(i).md"] = Self.resource(
                "other\(i)", rows: "| id | String | x |", json: #"{ "id": "String" }"#)
        }
        let stored = Dictionary(uniqueKeysWithValues: files.map { (Self.set + $0.key, Array($0.value.utf8)) })
        let reads = Mutex<Set<String>>([])
        let linter = Linter(
            read: { path in
                guard let bytes = stored[path] else { return nil }
                reads.withLock { _ = $0.insert(path) }
                return bytes
            },
            list: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                let names = stored.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                return names.filter { !$0.contains("/") }
            })
        let page = """
            # Get user

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.user" } -->
            ```json
            { "id": "1" }
            ```

            """
        let report = linter.lint(path: Self.set + "api/user-get.md", bytes: Array(page.utf8))
        #expect(report.diagnostics.filter { $0.rule.code.hasPrefix("DL3") }.isEmpty, "\(report.diagnostics)")
        #expect(reads.withLock { $0 } == [Self.set + "resources/user.md"])
    }
}
