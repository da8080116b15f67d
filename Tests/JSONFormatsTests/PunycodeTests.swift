import JSONFormats
import Testing

@Suite struct PunycodeTests {
    /// RFC 3492 section 7.1 samples (lower-cased encodings).
    static let samples: [(String, String)] = [
        (
            "\u{0644}\u{064A}\u{0647}\u{0645}\u{0627}\u{0628}\u{062A}\u{0643}\u{0644}\u{0645}\u{0648}\u{0634}\u{0639}"
                + "\u{0631}\u{0628}\u{064A}\u{061F}", "egbpdaj6bu4bxfgehfvwxn"
        ),
        ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
        ("Pročprostěnemluvíčesky", "Proprostnemluvesky-uyb24dma41a"),
        ("3年B組金八先生", "3B-ww4c5e180e575a65lsy2b"),
        ("安室奈美恵-with-SUPER-MONKEYS", "-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n"),
        ("-> $1.00 <-", "-> $1.00 <--"),
        ("bücher", "bcher-kva"),
    ]

    @Test func encodesAndDecodesTheRFCSamples() {
        for (unicode, ascii) in Self.samples {
            let scalars = unicode.unicodeScalars.map(\.value)
            #expect(Punycode.encode(scalars).map { String(decoding: $0, as: UTF8.self) } == ascii, "\(unicode)")
            #expect(Punycode.decode(Array(ascii.utf8)) == scalars, "\(ascii)")
        }
    }

    @Test func decodingIsCaseInsensitiveForDigits() {
        #expect(Punycode.decode(Array("BCHER-KVA".utf8)) == "BüCHER".unicodeScalars.map(\.value))
        #expect(Punycode.decode(Array("bcher-KVA".utf8)) == "bücher".unicodeScalars.map(\.value))
    }

    @Test(arguments: ["99999999999999", "a-!", "a-ü", "a-9", "ü"])
    func rejectsBadInput(_ input: String) {
        #expect(Punycode.decode(Array(input.utf8)) == nil)
    }
}
