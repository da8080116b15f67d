import GraphDocs
import Testing

/// A run's vocabulary is a value: words a configuration adds are read only by pages given that value.
@Suite struct TypeVocabularyWordsTests {
    static let korean = try! TypeVocabulary(adding: [
        .init(word: "문자열", locale: "ko-KR", meaning: "String"),
        .init(word: "불리언", locale: "ko-KR", meaning: "Edm.Boolean"),
        .init(word: "X 컬렉션", locale: "ko-KR", meaning: "X collection"),
    ])

    @Test func addedPrimitiveIsReadAsTranslated() {
        let type = TypeExpression(parsing: "문자열", vocabulary: Self.korean)
        #expect(type.base == .primitive(.string))
        #expect(type.canonical == "String")
        #expect(type.translations.map(\.locale) == ["ko-KR"])
        #expect(TypeExpression(parsing: "불리언", vocabulary: Self.korean).base == .primitive(.boolean))
    }

    @Test func theStandardVocabularyDoesNotKnowTheAddedWords() {
        #expect(TypeExpression(parsing: "문자열").base == .unknown("문자열"))
        #expect(TypeExpression(parsing: "문자열", vocabulary: .standard).base == .unknown("문자열"))
    }

    @Test func addedCollectionForm() {
        let type = TypeExpression(parsing: "[resultInfo](resultinfo.md) 컬렉션", vocabulary: Self.korean)
        #expect(type.isCollection)
        #expect(type.canonical == "[resultInfo](resultinfo.md) collection")
        #expect(type.translations.map(\.kind) == [.collection])
        // Built-in forms still work next to the added one.
        #expect(TypeExpression(parsing: "Коллекция строк", vocabulary: Self.korean).isCollection)
    }

    @Test func pagesReadTheirTablesWithTheVocabularyTheyAreGiven() {
        let page = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 문자열 | The ID. |\n"
        let plain = GraphPage(path: "p.md", bytes: Array(page.utf8))
        let configured = GraphPage(path: "p.md", bytes: Array(page.utf8), vocabulary: Self.korean)
        #expect(plain.propertyTables[0].rows[0].typeExpression?.typeName == nil)
        #expect(configured.propertyTables[0].rows[0].typeExpression?.typeName == "String")
    }

    @Test func invalidWordsAreRefusedWithTheirIndex() {
        #expect(throws: TypeVocabulary.InvalidWord.self) {
            try TypeVocabulary(adding: [.init(word: "문자열", locale: "ko-KR", meaning: "Strng")])
        }
        do {
            _ = try TypeVocabulary(adding: [
                .init(word: "a", locale: "ko-KR", meaning: "String"),
                .init(word: "컬렉션", locale: "ko-KR", meaning: "X collection"),
            ])
            Issue.record("a collection form without X was accepted")
        } catch {
            #expect(error.index == 1)
            #expect(error.message.contains("must contain one 'X'"))
        }
        #expect(throws: TypeVocabulary.InvalidWord.self) {
            try TypeVocabulary(adding: [.init(word: "string", locale: "ko-KR", meaning: "String")])
        }
    }
}
