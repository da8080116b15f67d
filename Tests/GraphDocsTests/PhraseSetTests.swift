import Foundation
import GraphDocs
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

    @Test func theEarliestMatchWinsAndTiesGoToTheFirstPhrase() {
        let set = PhraseSet(["possible values are", "possible values", "values"])
        let text = Array("x values; Possible values are: a".utf8)
        #expect(set.firstMatch(inFolded: text) == 2..<8)
        let tie = Array("possible values are: `a`".utf8)
        #expect(set.firstMatch(inFolded: tie) == 0..<19)
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
