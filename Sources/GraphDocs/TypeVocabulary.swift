/// The Edm/Graph primitive types a property table's Type column can name.
public enum PrimitiveType: String, Sendable, CaseIterable, Hashable {
    case string = "String"
    case boolean = "Boolean"
    case byte = "Byte"
    case sbyte = "SByte"
    case int16 = "Int16"
    case int32 = "Int32"
    case int64 = "Int64"
    case single = "Single"
    case double = "Double"
    case decimal = "Decimal"
    case dateTimeOffset = "DateTimeOffset"
    case date = "Date"
    case timeOfDay = "TimeOfDay"
    case duration = "Duration"
    case guid = "Guid"
    case binary = "Binary"
    case stream = "Stream"
    case untypedJSON = "Json"

    /// The name written in en-US docs (`String`, `DateTimeOffset`).
    public var canonicalName: String { rawValue }
}

/// The words docs use for types, in English and in the locales translation produced: kept as data
/// so that supporting a new locale or a new mistranslation is a table edit, not a code change.
///
/// The ru-RU, zh-CN and de-DE entries were seen in those corpora (`../shared/corpus`); the ja-JP, fr-FR,
/// es-ES and pt-BR entries come from the localized Microsoft Graph docs of those locales (MT output and
/// the product terminology the translations use).
///
/// The tables are static; a value of the type is one run's vocabulary: the built-in words plus the
/// words a configuration adds (`TypeVocabulary+Words.swift`), passed to the page model, never global.
public struct TypeVocabulary: Sendable {
    /// Locale words for primitives added to the built-in ones, by lowercased word.
    let extraPrimitives: [String: (type: PrimitiveType, locale: String)]
    /// Every collection form, built-in and added, split around `X`, longest first.
    let collectionFormPatterns: [TypeExpression.CollectionForm]
    /// Whether this is the built-in vocabulary, with no word added (its readings can be shared by a run).
    public let isStandard: Bool
    /// Spellings that are English and correct (compared case-insensitively, after `Edm.` is dropped).
    static let englishPrimitives: [String: PrimitiveType] = {
        var map: [String: PrimitiveType] = [:]
        for p in PrimitiveType.allCases { map[p.rawValue.lowercased()] = p }
        let extra: [String: PrimitiveType] = [
            "int": .int32, "integer": .int32, "number": .double, "numeric": .double, "bool": .boolean,
            "datetime": .dateTimeOffset, "timestamp": .dateTimeOffset, "uuid": .guid, "json": .untypedJSON,
            "untyped json object": .untypedJSON, "json object": .untypedJSON, "object": .untypedJSON,
            "float": .single, "long": .int64, "short": .int16,
        ]
        map.merge(extra) { a, _ in a }
        return map
    }()

