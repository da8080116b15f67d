import JSONFormats
import Testing

@Suite struct EmailFormatTests {
    @Test(arguments: [
        "a@b.c", "joe.bloggs@example.com", "!#$%&'*+-/=?^_`{|}~@example.com", "\"a b\"@example.com",
        "\"a\\\"b\"@example.com", "\"\"@example.com", "a@[192.0.2.1]", "a@[IPv6:2001:db8::1]", "a@[ipv6:::1]",
        "a@xn--bcher-kva.example", "a@ab--cd.example", "a@localhost",
        String(repeating: "a", count: 64) + "@example.com",
    ])
    func validEmails(_ value: String) {
        #expect(FormatChecker.isEmail(value))
        #expect(FormatChecker.isIDNEmail(value))
    }

    @Test(arguments: [
        "", "a", "@", "a@", "@b.c", "a@@b.c", "a.@b.c", ".a@b.c", "a..b@c.d", "a b@c.d", "\"a@b.c", "\"a\"b@c.d",
        "a@b..c", "a@-b.c", "a@b-.c", "a@b_c.d", "a@[1.2.3.4", "a@[1.2.3]", "a@[IPv6:1.2.3.4]", "a@[tag:x]",
        "a@b.c.", "a@b.c ", "<a@b.c>", "a@xn--a.example", "\"a\u{7F}\"@b.c",
        String(repeating: "a", count: 65) + "@example.com",
    ])
    func invalidEmails(_ value: String) {
        #expect(!FormatChecker.isEmail(value))
        #expect(!FormatChecker.isIDNEmail(value))
    }

    @Test(arguments: ["δοκιμή@example.com", "\"δοκιμή\"@example.com", "用户@例子.广告", "a@bücher.example", "😀@example.com"])
    func internationalEmails(_ value: String) {
        #expect(FormatChecker.isIDNEmail(value))
        #expect(!FormatChecker.isEmail(value))
    }

    @Test(arguments: ["a@b\u{3002}c", "a＠b.c", "a@\u{302E}b.c", "a@-ü.c"])
    func invalidInternationalEmails(_ value: String) {
        #expect(!FormatChecker.isIDNEmail(value))
    }
}
