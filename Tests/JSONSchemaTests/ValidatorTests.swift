import Foundation
import JSONCore
import JSONSchema
import SourceText
import Testing

private func schema(_ text: String, _ options: JSONSchema.Options = .init()) throws -> JSONSchema {
    try JSONSchema(compiling: try JSONParser.value(text), options: options)
}

private func errors(_ schemaText: String, _ instanceText: String) throws -> [ValidationError] {
    try schema(schemaText).validate(try JSONParser.value(instanceText), output: .basic).errors
}

@Suite("validation semantics")
struct SemanticsTests {
    @Test func multipleOfIsExactDecimal() throws {
        let s = try schema(##"{"multipleOf": 0.01}"##)
        #expect(s.isValid(try JSONParser.value("19.99")))
        #expect(s.isValid(try JSONParser.value("1e2")))
        #expect(!s.isValid(try JSONParser.value("19.999")))
        let big = try schema(##"{"multipleOf": 3}"##)
        #expect(big.isValid(try JSONParser.value("300000000000000000000000000000000000000003")))
        #expect(!big.isValid(try JSONParser.value("300000000000000000000000000000000000000004")))
    }

    @Test func bigIntegersAreIntegersAndCompareExactly() throws {
        let s = try schema(##"{"type": "integer", "maximum": 18446744073709551616}"##)
        #expect(s.isValid(try JSONParser.value("18446744073709551616")))
        #expect(!s.isValid(try JSONParser.value("18446744073709551617")))
        #expect(!s.isValid(try JSONParser.value("1.5")))
        #expect(s.isValid(try JSONParser.value("1.0")))
    }

    @Test func constAndEnumUseJSONEquality() throws {
        let s = try schema(##"{"enum": [1, "a", {"x": [1.0]}]}"##)
        #expect(s.isValid(try JSONParser.value("1.0")))
        #expect(s.isValid(try JSONParser.value(##"{"x": [1]}"##)))
        #expect(!s.isValid(try JSONParser.value("true")))
        let c = try schema(##"{"const": false}"##)
        #expect(!c.isValid(try JSONParser.value("0")))
        let e = try schema(##"{"const": "\u00e9"}"##)
        #expect(!e.isValid(try JSONParser.value(##""e\u0301""##)))
    }

    @Test func stringLengthCountsScalars() throws {
        let s = try schema(##"{"minLength": 2, "maxLength": 2}"##)
        #expect(s.isValid(.string("😀😀")))
        #expect(!s.isValid(.string("😀")))
        #expect(!s.isValid(.string("😀😀😀")))
    }

    @Test func draft4IntegersHaveNoFraction() throws {
        let s = try schema(##"{"$schema": "http://json-schema.org/draft-04/schema#", "type": "integer"}"##)
        #expect(s.dialect == .draft4)
        #expect(!s.isValid(try JSONParser.value("1.0")))
        #expect(s.isValid(try JSONParser.value("1")))
    }

    @Test func unevaluatedPropertiesDropsFailedBranches() throws {
        let s = try schema(
            ##"{"anyOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": true}}], "unevaluatedProperties": false}"##
        )
        #expect(s.isValid(try JSONParser.value(##"{"a": "x", "b": 1}"##)))
        #expect(!s.isValid(try JSONParser.value(##"{"a": 1}"##)))
        #expect(!s.isValid(try JSONParser.value(##"{"c": 1}"##)))
    }

    @Test func validationIsThreadSafe() throws {
        let s = try schema(##"{"type": "object", "properties": {"n": {"type": "integer", "minimum": 0}}}"##)
        let instances = (0..<400).map { JSONValue.object([("n", .integer($0 % 2 == 0 ? $0 : -$0))]) }
        let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: instances.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: instances.count) { i in shared[i] = s.isValid(instances[i]) }
        for i in 0..<instances.count { #expect(results[i] == (i % 2 == 0 || i == 0)) }
    }
}

@Suite("errors and output units")
struct ErrorTests {
    @Test func messagesAreLowercaseAndQuoteValues() throws {
        let found = try errors(
            ##"{"properties": {"id": {"type": "integer"}}, "additionalProperties": false, "required": ["name"]}"##,
            ##"{"id": "abc", "foo": 1}"##)
        let messages = Set(found.map(\.message))
        #expect(messages.contains("value 'abc' is not of type 'integer'"))
        #expect(messages.contains("property 'foo' is not allowed"))
        #expect(messages.contains("required property 'name' is missing"))
        for message in messages {
            #expect(!message.hasSuffix("."))
            #expect(message.first?.isLowercase == true)
        }
    }

    @Test func errorsCarryLocationsAndSourceRanges() throws {
        let text = "{\n  \"a\": {\"b\": [1, \"x\"]}\n}"
        let bytes = Array(text.utf8)
        let instance = try JSONParser.parse(bytes).value
        let s = try schema(
            ##"{"$id": "https://example.com/s", "properties": {"a": {"$ref": "#/$defs/a"}}, "$defs": {"a": {"properties": {"b": {"items": {"type": "integer"}}}}}}"##
        )
        let result = s.validate(instance)
        #expect(!result.isValid)
        #expect(result.errors.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.keywordLocation.description == "/properties/a/$ref/properties/b/items/type")
        #expect(error.absoluteKeywordLocation == "https://example.com/s#/$defs/a/properties/b/items/type")
        #expect(error.instanceLocation.description == "/a/b/1")
        #expect(LineIndex(bytes).position(of: error.range.start) == SourcePosition(line: 2, column: 18))
    }

    @Test func outputUnitsFollowTheSpecShapes() throws {
        let s = try schema(##"{"properties": {"a": {"allOf": [{"type": "string"}, {"minLength": 3}]}}}"##)
        let instance = try JSONParser.value(##"{"a": 5}"##)
        #expect(try s.validate(instance, output: .flag).outputUnit(.flag) == JSONParser.value(##"{"valid": false}"##))
        let basic = s.validate(instance, output: .basic).outputUnit(.basic)
        let errors = try #require(basic["errors"]?.arrayValue)
        #expect(errors.count == 1)
        #expect(errors[0]["keywordLocation"]?.stringValue == "/properties/a/allOf/0/type")
        #expect(errors[0]["instanceLocation"]?.stringValue == "/a")
        #expect(errors[0]["error"]?.stringValue == "value '5' is not of type 'string'")
        let two = try schema(##"{"properties": {"a": {"type": "string"}, "b": {"minimum": 3}}}"##)
        let detailed = two.validate(try JSONParser.value(##"{"a": 1, "b": 1}"##), output: .detailed).outputUnit(
            .detailed)
        #expect(detailed["valid"]?.boolValue == false)
        #expect(detailed["keywordLocation"]?.stringValue == "")
        let nested = try #require(detailed["errors"]?.arrayValue)
        #expect(nested.map { $0["instanceLocation"]?.stringValue } == ["/a", "/b"])
        #expect(
            try s.validate(JSONParser.value(##"{"a": "abcd"}"##), output: .detailed).outputUnit(.detailed)
                == JSONParser.value(##"{"valid": true}"##))
    }
}

@Suite("one pass for errors")
struct OnePassTests {
    /// Errors are collected while validating (no flag pass first); branches whose errors are not
    /// shown are decided quietly, and their errors are built only when the keyword fails.
    @Test func applicatorsReportTheBranchesOnlyWhenTheyFail() throws {
        let s = try schema(
            ##"{"properties": {"p": {"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}, "q": {"anyOf": [{"type": "string"}, {"minimum": 10}]}}}"##
        )
        let none = s.validate(try JSONParser.value(##"{"p": {}, "q": 5}"##)).errors
        #expect(
            Set(none.map(\.keywordLocation.description)) == [
                "/properties/p/oneOf", "/properties/p/oneOf/0/required", "/properties/p/oneOf/1/required",
                "/properties/q/anyOf", "/properties/q/anyOf/0/type", "/properties/q/anyOf/1/minimum",
            ])
        let both = s.validate(try JSONParser.value(##"{"p": {"a": 1, "b": 2}, "q": "x"}"##)).errors
        #expect(both.map(\.message) == ["value '{\"a\":1,\"b\":2}' matches more than one schema in 'oneOf' (0, 1)"])
        #expect(s.validate(try JSONParser.value(##"{"p": {"b": 1}, "q": 12}"##)).errors.isEmpty)
    }

    @Test func containsCountsEveryMatchWhenReporting() throws {
        let s = try schema(##"{"contains": {"type": "integer"}, "maxContains": 2}"##)
        let instance = try JSONParser.value("[1, 2, 3, \"x\"]")
        #expect(!s.isValid(instance))
        let errors = s.validate(instance).errors
        #expect(errors.map(\.message) == ["array has 3 items that match 'contains', more than 'maxContains' 2"])
        #expect(errors.first?.keywordLocation.description == "/contains")
    }

    @Test func aTapeValidatesAsItsValueDoes() throws {
        let bytes = Array(##"{"n": [1, "2", {"k\u00e9y": -0.5}], "s": "abc\ndef"}"##.utf8)
        var tape = JSONTape()
        let parsed = tape.parse(bytes)
        #expect(parsed)
        let value = try JSONParser.parse(bytes).value
        let s = try schema(
            ##"{"properties": {"n": {"items": {"type": ["integer", "object"], "propertyNames": {"maxLength": 2}}}, "s": {"pattern": "^abc$"}}}"##
        )
        let fromTape = s.validate(tape)
        let fromValue = s.validate(value)
        #expect(!s.isValid(tape))
        #expect(fromTape.errors == fromValue.errors)
        #expect(
            Set(fromTape.errors.map(\.instanceLocation.description)) == ["/n/1", "/n/2/kéy", "/s"])
        // A property name is validated where the key is, quotes included.
        let key = try #require(fromTape.errors.first { $0.instanceLocation.description == "/n/2/kéy" })
        #expect(String(decoding: bytes[key.range.start..<key.range.end], as: UTF8.self) == ##""k\u00e9y""##)
    }

    @Test func aValueInsideATapeValidatesAsThatValueAlone() throws {
        let value = try JSONParser.value(##"{"a": [true, {"b": "xy", "c": [1, "2"]}], "d": {"b": 7}}"##)
        let tape = JSONTape(value)
        let s = try schema(##"{"properties": {"b": {"maxLength": 1}, "c": {"items": {"type": "integer"}}}}"##)
        // `a[1]` and `d`, found by walking the tape: a member is its key entry, then the value's entries.
        let a = 2
        let a1 = tape.entries[a + 1].end
        let d = tape.entries[a].end + 1
        for (entry, part) in [(a1, value["a"]!.arrayValue![1]), (d, value["d"]!)] {
            let inside = s.validate(tape, at: entry)
            let alone = s.validate(part)
            #expect(inside.isValid == alone.isValid)
            #expect(inside.errors == alone.errors)
            #expect(inside.errors.map(\.range) == alone.errors.map(\.range))
        }
        #expect(s.validate(tape, at: a1).errors.map(\.instanceLocation.description).sorted() == ["/b", "/c/1"])
        #expect(s.validate(tape, at: d).errors.map(\.instanceLocation.description) == [])
        #expect(!s.validate(tape, at: a1).isValid)
    }
}

@Suite("schema errors")
struct SchemaErrorTests {
    @Test(arguments: [
        ##"{"$ref": "#"}"##,
        ##"{"$ref": "#/$defs/a", "$defs": {"a": {"allOf": [{"$ref": "#/$defs/b"}]}, "b": {"$ref": "#/$defs/a"}}}"##,
    ])
    func referenceCyclesAreRejected(_ text: String) throws {
        #expect(throws: SchemaError.self) { try schema(text) }
    }

    @Test func recursionThroughTheInstanceIsFine() throws {
        let s = try schema(##"{"type": "array", "items": {"$ref": "#"}}"##)
        var deep = JSONValue.array([])
        for _ in 0..<200 { deep = .array([deep]) }
        #expect(s.isValid(deep))
        #expect(!s.isValid(.array([.array([.integer(1)])])))
    }

    @Test func tooDeepEvaluationIsAnErrorNotACrash() throws {
        let s = try schema(##"{"items": {"$ref": "#"}}"##, JSONSchema.Options(maxDepth: 100))
        var deep = JSONValue.array([])
        for _ in 0..<300 { deep = .array([deep]) }
        #expect(!s.isValid(deep))
        let result = s.validate(deep)
        #expect(result.errors.contains { $0.message.contains("deeper than the limit") })
    }

    @Test func networkReferencesAreNeverFetched() throws {
        do {
            _ = try schema(##"{"$ref": "https://example.com/schema.json"}"##)
            Issue.record("expected a schema error")
        } catch let error as SchemaError {
            #expect(error.message.contains("never fetched"))
            #expect(error.message.contains("https://example.com/schema.json"))
        }
    }

    @Test func registryServesReferences() throws {
        var registry = SchemaRegistry()
        registry.add(
            try JSONParser.value(##"{"$defs": {"n": {"type": "integer"}}}"##), uri: "https://example.com/d.json")
        let s = try schema(
            ##"{"$ref": "https://example.com/d.json#/$defs/n"}"##, JSONSchema.Options(registry: registry))
        #expect(s.isValid(.integer(3)))
        #expect(!s.isValid(.string("3")))
    }

    @Test(arguments: [
        ##"{"type": "integr"}"##, ##"{"minLength": -1}"##, ##"{"pattern": "(unclosed"}"##,
        ##"{"$schema": "https://example.com/unknown-meta"}"##, ##"{"multipleOf": 0}"##, ##"{"$ref": "#/nowhere"}"##,
    ])
    func malformedSchemasAreClearErrors(_ text: String) throws {
        do {
            _ = try schema(text)
            Issue.record("expected a schema error for \(text)")
        } catch let error as SchemaError {
            #expect(!error.message.isEmpty)
            #expect(!error.message.hasSuffix("."))
        }
    }

    @Test func metaSchemaCheck() throws {
        let bad = try JSONParser.value(##"{"type": 12}"##)
        #expect(!(try JSONSchema.metaSchema(of: bad)).isValid(bad))
        let good = try JSONParser.value(##"{"$schema": "http://json-schema.org/draft-07/schema#", "type": "string"}"##)
        #expect(try JSONSchema.metaSchema(of: good).isValid(good))
        let draft4 = try JSONParser.value(##"{"$schema": "http://json-schema.org/draft-04/schema#", "minimum": "x"}"##)
        #expect(!(try JSONSchema.metaSchema(of: draft4)).isValid(draft4))
    }
}