    /// Locale words for primitives (compared case-insensitively), with the locale they come from.
    public static let localizedPrimitives: [(word: String, locale: String, type: PrimitiveType)] = [
        // ru-RU
        ("Строка", "ru", .string), ("Строки", "ru", .string), ("Строковый", "ru", .string),
        ("Закодированная строка", "ru", .string),
        ("Логическое", "ru", .boolean), ("Логический", "ru", .boolean), ("Логическое значение", "ru", .boolean),
        ("Логическая", "ru", .boolean),
        ("Целое число", "ru", .int32), ("Целое", "ru", .int32), ("Целочисленный", "ru", .int32),
        ("число", "ru", .double), ("числовых", "ru", .double), ("Числовой", "ru", .double),
        ("Двойное с плавающей точкой", "ru", .double), ("С плавающей запятой", "ru", .single),
        ("Двойное", "ru", .double), ("Двойной", "ru", .double),
        ("Одинарное", "ru", .single), ("Один", "ru", .single), ("Десятичное число", "ru", .decimal),
        ("Десятичный", "ru", .decimal),
        ("Дата", "ru", .date), ("Даты и время", "ru", .dateTimeOffset), ("Дата и время", "ru", .dateTimeOffset),
        ("Длительность", "ru", .duration), ("Продолжительность", "ru", .duration),
        ("Поток", "ru", .stream), ("Двоичный", "ru", .binary), ("В двоичном формате", "ru", .binary),
        ("Байт", "ru", .byte), ("Объект JSON", "ru", .untypedJSON),
        ("Нетипизированный объект JSON", "ru", .untypedJSON),
        // zh-CN
        ("字符串", "zh", .string), ("编码的字符串", "zh", .string),
        ("布尔", "zh", .boolean), ("布尔值", "zh", .boolean), ("布尔型", "zh", .boolean),
        ("整数", "zh", .int32), ("位数", "zh", .double), ("数字", "zh", .double), ("数值", "zh", .double),
        ("双精度", "zh", .double), ("双精度型", "zh", .double), ("单一", "zh", .single), ("单精度", "zh", .single),
        ("单个", "zh", .single), ("浮点", "zh", .single),
        ("小数", "zh", .decimal), ("十进制", "zh", .decimal),
        ("日期", "zh", .date), ("日期时间", "zh", .dateTimeOffset), ("时间戳", "zh", .dateTimeOffset),
        ("期限", "zh", .duration), ("持续时间", "zh", .duration),
        ("流", "zh", .stream), ("二进制", "zh", .binary), ("字节", "zh", .byte), ("JSON 对象", "zh", .untypedJSON),
        ("未键入的 JSON 对象", "zh", .untypedJSON),
        // de-DE
        ("Zeichenfolge", "de", .string), ("Zeichenkette", "de", .string),
        ("Boolescher Wert", "de", .boolean), ("Boolesch", "de", .boolean), ("Boolescher", "de", .boolean),
        ("Boolean-Wert", "de", .boolean),
        ("Ganzzahl", "de", .int32), ("Ganze Zahl", "de", .int32), ("numerischen", "de", .double),
        ("Numerisch", "de", .double),
        ("Gleitkommawert mit doppelter Genauigkeit", "de", .double), ("Einzel", "de", .single),
        ("Datum", "de", .date), ("Dauer", "de", .duration), ("Binär", "de", .binary), ("Datenstrom", "de", .stream),
        ("Nicht typisierte JSON-Objekt", "de", .untypedJSON), ("Nicht typisiertes JSON-Objekt", "de", .untypedJSON),
        // ja-JP
        ("文字列", "ja", .string), ("文字列型", "ja", .string), ("ブール値", "ja", .boolean), ("ブール型", "ja", .boolean),
        ("ブール", "ja", .boolean), ("整数", "ja", .int32), ("整数型", "ja", .int32), ("数値", "ja", .double),
        ("倍精度浮動小数点数", "ja", .double), ("単精度浮動小数点数", "ja", .single), ("10 進数", "ja", .decimal),
        ("日付", "ja", .date), ("日時", "ja", .dateTimeOffset), ("日付と時刻", "ja", .dateTimeOffset),
        ("時刻", "ja", .timeOfDay), ("期間", "ja", .duration), ("バイナリ", "ja", .binary), ("ストリーム", "ja", .stream),
        ("バイト", "ja", .byte), ("JSON オブジェクト", "ja", .untypedJSON),
        // fr-FR
        ("Chaîne", "fr", .string), ("Chaîne de caractères", "fr", .string), ("Booléen", "fr", .boolean),
        ("Valeur booléenne", "fr", .boolean), ("Entier", "fr", .int32), ("Entier 32 bits", "fr", .int32),
        ("Entier 64 bits", "fr", .int64), ("Nombre", "fr", .double), ("Numérique", "fr", .double),
        ("Décimal", "fr", .decimal), ("Date et heure", "fr", .dateTimeOffset), ("Heure", "fr", .timeOfDay),
        ("Durée", "fr", .duration), ("Binaire", "fr", .binary), ("Flux", "fr", .stream), ("Octet", "fr", .byte),
        ("Objet JSON", "fr", .untypedJSON), ("Objet JSON non typé", "fr", .untypedJSON),
        // es-ES
        ("Cadena", "es", .string), ("Cadena de caracteres", "es", .string), ("Booleano", "es", .boolean),
        ("Valor booleano", "es", .boolean), ("Entero", "es", .int32), ("Número entero", "es", .int32),
        ("Número", "es", .double), ("Numérico", "es", .double), ("Doble", "es", .double), ("Decimal", "es", .decimal),
        ("Fecha", "es", .date), ("Fecha y hora", "es", .dateTimeOffset), ("Hora del día", "es", .timeOfDay),
        ("Duración", "es", .duration), ("Binario", "es", .binary), ("Secuencia", "es", .stream),
        ("Flujo", "es", .stream),
        ("Objeto JSON", "es", .untypedJSON), ("Objeto JSON sin tipo", "es", .untypedJSON),
        // pt-BR
        ("Cadeia de caracteres", "pt", .string), ("Cadeia", "pt", .string), ("Booliano", "pt", .boolean),
        ("Valor booliano", "pt", .boolean), ("Inteiro", "pt", .int32), ("Número inteiro", "pt", .int32),
        ("Duplo", "pt", .double), ("Data", "pt", .date), ("Data e hora", "pt", .dateTimeOffset),
        ("Hora do dia", "pt", .timeOfDay), ("Duração", "pt", .duration), ("Binário", "pt", .binary),
        ("Fluxo", "pt", .stream), ("Objeto JSON sem tipo", "pt", .untypedJSON),
    ]

