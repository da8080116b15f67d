/// The header words that identify a table's kind, in every supported locale (lowercased, as seen
/// in the en-US, ru-RU, zh-CN and de-DE corpora and in the ja-JP, fr-FR, es-ES and pt-BR docs). Tables are recognised by these, not by the
/// English section headings above them, which translation changes.
public enum TableVocabulary {
    /// First-column headers of property tables.
    public static let property: Set<String> = [
        "property", "property name", "name", "свойство", "имя свойства", "имя", "属性", "属性名称", "名称",
        "eigenschaft", "eigenschaftenname", "eigenschaftsname", "プロパティ", "プロパティ名", "名前", "propriété",
        "nom de la propriété", "nom", "propiedad", "nombre de la propiedad", "nombre", "propriedade",
        "nome da propriedade", "nome",
    ]
    /// Second-column headers meaning "Type".
    public static let type: Set<String> = ["type", "тип", "类型", "typ", "型", "種類", "タイプ", "tipo"]
    /// First-column headers of relationship tables.
    public static let relationship: Set<String> = [
        "relationship", "relationship name", "связь", "отношения", "имя связи", "关系", "关系名称", "beziehung",
        "beziehungsname", "リレーションシップ", "関係", "relation", "relación", "relação", "relacionamento",
    ]
    /// First-column headers of enumeration member tables.
    public static let member: Set<String> = [
        "member", "элемент", "成员", "element", "メンバー", "membre", "miembro", "membro",
    ]
    /// Headers meaning "Value".
    public static let value: Set<String> = ["value", "значение", "值", "wert", "値", "valeur", "valor"]
    /// Headers meaning "Description".
    public static let description: Set<String> = [
        "description", "описание", "说明", "描述", "beschreibung", "説明", "descripción", "descrição",
    ]
    /// Third-column headers of overview tables (`| Name | Type | Use case |`: the types of an API area,
    /// not the properties of one type).
    public static let overview: Set<String> = ["use case", "вариант использования", "用例", "anwendungsfall"]
    /// First-column headers of method tables.
    public static let method: Set<String> = ["method", "метод", "方法", "methode", "メソッド", "méthode", "método"]
    /// Second-column headers of method tables.
    public static let returnType: Set<String> = [
        "return type", "возвращаемый тип", "тип возвращаемых данных", "返回类型", "rückgabetyp", "戻り値の型",
        "type de retour", "tipo de valor devuelto", "tipo de retorno",
    ]
    /// First-column headers of parameter tables.
    public static let parameter: Set<String> = [
        "parameter", "параметр", "参数", "name", "パラメーター", "paramètre", "parámetro", "parâmetro",
    ]

    /// The word lists a header word is in, one bit per list.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt16
        static let property = Lists(rawValue: 1 << 0)
        static let type = Lists(rawValue: 1 << 1)
        static let relationship = Lists(rawValue: 1 << 2)
        static let member = Lists(rawValue: 1 << 3)
        static let value = Lists(rawValue: 1 << 4)
        static let description = Lists(rawValue: 1 << 5)
        static let overview = Lists(rawValue: 1 << 6)
        static let method = Lists(rawValue: 1 << 7)
        static let returnType = Lists(rawValue: 1 << 8)
    }

    /// Every word of the lists that classify a table, with the lists it is in: a header key is looked up
    /// once (one hash, which for a word outside ASCII means normalizing it) rather than once per list.
    static let lists: [String: Lists] = {
        var lists: [String: Lists] = [:]
        let all: [(Set<String>, Lists)] = [
            (property, .property), (type, .type), (relationship, .relationship), (member, .member),
            (value, .value), (description, .description), (overview, .overview), (method, .method),
            (returnType, .returnType),
        ]
        for (words, list) in all {
            for word in words { lists[word, default: []].insert(list) }
        }
        return lists
    }()

    /// The lists `key` (a `key(_:)` of a header) is in.
    static func lists(of key: String) -> Lists { lists[key] ?? [] }

    /// A header cell reduced for lookup: lowercased, `*`/`_` emphasis and surrounding space removed.
    public static func key(_ header: String) -> String {
        // Most headers are short ASCII words with nothing to remove: lowered by byte.
        let u = header.utf8
        if u.allSatisfy({ $0 < 0x80 && $0 != 0x2A && $0 != 0x5F && $0 != 0x60 && $0 > 0x20 }) {
            return String(decoding: u.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var s = header.lowercasedQuickly()
        s.removeAll { $0 == "*" || $0 == "_" || $0 == "`" }
        return s.trimmed()
    }
}
