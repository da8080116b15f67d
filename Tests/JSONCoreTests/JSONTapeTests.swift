import Foundation
import JSONCore
import SourceText
import Testing

/// `JSONTape` reads exactly the grammar of the strict `JSONParser`, and its values are the parser's.
@Suite struct JSONTapeTests {
    /// Whether two values are the same in every detail: kind, number text, key order, every range.
    static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        guard a.range == b.range else { return false }
        switch (a.kind, b.kind) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x.text == y.text
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count
                && zip(x.members, y.members).allSatisfy {
                    $0.key.utf8.elementsEqual($1.key.utf8) && $0.keyRange == $1.keyRange
                        && identical($0.value, $1.value)
                }
        default: return false
        }
    }

    /// Parses `bytes[range]` both ways; records a disagreement in `failures`. Returns whether the tape accepted it.
    @discardableResult
    static func compare(_ bytes: [UInt8], range: Range<Int>? = nil, name: String, into failures: inout [String]) -> Bool
    {
        var tape = JSONTape()
        let accepted = tape.parse(bytes, range: range)
        let parsed = try? JSONParser.parse(bytes, range: range).value
        switch (accepted, parsed) {
        case (true, nil): failures.append("tape accepts, parser rejects: \(name)")
        case (false, _?): failures.append("tape rejects, parser accepts: \(name)")
        case (true, let value?):
            if !identical(tape.value(at: 0), value) { failures.append("different values: \(name)") }
            if tape.entries[0].end != tape.entries.count {
                failures.append("first entry does not span the tape: \(name)")
            }
        case (false, nil): break
        }
        return accepted
    }

    @Test func agreesWithTheParserOnTheParsingSuite() throws {
        guard let files = try JSONTestSuiteConformanceTests.files() else {
            print("JSONTestSuite not found at \(RepositoryPaths.jsonTestSuite.path): tape comparison skipped")
            return
        }
        var failures: [String] = []
        for url in files {
            Self.compare([UInt8](try Data(contentsOf: url)), name: url.lastPathComponent, into: &failures)
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Seeds with every construct (escapes, surrogates, UTF-8, numbers of each shape, nesting), each
    /// mutated many times by a fixed pseudo-random generator: both readers must accept and reject alike.
    @Test func agreesWithTheParserOnMutatedInput() {
        let seeds = [
            #"{"id": "BAJ-006796", "items": [{"qty": 5, "price": 401.67}], "n": null, "ok": true, "no": false}"#,
            #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC\uD83D\uDE00", "\uD800", "\uDC00x", "\uD800\u0041", "é€😀"]"#,
            #"[0, -0, 1.5e10, -2E-3, 123456789012345678, 1234567890123456789, 0.1, 1e400, -0.0]"#,
            #"{"a": {"b": {"c": [[], {}, [{}], {"d": []}]}}, "": "", "k\u0000": 1}"#,
            "\u{FEFF}  {\"bom\": 1} \n",
        ]
        let alphabet: [UInt8] =
            Array(#"{}[],:"\/ubfnrt0123456789-+.eE aé"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var failures: [String] = []
        var accepted = 0
        var rejected = 0
        for seed in seeds {
            let original = Array(seed.utf8)
            Self.compare(original, name: seed, into: &failures)
            for _ in 0..<3_000 {
                var bytes = original
                for _ in 0..<(1 + next(3)) {
                    let at = next(bytes.count + 1)
                    switch next(3) {
                    case 0: bytes.insert(alphabet[next(alphabet.count)], at: at)
                    case 1 where at < bytes.count: bytes.remove(at: at)
                    default: if at < bytes.count { bytes[at] = alphabet[next(alphabet.count)] }
                    }
                }
                if Self.compare(bytes, name: String(decoding: bytes, as: UTF8.self), into: &failures) {
                    accepted += 1
                } else {
                    rejected += 1
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        // The mutations must exercise both answers, or the comparison proves little.
        #expect(accepted > 1_000 && rejected > 1_000, "accepted \(accepted), rejected \(rejected)")
    }

    @Test func aRangeKeepsFileOffsetsAndTheTapeIsReused() throws {
        let bytes = Array("xx {\"a\": [1, \"é\\n\"]} yy\n[true]".utf8)
        var tape = JSONTape()
        let first = tape.parse(bytes, range: 3..<21)
        #expect(first)
        #expect(tape.entries.count == 5)
        #expect(tape.entries[0].range == SourceRange(start: 3, end: 21))
        #expect(tape.string(at: 1) == "a")
        #expect(tape.entries[1].range == SourceRange(start: 4, end: 7))
        #expect(tape.string(at: 4) == "é\n")
        #expect(Self.identical(tape.value(at: 0), try JSONParser.parse(bytes, range: 3..<21).value))
        let second = tape.parse(bytes, range: 25..<31)
        #expect(second)
        #expect(tape.entries.count == 2)
        #expect(tape.value(at: 0) == .array([.bool(true)]))
        let third = tape.parse(bytes, range: 0..<21)
        #expect(!third)
    }

    @Test func theDepthLimitIsTheParsers() {
        let ok = Array((String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).utf8)
        let deep = Array((String(repeating: "[", count: 513) + String(repeating: "]", count: 513)).utf8)
        var tape = JSONTape()
        let shallowAccepted = tape.parse(ok)
        let deepAccepted = tape.parse(deep)
        #expect(shallowAccepted)
        #expect((try? JSONParser.parse(ok)) != nil)
        #expect(!deepAccepted)
        #expect((try? JSONParser.parse(deep)) == nil)
    }

    @Test func aValueRoundTripsThroughATape() throws {
        let source = #"{"z": 1e400, "a": [true, null, "é\"\n", -12, 0.5], "m": {}, "k": {"x": [[]]}}"#
        let value = try JSONParser.value(source)
        let tape = JSONTape(value)
        #expect(Self.identical(tape.value(at: 0), value))
        #expect(tape.number(at: 2).text == "1e400")
        #expect(tape.source.isEmpty)
    }
}
