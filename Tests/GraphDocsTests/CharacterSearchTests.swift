import JSONCore
import SourceText
import Testing

@testable import GraphDocs

/// The byte searches that stand in for `Character` searches and `lowercased()` give their answers.
@Suite struct CharacterSearchTests {
    static let texts = [
        "", "]", "[filesFolder](../api/channel-get-filesfolder.md)", "[чат](../resources/chat.md) (/chats/{id})",
        "[聊天](chat.md)", "a]\u{301}b]", "]\u{301}", "\u{600}]x]", "\u{600}(", "x\r\n]-", "👍🏽]#/(", "ж(", "中]",
        "name (deprecated)", "Коллекция [x](x.md)", "a/b/c#d-e", "\u{0915}\u{094D}]", "#\u{FE0F}\u{20E3}#",
    ]

    @Test func asciiSearchesFindTheCharacter() {
        for text in CharacterSearchTests.texts {
            for ascii in ["]", "(", "/", "#", "-"] {
                let byte = Array(ascii.utf8)[0]
                let character = Character(ascii)
                #expect(text.firstIndex(ofASCII: byte) == text.firstIndex(of: character), "\(text) first \(ascii)")
                #expect(text.lastIndex(ofASCII: byte) == text.lastIndex(of: character), "\(text) last \(ascii)")
            }
        }
    }

    @Test func lastOpeningParenthesisIsEitherWidth() {
        for text in CharacterSearchTests.texts + ["a（b(c", "a(b（c", "（x）"] {
            #expect(
                TypeExpression.lastOpeningParenthesis(in: text) == text.lastIndex(where: { $0 == "(" || $0 == "（" }),
                "\(text)")
        }
    }

    @Test func lowercasedQuicklyIsLowercased() {
        var scalars = (0..<0x600).compactMap(Unicode.Scalar.init)
        let others: [UInt32] = [0x130, 0x1E9E, 0x2126, 0x212A, 0x3000, 0x4E2D, 0x9FFF, 0xFF21, 0x1F600]
        scalars += others.compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = "A\(scalar)Я"
            #expect(text.lowercasedQuickly() == text.lowercased(), "U+\(String(scalar.value, radix: 16))")
            #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8))
        }
        for text in ["Коллекция СТРОК", "ÀÉÎÕÜ × ß", "字符串集合", "Zeichenfolgenauflistung", "İstanbul", "ЀЏҐ"] {
            #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }
}

