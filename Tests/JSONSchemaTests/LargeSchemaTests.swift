import JSONCore
import Testing

@testable import JSONSchema

/// Compiling is linear in the schema's size: every subschema is found once by the scan, never by
/// walking a JSON Pointer from the document root over linear member look-ups (which made a
/// 50,000-property schema take tens of seconds).
@Suite("large schemas")
struct LargeSchemaTests {
    /// `n` properties, each referring to its own definition, half by JSON Pointer, half by anchor.
    static func schema(_ n: Int) -> JSONValue {
        var properties: [(String, JSONValue)] = []
        var definitions: [(String, JSONValue)] = []
        for i in 0..<n {
            let reference = i % 2 == 0 ? "#/$defs/d\(i)" : "#a\(i)"
            properties.append(("p\(i)", .object([("$ref", .string(reference))])))
            definitions.append(
                (
                    "d\(i)",
                    .object([("$anchor", .string("a\(i)")), ("type", .string("integer")), ("minimum", .integer(i))])
                )
            )
        }
        return .object([
            ("type", .string("object")), ("properties", .object(properties)), ("$defs", .object(definitions)),
        ])
    }

    /// The compiler's look-up work for a schema of `n` properties.
    static func lookupSteps(_ n: Int) throws -> Int {
        var compiler = Compiler(registry: SchemaRegistry(), assertFormats: false)
        _ = try compiler.compile(schema(n), uri: URIReference("json-schema:///large.json"), dialect: .draft2020_12)
        return compiler.index.lookupSteps
    }

    @Test func compileWorkGrowsLinearly() throws {
        let small = try Self.lookupSteps(1_000)
        let large = try Self.lookupSteps(10_000)
        // Ten times the schema, about ten times the work; walking pointers from the root took about
        // n²/2 member comparisons: a hundred times the work, and 50 million steps for the large one.
        #expect(large <= small * 12, "\(small) steps for 1,000 properties, \(large) for 10,000")
        #expect(large <= 10_000 * 10, "\(large) steps for 10,000 properties")
    }

    @Test func aTwentyThousandPropertySchemaCompilesAndValidates() throws {
        let n = 20_000
        let schema = try JSONSchema(compiling: Self.schema(n))
        let good = JSONValue.object((0..<n).map { ("p\($0)", .integer($0 + 1)) })
        #expect(schema.isValid(good))
        var members = (0..<n).map { ("p\($0)", JSONValue.integer($0)) }
        members[n - 1] = ("p\(n - 1)", .integer(n - 2))
        members[n - 2] = ("p\(n - 2)", .string("x"))
        let errors = schema.validate(.object(members)).errors
        #expect(
            errors.map(\.message) == [
                "value 'x' is not of type 'integer'", "value '19998' is less than the minimum '19999'",
            ])
        #expect(
            errors.map(\.keywordLocation.description) == [
                "/properties/p19998/$ref/type", "/properties/p19999/$ref/minimum",
            ])
    }
}
