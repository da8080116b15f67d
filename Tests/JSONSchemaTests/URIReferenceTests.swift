import JSONSchema
import Testing

@Suite("RFC 3986 reference resolution")
struct URIReferenceTests {
    /// RFC 3986 §5.4.1 and §5.4.2, against the base `http://a/b/c/d;p?q`.
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), (";x", "http://a/b/c/;x"),
        ("", "http://a/b/c/d;p?q"),
        (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("./../g", "http://a/b/g"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
    ])
    func resolves(_ reference: String, _ expected: String) {
        #expect(URIReference("http://a/b/c/d;p?q").resolving(reference).description == expected)
    }

    @Test func urnBasesKeepFragments() {
        #expect(
            URIReference("urn:uuid:deadbeef-1234").resolving("#/$defs/a").description
                == "urn:uuid:deadbeef-1234#/$defs/a")
    }
}
