import JSONFormats
import Testing

@Suite struct JSONPointerFormatTests {
    @Test(arguments: ["", "/", "//", "/a", "/a~0b", "/a~1b", "/~0~1", "/0/-", "/ü/😀", "/a b\u{0}"])
    func validPointers(_ value: String) {
        #expect(FormatChecker.isJSONPointer(value))
        #expect(FormatChecker.isRelativeJSONPointer("0" + value))
        #expect(FormatChecker.isRelativeJSONPointer("12" + value))
    }

    @Test(arguments: ["a", "#", "#/a", "/~", "/~2", "/a~", "/~a", " /a"])
    func invalidPointers(_ value: String) {
        #expect(!FormatChecker.isJSONPointer(value))
    }

    @Test(arguments: ["0", "1", "10", "0#", "3#", "0/a", "105/a/b"])
    func validRelativePointers(_ value: String) {
        #expect(FormatChecker.isRelativeJSONPointer(value))
    }

    @Test(arguments: ["", "#", "/a", "00", "01", "-1", "+1", "1##", "1#/a", "1a", "1 ", "٣"])
    func invalidRelativePointers(_ value: String) {
        #expect(!FormatChecker.isRelativeJSONPointer(value))
    }
}
