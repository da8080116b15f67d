import JSONFormats
import Testing

@Suite struct HostnameFormatTests {
    @Test(arguments: [
        "a", "example", "www.example.com", "EXAMPLE.COM", "1.2.3.4", "a-b.c-d", "xn--bcher-kva.example",
        "XN--BCHER-KVA.example", "xn--4gbwdl.xn--wgbh1c", String(repeating: "a", count: 63),
        Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".").dropLast(2).description,
    ])
    func validHostnames(_ value: String) {
        #expect(FormatChecker.isHostname(value))
        #expect(FormatChecker.isIDNHostname(value))
    }

    @Test(arguments: [
        "", ".", "a.", ".a", "a..b", "-a", "a-", "a_b", "a b", "a.b/c", String(repeating: "a", count: 64),
        Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: "."),
        "xn--", "xn--a", "xn--bcher", "xn--bcher-kva-", "xn--abc-", "xn--ls8h.example",
    ])
    func invalidHostnames(_ value: String) {
        #expect(!FormatChecker.isHostname(value))
        #expect(!FormatChecker.isIDNHostname(value))
    }

    @Test func reservedHyphensAreOnlyLDHForPlainHostnames() {
        #expect(FormatChecker.isHostname("ab--cd.example"))
        #expect(!FormatChecker.isIDNHostname("ab--cd.example"))
    }

    @Test(arguments: [
        "bücher.example", "例子.测试", "실례.테스트", "a\u{3002}b", "a\u{FF0E}b", "a\u{FF61}b", "l·l", "α͵β", "א׳ב",
        "・ぁ", "\u{0628}\u{0660}\u{0628}", "\u{0915}\u{094D}\u{200D}\u{0937}",
        "\u{0628}\u{064A}\u{200C}\u{0628}\u{064A}",
        "ßς་〇", "\u{05D0}\u{05D1}.example", "xn--bcher-kva.例子",
    ])
    func validInternationalHostnames(_ value: String) {
        #expect(FormatChecker.isIDNHostname(value))
        #expect(!FormatChecker.isHostname(value))
    }

    @Test(arguments: [
        "Bücher.example",  // upper-case letters are DISALLOWED inside U-labels
        "\u{0300}a", "a\u{302E}", "a·l", "l·", "α͵", "α͵b", "׳ב", "・a", "\u{0660}\u{06F0}", "\u{200D}a",
        "a\u{200C}b", "a\u{05D0}", "0\u{0627}", "1a.\u{05D0}", "\u{05D0}1\u{0661}", "\u{3002}", "a\u{3002}", "ü-",
        "üx--y", "a\u{00A0}b", "😀.example", String(repeating: "ü", count: 60),
    ])
    func invalidInternationalHostnames(_ value: String) {
        #expect(!FormatChecker.isIDNHostname(value))
    }

    @Test func aLabelsMustRoundTrip() {
        // "bücher" is "bcher-kva"; other spellings decode to the same label but are not canonical.
        #expect(FormatChecker.isHostname("xn--bcher-kva"))
        #expect(!FormatChecker.isHostname("xn---bcher-kva"))
        #expect(!FormatChecker.isHostname("xn--bcher-kva0"))
        // An A-label must decode to something that is not all ASCII.
        #expect(!FormatChecker.isHostname("xn--abc-"))
    }

    @Test func lengthsAreCountedInALabelForm() {
        // 20 CJK characters: 60 UTF-8 bytes, a short A-label.
        let label = String(repeating: "例", count: 20)
        #expect(FormatChecker.isIDNHostname(label))
        // Four such labels are 243 UTF-8 bytes plus dots but far shorter as A-labels.
        #expect(FormatChecker.isIDNHostname(Array(repeating: label, count: 5).joined(separator: ".")))
        // 59 distinct letters of a non-Latin script cannot fit 63 octets once encoded.
        let long = String(String.UnicodeScalarView((0x3041..<0x3041 + 59).compactMap(Unicode.Scalar.init)))
        #expect(!FormatChecker.isIDNHostname(long))
    }
}
