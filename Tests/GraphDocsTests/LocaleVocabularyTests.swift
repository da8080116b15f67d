import DocMarkdown
import GraphDocs
import Testing

/// One table per locale, written the way that locale's translated pages write it: its headers must be
/// recognised and each Type cell read as the en-US type, with every locale word reported.
@Suite struct LocaleVocabularyTests {
    struct LocaleTable: CustomTestStringConvertible, Sendable {
        var locale: String
        var markdown: String
        /// The expected kind of table.
        var kind: PropertyTable.Kind
        /// Per row: the en-US type, and the kinds of the locale words in the cell.
        var rows: [(canonical: String, translated: [TypeExpression.Translation.Kind])]
        var testDescription: String { locale }
    }

    static let tables: [LocaleTable] = [
        LocaleTable(
            locale: "ja",
            markdown: """
                | プロパティ | 型 | 説明 |
                |:--|:--|:--|
                | id | 文字列 | ID。 |
                | isEnabled | ブール値 | 有効かどうか。 |
                | count | 整数 | 数。 |
                | createdDate | 日付 | 作成日。 |
                | timeout | 期間 | タイムアウト。 |
                | names | 文字列コレクション | 名前。 |
                | tasks | [todoTask](todotask.md) コレクション | タスク。 |
                | number | 文字列、最大サイズ20 | 番号。 |
                | lastModified | 日時 (読み取り専用) | 更新日時。 |
                """,
            kind: .properties,
            rows: [
                ("String", [.primitive]), ("Boolean", [.primitive]), ("Int32", [.primitive]), ("Date", [.primitive]),
                ("Duration", [.primitive]), ("String collection", [.collection]),
                ("[todoTask](todotask.md) collection", [.collection]),
                ("String, maximum size 20", [.qualifier, .primitive]),
                ("DateTimeOffset (read-only)", [.qualifier, .primitive]),
            ]),
        LocaleTable(
            locale: "fr",
            markdown: """
                | Propriété | Type | Description |
                |:--|:--|:--|
                | id | Chaîne | Identificateur. |
                | isEnabled | Booléen | Activé. |
                | count | Entier | Nombre. |
                | size | Entier 64 bits | Taille. |
                | createdDateTime | Date et heure | Création. |
                | timeout | Durée | Délai. |
                | names | Collection de chaînes | Noms. |
                | tasks | Collection de [todoTask](todotask.md) | Tâches. |
                | number | Chaîne, taille maximale 20 | Numéro. |
                """,
            kind: .properties,
            rows: [
                ("String", [.primitive]), ("Boolean", [.primitive]), ("Int32", [.primitive]), ("Int64", [.primitive]),
                ("DateTimeOffset", [.primitive]), ("Duration", [.primitive]), ("String collection", [.collection]),
                ("[todoTask](todotask.md) collection", [.collection]),
                ("String, maximum size 20", [.qualifier, .primitive]),
            ]),
        LocaleTable(
            locale: "es",
            markdown: """
                | Propiedad | Tipo | Descripción |
                |:--|:--|:--|
                | id | Cadena | Identificador. |
                | isEnabled | Booleano | Habilitado. |
                | count | Entero | Número. |
                | createdDate | Fecha | Fecha de creación. |
                | createdDateTime | Fecha y hora | Creación. |
                | timeout | Duración | Tiempo de espera. |
                | names | Colección de cadenas | Nombres. |
                | mentions | colección de [chatMessageMention](chatmention.md) | Menciones. |
                | number | Cadena, tamaño máximo 20 | Número. |
                """,
            kind: .properties,
            rows: [
                ("String", [.primitive]), ("Boolean", [.primitive]), ("Int32", [.primitive]), ("Date", [.primitive]),
                ("DateTimeOffset", [.primitive]), ("Duration", [.primitive]), ("String collection", [.collection]),
                ("[chatMessageMention](chatmention.md) collection", [.collection]),
                ("String, maximum size 20", [.qualifier, .primitive]),
            ]),
        LocaleTable(
            locale: "pt",
            markdown: """
                | Propriedade | Tipo | Descrição |
                |:--|:--|:--|
                | id | Cadeia de caracteres | Identificador. |
                | blocked | booliano | Bloqueado. |
                | count | Inteiro | Número. |
                | createdDate | Data | Data de criação. |
                | timeout | Duração | Tempo limite. |
                | names | coleção de cadeia de caracteres | Nomes. |
                | emailAddresses | coleção [rankedEmailAddress](rankedemailaddress.md) | Endereços. |
                | number | Cadeia de caracteres, tamanho máximo 20 | Número. |
                """,
            kind: .properties,
            rows: [
                ("String", [.primitive]), ("Boolean", [.primitive]), ("Int32", [.primitive]), ("Date", [.primitive]),
                ("Duration", [.primitive]), ("String collection", [.collection]),
                ("[rankedEmailAddress](rankedemailaddress.md) collection", [.collection]),
                ("String, maximum size 20", [.qualifier, .primitive]),
            ]),
    ]

    @Test(arguments: tables)
    func aLocaleTableReadsAsItsEnglishTypes(_ table: LocaleTable) throws {
        let document = MarkdownDocument(text: table.markdown)
        let parsed = try #require(document.tables.first.flatMap { PropertyTable($0) }, "headers not recognised")
        #expect(parsed.kind == table.kind)
        #expect(parsed.rows.count == table.rows.count)
        for (row, expected) in zip(parsed.rows, table.rows) {
            let type = try #require(row.typeExpression)
            #expect(type.canonical == expected.canonical, "\(row.type?.visible ?? "")")
            #expect(type.translations.map(\.kind) == expected.translated, "\(row.type?.visible ?? "")")
            // A word of Han characters only (整数) is Chinese and Japanese alike; the vocabulary lists it once.
            #expect(
                type.translations.allSatisfy { t in
                    t.locale == table.locale
                        || (table.locale == "ja" && t.locale == "zh"
                            && t.word.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) })
                }, "\(type.translations)")
        }
    }

    /// Relationship and member tables, and the "possible values" phrase, in each locale.
    @Test(arguments: [
        ("ja", "| リレーションシップ | 型 | 説明 |", "| メンバー | 値 | 説明 |", "可能な値は `a`、`b` です。"),
        (
            "fr", "| Relation | Type | Description |", "| Membre | Valeur | Description |",
            "Les valeurs possibles sont : `a`, `b`."
        ),
        (
            "es", "| Relación | Tipo | Descripción |", "| Miembro | Valor | Descripción |",
            "Los valores posibles son: `a`, `b`."
        ),
        (
            "pt", "| Relação | Tipo | Descrição |", "| Membro | Valor | Descrição |",
            "Os valores possíveis são: `a`, `b`."
        ),
    ])
    func relationshipAndMemberTablesAndPossibleValues(
        _ locale: String, _ relationshipHeader: String, _ memberHeader: String, _ possible: String
    ) throws {
        let relationships = MarkdownDocument(text: relationshipHeader + "\n|:--|:--|:--|\n| x | [y](y.md) | z |\n")
        #expect(relationships.tables.first.flatMap { PropertyTable($0) }?.kind == .relationships, "\(locale)")
        let members = MarkdownDocument(text: memberHeader + "\n|:--|:--|:--|\n| none | 0 | z |\n")
        #expect(members.tables.first.flatMap { PropertyTable($0) }?.kind == .members, "\(locale)")
        #expect(PossibleValues.parse(possible) == ["a", "b"], "\(locale)")
    }
}