    /// Collection forms, each with the inner type's place marked `X` (compared case-insensitively;
    /// white space around `X` is optional).
    public static let collectionForms: [(form: String, locale: String)] = [
        ("X collection", "en"), ("Collection(X)", "en"), ("Collection (X)", "en"), ("Collection of X", "en"),
        ("Collection of X objects", "en"),
        ("Коллекция объектов X", "ru"), ("Коллекция X", "ru"), ("Коллекция (X)", "ru"), ("X коллекция", "ru"),
        ("X коллекции", "ru"), ("Сбор данных X", "ru"), ("Набор X", "ru"),
        ("X 集合", "zh"), ("X集合", "zh"), ("集合 (X)", "zh"), ("集合（X）", "zh"),
        ("X-Sammlung", "de"), ("X -Sammlung", "de"), ("X Sammlung", "de"), ("X-Auflistung", "de"),
        ("X -Auflistung", "de"), ("Sammlung von Objekten des Typs X", "de"),
        ("Collection von Objekten des Typs X", "de"), ("Sammlung (X)", "de"), ("Sammlung von X", "de"),
        ("Auflistung von X", "de"), ("X-Collection", "de"), ("Auflistung (X)", "de"),
        ("X コレクション", "ja"), ("Xコレクション", "ja"), ("X のコレクション", "ja"), ("コレクション (X)", "ja"),
        ("Collection de X", "fr"), ("Collection d’X", "fr"),
        ("Colección de X", "es"), ("Colección (X)", "es"), ("Colección X", "es"), ("X colección", "es"),
        ("Coleção de X", "pt"), ("Coleção (X)", "pt"), ("Coleção X", "pt"), ("X coleção", "pt"),
    ]

    /// Words after a type that say it is an enumeration (`fileHashType 枚举`, `AlertStatus-Enumeration`),
    /// with `X` marking the type; en-US's `X enum` is dropped when the cell is normalized.
    public static let enumForms: [(form: String, locale: String)] = [
        ("X 枚举", "zh"), ("X枚举", "zh"), ("X-Enumeration", "de"), ("X -Enumeration", "de"), ("Перечисление X", "ru"),
    ]

