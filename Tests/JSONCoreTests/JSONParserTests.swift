import JSONCore
import SourceText
import Testing

@Suite struct JSONParserTests {
    func text(_ source: String, _ range: SourceRange) -> String {
        LineIndex(source).text(in: range)
    }

    @Test func everyValueAndKeyHasItsRange() throws {
        let source = "{\n  \"a\": [1, true, null],\n  \"b\": {\"c\": \"x\\ny\"}\n}"
        let doc = try JSONParser.parse(source)
        let object = try #require(doc.value.objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(text(source, object.members[0].keyRange) == "\"a\"")
        #expect(text(source, object.members[0].value.range) == "[1, true, null]")
        let inner = try #require(object["b"]?.objectValue)
        #expect(text(source, inner.members[0].value.range) == "\"x\\ny\"")
        #expect(inner["c"]?.stringValue == "x\ny")
        #expect(
            LineIndex(source).position(of: inner.members[0].value.range.start) == SourcePosition(line: 3, column: 14))
        #expect(text(source, doc.value.range) == source)
    }

    @Test func rangesAreOffsetsIntoTheWholeBuffer() throws {
        let file = Array("prefix {\"k\": 42} suffix".utf8)
        let doc = try JSONParser.parse(file, range: 7..<16)
        #expect(doc.value.range == SourceRange(start: 7, end: 16))
        #expect(doc.value["k"]?.range == SourceRange(start: 13, end: 15))
    }

    @Test func keepsKeyOrderAndReportsDuplicates() throws {
        let doc = try JSONParser.parse(#"{"z": 1, "a": 2, "z": 3}"#)
        #expect(doc.value.objectValue?.keys == ["z", "a", "z"])
        #expect(doc.value["z"] == .integer(3))
        #expect(doc.duplicateKeys.count == 1)
        #expect(doc.duplicateKeys.first?.key == "z")
        #expect(doc.duplicateKeys.first?.firstRange == SourceRange(start: 1, end: 4))
        #expect(doc.duplicateKeys.first?.range == SourceRange(start: 17, end: 20))
    }

    @Test(arguments: [20, 40, 300])
    func duplicatesInSmallAndLargeObjectsAreFound(_ size: Int) throws {
        // Small objects are checked pairwise, large ones through a dictionary: both paths are covered.
        let members = (0..<size).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0", "\"e\u{301}\": 1", "\"\u{E9}\": 2"]
        let doc = try JSONParser.parse("{" + members.joined(separator: ",") + "}")
        // "é" precomposed and decomposed are different keys: keys compare by code points.
        #expect(doc.duplicateKeys.map(\.key) == ["k7"])
        #expect(doc.value.objectValue?.count == size + 3)
    }

    @Test func numbersKeepTheirExactText() throws {
        let doc = try JSONParser.parse("[1e400, 0.1, 123456789012345678901234567890, -0, 1.0, -5]")
        let values = try #require(doc.value.arrayValue).map { $0.numberValue! }
        #expect(values.map(\.text) == ["1e400", "0.1", "123456789012345678901234567890", "-0", "1.0", "-5"])
        #expect(values[0].double == .infinity)
        #expect(values[2].int64 == nil)
        #expect(values[2].isInteger)
        #expect(values[4].int64 == 1)
        #expect(values[4] == JSONNumber(1))
        #expect(values[5].int64 == -5)
        #expect(!values[1].isInteger)
    }

    @Test(arguments: [
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member, found '\"' at 1:9"),
        ("[1, 2", "unexpected end of input inside array; expected ',' or ']' at 1:6"),
        ("{\n  \"a\": tru\n}", "invalid literal; expected 'true' at 2:8"),
        ("[01]", "invalid number: leading zeros are not allowed at 1:2"),
        ("{\"a\": 1,}", "trailing comma before '}' at 1:8"),
        ("\"abc", "unterminated string at 1:1"),
        ("\"a\\qb\"", "invalid escape sequence '\\q' in string at 1:3"),
        ("[1] x", "unexpected 'x' after the JSON value at 1:5"),
        ("", "expected a JSON value, found end of input at 1:1"),
        ("{\n\"Контекст\": x}", "expected a JSON value, found 'x' at 2:13"),
    ])
    func errorsSayWhatAndWhere(source: String, expected: String) {
        #expect(throws: (any Error).self) { try JSONParser.parse(source) }
        do {
            _ = try JSONParser.parse(source)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func invalidUTF8IsAnErrorWithItsOffset() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.offset == 4)
            #expect(error.message.contains("invalid UTF-8"))
        }
    }

    @Test func nestingBeyondTheLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONParser.parse(deep)
            Issue.record("100,000 levels were accepted")
        } catch {
            #expect(error.message == "nesting is deeper than the limit of 512")
            #expect(error.offset == 512)
        }
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
        #expect(throws: (any Error).self) { try JSONParser.parse(ok, options: JSONParseOptions(maxDepth: 10)) }
    }

    /// A suppression wrapped over two lines (21 en-US page annotations) parses leniently; a string
    /// missing its closing quote is still reported where the line breaks.
    @Test func lenientModeAcceptsALineBreakInAStringOnlyWhenTheTextThenParses() throws {
        let wrapped = "{ \"suppressions\": [\"Error: a:\r\n    b\"], \"x\": 1 }"
        #expect(throws: JSONParseError.self) { try JSONParser.parse(wrapped) }
        let doc = try JSONParser.parse(wrapped, options: .lenient)
        #expect(doc.value["suppressions"] == .array([.string("Error: a:\r\n    b")]))
        #expect(doc.leniencies.map(\.kind) == [.lineBreakInString])
        #expect(doc.leniencies.first?.range == SourceRange(start: 29, end: 31))

        let unterminated = "{\n  \"description\": \"User delete apps,\n  \"keywords\": \"\",\n  \"tocPath\": \"\"\n}"
        do {
            _ = try JSONParser.parse(unterminated, options: .lenient)
            Issue.record("an unterminated string parsed")
        } catch {
            #expect(error.message == "unterminated string (line break inside a string)")
            #expect(error.position == SourcePosition(line: 2, column: 36))
        }
    }

    @Test func lenientModeRecordsEachLeniency() throws {
        let source = """
            {
              // a comment
              blockType: "resource", /* block */
              &quot;name&quot;: &quot;x&quot;,
              "list": [1, 2,],
            }
            """
        #expect(throws: (any Error).self) { try JSONParser.parse(source) }
        let doc = try JSONParser.parse(source, options: .lenient)
        #expect(doc.value["blockType"]?.stringValue == "resource")
        #expect(doc.value["name"]?.stringValue == "x")
        #expect(doc.value["list"] == .array([.integer(1), .integer(2)]))
        let kinds = doc.leniencies.map(\.kind)
        #expect(kinds.filter { $0 == .lineComment }.count == 1)
        #expect(kinds.filter { $0 == .blockComment }.count == 1)
        #expect(kinds.filter { $0 == .unquotedKey }.count == 1)
        #expect(kinds.filter { $0 == .htmlEntityQuote }.count == 4)
        #expect(kinds.filter { $0 == .trailingComma }.count == 2)
        let lines = LineIndex(source)
        let unquoted = try #require(doc.leniencies.first { $0.kind == .unquotedKey })
        #expect(lines.position(of: unquoted.range.start) == SourcePosition(line: 3, column: 3))
        #expect(lines.text(in: unquoted.range) == "blockType")
    }

    @Test func lenientModeReadsStrictJSONAsStrictJSON() throws {
        // `&quot;` inside a string that real quotes delimit is text, not a closing quote.
        let source = #"{ "blockType": "example", "name": "say &quot;hi&quot;" }"#
        let doc = try JSONParser.parse(source, options: .lenient)
        #expect(doc.value["name"]?.stringValue == "say &quot;hi&quot;")
        #expect(doc.leniencies.isEmpty)
        #expect(doc.value == (try JSONParser.parse(source)).value)
        // A translated annotation whose quotes became entities is still read leniently.
        let translated = #"{ "blockType&quot;: &quot;example" }"#
        #expect(try JSONParser.parse(translated, options: .lenient).value["blockType"]?.stringValue == "example")
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let value = try JSONParser.value(#"["\u00e9\ud83d\ude00\t\/", "\udead"]"#)
        #expect(value.arrayValue?[0].stringValue == "é😀\t/")
        #expect(value.arrayValue?[1].stringValue == "\u{FFFD}")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)).value
        #expect(value == .object([]))
    }
}

