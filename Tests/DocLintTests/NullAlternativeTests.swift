import Testing

@testable import DocLint

/// The `null` of a type list, dropped from a validator message for a sample finding.
@Suite struct NullAlternativeTests {
    @Test func theNullOfATypeListIsDropped() {
        #expect(
            SampleValidation.withoutNull("value 'x' is not of type 'null' or 'integer'")
                == "value 'x' is not of type 'integer'")
        #expect(
            SampleValidation.withoutNull("value 1 is not of type 'string' or 'null'")
                == "value 1 is not of type 'string'")
        #expect(SampleValidation.withoutNull("value 'x' is not one of 'a', 'b'") == "value 'x' is not one of 'a', 'b'")
        #expect(SampleValidation.withoutNull("значение 'null' or 'да'") == "значение 'да'")
    }

    /// The byte removal of an ASCII message agrees with `replacing` (which matches by Character) on
    /// random messages made of the phrases' pieces, line breaks included.
    @Test func dropsWhatReplacingDrops() {
        let pieces = ["'null'", " or ", "'x'", "null", " ", "'", "\r\n", "\r", "\n", "or", "é", "e\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...8, using: &generator)
            let message = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = message.replacing("'null' or ", with: "").replacing(" or 'null'", with: "")
            #expect(SampleValidation.withoutNull(message) == expected, "\(Array(message.utf8))")
        }
    }
}
