import Testing

@testable import ECMARegex

@Suite struct CharacterClassTests {
    @Test func rangesNegationAndEscapes() {
        #expect(search("^[a-c]+$", "abcab"))
        #expect(!search("^[a-c]+$", "abd"))
        #expect(search("^[^a-c]$", "d"))
        #expect(!search("^[^a-c]$", "b"))
        #expect(search("^[^a-c]$", "😀"))
        #expect(search("^[\\-a]+$", "-a-"))
        #expect(search("^[a-]+$", "-a"))
        #expect(search("^[\\b]$", "\u{8}"))
        #expect(search("^[\\]\\\\]+$", "]\\"))
        #expect(search("^[\\x41-\\x43]+$", "ABC"))
        #expect(search("^[\\u{1F600}-\\u{1F64F}]$", "🙂"))
        #expect(!search("[]", "a"))
        #expect(!search("[]", ""))
        #expect(search("^[^]*$", "a\nb"))
    }

    @Test func classEscapesAreASCIIExceptWhiteSpace() {
        #expect(search("^\\d+$", "0123456789"))
        #expect(!search("^\\d$", "\u{0660}"))
        #expect(search("^\\D$", "\u{0660}"))
        #expect(search("^\\w+$", "az_AZ09"))
        #expect(!search("^\\w$", "é"))
        #expect(search("^\\W$", "é"))
        for space in [
            "\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
            "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
        ] {
            #expect(search("^\\s$", space))
            #expect(!search("^\\S$", space))
        }
        for other in ["\u{1}", "\u{200B}", "\u{180E}", "\u{85}", "–", "a"] {
            #expect(!search("^\\s$", other))
        }
        #expect(search("^[\\s\\d]+$", "1 2\t3"))
        #expect(search("^[^\\s]+$", "abc"))
        #expect(search("^[\\W\\d]+$", "é1"))
    }

    @Test func controlAndNumericEscapes() {
        #expect(search("^\\cJ$", "\n"))
        #expect(search("^\\cj$", "\n"))
        #expect(search("^\\t\\n\\v\\f\\r$", "\t\n\u{0B}\u{0C}\r"))
        #expect(search("^\\0$", "\u{0}"))
        #expect(search("^\\x7e$", "~"))
        #expect(search("^\\u00e9$", "é"))
        #expect(search("^\\/$", "/"))
        #expect(search("^\\.$", "."))
        #expect(!search("^\\.$", "a"))
    }
}

@Suite struct UnicodePropertyTests {
    @Test func generalCategories() {
        #expect(search("^\\p{L}+$", "Héllo"))
        #expect(search("^\\p{Letter}+$", "π"))
        #expect(!search("^\\p{L}$", "1"))
        #expect(search("^\\p{Lu}$", "É"))
        #expect(!search("^\\p{Lu}$", "é"))
        #expect(search("^\\p{Ll}$", "é"))
        #expect(search("^\\p{digit}+$", "৪২"))
        #expect(search("^\\p{Nd}+$", "42"))
        #expect(!search("^\\p{Nd}$", "Ⅳ"))
        #expect(search("^\\p{N}$", "Ⅳ"))
        #expect(search("^\\p{gc=Zs}$", "\u{3000}"))
        #expect(search("^\\p{General_Category=Punctuation}$", "!"))
        #expect(search("^\\p{punct}$", "¿"))
        #expect(search("^\\p{Cc}$", "\u{7}"))
        #expect(search("^\\p{cntrl}$", "\u{7}"))
        #expect(search("^\\p{LC}$", "a"))
        #expect(!search("^\\p{LC}$", "ア"))
        #expect(search("^\\p{Cn}$", "\u{E0080}"))
        #expect(search("^\\p{Co}$", "\u{E000}"))
        #expect(search("^\\P{L}$", "1"))
        #expect(!search("^\\P{L}$", "a"))
        #expect(search("^[^\\P{L}]$", "a"))
        #expect(search("^\\p{So}$", "😀"))
    }