@Suite struct JSONValueTests {
    @Test func equalityIsJSONEquality() throws {
        #expect(try JSONParser.value("1") == JSONParser.value("1.0"))
        #expect(try JSONParser.value("1") == JSONParser.value("10e-1"))
        #expect(try JSONParser.value("true") != JSONParser.value("1"))
        #expect(try JSONParser.value(#"{"a": 1, "b": [2]}"#) == JSONParser.value(#"{"b": [2.0], "a": 1}"#))
        #expect(try JSONParser.value("[1, 2]") != JSONParser.value("[2, 1]"))
        let set: Set<JSONValue> = [try JSONParser.value("1"), try JSONParser.value("1.00"), .integer(2)]
        #expect(set.count == 2)
    }

    @Test func multipleOfIsExact() throws {
        func n(_ s: String) -> JSONNumber { JSONNumber(text: s)! }
        #expect(n("19.99").isMultiple(of: n("0.01")))
        #expect(!n("19.995").isMultiple(of: n("0.01")))
        #expect(n("1e308").isMultiple(of: n("0.5")))
        #expect(n("123456789012345678901234567890").isMultiple(of: n("10")))
        #expect(!n("123456789012345678901234567891").isMultiple(of: n("10")))
        #expect(n("123456789012345678901234567890").isMultiple(of: n("123456789012345678901234567890")))
        #expect(!n("0.0075").isMultiple(of: n("0.0001e1")))
        #expect(n("4.5").isMultiple(of: n("1.5")))
        #expect(!n("1").isMultiple(of: n("0")))
    }

