import GraphDocs
import Testing

@Suite struct TypeExpressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var cell: String
        var canonical: String
        var translated: [TypeExpression.Translation.Kind]
        var testDescription: String { cell }
    }

    // Real cells from the ru-RU, zh-CN and de-DE corpora, with their en-US spelling.
    @Test(arguments: [
        Case(cell: "String", canonical: "String", translated: []),
        Case(cell: "string", canonical: "String", translated: []),
        Case(cell: "Edm.Int32", canonical: "Int32", translated: []),
        Case(cell: "[resultInfo](resultinfo.md)", canonical: "[resultInfo](resultinfo.md)", translated: []),
        Case(
            cell: "[resultInfo](resultinfo.md) collection", canonical: "[resultInfo](resultinfo.md) collection",
            translated: []),
        Case(cell: "Collection(String)", canonical: "String collection", translated: []),
        Case(cell: "Строка", canonical: "String", translated: [.primitive]),
        Case(cell: "字符串", canonical: "String", translated: [.primitive]),
        Case(cell: "Zeichenfolge", canonical: "String", translated: [.primitive]),
        Case(cell: "Boolescher Wert", canonical: "Boolean", translated: [.primitive]),
        Case(cell: "Логическое", canonical: "Boolean", translated: [.primitive]),
        Case(cell: "布尔值", canonical: "Boolean", translated: [.primitive]),
        Case(cell: "Datum", canonical: "Date", translated: [.primitive]),
        Case(cell: "字符串集合", canonical: "String collection", translated: [.collection]),
        Case(cell: "Коллекция строк", canonical: "String collection", translated: [.collection]),
        Case(
            cell: "Коллекция [extension](extension.md)", canonical: "[extension](extension.md) collection",
            translated: [.collection]),
        Case(cell: "Коллекция объектов string", canonical: "String collection", translated: [.collection]),
        Case(cell: "[L](l.md) 集合", canonical: "[L](l.md) collection", translated: [.collection]),
        Case(cell: "String 集合", canonical: "String collection", translated: [.collection]),
        Case(
            cell: "[resourceAction](../resources/intune-rbac-resourceaction.md)-Auflistung",
            canonical: "[resourceAction](../resources/intune-rbac-resourceaction.md) collection",
            translated: [.collection]),
        Case(
            cell: "Sammlung von Objekten des Typs [x](x.md)", canonical: "[x](x.md) collection",
            translated: [.collection]),
        Case(
            cell: "Коллекция [тодотаск](todotask.md)", canonical: "[todotask](todotask.md) collection",
            translated: [.collection, .linkText]),
        Case(
            cell: "[воркбукфилтеркритериа](workbookfiltercriteria.md)",
            canonical: "[workbookfiltercriteria](workbookfiltercriteria.md)", translated: [.linkText]),
        Case(
            cell: "Строка, максимальный размер 20", canonical: "String, maximum size 20",
            translated: [.qualifier, .primitive]),
        Case(cell: "字符串，最大大小为20", canonical: "String, maximum size 20", translated: [.qualifier, .primitive]),
        Case(
            cell: "Zeichenfolge, maximale Größe 50", canonical: "String, maximum size 50",
            translated: [.qualifier, .primitive]),
        Case(cell: "string, maximum size 20", canonical: "String, maximum size 20", translated: []),
        Case(cell: "Nicht typisierte JSON-Objekt", canonical: "Json", translated: [.primitive]),
        Case(cell: "String (timestamp)", canonical: "String (timestamp)", translated: []),
        Case(
            cell: "Zeichenfolge (schreibgeschützt)", canonical: "String (read-only)",
            translated: [.qualifier, .primitive]),
        Case(cell: "microsoft.graph.identitySet", canonical: "identitySet", translated: []),
        Case(cell: "`DateTimeOffset`", canonical: "DateTimeOffset", translated: []),
        Case(cell: "**dateTimeTimeZone**", canonical: "dateTimeTimeZone", translated: []),
        Case(cell: "alertStatus enum", canonical: "alertStatus", translated: []),
        Case(cell: "[DateTimeOffset](../resources/timestamp.md)", canonical: "DateTimeOffset", translated: []),
        Case(cell: "string (readonly)", canonical: "String (read-only)", translated: []),
        // The collection word inside the link text (ru-RU, zh-CN, de-DE Intune and ediscovery pages).
        Case(
            cell: "[Коллекция mobileAppInstallStatus](x.md)", canonical: "[mobileAppInstallStatus](x.md) collection",
            translated: [.collection]),
        Case(
            cell: "[коллекция microsoft.graph.ediscovery.dataSource](../resources/ediscovery-datasource.md)",
            canonical: "[microsoft.graph.ediscovery.dataSource](../resources/ediscovery-datasource.md) collection",
            translated: [.collection]),
        Case(
            cell: "[resourceAction 集合](x.md)", canonical: "[resourceAction](x.md) collection", translated: [.collection]
        ),
        Case(
            cell: "[resourceAction-Auflistung](x.md)", canonical: "[resourceAction](x.md) collection",
            translated: [.collection]),
        Case(
            cell: "[расширенная коллекцияKeyUsage](../resources/intune-shared-extendedkeyusage.md)",
            canonical: "[extendedkeyusage](../resources/intune-shared-extendedkeyusage.md) collection",
            translated: [.collection, .linkText]),
        // A translated name linked to an Intune page: the type is the last part of the file name.
        Case(
            cell: "[支持](../resources/intune-shared-enablement.md)",
            canonical: "[enablement](../resources/intune-shared-enablement.md)", translated: [.linkText]),
        // Punctuation added after the type.
        Case(
            cell: "[identitySet](identityset.md);", canonical: "[identitySet](identityset.md)",
            translated: [.punctuation]),
        Case(
            cell: "Коллекция [identitySet](identityset.md);", canonical: "[identitySet](identityset.md) collection",
            translated: [.collection, .punctuation]),
        Case(cell: "String;", canonical: "String", translated: [.punctuation]),
        Case(
            cell: "[fileHashType](filehashtypeenumtype.md) 枚举", canonical: "[fileHashType](filehashtypeenumtype.md)",
            translated: [.qualifier]),
        Case(cell: "AlertStatus-Enumeration", canonical: "AlertStatus", translated: [.qualifier]),
        Case(
            cell: "collection ([serviceHealthIssuePost](../resources/servicehealthissuepost.md))",
            canonical: "[serviceHealthIssuePost](../resources/servicehealthissuepost.md) collection", translated: []),
        Case(cell: "浮点", canonical: "Single", translated: [.primitive]),
        Case(
            cell: "[Ereignissammlung](event.md)", canonical: "[event](event.md) collection",
            translated: [.collection, .linkText]),
        Case(
            cell: "[itemCollection](itemcollection.md)", canonical: "[itemCollection](itemcollection.md)",
            translated: []),
    ])
    func readsCells(_ c: Case) {
        let type = TypeExpression(parsing: c.cell)
        #expect(type.canonical == c.canonical)
        #expect(type.translations.map(\.kind) == c.translated)
    }

    @Test func unknownWordsStayUnknown() {
        let type = TypeExpression(parsing: "тон")
        #expect(type.typeName == nil)
        #expect(type.canonical == "тон")
        let sentence = TypeExpression(parsing: "Ruft ab, das die nächste Seite mit Ergebnissen")
        #expect(sentence.typeName == nil)
        #expect(!sentence.isCollection)
    }

    @Test func punctuationAfterSomethingThatIsNotATypeStaysUnknown() {
        let type = TypeExpression(parsing: "тон;")
        #expect(type.typeName == nil)
        #expect(type.translations.isEmpty)
        #expect(type.canonical == "тон;")
    }

    @Test func collectionsAndLinks() {
        let type = TypeExpression(parsing: "Коллекция [тодотаск](todotask.md)")
        #expect(type.isCollection)
        #expect(type.link?.text == "тодотаск")
        #expect(type.link?.targetStem == "todotask")
        #expect(type.typeName == "todotask")
        #expect(type.translations.last?.word == "тодотаск")
    }
}

