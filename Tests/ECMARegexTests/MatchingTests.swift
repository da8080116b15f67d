import Testing

@testable import ECMARegex

/// Whether `pattern` matches `input`, failing the test when the pattern does not compile.
func search(_ pattern: String, _ input: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    do {
        return try ECMARegex(pattern).evaluate(input)
    } catch {
        Issue.record("'\(pattern)': \(error)", sourceLocation: sourceLocation)
        return false
    }
}

/// The matched text and capture texts (nil for a group that did not take part).
func groups(_ pattern: String, _ input: String) throws -> [String?]? {
    let regex = try ECMARegex(pattern)
    guard let m = try regex.searchFirstMatch(in: input) else { return nil }
    let bytes = Array(input.utf8)
    func text(_ r: Range<Int>?) -> String? { r.map { String(decoding: bytes[$0], as: UTF8.self) } }
    return [text(m.range)] + m.captures.map(text)
}

@Suite struct LiteralAndAnchorTests {
    @Test func literalsSearchAnywhere() {
        #expect(search("abc", "xxabcxx"))
        #expect(!search("abc", "xxabxcx"))
        #expect(search("", "anything"))
        #expect(search("", ""))
        #expect(search("é", "café"))
    }

    @Test func anchorsMatchOnlyAtInputEdges() {
        #expect(search("^abc$", "abc"))
        #expect(!search("^abc$", "abc\n"))
        #expect(!search("^abc$", "\nabc"))
        #expect(!search("b^", "ab"))
        #expect(search("^$", ""))
        #expect(!search("^$", "\n"))
        #expect(search("a$|b", "xb"))
    }

    @Test func dotExcludesLineTerminators() {
        #expect(search("^.$", "a"))
        #expect(search("^.$", "😀"))
        for terminator in ["\n", "\r", "\u{2028}", "\u{2029}"] {
            #expect(!search("^.$", terminator))
        }
        #expect(search("^[^]$", "\n"))
    }

    @Test func alternationPrefersLeftButFindsAny() throws {
        #expect(search("^(?:cat|dog)$", "dog"))
        #expect(!search("^(?:cat|dog)$", "cow"))
        #expect(try groups("a|ab", "abc")?[0] == "a")
        #expect(search("^(|a)$", ""))
    }

    @Test func nonBMPCodePointsAreSingleCharacters() {
        #expect(search("^🐲*$", "🐲🐲"))
        #expect(!search("^🐲*$", "🐉"))
        #expect(search("^.{2}$", "🐲🐉"))
        #expect(search("^\\uD83D\\uDE00$", "😀"))
        #expect(search("^\\u{1F600}$", "😀"))
        #expect(search("^[😀-😂]$", "😁"))
        #expect(!search("^[😀-😂]$", "😃"))
    }
}

@Suite struct QuantifierTests {
    @Test func greedyAndLazyCounts() throws {
        #expect(search("^a{3}$", "aaa"))
        #expect(!search("^a{3}$", "aa"))
        #expect(search("^a{2,}$", "aaaa"))
        #expect(!search("^a{2,}$", "a"))
        #expect(search("^a{1,2}$", "aa"))
        #expect(!search("^a{1,2}$", "aaa"))
        #expect(try groups("a+", "caaat")?[0] == "aaa")
        #expect(try groups("a+?", "caaat")?[0] == "a")
        #expect(try groups("a*?b", "aaab")?[0] == "aaab")
        #expect(try groups("<.*>", "<a><b>")?[0] == "<a><b>")
        #expect(try groups("<.*?>", "<a><b>")?[0] == "<a>")
        #expect(try groups("(ab){2,3}?", "abababab")?[0] == "abab")
        #expect(try groups("(ab){2,3}", "abababab")?[0] == "ababab")
    }