    @Test func comparisonIsExact() {
        func n(_ s: String) -> JSONNumber { JSONNumber(text: s)! }
        #expect(n("9007199254740993").compare(n("9007199254740992")) == .greater)
        #expect(n("-1.5").compare(n("-1.25")) == .less)
        #expect(n("1e2").compare(n("100")) == .equal)
        #expect(n("-0").compare(n("0")) == .equal)
        #expect(JSONNumber(text: "01") == nil)
    }

    /// Numbers with up to 19 significant digits take an allocation-free path; it must agree with the
    /// digit-array arithmetic of `JSONDecimal` on every pair, around the 19-digit boundary included.
    @Test func fastDecimalArithmeticAgreesWithDigitArrays() {
        let texts = [
            "0", "-0", "0.0", "1", "-1", "10", "100", "1e2", "1E+2", "0.01", "0.010", "-0.01", "19.99", "19.995", "0.5",
            "1.5", "4.5", "2.5e-3", "0.0075", "0.0001e1", "12.345", "401.67", "1e308", "1e-308", "-1e-7", "7e0",
            "9223372036854775807", "-9223372036854775808", "9999999999999999999", "10000000000000000000",
            "99999999999999999999", "1234567890123456789.5", "0.1234567890123456789", "1000000000000000000e-18",
            "123456789012345678901234567890", "3", "0.3", "3e1", "-3e-1", "1e999999999", "1e1000000000",
        ]
        let numbers =
            texts.map { JSONNumber(text: $0)! } + [JSONNumber(Int64.max), JSONNumber(Int64.min), JSONNumber(0)]
        for a in numbers {
            for b in numbers {
                #expect(a.compare(b) == a.decimal.compare(b.decimal), "compare \(a) \(b)")
                #expect(a.isMultiple(of: b) == a.decimal.isMultiple(of: b.decimal), "\(a) multiple of \(b)")
            }
        }
    }
}

@Suite struct JSONWriterTests {
    @Test func roundTripsKeepOrderAndNumbers() throws {
        let source = #"{"z":1e400,"a":[true,null,"é\"\n"],"m":{}}"#
        let value = try JSONParser.value(source)
        #expect(JSONWriter.compact(value) == source)
        #expect(
            JSONWriter.pretty(value) == """
                {
                  "z": 1e400,
                  "a": [
                    true,
                    null,
                    "é\\"\\n"
                  ],
                  "m": {}
                }
                """)
        #expect(try JSONParser.value(JSONWriter.pretty(value)) == value)
    }

    @Test func pointersEscapeAndResolve() throws {
        let value = try JSONParser.value(#"{"a/b": [0, {"~x": 5}]}"#)
        let pointer = JSONPointer(tokens: ["a/b", "1", "~x"])
        #expect(pointer.description == "/a~1b/1/~0x")
        #expect(JSONPointer(pointer.description) == pointer)
        #expect(pointer.resolve(in: value) == .integer(5))
        #expect(JSONPointer("/a~2") == nil)
        #expect(JSONPointer("/a~1b/01").flatMap { $0.resolve(in: value) } == nil)
    }
}