    @Test func scriptsAndScriptExtensions() {
        #expect(search("^\\p{Script=Latin}+$", "Straße"))
        #expect(search("^\\p{sc=Cyrl}+$", "Привет"))
        #expect(!search("^\\p{sc=Cyrl}+$", "Привет!"))
        #expect(search("^\\p{Script=Han}+$", "中文"))
        #expect(search("^\\p{sc=Hira}+$", "ひらがな"))
        #expect(search("^\\p{Script=Greek}$", "π"))
        #expect(search("^\\p{sc=Zyyy}$", "1"))
        #expect(search("^\\p{sc=Common}$", "।") != search("^\\p{sc=Deva}$", "।"))
        // U+0964 DEVANAGARI DANDA is Common by Script but lists Devanagari among its extensions.
        #expect(search("^\\p{scx=Deva}$", "।"))
        #expect(search("^\\p{Script_Extensions=Bengali}$", "।"))
        #expect(!search("^\\p{Script=Devanagari}$", "।"))
        #expect(search("^\\p{scx=Latn}$", "a"))
    }

    @Test func binaryProperties() {
        #expect(search("^\\p{ASCII}+$", "abc~"))
        #expect(!search("^\\p{ASCII}$", "é"))
        #expect(search("^\\p{Any}$", "\u{10FFFF}"))
        #expect(search("^\\p{Assigned}$", "a"))
        #expect(!search("^\\p{Assigned}$", "\u{E0080}"))
        #expect(search("^\\p{Alphabetic}+$", "aé中"))
        #expect(search("^\\p{Alpha}$", "ª"))
        #expect(search("^\\p{White_Space}$", "\u{85}"))
        #expect(search("^\\p{space}$", "\u{2003}"))
        #expect(search("^\\p{Emoji}$", "😀"))
        #expect(search("^\\p{Emoji_Presentation}$", "😀"))
        #expect(search("^\\p{Extended_Pictographic}$", "©"))
        #expect(search("^\\p{Uppercase}$", "Ⓐ"))
        #expect(search("^\\p{Lower}$", "a"))
        #expect(search("^\\p{Hex}{6}$", "c0ffee"))
        #expect(search("^\\p{AHex}$", "F"))
        #expect(!search("^\\p{AHex}$", "Ｆ"))
        #expect(search("^\\p{ID_Start}\\p{ID_Continue}*$", "x1"))
        #expect(search("^\\p{Regional_Indicator}{2}$", "🇫🇷"))
        #expect(search("^\\p{CWKCF}$", "A"))
        #expect(!search("^\\p{Changes_When_NFKC_Casefolded}$", "a"))
        #expect(search("^\\p{Changes_When_NFKC_Casefolded}$", "\u{AD}"))
    }

    @Test func binaryPropertiesAgreeWithTheStandardLibrary() {
        // Spot-check the generated tables against Swift's own Unicode data on stable code points.
        let checks: [(String, (Unicode.Scalar.Properties) -> Bool)] = [
            ("Alphabetic", \.isAlphabetic), ("White_Space", \.isWhitespace), ("Math", \.isMath),
            ("Dash", \.isDash), ("Hex_Digit", \.isHexDigit), ("Uppercase", \.isUppercase),
            ("Lowercase", \.isLowercase), ("Ideographic", \.isIdeographic), ("Diacritic", \.isDiacritic),
            ("Changes_When_NFKC_Casefolded", \.changesWhenNFKCCaseFolded),
        ]
        for (name, property) in checks {
            let set = UnicodeProperty.set(forKey: "bin=" + name)
            var mismatches = 0
            for value in UInt32(0)..<0x3_0000 {
                guard let scalar = Unicode.Scalar(value), scalar.properties.age.map({ $0.major <= 14 }) == true
                else { continue }
                if set.contains(value) != property(scalar.properties) { mismatches += 1 }
            }
            #expect(mismatches == 0, "\(name): \(mismatches) code points differ")
        }
    }
}
