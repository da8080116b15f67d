import GraphDocs
import Testing

/// A run's vocabulary is a value: words a configuration adds are read only by pages given that value.
@Suite struct TypeVocabularyWordsTests {
    static let japanese = try! TypeVocabulary(adding: [
        .init(word: "文字列", locale: "ja-JP", meaning: "String"),
        .init(word: "ブール値", locale: "ja-JP", meaning: "Edm.Boolean"),
        .init(word: "X のコレクション", locale: "ja-JP", meaning: "X collection"),
    ])

    @Test func addedPrimitiveIsReadAsTranslated() {
        let type = TypeExpression(parsing: "文字列", vocabulary: Self.japanese)
        #expect(type.base == .primitive(.string))
        #expect(type.canonical == "String")
        #expect(type.translations.map(\.locale) == ["ja-JP"])
        #expect(TypeExpression(parsing: "ブール値", vocabulary: Self.japanese).base == .primitive(.boolean))
    }

    @Test func theStandardVocabularyDoesNotKnowTheAddedWords() {
        #expect(TypeExpression(parsing: "文字列").base == .unknown("文字列"))
        #expect(TypeExpression(parsing: "文字列", vocabulary: .standard).base == .unknown("文字列"))
    }

    @Test func addedCollectionForm() {
        let type = TypeExpression(parsing: "[resultInfo](resultinfo.md) のコレクション", vocabulary: Self.japanese)
        #expect(type.isCollection)
        #expect(type.canonical == "[resultInfo](resultinfo.md) collection")
        #expect(type.translations.map(\.kind) == [.collection])
        // Built-in forms still work next to the added one.
        #expect(TypeExpression(parsing: "Коллекция строк", vocabulary: Self.japanese).isCollection)
    }

    @Test func pagesReadTheirTablesWithTheVocabularyTheyAreGiven() {
        let page = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 文字列 | The ID. |\n"
        let plain = GraphPage(path: "p.md", bytes: Array(page.utf8))
        let configured = GraphPage(path: "p.md", bytes: Array(page.utf8), vocabulary: Self.japanese)
        #expect(plain.propertyTables[0].rows[0].typeExpression?.typeName == nil)
        #expect(configured.propertyTables[0].rows[0].typeExpression?.typeName == "String")
    }

    @Test func invalidWordsAreRefusedWithTheirIndex() {
        #expect(throws: TypeVocabulary.InvalidWord.self) {
            try TypeVocabulary(adding: [.init(word: "文字列", locale: "ja-JP", meaning: "Strng")])
        }
        do {
            _ = try TypeVocabulary(adding: [
                .init(word: "a", locale: "ja-JP", meaning: "String"),
                .init(word: "のコレクション", locale: "ja-JP", meaning: "X collection"),
            ])
            Issue.record("a collection form without X was accepted")
        } catch {
            #expect(error.index == 1)
            #expect(error.message.contains("must contain one 'X'"))
        }
        #expect(throws: TypeVocabulary.InvalidWord.self) {
            try TypeVocabulary(adding: [.init(word: "string", locale: "ja-JP", meaning: "String")])
        }
    }
}
