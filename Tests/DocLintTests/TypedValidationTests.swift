import DocLint
import Foundation
import GraphDocs
import JSONCore
import Testing

/// Samples validated type by type: each type's schema compiled once per doc set, values of named types
/// validated as those types (or as the derived type their `@odata.type` names).
@Suite struct TypedValidationTests {
    let helper = CorpusRegressionTests()

    @Test func eachTypeIsCompiledOncePerDocSetWhateverTheSamplesShapes() throws {
        let set = "docs/en-US/api-reference/v1.0"
        let files: [String: String] = [
            "\(set)/resources/thing.md": helper.resource(
                "microsoft.graph.thing", "| id | String | The ID. |\n| part | [part](part.md) | A part. |",
                #"{ "id": "String", "part": { "@odata.type": "microsoft.graph.part" } }"#),
            "\(set)/resources/part.md": helper.resource(
                "microsoft.graph.part", "| size | Int32 | The size. |", #"{ "size": 1024 }"#),
        ]
        let catalog = SchemaCatalog(source: MemorySource(files.mapValues { Array($0.utf8) }))
        let shapes = [#"{ "id": "a" }"#, #"{ "id": "b", "part": { "size": 1 } }"#, #"{ "part": { "size": "x" } }"#]
        var errors: [[String]] = []
        for shape in shapes {
            guard
                case .checked(let results, _) = catalog.check(
                    [try JSONParser.value(shape)], as: "microsoft.graph.thing", from: "\(set)/api/thing-get.md")
            else {
                Issue.record("thing was not checked")
                return
            }
            errors.append(results.flatMap(\.errors).map(\.description))
        }
        #expect(errors[0].isEmpty && errors[1].isEmpty)
        #expect(errors[2].contains { $0 == "'/part/size': value 'x' is not of type 'null' or 'integer'" }, "\(errors)")
        #expect(catalog.compiledCount == 2)
    }

    @Test func aPropertysTypeIsLookedUpOncePerOwnerAndProperty() throws {
        let set = "docs/en-US/api-reference/v1.0"
        let files: [String: String] = [
            "\(set)/resources/thing.md": helper.resource(
                "microsoft.graph.thing", "| id | String | The ID. |\n| part | [part](part.md) | A part. |",
                #"{ "id": "String", "part": { "@odata.type": "microsoft.graph.part" } }"#),
            "\(set)/resources/other.md": helper.resource(
                "microsoft.graph.other", "| id | String | The ID. |\n| part | [label](label.md) | A label. |",
                #"{ "id": "String", "part": { "@odata.type": "microsoft.graph.label" } }"#),
            "\(set)/resources/part.md": helper.resource(
                "microsoft.graph.part", "| size | Int32 | The size. |", #"{ "size": 1024 }"#),
            "\(set)/resources/label.md": helper.resource(
                "microsoft.graph.label", "| text | String | The text. |", #"{ "text": "String" }"#),
        ]
        let catalog = SchemaCatalog(source: MemorySource(files.mapValues { Array($0.utf8) }))
        let page = "\(set)/api/thing-get.md"
        func errors(_ type: String, _ shape: String) throws -> [String] {
            guard case .checked(let results, _) = catalog.check([try JSONParser.value(shape)], as: type, from: page)
            else {
                Issue.record("\(type) was not checked")
                return []
            }
            return results.flatMap(\.errors).map(\.description)
        }
        for _ in 0..<3 {
            #expect(
                try errors("microsoft.graph.thing", #"{ "part": { "size": "x" } }"#).contains {
                    $0.hasPrefix("'/part/size': value 'x' is not of type")
                })
        }
        #expect(catalog.resolvedPropertyCount == 1)
        // Another owner's property of the same name is another look-up, and its own type.
        #expect(
            try errors("microsoft.graph.other", #"{ "part": { "text": 1 } }"#).contains {
                $0.hasPrefix("'/part/text': value '1' is not of type 'null' or 'string'")
            })
        #expect(catalog.resolvedPropertyCount == 2)
    }

    @Test func aTypeReachedThroughItsPageInAnotherLetterCaseSharesItsCompiledSchema() throws {
        let set = "docs/en-US/api-reference/v1.0"
        let files: [String: String] = [
            "\(set)/resources/thing.md": helper.resource(
                "microsoft.graph.thing", "| id | String | The ID. |\n| size | Int32 | The size. |",
                #"{ "id": "String", "size": 1024 }"#),
            "\(set)/resources/other.md": helper.resource(
                "microsoft.graph.other", "| id | String | The ID. |", #"{ "id": "String" }"#),
        ]
        let catalog = SchemaCatalog(source: MemorySource(files.mapValues { Array($0.utf8) }))
        let page = "\(set)/api/thing-get.md"
        let thing = try #require(catalog.definition(named: "microsoft.graph.thing", from: page))
        var shouted = thing
        shouted.path = thing.path.uppercased()
        var renamed = thing
        renamed.name = "microsoft.graph.thing2"
        let instance = try JSONParser.value(#"{ "id": "a", "size": "big" }"#)
        var messages: [[String]] = []
        for type in [thing, shouted, thing, renamed] {
            var result = SchemaCatalog.TypedValidation()
            try catalog.validate(instance, as: type, from: page, into: &result)
            messages.append(result.errors.map(\.description))
            #expect(!result.errors.isEmpty)
        }
        // The page as spelled in another case is the same page: one compiled schema, the same errors.
        #expect(messages[0] == messages[1] && messages[0] == messages[2])
        // Another name on the same page is another type.
        #expect(catalog.compiledCount == 2)
    }

    @Test func aTypeCellIsTheTypeItsLinkOrNameResolvesToWhateverTheCaseOrPageName() throws {
        let d = try helper.lint(
            [
                "resources/filehash.md": helper.resource(
                    "microsoft.graph.fileHash",
                    "| hashType | [Перечисление fileHashType](filehashtypeenumtype.md) | The type. |\n| days | DayOfWeek collection | Days. |",
                    #"{ "hashType": "String", "days": ["String"] }"#),
                "resources/filehashtypeenumtype.md":
                    "# <a name=\"filehashtype-enum-type\"></a>fileHashType enum type\n\n| Member | Value | Description |\n|:--|:--|:--|\n| sha1 | 1 | SHA-1. |\n",
                "resources/calendar-dayofweek.md":
                    "# dayOfWeek enum type\n\n| Member | Value | Description |\n|:--|:--|:--|\n| monday | 1 | Monday. |\n",
                "api/filehash-get.md": helper.sample(
                    "microsoft.graph.fileHash", #"{ "hashType": "md5", "days": ["monday", "someday"] }"#),
            ], page: "api/filehash-get.md")
        #expect(
            d.filter { $0.rule.code.hasPrefix("DL30") }.map(\.message) == [
                "property 'hashType': value 'md5' is not one of 'sha1'",
                "property 'days/1': value 'someday' is not one of 'monday'",
            ])
    }

    @Test func onlyAnObjectWhoseODataTypeNamesAnotherTypeIsValidatedAsThatType() throws {
        let d = try helper.lint(
            [
                "resources/detail.md": helper.resource(
                    "microsoft.graph.detail", "| kind | String | The kind. |", #"{ "kind": "String" }"#),
                "resources/added.md": helper.resource(
                    "microsoft.graph.added", "| members | [identity](identity.md) | Who. |",
                    #"{ "members": { "@odata.type": "microsoft.graph.identity" } }"#, base: "microsoft.graph.detail"),
                "resources/identity.md": helper.resource(
                    "microsoft.graph.identity", "| name | String | The name. |", #"{ "name": "String" }"#),
                "resources/message.md": helper.resource(
                    "microsoft.graph.message", "| detail | [detail](detail.md) | The detail. |",
                    #"{ "detail": { "@odata.type": "microsoft.graph.detail" } }"#),
                "api/message-get.md": helper.sample(
                    "microsoft.graph.message",
                    ##"{ "detail": { "@odata.type": "#microsoft.graph.added", "kind": "k", "members": [ { "name": "a" } ] } }"##
                ),
            ], page: "api/message-get.md")
        // `members` says one identity and holds a list: reported as not an object by `identity`'s schema,
        // with a note naming the type that declares `members` (the derived type the sample says it is).
        let findings = d.filter { $0.rule.code.hasPrefix("DL30") }
        #expect(
            findings.map(\.message) == [#"property 'detail/members': value '[{"name":"a"}]' is not of type 'object'"#])
        #expect(findings.first?.notes.map(\.message).first?.hasPrefix("'members' is declared in ") == true)
        #expect(findings.first?.notes.map(\.message).first?.contains("resources/added.md") == true)
    }
}

/// Samples with thousands of findings stay linear.
@Suite struct LongSampleTests {
    @Test func thousandsOfUnknownKeysAreEachReportedAtTheirKeyQuickly() {
        var keys: [String] = []
        for i in 0..<20_000 { keys.append("\"k\(i)\": \(i)") }
        let page = """
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The ID. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
            ```json
            { "id": "String" }
            ```

            <!-- { "blockType": "example", "@odata.type": "microsoft.graph.x" } -->
            ```json
            { "id": 1, \(keys.joined(separator: ", ")) }
            ```
            """
        let start = ContinuousClock.now
        let report = Linter().lint(path: "x.md", bytes: Array(page.utf8))
        let unknown = report.diagnostics.filter { $0.rule.code == "DL301" }
        #expect(unknown.count == 20_000)
        #expect(report.lines.text(in: unknown[12_345].range) == "\"k12345\"")
        #expect(report.diagnostics.filter { $0.rule.code == "DL302" }.count == 1)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
