import DocLint
import Foundation
import GraphDocs
import JSONCore
import JSONSchema
import Testing

/// `Schemas/generated/` holds the schemas `doclint schemas docs-samples -o Schemas/generated` writes;
/// this test regenerates them and fails when the committed files are stale.
/// `RECORD_SNAPSHOTS=1 swift test --filter GeneratedSchemasTests` rewrites them.
@Suite struct GeneratedSchemasTests {
    static let output = TestSupport.root.appendingPathComponent("Schemas/generated")

    static func generate() throws -> [String: String] {
        let fm = FileManager.default
        var files: [String] = []
        let enumerator = fm.enumerator(atPath: TestSupport.samples.path)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".md") { files.append("docs-samples/" + relative) }
        }
        files.sort()
        return try SchemaFiles.generate(files: files) { path in
            [UInt8](try Data(contentsOf: TestSupport.root.appendingPathComponent(path)))
        }.files
    }

    static func committed() -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = output.appendingPathComponent(relative)
            if let text = try? String(contentsOf: url, encoding: .utf8), relative.hasSuffix(".json") {
                result[relative] = text
            }
        }
        return result
    }

    @Test func committedSchemasAreCurrent() throws {
        let generated = try Self.generate()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: Self.output)
            for (relative, text) in generated {
                let url = Self.output.appendingPathComponent(relative)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        let committed = Self.committed()
        let missing = Set(generated.keys).subtracting(committed.keys).sorted()
        let extra = Set(committed.keys).subtracting(generated.keys).sorted()
        #expect(
            missing.isEmpty && extra.isEmpty,
            "Schemas/generated is stale: not committed \(missing), no longer generated \(extra); re-record")
        for (name, text) in generated where committed[name] != text {
            Issue.record(
                "Schemas/generated/\(name) is stale: run RECORD_SNAPSHOTS=1 swift test --filter GeneratedSchemasTests")
        }
        #expect(generated.count > 50)
    }

    @Test func generationIsDeterministic() throws {
        #expect(try Self.generate() == Self.generate())
    }

    @Test func everyGeneratedSchemaCompilesAndIsAValid2020_12Schema() throws {
        let generated = try Self.generate()
        let meta = try JSONSchema(
            compiling: JSONParser.value(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#))
        for (name, text) in generated.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".schema.json") {
            let schema = try JSONParser.value(text)
            #expect(meta.isValid(schema), "\(name) is not a valid 2020-12 schema")
            var registry = SchemaRegistry()
            let folder = String(name[..<name.lastIndex(of: "/")!])
            for (other, otherText) in generated where other.hasPrefix(folder + "/") && other.hasSuffix(".schema.json") {
                registry.add(try JSONParser.value(otherText), uri: SchemaFiles.baseURI + other)
            }
            #expect(throws: Never.self, "\(name) does not compile") {
                _ = try JSONSchema(
                    compiling: schema,
                    options: JSONSchema.Options(registry: registry, baseURI: SchemaFiles.baseURI + name))
            }
        }
    }

    @Test func commsOperationSchemaReadsTheTable() throws {
        let generated = try Self.generate()
        let text = try #require(generated["de-DE/beta/microsoft.graph.commsOperation.schema.json"])
        let schema = try JSONParser.value(text)
        let properties = try #require(schema["$defs"]?["properties"]?["properties"]?.objectValue)
        #expect(
            properties.keys == ["clientContext", "createdDateTime", "id", "lastActionDateTime", "resultInfo", "status"])
        #expect(properties["createdDateTime"]?["format"]?.stringValue == "date-time")
        #expect(properties["id"]?["type"]?.stringValue == "string")  // the key is never null
        #expect(properties["resultInfo"]?["else"]?["$ref"]?.stringValue == "microsoft.graph.resultInfo.schema.json")
        #expect(properties["status"]?["else"]?["enum"]?.arrayValue?.count == 4)
        #expect(schema["unevaluatedProperties"]?.boolValue == false)
    }
}

@Suite struct AnnotationSchemasTests {
    @Test func committedAnnotationSchemasEqualTheEmbeddedOnes() throws {
        let block = try String(
            contentsOf: TestSupport.root.appendingPathComponent("Schemas/annotation.schema.json"), encoding: .utf8)
        let page = try String(
            contentsOf: TestSupport.root.appendingPathComponent("Schemas/page-annotation.schema.json"), encoding: .utf8)
        #expect(block == AnnotationSchemas.blockText + "\n")
        #expect(page == AnnotationSchemas.pageText + "\n")
    }

    @Test func annotationSchemasAreValid2020_12Schemas() throws {
        let meta = try JSONSchema(
            compiling: JSONParser.value(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#))
        #expect(meta.isValid(try JSONParser.value(AnnotationSchemas.blockText)))
        #expect(meta.isValid(try JSONParser.value(AnnotationSchemas.pageText)))
    }

    @Test func everyKnownKeyIsInTheSchema() throws {
        let properties = try JSONParser.value(AnnotationSchemas.blockText)["properties"]?.objectValue?.keys ?? []
        #expect(Set(properties) == Annotation.knownBlockKeys)
        let pageProperties = try JSONParser.value(AnnotationSchemas.pageText)["properties"]?.objectValue?.keys ?? []
        #expect(Set(pageProperties) == Annotation.knownPageKeys)
    }
}