@Suite struct LineIndexTests {
    @Test func positionsCountScalarsAndHandleCRLF() {
        let index = LineIndex("ab\r\nКон x\n\n")
        #expect(index.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(index.position(of: 4) == SourcePosition(line: 2, column: 1))
        #expect(index.position(of: 11) == SourcePosition(line: 2, column: 5))
        #expect(index.text(ofLine: 1) == "ab")
        #expect(index.text(ofLine: 2) == "Кон x")
        #expect(index.lineCount == 4)
        #expect(index.offset(of: SourcePosition(line: 2, column: 5)) == 11)
    }
}

@Suite struct CodePointKeyTests {
    @Test func objectsWithManyMembersCompareKeysByCodePoints() throws {
        // More than 8 members takes the dictionary path of object equality.
        let base = (0..<10).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        let precomposed = try JSONParser.value("{\(base), \"\u{E9}\": 1}")
        let decomposed = try JSONParser.value("{\(base), \"e\u{301}\": 1}")
        #expect(precomposed != decomposed)
        #expect(precomposed.objectValue?.uniqueMembers.count == 11)
        let both = try JSONParser.value("{\(base), \"\u{E9}\": 1, \"e\u{301}\": 2}")
        #expect(both.objectValue?.uniqueMembers.count == 12)
    }

    @Test(arguments: [3, 16, 17, 40])
    func uniqueMembersKeepTheLastValueAtTheFirstPosition(_ size: Int) throws {
        // Up to 16 members are checked pairwise, more through a dictionary: both paths are covered.
        let members = (0..<size).map { "\"k\($0)\": \($0)" } + ["\"k1\": \"last\"", "\"\u{E9}\": 1", "\"e\u{301}\": 2"]
        let object = try #require(JSONParser.value("{" + members.joined(separator: ",") + "}").objectValue)
        let unique = object.uniqueMembers
        #expect(unique.count == size + 2)
        #expect(unique[1].key == "k1" && unique[1].value == .string("last"))
        #expect(unique.map(\.key).suffix(2) == ["\u{E9}", "e\u{301}"])
        let plainText = "{" + (0..<size).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}"
        let plain = try #require(JSONParser.value(plainText).objectValue)
        #expect(plain.uniqueMembers.map(\.key) == plain.keys)
    }

    @Test func memberLookupAndStringEqualityCompareCodePoints() throws {
        // Same length in UTF-8, canonically equivalent in Swift, different code points.
        #expect("e\u{301}".utf8.count == 3 && "\u{E9}".utf8.count == 2)
        #expect(sameCodePoints("\u{E9}", "\u{E9}"))
        #expect(!sameCodePoints("\u{E9}", "e\u{301}"))
        #expect(!sameCodePoints("ab", "ac"))
        #expect(sameCodePoints("", ""))
        // Long (heap-allocated) and short (inline) strings alike.
        let long = String(repeating: "ключ", count: 20)
        #expect(sameCodePoints(long, String(repeating: "ключ", count: 20)))
        #expect(!sameCodePoints(long + "a", long + "b"))
        let object = try #require(JSONParser.value("{\"\u{E9}\": 1, \"e\u{301}\": 2, \"\u{E9}\": 3}").objectValue)
        #expect(object["\u{E9}"] == .integer(3))
        #expect(object["e\u{301}"] == .integer(2))
        #expect(object["e"] == nil)
        #expect(JSONValue.string("\u{E9}") != JSONValue.string("e\u{301}"))
        #expect(JSONValue.string(long) == JSONValue.string(String(repeating: "ключ", count: 20)))
    }

    @Test func errorPositionsCountFromTheStartOfTheBuffer() {
        let text = String(repeating: "{}\n", count: 1000) + "[1,,2]"
        do {
            _ = try JSONParser.parse(Array(text.utf8), range: 3000..<text.utf8.count)
            Issue.record("accepted an empty element")
        } catch {
            #expect(error.position == SourcePosition(line: 1001, column: 4))
        }
    }
}

@Suite struct ReviewedEdgeCaseTests {
    @Test func aLineBreakInsideAStringReadsTheSameUnderCRLF() {
        for text in ["[\"ab\ncd\"]", "[\"ab\r\ncd\"]"] {
            do {
                _ = try JSONParser.parse(text)
                Issue.record("accepted a raw line break")
            } catch {
                #expect(error.message == "unterminated string (line break inside a string)")
            }
        }
    }

    @Test func negativeDivisorsAreNeverMultiples() {
        #expect(!JSONNumber(text: "6")!.isMultiple(of: JSONNumber(text: "-2")!))
        #expect(!JSONNumber(text: "6.0")!.isMultiple(of: JSONNumber(text: "-2.0")!))
    }
}