/// `DocSet.resolve` by byte gives what the `Character` version gives.
@Suite struct LinkResolutionTests {
    /// The `Character` version, as it was before the byte one.
    private func byCharacter(_ target: String, from pagePath: String) -> String? {
        var t = Substring(target)
        if let hash = t.firstIndex(of: "#") { t = t[..<hash] }
        if let query = t.firstIndex(of: "?") { t = t[..<query] }
        guard !t.isEmpty, !t.hasPrefix("/"), !t.utf8.contains(UInt8(ascii: ":")) || !t.contains("://") else {
            return nil
        }
        var parts = DocSet.directory(of: pagePath).split(separator: "/", omittingEmptySubsequences: false)
        if parts == [""] { parts = [] }
        for component in t.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty || parts.last == ".." { parts.append("..") } else { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    @Test func byteResolutionMatchesCharacterResolution() {
        let targets = [
            "../resources/user.md#x", "x.md?y=1", "../../../x.md", "./a//b/./c.md", "https://x/y.md", "/abs.md",
            "#fragment", "?q", "a:b.md", "..", ".", "...", "../..", "a/../../b.md", "mailto:x", "",
        ]
        let pages = ["docs/ru-RU/api-reference/v1.0/api/page.md", "page.md", "/root.md", "a/p.md", "../up/p.md", "/"]
        for target in targets {
            for page in pages {
                #expect(DocSet.resolve(target, from: page) == byCharacter(target, from: page), "\(target) from \(page)")
            }
        }
    }
}

/// `GraphPage.resourceTypeNames` finds every resource annotation wherever its comment falls in a word.
@Suite struct ResourceTypeNamesTests {
    @Test func annotationsAtEveryOffset() {
        for padding in 0..<10 {
            // Dashes before each comment, spaces inside before its `-->` (a dash there would end it sooner).
            let pad = String(repeating: "-", count: padding)
            let space = String(repeating: " ", count: padding)
            let page =
                "# x \(pad)<!-- not json -->\n\(pad)<!-- {\n  \"type\": \"#page.annotation\"\n} -->\n"
                + "\(pad)<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.user\"\n}\(space)-->\n"
                + "text \(pad)<!--{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.group\" }-->"
                + "\(pad)<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.unclosed\" }"
            let names = GraphPage.resourceTypeNames(in: Array(page.utf8))
            #expect(names == ["microsoft.graph.user", "microsoft.graph.group"], "padding \(padding)")
        }
    }
}

/// `TypeDefinition.caseInsensitiveKey` compares ASCII keys by byte and finds what `lowercased()` finds.
@Suite struct CaseInsensitiveKeyTests {
    @Test func keysMatchAsLowercased() throws {
        let text = """
            <!-- {
              "blockType": "resource",
              "@odata.type": "microsoft.graph.x"
            } -->
            ```json
            { "displayName": "a", "ID": "b", "\u{212A}ey": 1, "Straße": 2, "zeta_Z": 3, "key2": 4 }
            ```
            """
        let page = GraphPage(path: "x.md", bytes: Array(text.utf8))
        let resource = try #require(page.resources.first)
        let names = ["DISPLAYNAME", "id", "Id", "key", "KEY", "strasse", "STRASSE", "straße", "ZETA_z", "key2", "none"]
        for name in names {
            let expected = resource.properties.first { $0.key.lowercased() == name.lowercased() }?.key
            #expect(TypeDefinition.caseInsensitiveKey(name, in: resource)?.key == expected, "\(name)")
        }
    }
}

/// Values a page keeps with what they are read from (rather than computing per use) follow it when it changes.
@Suite struct KeptReadingsTests {
    static let page = """
        <!-- {
          "blockType": "resource",
          "@odata.type": "microsoft.graph.x"
        } -->
        ```json
        { "@odata.type": "#microsoft.graph.x", "a": 1, "@x.y": 2, "b": 3 }
        ```
        """

    @Test func sketchPropertiesFollowTheObject() throws {
        let page = GraphPage(path: "x.md", bytes: Array(KeptReadingsTests.page.utf8))
        var resource = try #require(page.resources.first)
        #expect(resource.properties.map(\.key) == ["a", "b"])
        resource.object.members.append(JSONObject.Member(key: "c", value: .object([])))
        resource.object.members.removeFirst(2)
        #expect(resource.properties.map(\.key) == ["b", "c"])
    }

    @Test func blockTypeFollowsTheJSON() throws {
        let page = GraphPage(path: "x.md", bytes: Array(KeptReadingsTests.page.utf8))
        var annotation = try #require(page.annotations.first?.annotation)
        #expect(annotation.blockType == .resource)
        annotation.json = .object([("blockType", JSONValue(.string("example")))])
        #expect(annotation.blockType == .example)
        annotation.json = .object([("blockType", JSONValue(.string("nonsense")))])
        #expect(annotation.blockType == nil)
        #expect(Annotation(json: .object([]), range: SourceRange(start: 0, end: 0)).blockType == nil)
    }
}

/// The byte test for "… values" headings and "…-values" anchors lets through every name the
/// `lowercased()` test accepts, and the headings give the names they gave.
@Suite struct InlineEnumerationNameTests {
    static let names = [
        "x-values", "X-VALUES", "x-Values", "-values", "values", "x-value", "x\u{0600}-values", "x-values\u{0301}",
        "x\r" + "values", "x\0values", "x values", "ab-valueſ", "ab-\u{212A}alues", "ab-vaLues", "ab-vаlues",
        "İİ-values", "ΣΣ-VALUES", "a-valuesx", "",
    ]

    @Test func theByteTestPassesEveryNameLoweringAccepts() {
        for name in InlineEnumerationNameTests.names {
            if name.lowercased().hasSuffix("-values") {
                #expect(GraphPage.endsInValues(name, separator: UInt8(ascii: "-")), "\(name)")
            }
            let old = name.utf8.count > 8 && name.utf8.suffix(7).elementsEqual(" values".utf8, by: { $0 | 0x20 == $1 })
            #expect((name.utf8.count > 8 && GraphPage.endsInValues(name, separator: 0x20)) == old, "\(name)")
        }
    }

    @Test func headingsNameTheirEnumerations() {
        let text = """
            ### <a name="printfinishing-values"></a>значения printFinishing
            #### ageGroup values
            ## <a name="other"></a>Other Values
            ## Plain heading
            """
        let page = GraphPage(path: "x.md", bytes: Array(text.utf8))
        #expect(page.inlineEnumerationNames == ["printfinishing", "agegroup", "other"])
    }
}

/// One look-up of a header key answers for every word list what each list's own look-up answers.
@Suite struct TableVocabularyListsTests {
    static let lists: [(Set<String>, TableVocabulary.Lists)] = [
        (TableVocabulary.property, .property), (TableVocabulary.type, .type),
        (TableVocabulary.relationship, .relationship), (TableVocabulary.member, .member),
        (TableVocabulary.value, .value), (TableVocabulary.description, .description),
        (TableVocabulary.overview, .overview), (TableVocabulary.method, .method),
        (TableVocabulary.returnType, .returnType),
    ]

    @Test func theListsOfAKeyAreTheListsHoldingIt() {
        var keys = TableVocabularyListsTests.lists.flatMap(\.0)
        // Canonically equal spellings (a combining accent) are found as the lists' own look-ups find them.
        keys += ["me\u{0301}thode", "descripcio\u{0301}n", "parameter", "", "Type", "typ ", "name"]
        for key in keys {
            let found = TableVocabulary.lists(of: key)
            for (words, list) in TableVocabularyListsTests.lists {
                #expect(found.contains(list) == words.contains(key), "\(key)")
            }
        }
        #expect(TableVocabulary.lists(of: "name") == [.property])
        #expect(TableVocabulary.lists(of: "me\u{0301}thode") == [.method])
    }
}

/// `TableResourceAlignment.fold` by byte gives what folding the lowercased scalars gives.
@Suite struct FoldTests {
    static func reference(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
                }))
    }

    @Test func foldAgreesWithTheScalarDefinition() {
        let names = [
            "", "id", "backgroundColor", "background-color", "@odata.type", "X_Y-z 09", "ABC", "[]{}|~`",
            "\u{212A}elvin", "İd", "straße", "Контекст", "名前id", "e\u{301}tag", "\u{7F}del", "MAX_SIZE_2",
        ]
        for name in names {
            #expect(TableResourceAlignment.fold(name) == Self.reference(name), "\(name)")
        }
        for scalar in (0..<0x80).compactMap(Unicode.Scalar.init) {
            let name = "a\(scalar)Z9"
            #expect(TableResourceAlignment.fold(name) == Self.reference(name), "\(scalar.value)")
        }
    }
}
