import JSONFormats
import Testing

@Suite struct URIFormatTests {
    @Test(arguments: [
        "http://example.com", "https://user:pw@example.com:8080/a/b?c=d&e#f", "urn:isbn:0451450523", "mailto:a@b.c",
        "file:///etc/hosts", "foo:", "foo://", "a+b-c.d:x", "http://[::1]:80/", "http://[v7.abc:def]/",
        "http://example.com/%41%2f?%20#%7e", "tel:+1-816-555-1212", "http://a/b/c/./../g;x?y#s", "x:/a//b",
        "http://999.999.999.999/", "http://example.com:/", "s://@host", "s:?#",
    ])
    func validURIs(_ value: String) {
        #expect(FormatChecker.isURI(value))
        #expect(FormatChecker.isURIReference(value))
        #expect(FormatChecker.isIRI(value))
        #expect(FormatChecker.isIRIReference(value))
    }

    @Test(arguments: [
        "", "a", "/a", "//a", "1a:b", "a_b:c", ":a", "http://a b", "http://a/%", "http://a/%4", "http://a/%4g",
        "http://a#b#c", "http://[::1", "http://[1::2::3]/", "http://[vz.a]/", "http://[v1.]/", "http://a:b/",
        "http://a@b@c/", "http://a/<b>", "http://a/\\", "http://a/\"", "http://a/{b}", "http://a/^", "http://a/|",
        "http://a/`", "http://a/ü", "http:/[::1]",
    ])
    func invalidURIs(_ value: String) {
        #expect(!FormatChecker.isURI(value))
    }

    @Test(arguments: ["", "a", "/a", "//a", "//a:1/b", "?q", "#f", "./a:b", "a/b:c", "../../x", "%41", "//[::1]"])
    func validRelativeReferences(_ value: String) {
        #expect(FormatChecker.isURIReference(value))
        #expect(FormatChecker.isIRIReference(value))
    }

    @Test(arguments: ["a:b:c d", "1:b", "a b", "/[a]", "#a#b", "\\\\a", "//a:x/", "/%zz", "/ü"])
    func invalidRelativeReferences(_ value: String) {
        #expect(!FormatChecker.isURIReference(value))
    }

    @Test(arguments: [
        "http://ƒøø.ßår/?∂éœ=πîx#πîüx", "urn:ex:ü", "http://例子.测试/路径", "http://a/?\u{E000}", "http://a/\u{10300}",
        "http://user\u{00E9}@a/", "http://a/?\u{100000}",
    ])
    func validIRIs(_ value: String) {
        #expect(FormatChecker.isIRI(value))
        #expect(FormatChecker.isIRIReference(value))
        #expect(!FormatChecker.isURI(value))
    }

    @Test(arguments: [
        "http://a/\u{E000}", "http://a/#\u{E000}", "http://a/\u{FFFE}", "http://a/\u{1FFFE}", "http://a/\u{E0001}",
        "http://a/\u{0085}", "http://a/ b", "http://[ü]/", "âππ",
    ])
    func invalidIRIs(_ value: String) {
        #expect(!FormatChecker.isIRI(value))
    }
}

@Suite struct URITemplateFormatTests {
    @Test(arguments: [
        "", "abc", "{var}", "{+var}", "{#var}", "{.var}", "{/var}", "{;var}", "{?var}", "{&var}", "{var:3}",
        "{var:9999}", "{list*}", "{x,y,z}", "{?x,y*,z:1}", "{a.b.c}", "{a_b}", "{%41b}", "http://x/{a}/b{?c}",
        "a'b", "ü{x}", "{=x}", "%20",
    ])
    func validTemplates(_ value: String) {
        #expect(FormatChecker.isURITemplate(value))
    }

    @Test(arguments: [
        "{", "}", "{}", "{+}", "{a", "a}", "{a b}", "{.a}}", "{a,}", "{,}", "{,+a}", "{a..b}", "{.a.}", "{a:0}",
        "{a:10000}",
        "{a:01}", "{a:}", "{a*:1}", "{a**}", "{{a}}", "{a-b}", "{%4g}", "%", "%4", "a b", "a\"b", "a<b", "a\\b",
        "a^b", "a|b", "a`b", "\u{7F}", "a\u{FFFE}",
    ])
    func invalidTemplates(_ value: String) {
        #expect(!FormatChecker.isURITemplate(value))
    }
}
