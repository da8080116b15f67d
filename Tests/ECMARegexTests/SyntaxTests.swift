import Testing

@testable import ECMARegex

/// The compile error for `pattern`, or nil when it compiles.
func compileError(_ pattern: String) -> ECMARegexError? {
    do {
        _ = try ECMARegex(pattern)
        return nil
    } catch {
        return error
    }
}

@Suite struct SyntaxTests {
    @Test(arguments: [
        ("\\a", 0), ("a\\e", 1), ("\\-", 0), ("\\_", 0), ("\\c1", 0), ("\\c", 0), ("\\x4", 0), ("\\u12", 0),
        ("\\u{110000}", 0), ("\\u{}", 0), ("\\00", 0), ("\\01", 0), ("\\", 0), ("a\\", 1),
        ("*a", 0), ("a**", 2), ("+", 0), ("?", 0), ("a{", 1), ("a{1", 1), ("a{,5}", 1), ("{", 0), ("}", 0),
        ("]", 0), ("a{2}{3}", 4), ("a{3,2}", 0), ("^*", 1), ("$+", 1), ("\\b*", 2), ("(?=a)*", 5),
        ("(?<=a)?", 6), ("(", 0), ("(a", 0), (")", 0), ("a)", 1), ("(?", 2), ("(?P<n>x)", 2),
        ("(?#c)", 2), ("(?i)a", 0), ("(?ims)a", 0), ("(?<>a)", 3), ("(?<1a>x)", 3), ("(?<a>x)(?<a>y)", 10),
        ("\\k<b>(?<a>x)", 0), ("\\k", 0), ("\\ka", 0), ("\\2(a)", 0), ("\\1", 0), ("[", 0), ("[a", 0),
        ("[b-a]", 1), ("[\\d-z]", 1), ("[a-\\d]", 1), ("[\\1]", 1), ("[\\B]", 1), ("[\\k]", 1), ("[\\c]", 1),
        ("\\p", 0), ("\\p{", 0), ("\\p{Lx}", 0), ("\\p{L", 0), ("\\p{Script}", 0), ("\\p{Script=Foo}", 0),
        ("\\p{sc=L}", 0), ("\\p{gc=Latin}", 0), ("\\p{letter}", 0), ("\\p{Block=ASCII}", 0),
        ("\\p{ Letter}", 0), ("\\P{Alphabetic=Yes}", 0), ("é\\a", 2),
    ])
    func invalidPatternsReportOffset(pattern: String, offset: Int) throws {
        let error = try #require(compileError(pattern), "'\(pattern)' should not compile")
        #expect(error.kind == .syntax)
        #expect(error.offset == offset, "'\(pattern)': \(error)")
        #expect(error.message.first?.isLowercase == true)
        #expect(error.message.last != ".")
        #expect(!ECMARegex.isValid(pattern))
    }

    @Test(arguments: [
        "", "a|", "|", "()", "(?:)", "[]", "[^]", "\\cA", "\\cz", "\\0", "\\x41", "\\u0041", "\\u{41}",
        "\\u{0000000041}", "\\uD83D", "\\/", "\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|", "[\\-]", "[\\b]",
        "[-a]", "[a-]", "[--a]", "[a-b-c]", "(?<name>x)\\k<name>", "(?<$_é>x)", "(?<\\u0061b>x)\\k<ab>",
        "(?<=a+)b", "(?<!a)b", "(?=a)", "(?!a)", "a{0}", "a{1,}?", "a{99999999999999}", "\\1(a)",
        "(a)\\1", "\\p{L}", "\\p{Letter}", "\\p{gc=Lu}", "\\p{General_Category=Decimal_Number}", "\\p{digit}",
        "\\p{Script=Latin}", "\\p{sc=Grek}", "\\p{scx=Deva}", "\\p{Script_Extensions=Han}", "\\p{ASCII}",
        "\\p{Any}", "\\p{Assigned}", "\\p{Emoji}", "\\p{White_Space}", "\\p{space}", "\\P{Alpha}",
        "[\\p{L}\\d_-]", "([abc])+\\s+$", "\\w\\W\\d\\D\\s\\S\\b\\B",
    ])
    func validPatternsCompile(pattern: String) {
        #expect(
            compileError(pattern) == nil, "'\(pattern)': \(compileError(pattern).map(String.init(describing:)) ?? "")")
        #expect(ECMARegex.isValid(pattern))
    }

    @Test func modifiersAreValidButUnsupported() throws {
        let error = try #require(compileError("(?i:a)"))
        #expect(error.kind == .unsupported)
        #expect(ECMARegex.isValid("(?i:a)"))
        #expect(compileError("(?-:a)")?.kind == .syntax)
        #expect(compileError("(?ii:a)")?.kind == .syntax)
    }

    @Test func errorDescriptionNamesTheOffset() throws {
        let error = try #require(compileError("ab(c"))
        #expect(error.description == "unterminated group at offset 2")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(compileError(deep)?.message == "pattern is nested too deeply")
        let fine = String(repeating: "(?:", count: 100) + "a" + String(repeating: ")", count: 100)
        #expect(compileError(fine) == nil)
    }

    @Test func hugeRepetitionsAreRefusedClearly() {
        #expect(compileError("(?:ab){1000000}")?.kind == .unsupported)
        #expect(compileError("a{1000000}") == nil)
        #expect(search("^a{3,1000000}$", String(repeating: "a", count: 5000)))
    }
}