    /// Whole-cell words for a collection of strings (ru "Коллекция строк", zh "字符串集合").
    static let stringCollectionWords: [(word: String, locale: String)] = [
        ("Коллекция строк", "ru"), ("Набор строк", "ru"), ("字符串集合", "zh"), ("Zeichenfolgenauflistung", "de"),
        ("Zeichenfolgensammlung", "de"), ("文字列コレクション", "ja"), ("文字列のコレクション", "ja"),
        ("Collection de chaînes", "fr"), ("Colección de cadenas", "es"), ("Colección de cadena", "es"),
        ("Coleção de cadeias de caracteres", "pt"), ("Coleção de cadeia de caracteres", "pt"),
    ]
    /// `stringCollectionWords` lowercased, as they are compared.
    static let stringCollectionWordsLowercased = stringCollectionWords.map {
        (lowercased: $0.word.lowercased(), word: $0.word, locale: $0.locale)
    }

    /// The "maximum size N" qualifier in each locale, with `N` marking the number.
    public static let maximumSizeForms: [(form: String, locale: String)] = [
        ("maximum size N", "en"), ("max size N", "en"), ("максимальный размер N", "ru"), ("最大大小为N", "zh"),
        ("最大大小为 N", "zh"), ("maximale Größe N", "de"), ("最大サイズ N", "ja"), ("最大サイズN", "ja"),
        ("taille maximale N", "fr"), ("tamaño máximo N", "es"), ("tamanho máximo N", "pt"),
    ]

    /// Parenthesized qualifiers that leave the type unchanged, in each locale (compared case-insensitively).
    public static let neutralQualifiers: [(word: String, locale: String, english: String)] = [
        ("read-only", "en", "read-only"), ("readonly", "en", "read-only"), ("read only", "en", "read-only"),
        ("optional", "en", "optional"), ("timestamp", "en", "timestamp"),
        ("identifier", "en", "identifier"), ("url", "en", "url"), ("enum", "en", "enum"),
        ("только для чтения", "ru", "read-only"), ("необязательный", "ru", "optional"), ("url-адрес", "ru", "url"),
        ("只读", "zh", "read-only"), ("可选", "zh", "optional"), ("时间戳", "zh", "timestamp"),
        ("schreibgeschützt", "de", "read-only"), ("Zeitstempel", "de", "timestamp"), ("Aufzählung", "de", "enum"),
        ("読み取り専用", "ja", "read-only"), ("省略可能", "ja", "optional"), ("タイムスタンプ", "ja", "timestamp"),
        ("lecture seule", "fr", "read-only"), ("en lecture seule", "fr", "read-only"), ("facultatif", "fr", "optional"),
        ("horodatage", "fr", "timestamp"), ("solo lectura", "es", "read-only"), ("opcional", "es", "optional"),
        ("marca de tiempo", "es", "timestamp"), ("somente leitura", "pt", "read-only"),
        ("carimbo de data/hora", "pt", "timestamp"),
    ]

    /// The English primitive spelled `word`, if it is one (`Edm.` prefix and case ignored).
    public static func englishPrimitive(_ word: String) -> PrimitiveType? {
        // Every English spelling is ASCII and short: anything else is not one (and is not lowercased).
        guard word.utf8.count <= 24, word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var w = String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        if w.hasPrefix("edm.") { w.removeFirst(4) }
        return englishPrimitives[w]
    }

    static let localizedPrimitiveIndex: [String: (type: PrimitiveType, locale: String)] = {
        var index: [String: (type: PrimitiveType, locale: String)] = [:]
        for entry in localizedPrimitives where index[entry.word.lowercased()] == nil {
            index[entry.word.lowercased()] = (entry.type, entry.locale)
        }
        return index
    }()

    /// The primitive a locale word names, with the locale, if `word` is one.
    public static func localizedPrimitive(_ word: String) -> (type: PrimitiveType, locale: String)? {
        localizedPrimitiveIndex[word.lowercased()]
    }
}