    @Test func groupQuantifiersBacktrack() throws {
        #expect(search("^(?:ab)+c$", "ababc"))
        #expect(search("^(a|ab)(c|bcd)(d*)$", "abcd"))
        #expect(try groups("^(a|ab)(c|bcd)(d*)$", "abcd") == ["abcd", "a", "bcd", ""])
        #expect(search("^(?:a*)*$", "aaa"))
        #expect(search("^(?:a?)+b$", "aab"))
        #expect(!search("^(?:a*)+$", "aab"))
    }

    @Test func emptyIterationsStopALoop() throws {
        // ECMA-262: /(a*)*/.exec("b") gives ["", undefined]; /(a*)+/.exec("b") gives ["", ""].
        #expect(try groups("(a*)*", "b") == ["", nil])
        #expect(try groups("(a*)+", "b") == ["", ""])
        #expect(try groups("(?:a|b|)+c", "abc")?[0] == "abc")
    }

    @Test func capturesResetOnEachIteration() throws {
        // ECMA-262: /(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac") -> ["zaacbbbcac","z","ac","a",undefined,"c"]
        #expect(try groups("(z)((a+)?(b+)?(c))*", "zaacbbbcac") == ["zaacbbbcac", "z", "ac", "a", nil, "c"])
        #expect(try groups("(?:(a)|b)+", "ab") == ["ab", nil])
    }
}

@Suite struct GroupAndReferenceTests {
    @Test func capturesReportUTF8Ranges() throws {
        let regex = try ECMARegex("(?<word>[a-zé]+)-(\\d+)")
        let m = try #require(regex.firstMatch(in: "x café-42 y"))
        #expect(m.range == 2..<10)
        #expect(m.group(1) == 2..<7)
        #expect(m["word"] == 2..<7)
        #expect(m.group(2) == 8..<10)
        #expect(regex.captureCount == 2)
    }

    @Test func backreferences() {
        #expect(search("^(a+)b\\1$", "aabaa"))
        #expect(!search("^(a+)b\\1$", "aaba"))
        #expect(search("^(?<q>['\"]).*\\k<q>$", "'hi'"))
        #expect(!search("^(?<q>['\"]).*\\k<q>$", "'hi\""))
        // A reference to a group that has not matched matches the empty string.
        #expect(search("^\\1(a)$", "a"))
        #expect(search("^(?:(a)|b)\\1$", "b"))
        // Forward reference by name.
        #expect(search("^\\k<x>(?<x>a)$", "a"))
    }

    @Test func lookahead() {
        #expect(search("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123"))
        #expect(!search("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef"))
        #expect(search("^(?!foo).*$", "bar"))
        #expect(!search("^(?!foo).*$", "foobar"))
        #expect(search("^(?=(a+))a*b\\1$", "aaabaaa"))
    }

    @Test func lookbehind() throws {
        #expect(search("(?<=\\$)\\d+", "cost: $42"))
        #expect(!search("(?<=\\$)\\d+", "cost: 42"))
        #expect(search("(?<!\\$)\\b\\d+", "cost: 42"))
        #expect(!search("(?<!\\$)\\b\\d+", "cost: $42"))
        #expect(search("(?<=a+)b", "aaab"))
        #expect(search("(?<=^|,)x", "a,x"))
        #expect(search("(?<=é😀)z", "é😀z"))
        #expect(!search("(?<=é😀)z", "e😀z"))
        // Captures in a lookbehind match right to left: greedy from the right.
        #expect(try groups("(?<=(\\d+)(\\d+))$", "1053") == ["", "1", "053"])
        #expect(try groups("(?<=\\1(a))b", "aab") == ["b", "a"])
        #expect(try groups("(?<=\\1(a))b", "xab") == nil)
    }

    @Test func wordBoundaries() {
        #expect(search("\\bcat\\b", "a cat sat"))
        #expect(!search("\\bcat\\b", "concatenate"))
        #expect(search("\\Bcat\\B", "concatenate"))
        // Non-ASCII letters are not word characters.
        #expect(search("\\bx", "éx"))
    }
}
