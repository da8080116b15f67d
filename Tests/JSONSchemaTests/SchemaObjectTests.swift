import JSONCore
import Testing

@testable import JSONSchema

/// `SchemaObject` skips keywords whose length no key has; the look-ups it makes must find what a
/// member-by-member search finds.
@Suite("schema objects")
struct SchemaObjectTests {
    @Test func findsTheLastMemberOfEachNameWhateverTheLengths() throws {
        // Lengths 0, 1, 4, 64 and 65 (64 and 65 share a mask bit with 0 and 1).
        let long64 = String(repeating: "k", count: 64)
        let long65 = String(repeating: "k", count: 65)
        let object = try #require(
            JSONParser.value(
                #"{"": 0, "a": 1, "type": "string", "\#(long64)": 64, "\#(long65)": 65, "type": "object"}"#
            ).objectValue)
        let schema = SchemaObject(object)
        #expect(schema[""] == .integer(0))
        #expect(schema["a"] == .integer(1))
        #expect(schema["type"] == .string("object"))
        #expect(schema[long64] == .integer(64))
        #expect(schema[long65] == .integer(65))
        // Same length as a key, or a length sharing a bit with one, but absent.
        #expect(schema["enum"] == nil)
        #expect(schema["b"] == nil)
        #expect(schema[String(repeating: "j", count: 65)] == nil)
        // A length no key has.
        #expect(schema["properties"] == nil)
        #expect(SchemaObject(JSONObject())["type"] == nil)
    }

    @Test func keysCompareByCodePoints() throws {
        let object = try #require(JSONParser.value("{\"\u{E9}\": 1}").objectValue)
        let schema = SchemaObject(object)
        #expect(schema["\u{E9}"] == .integer(1))
        #expect(schema["e\u{301}"] == nil)
    }
}
