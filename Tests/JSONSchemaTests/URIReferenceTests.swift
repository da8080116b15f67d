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

    /// The components split by byte, non-ASCII text kept whole around the ASCII delimiters.
    @Test(
        arguments: [
            (
                "https://пример.рф/схема.json?ключ=1#/$defs/имя", "https", "пример.рф", "/схема.json", "ключ=1",
                "/$defs/имя"
            ),
            ("HTTP://a/b", "http", "a", "/b", nil, nil),
            ("1a:b", nil, nil, "1a:b", nil, nil),
            (":x", nil, nil, ":x", nil, nil),
            ("a:", "a", nil, "", nil, nil),
            ("//", nil, "", "", nil, nil),
            ("/", nil, nil, "/", nil, nil),
            ("#", nil, nil, "", nil, ""),
            ("?#?", nil, nil, "", "", "?"),
            ("é#\u{301}", nil, nil, "é", nil, "\u{301}"),
        ] as [(String, String?, String?, String, String?, String?)])
    func splits(
        _ text: String, _ scheme: String?, _ authority: String?, _ path: String, _ query: String?, _ fragment: String?
    ) {
        let uri = URIReference(text)
        #expect(uri.scheme == scheme)
        #expect(uri.authority == authority)
        #expect(uri.path == path)
        #expect(uri.query == query)
        #expect(uri.fragment == fragment)
    }

    /// A path without `.` or `..` segments comes back as it is (the fast path), one with them is rewritten.
    @Test(arguments: [
        ("/a/b.c/d", "/a/b.c/d"), ("/a.schema.json", "/a.schema.json"), ("/...", "/..."), ("/a/.../b", "/a/.../b"),
        ("/.", "/"), ("/a/..", "/"), ("/./a", "/a"), ("/a/./b/../c", "/a/c"), ("/.a/b.", "/.a/b."),
        ("/a//b/", "/a//b/"), ("/a/b/..", "/a/"), ("/a/.", "/a/"),
    ])
    func removesDotSegments(_ path: String, _ expected: String) {
        #expect(URIReference("x:" + path).resolving("x:" + path).path == expected)
    }
}
