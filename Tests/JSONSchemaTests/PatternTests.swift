import JSONCore
import JSONSchema
import Testing

private func schema(_ text: String) throws -> JSONSchema {
    try JSONSchema(compiling: try JSONParser.value(text))
}

/// `pattern` and `patternProperties` follow ECMA-262 (`u` flag), not ICU or Swift regex.
@Suite("patterns")
struct PatternTests {
    @Test func shorthandClassesAreASCII() throws {
        let digits = try schema(##"{"pattern": "^\\d+$"}"##)
        #expect(digits.isValid(.string("123")))
        #expect(!digits.isValid(.string("١٢٣")))  // Arabic-Indic digits are not ECMA-262 `\d`
        let word = try schema(##"{"pattern": "^\\w+$"}"##)
        #expect(word.isValid(.string("abc_9")))
        #expect(!word.isValid(.string("café")))
        let letters = try schema(##"{"pattern": "^\\p{L}+$"}"##)
        #expect(letters.isValid(.string("Москва")))
        #expect(!letters.isValid(.string("Москва1")))
    }

    @Test func patternsAreUnanchoredSearches() throws {
        let s = try schema(##"{"pattern": "b+"}"##)
        #expect(s.isValid(.string("abbbc")))
        #expect(!s.isValid(.string("ac")))
        #expect(s.isValid(.integer(5)))  // not a string: `pattern` does not apply
    }

    @Test func patternPropertiesUseTheSameEngine() throws {
        let s = try schema(##"{"patternProperties": {"^\\d$": {"type": "integer"}}, "additionalProperties": false}"##)
        #expect(s.isValid(try JSONParser.value(##"{"1": 2}"##)))
        #expect(!s.isValid(try JSONParser.value(##"{"١": 2}"##)))
        #expect(!s.isValid(try JSONParser.value(##"{"1": "x"}"##)))
    }

    @Test func invalidAndUnsupportedPatternsAreSchemaErrors() throws {
        for text in [##"{"pattern": "[z-a]"}"##, ##"{"patternProperties": {"(?<n": {}}}"##] {
            do {
                _ = try schema(text)
                Issue.record("expected a schema error for \(text)")
            } catch let error as SchemaError {
                #expect(error.message.contains("ECMA-262"), "\(error.message)")
            }
        }
    }

    @Test func aStepBudgetOverrunIsAnErrorNotAnAnswer() throws {
        // A backreference turns off the matcher's memo, so this backtracks exponentially.
        let s = try schema(##"{"pattern": "^(a*)*\\1b$"}"##)
        let value = JSONValue.string(String(repeating: "a", count: 40))
        #expect(!s.isValid(value))
        let errors = s.validate(value, output: .basic).errors
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("exceeded its step budget") == true, "\(errors)")
        #expect(errors.first?.keywordLocation.description == "/pattern")
    }
}
