import JSONFormats
import Testing

/// Random and mutated inputs: no checker may crash or hang, and checkers that are related must agree.
@Suite struct FuzzTests {
    /// SplitMix64, seeded so a failure reproduces.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [Unicode.Scalar] =
        Array(
            "abcxnzXN019-_.:/@[]%?#~{}+*,;=!$&'()\"\\ <>^`|TZPYMDWHS\t\n\u{0}\u{7F}".unicodeScalars)
        + [
            0x80, 0xA0, 0xB7, 0xDF, 0xFC, 0x300, 0x375, 0x3B1, 0x5D0, 0x5F3, 0x627, 0x660, 0x6F0, 0x915, 0x94D,
            0x200C, 0x200D, 0x3002, 0x30FB, 0x4F8B, 0xE000, 0xFF0E, 0xFF61, 0xFFFF, 0x1F600, 0x10FFFD,
        ]
        .compactMap(Unicode.Scalar.init)

    static let seeds = [
        "1963-06-19T08:30:06.283185Z", "23:59:60+00:00", "P1Y2M3DT4H5M6S", "\"a b\"@[IPv6:::1]", "δ@例子.测试",
        "xn--bcher-kva.example", "l·l.\u{05D0}\u{05F3}\u{05D1}", "1::2:192.168.0.1", "255.255.255.255",
        "http://u@[v1.x]:80/p?q#f", "//a/b?c", "{?x,y*,z:12}/a%20", "/a~0b/c", "0#",
        "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
    ]

    static func randomString(_ generator: inout Generator) -> String {
        let length = Int.random(in: 0...24, using: &generator)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
        return String(scalars)
    }

    static func mutate(_ seed: String, _ generator: inout Generator) -> String {
        var scalars = Array(seed.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let position = Int.random(in: 0...scalars.count, using: &generator)
            let scalar = alphabet.randomElement(using: &generator)!
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: scalars.insert(scalar, at: position)
            case 1 where position < scalars.count: scalars.remove(at: position)
            default: if position < scalars.count { scalars[position] = scalar }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    @Test func randomInputsKeepTheRelationsBetweenFormats() {
        var generator = Generator(state: 0x5EED)
        var inputs: [String] = []
        for _ in 0..<6000 { inputs.append(Self.randomString(&generator)) }
        for _ in 0..<400 { for seed in Self.seeds { inputs.append(Self.mutate(seed, &generator)) } }
        var accepted = 0
        for input in inputs {
            var results: [StringFormat: Bool] = [:]
            for format in StringFormat.allCases { results[format] = format.check(input) }
            accepted += results.values.filter { $0 }.count
            let r = { (format: StringFormat) in results[format]! }
            if r(.uri) { #expect(r(.uriReference) && r(.iri), "uri \(String(reflecting: input))") }
            if r(.uriReference) { #expect(r(.iriReference), "uri-reference \(String(reflecting: input))") }
            if r(.iri) { #expect(r(.iriReference), "iri \(String(reflecting: input))") }
            if r(.email) { #expect(r(.idnEmail), "email \(String(reflecting: input))") }
            if r(.ipv4) { #expect(!r(.ipv6) && r(.hostname), "ipv4 \(String(reflecting: input))") }
            if r(.jsonPointer) { #expect(FormatChecker.isRelativeJSONPointer("7" + input)) }
            let scalars = Array(input.unicodeScalars)
            let dateTime =
                scalars.count > 11 && input.unicodeScalars.allSatisfy(\.isASCII)
                && FormatChecker.isDate(String(input.prefix(10)))
                && "tT".contains(input[input.index(input.startIndex, offsetBy: 10)])
                && FormatChecker.isTime(String(input.dropFirst(11)))
            #expect(r(.dateTime) == dateTime, "date-time \(String(reflecting: input))")
        }
        // The mutations of valid seeds must sometimes stay valid, or this test would not exercise much.
        #expect(accepted > 500)
    }

    @Test func arbitraryBytesNeverCrashAndAgreeWithStrings() {
        var generator = Generator(state: 0xB17E5)
        for _ in 0..<4000 {
            let count = Int.random(in: 0...32, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
            for format in StringFormat.allCases {
                let fromBytes = bytes.withUnsafeBufferPointer { format.check(utf8: $0) }
                if isValidUTF8 {
                    #expect(fromBytes == format.check(String(decoding: bytes, as: UTF8.self)), "\(format) \(bytes)")
                }
            }
        }
    }

    @Test func longInputsAreRejectedQuickly() {
        let long = String(repeating: "例", count: 100_000)
        for format in StringFormat.allCases where format != .iriReference && format != .uriTemplate {
            #expect(!format.check(long), "\(format)")
        }
        #expect(!FormatChecker.isIDNHostname(String(repeating: "・", count: 100_000)))
        #expect(!FormatChecker.isIDNHostname(String(repeating: "a.", count: 100_000) + "a"))
        #expect(FormatChecker.isURIReference(String(repeating: "a/", count: 100_000)))
    }
}
