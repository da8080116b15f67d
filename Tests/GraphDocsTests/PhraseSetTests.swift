import Foundation
import GraphDocs
import SourceText
import Testing

@Suite struct PhraseSetTests {
    @Test func phrasesAreFoundIgnoringCaseInEveryLocale() {
        let set = PhraseSet(["read-only", "только для чтения", "schreibgeschützt", "只读"])
        #expect(set.occurs(in: "The ID. READ-ONLY."))
        #expect(set.occurs(in: "Идентификатор. ТОЛЬКО ДЛЯ ЧТЕНИЯ."))
        #expect(set.occurs(in: "Die ID. SCHREIBGESCHÜTZT."))
        #expect(set.occurs(in: "标识符。只读。"))
        #expect(!set.occurs(in: "Read it only once."))
    }

    /// Every locale's "not nullable" wording is found in any letter case, one pass for all phrases.
    @Test(arguments: [
        "not nullable", "non-nullable", "cannot be null", "never null", "значение null не допускается",
        "не допускает значения null", "не допускает значение null", "не может быть null",
        "не может иметь значение null", "не может принимать значение null", "不可为 null", "不可为null", "不能为 null",
        "不能为null", "lässt keine nullwerte zu", "lässt keine null-werte zu", "nicht nullable",
        "darf nicht null sein", "kann nicht null sein",
    ])
    func notNullableWordingIsFoundInAnyCase(_ phrase: String) {
        #expect(NullabilityWording.saysNotNullable("The value. \(phrase)."))
        #expect(NullabilityWording.saysNotNullable("The value. \(phrase.uppercased())."))
        #expect(!NullabilityWording.saysNotNullable("The value. \(phrase.dropLast(2))"))
    }

    @Test func nullableWordingIsNotNotNullable() {
        #expect(!NullabilityWording.saysNotNullable("Nullable. The value may be null."))
        #expect(!NullabilityWording.saysNotNullable("Допускает значение null."))
        #expect(!NullabilityWording.saysNotNullable(""))
    }

    @Test func theEarliestMatchWinsAndTiesGoToTheFirstPhrase() {
        let set = PhraseSet(["possible values are", "possible values", "values"])
        let text = Array("x values; Possible values are: a".utf8)
        #expect(set.firstMatch(inFolded: text) == 2..<8)
        let tie = Array("possible values are: `a`".utf8)
        #expect(set.firstMatch(inFolded: tie) == 0..<19)
    }

    /// The one-pass scan finds what searching for each phrase in turn finds, on random texts.
    @Test func theOnePassScanAgreesWithAPhraseByPhraseSearch() {
        let phrases = ["ab", "b", "abc", "только", "只读", "a b", "ba", "ü"]
        let set = PhraseSet(phrases)
        let alphabet = Array("ab c".utf8) + Array("только只读ü".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            var expected: Range<Int>?
            for phrase in set.phrases {
                guard let found = CaseFolding.firstRange(of: phrase, in: text) else { continue }
                if expected == nil || found.lowerBound < expected!.lowerBound { expected = found }
            }
            #expect(set.firstMatch(inFolded: text) == expected, "\(text)")
        }
        #expect(PhraseSet(["x", ""]).firstMatch(inFolded: Array("abc".utf8)) == 0..<0)
    }

    /// The byte-pair filter lets through every place a phrase starts: a one-byte phrase at the last byte,
    /// phrases sharing a first byte with all the text around them (Cyrillic's 0xD0 / 0xD1).
    @Test func theBytePairFilterMissesNoStart() {
        let set = PhraseSet(["заголов", "параметр", "разрешени", "x", "ё"])
        #expect(set.firstMatch(inFolded: Array("абвx".utf8)) == 6..<7)
        #expect(set.firstMatch(inFolded: Array("x".utf8)) == 0..<1)
        #expect(set.firstMatch(inFolded: Array("абв ё".utf8)) == 7..<9)
        #expect(set.firstMatch(inFolded: Array("путь параметры".utf8)) == 9..<25)
        #expect(set.firstMatch(inFolded: Array("путь пара метры заголо".utf8)) == nil)
        #expect(set.occurs(in: "Заголовки запроса"))
        #expect(!set.occurs(in: "Свойства"))
    }

    @Test func possibleValuesAreTheCodeSpansAfterThePhraseInAnyLocale() {
        #expect(PossibleValues.parse("Status. Possible values are: `a`, `b`, `a`.") == ["a", "b"])
        #expect(PossibleValues.parse("Состояние. ВОЗМОЖНЫЕ ЗНАЧЕНИЯ: `on`, `off`.") == ["on", "off"])
        #expect(PossibleValues.parse("Status. Mögliche Werte: `ein`, `aus`. Standard ist `ein`.") == ["ein", "aus"])
        #expect(PossibleValues.parse("状态。可能的值为：`x`、`y`。") == ["x", "y"])
        // Before the phrase does not count; a value that is not an identifier rejects the list.
        #expect(PossibleValues.parse("`z` first. Possible values: `a b`.") == nil)
        #expect(PossibleValues.parse("No list here: `a`.") == nil)
        #expect(PossibleValues.parse("Possible values: `a`, then an unclosed `b") == ["a"])
    }
}

@Suite struct TypeExpressionCacheTests {
    @Test func cachedHeaderKeysEqualFreshOnes() {
        let cache = TypeExpressionCache()
        let headers = ["Property", "**Тип**", "Свойство", "属性", " Eigenschaft ", "_Описание_", "Type"]
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for header in headers { #expect(cache.headerKey(header) == TableVocabulary.key(header)) }
        }
        #expect(cache.headerKey("**Тип**") == "тип")
    }

    @Test func cachedReadingsEqualFreshOnesAndEachTextIsReadOnce() {
        let cache = TypeExpressionCache()
        let cells = ["String", "[identitySet](identityset.md) collection", "Коллекция строк", "字符串", "String"]
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for cell in cells { #expect(cache.expression(cell) == TypeExpression(parsing: cell)) }
        }
        let markdown = "| Property | Type | Description |\n|:--|:--|:--|\n| a | Строка | A. |\n| b | Int32 | B. |\n"
        let cached = GraphPage(path: "x.md", bytes: Array(markdown.utf8), expressions: cache)
        let fresh = GraphPage(path: "x.md", bytes: Array(markdown.utf8))
        #expect(
            cached.propertyTables.flatMap(\.rows).map(\.typeExpression)
                == fresh.propertyTables.flatMap(\.rows).map(\.typeExpression))
    }
}