@Suite struct GraphIdentifierTests {
    @Test(arguments: ["clientContext", "id", "@odata.type", "_x", "value2", "resultInfo"])
    func names(_ name: String) { #expect(GraphIdentifier.isPropertyName(name)) }

    @Test(arguments: ["Контекст", "device;", "background-color", "[-Identity]", "Android (engl.)", "", "2x", "a.b"])
    func notNames(_ name: String) { #expect(!GraphIdentifier.isPropertyName(name)) }
}

@Suite struct HTTPHeaderNameTests {
    @Test(arguments: [
        "Content-Type", "Content-type", "If-Match", "Prefer: outlook.timezone", "Authorization: Bearer {token}",
    ])
    func headers(_ name: String) { #expect(GraphIdentifier.isHTTPHeaderName(name)) }

    @Test(arguments: ["background-color", "thumb-id", "Контекст", "device;", "Authorization", "-X"])
    func notHeaders(_ name: String) { #expect(!GraphIdentifier.isHTTPHeaderName(name)) }

    @Test func shortcutReferenceLinksNameTheirType() {
        #expect(TypeExpression(parsing: "[identitySet]").typeName == "identitySet")
        #expect(TypeExpression(parsing: "[provisionedPlan] collection").typeName == "provisionedPlan")
        // The en-US spelling keeps the link as written: a fix must not turn a link into plain text.
        #expect(TypeExpression(parsing: "[provisionedPlan] collection").canonical == "[provisionedPlan] collection")
        #expect(
            TypeExpression(parsing: "Коллекция ([columnDefinition][])").canonical == "[columnDefinition][] collection")
        #expect(TypeExpression(parsing: "[plan][p] 集合").canonical == "[plan][p] collection")
    }
}

@Suite struct PropertyPathTests {
    @Test(arguments: ["files/fileName", "files/fileData/data", "file/localizations/{localizationId}/versions", "id"])
    func paths(_ name: String) { #expect(GraphIdentifier.isPropertyPath(name)) }

    @Test(arguments: ["文件/语言", "files/", "/x", "a//b", "Review set"])
    func notPaths(_ name: String) { #expect(!GraphIdentifier.isPropertyPath(name)) }
}
