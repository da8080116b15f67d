import DocLint
import Foundation
import GraphDocs
import Testing

/// Regressions for the false-positive patterns the en-US corpus audit found (docs/corpus-report.md):
/// each builds a tiny doc set on disk and lints one page of it with linked pages read lazily.
@Suite struct CorpusRegressionTests {
    /// Writes `files` (path → Markdown) under a temporary `api-reference/v1.0/` and lints `page`.
    func lint(_ files: [String: String], page: String) throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let set = root.appendingPathComponent("api-reference/v1.0")
        for (path, text) in files {
            let url = set.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let linter = Linter(
            read: { (try? Data(contentsOf: URL(fileURLWithPath: $0))).map { [UInt8]($0) } },
            list: { try? FileManager.default.contentsOfDirectory(atPath: $0) })
        let url = set.appendingPathComponent(page)
        return linter.lint(path: url.path, bytes: [UInt8](try Data(contentsOf: url))).diagnostics
    }

    func resource(_ type: String, _ rows: String, _ json: String, base: String? = nil) -> String {
        let baseType = base.map { ", \"baseType\": \"\($0)\"" } ?? ""
        return
            "| Property | Type | Description |\n|:--|:--|:--|\n\(rows)\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"\(type)\"\(baseType) } -->\n```json\n\(json)\n```\n"
    }

