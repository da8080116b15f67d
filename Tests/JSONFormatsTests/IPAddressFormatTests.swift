import JSONFormats
import Testing

@Suite struct IPAddressFormatTests {
    @Test(arguments: ["0.0.0.0", "255.255.255.255", "10.0.0.1", "192.168.100.200", "1.2.3.4"])
    func validIPv4(_ value: String) {
        #expect(FormatChecker.isIPv4(value))
        #expect(!FormatChecker.isIPv6(value))
    }

    @Test(arguments: [
        "", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "256.1.1.1", "1.2.3.1000", "1..2.3", "1.2.3.4.",
        "a.b.c.d", "1.2.3.-4", "1.2.3.4/8", "٣.1.1.1",
    ])
    func invalidIPv4(_ value: String) {
        #expect(!FormatChecker.isIPv4(value))
    }

    @Test(arguments: [
        "::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::8", "FFFF::ffff",
        "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1::1.2.3.4", "2001:db8:85a3:0:0:8a2e:370:7334", "0000::0000",
    ])
    func validIPv6(_ value: String) {
        #expect(FormatChecker.isIPv6(value))
    }

    @Test(arguments: [
        "", ":", ":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1::2::3", "12345::",
        "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "::1.2.3.4:5", "::01.2.3.4", "g::", "1:", ":1", "1:2:3:4:5:6:7",
        "fe80::1%eth0", "[::1]", "::1 ",
    ])
    func invalidIPv6(_ value: String) {
        #expect(!FormatChecker.isIPv6(value))
    }
}

@Suite struct UUIDFormatTests {
    @Test func acceptsEveryHexDigitAtEveryPosition() {
        let template = Array("123e4567-e89b-12d3-a456-426614174000")
        #expect(FormatChecker.isUUID(String(template)))
        for position in template.indices where template[position] != "-" {
            for digit in "0123456789abcdefABCDEF" {
                var changed = template
                changed[position] = digit
                #expect(FormatChecker.isUUID(String(changed)))
            }
            for bad in ["g", "-", " ", "é"] as [Character] {
                var changed = template
                changed[position] = bad
                #expect(!FormatChecker.isUUID(String(changed)), "\(String(changed))")
            }
        }
    }

    @Test(arguments: [
        "", "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}",
        "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
    ])
    func rejectsOtherForms(_ value: String) {
        #expect(!FormatChecker.isUUID(value))
    }
}