    func sample(_ type: String, _ json: String, collection: Bool = false) -> String {
        "<!-- { \"blockType\": \"response\", \"@odata.type\": \"\(type)\"\(collection ? ", \"isCollection\": true" : "") } -->\n```json\n\(json)\n```\n"
    }

    @Test func namespacedTypesAreFoundWhateverTheirPageIsCalled() throws {
        let d = try lint(
            [
                "resources/callrecords-session.md": resource(
                    "microsoft.graph.callRecords.session", "| id | String | The ID. |", #"{ "id": "String" }"#),
                "api/session-get.md": sample("microsoft.graph.callRecords.session", #"{ "id": "1", "idd": 2 }"#),
            ], page: "api/session-get.md")
        #expect(!d.contains { $0.rule.code == "DL305" })
        #expect(
            d.filter { $0.rule.code == "DL301" }.map(\.message) == [
                "property 'idd' is not declared by type 'microsoft.graph.callRecords.session'"
            ])
    }

    @Test func resourceBlocksThatAreNotStrictJSONStillDefineTheirType() throws {
        let d = try lint(
            [
                "resources/thumbnail.md": resource(
                    "microsoft.graph.thumbnail", "| url | String | The URL. |",
                    "{ \"url\": \"String\", /* relationships */ }"),
                "api/thumbnail-get.md": sample("microsoft.graph.thumbnail", #"{ "url": 5 }"#),
            ], page: "api/thumbnail-get.md")
        #expect(d.filter { $0.rule.code.hasPrefix("DL3") }.map(\.rule.code) == ["DL302"])
    }

    @Test func primitiveSampleTypesAreValidatedAsPrimitives() throws {
        let d = try lint(
            [
                "api/user-checkmemberobjects.md": sample("Collection(Edm.String)", #"{ "value": ["a", 2] }"#)
                    + sample("requestBodyResourceFor.chart-itemAt", #"{ "index": 0 }"#)
            ], page: "api/user-checkmemberobjects.md")
        #expect(!d.contains { $0.rule.code == "DL305" })
        #expect(d.filter { $0.rule.code == "DL302" }.count == 1)
    }

    @Test func eachCollectionItemIsValidatedAsItsOwnType() throws {
        let d = try lint(
            [
                "resources/animal.md": resource(
                    "microsoft.graph.animal", "| name | String | The name. |", #"{ "name": "String" }"#),
                "resources/dog.md": resource(
                    "microsoft.graph.dog", "| bark | String | The bark. |", #"{ "bark": "String" }"#,
                    base: "microsoft.graph.animal"),
                "api/animal-list.md": sample(
                    "microsoft.graph.animal",
                    ##"{ "value": [ { "@odata.type": "#microsoft.graph.dog", "name": "a", "bark": "woof" }, { "@odata.type": "#microsoft.graph.dog", "name": "b", "bark": "wuff" } ] }"##,
                    collection: true),
            ], page: "api/animal-list.md")
        #expect(d.filter { $0.rule.code.hasPrefix("DL30") }.map(\.message) == [])
    }

    @Test func anEnumLinkIntoAnotherTypesPageResolvesByName() throws {
        let d = try lint(
            [
                "resources/chat.md": resource(
                    "microsoft.graph.chat", "| chatType | [chatType](chat.md#chattype-values) | The type. |",
                    #"{ "chatType": "String" }"#),
                "api/chat-get.md": sample("microsoft.graph.chat", #"{ "chatType": "group" }"#),
            ], page: "api/chat-get.md")
        #expect(d.filter { $0.rule.code.hasPrefix("DL30") }.map(\.message) == [])
    }

    @Test func aPrimitiveLinkedToAnExplanatoryPageIsThePrimitive() throws {
        let d = try lint(
            [
                "resources/timestamp.md": resource(
                    "microsoft.graph.timestamp", "| x | String | X. |", #"{ "x": "String" }"#),
                "resources/version.md": resource(
                    "microsoft.graph.version", "| when | [DateTimeOffset](timestamp.md) | When. |",
                    #"{ "when": "String (timestamp)" }"#),
                "api/version-get.md": sample("microsoft.graph.version", #"{ "when": "2017-09-14T12:34:53.912Z" }"#),
            ], page: "api/version-get.md")
        #expect(d.filter { $0.rule.code.hasPrefix("DL30") }.map(\.message) == [])
    }
}

/// Regressions for the second audit of the en-US corpus.
@Suite struct SecondAuditRegressionTests {
    let helper = CorpusRegressionTests()

    @Test func edmDurationsWithFractionalSecondsAndSkippedUnitsAreValid() throws {
        let d = try helper.lint(
            [
                "resources/stream.md": helper.resource(
                    "microsoft.graph.stream", "| a | Duration | A. |\n| b | Duration | B. |\n| c | Duration | C. |",
                    #"{ "a": "String (duration)", "b": "String", "c": "String" }"#),
                "api/stream-get.md": helper.sample(
                    "microsoft.graph.stream", #"{ "a": "PT0.474S", "b": "PT1H30S", "c": "1 hour" }"#),
            ], page: "api/stream-get.md")
        let messages = d.filter { $0.rule.code == "DL304" }.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("property 'c': string '1 hour' does not match the pattern '^-?P(?=") == true)
    }

    @Test func keysInheritedFromTheBaseTypeAreDocumented() throws {
        let d = try helper.lint(
            [
                "resources/entity.md": helper.resource(
                    "microsoft.graph.entity", "| id | String | The ID. |", #"{ "id": "String", "stray": "String" }"#),
                "resources/thing.md": helper.resource(
                    "microsoft.graph.thing", "| name | String | The name. |",
                    #"{ "id": "String", "name": "String", "extra": "String", "stray": "String" }"#,
                    base: "microsoft.graph.entity"),
            ], page: "resources/thing.md")
        // `stray` is in the base's JSON but in none of its tables: undocumented here too.
        #expect(
            d.filter { $0.rule.code == "DL202" }.map(\.message) == [
                "property 'extra' of the JSON representation is not in the property table",
                "property 'stray' of the JSON representation is not in the property table",
            ])
    }
}

/// Regressions for the code review's reproducers.
@Suite struct ReviewRegressionTests {
    let helper = CorpusRegressionTests()

    @Test func twoPagesDefiningOneTypeGiveTheSameResultEveryRun() throws {
        let pages = [
            "resources/thing.md": helper.resource("microsoft.graph.thing", "| q | String | Q. |", #"{ "q": "String" }"#)
                + helper.sample("microsoft.graph.thing", #"{ "q": "x" }"#),
            "resources/other.md": helper.resource("microsoft.graph.thing", "| p | String | P. |", #"{ "p": "String" }"#)
                + helper.sample("microsoft.graph.thing", #"{ "p": "x" }"#),
        ]
        // Each page's sample is checked against that page's own definition, whichever is linted first.
        for _ in 0..<5 {
            #expect(
                try helper.lint(pages, page: "resources/thing.md").filter { $0.rule.code.hasPrefix("DL30") }.isEmpty)
            #expect(
                try helper.lint(pages, page: "resources/other.md").filter { $0.rule.code.hasPrefix("DL30") }.isEmpty)
        }
    }

    @Test func navigationKeysArNotPairedWithUnrelatedRows() throws {
        let page = """
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The ID. |
            | createdBy | String | Who created it. |

            | Relationship | Type | Description |
            |:--|:--|:--|
            | manager | [user](user.md) | The manager. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.z" } -->
            ```json
            { "id": "String", "manager": { "@odata.type": "microsoft.graph.user" } }
            ```

            <!-- { "blockType": "example", "@odata.type": "microsoft.graph.z" } -->
            ```json
            { "id": "1", "createdBy": "u" }
            ```
            """
        let d = TestSupport.lint(page)
        #expect(
            d.filter { $0.rule.code == "DL201" }.map(\.message) == [
                "property 'createdBy' is not in the JSON representation"
            ])
        #expect(!d.contains { $0.rule.code.hasPrefix("DL30") })
    }

    @Test func aNegativeMaximumSizeIsIgnoredAndSchemaFailuresAreNotTypeNotFound() throws {
        #expect(TypeExpression(parsing: "String, maximum size -1").maxLength == nil)
        let cycle = TestSupport.lint(
            "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.a\", \"baseType\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"1\" }\n```\n"
        )
        #expect(cycle.contains { $0.rule.code == "DL307" })
        #expect(!cycle.contains { $0.rule.code == "DL305" })
    }

    @Test func deeplyNestedSamplesAreReportedNotValidated() {
        var value = #"{"id": "x"}"#
        for _ in 0..<300 { value = #"{"id": "x", "child": \#(value)}"# }
        let page = """
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The ID. |
            | child | [node](node.md) | The child. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.node" } -->
            ```json
            { "id": "String", "child": { "@odata.type": "microsoft.graph.node" } }
            ```

            <!-- { "blockType": "example", "@odata.type": "microsoft.graph.node" } -->
            ```json
            \(value)
            ```
            """
        let d = TestSupport.lint(page, path: "node.md")
        #expect(
            d.filter { $0.rule.code == "DL307" }.map(\.message) == [
                "the sample is nested deeper than 64 levels; it is not validated"
            ])
    }

    @Test func aBareFileNameLooksInItsOwnFolderNotTheRoot() {
        #expect(DocSet.directory(of: "solo.md") == ".")
        #expect(DocSet.root(of: "solo.md") == ".")
        #expect(DocSet.directory(of: "/x.md") == "/")
    }
}
