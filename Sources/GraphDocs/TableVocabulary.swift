/// The header words that identify a table's kind, in every supported locale (lowercased, as seen
/// in the en-US, ru-RU, zh-CN and de-DE corpora). Tables are recognised by these, not by the
/// English section headings above them, which translation changes.
public enum TableVocabulary {
    /// First-column headers of property tables.
    public static let property: Set<String> = [
        "property", "property name", "name", "свойство", "имя свойства", "имя", "属性", "属性名称", "名称",
        "eigenschaft", "eigenschaftenname", "eigenschaftsname",
    ]
    /// Second-column headers meaning "Type".
    public static let type: Set<String> = ["type", "тип", "类型", "typ"]
    /// First-column headers of relationship tables.
    public static let relationship: Set<String> = [
        "relationship", "relationship name", "связь", "отношения", "имя связи", "关系", "关系名称", "beziehung",
        "beziehungsname",
    ]
    /// First-column headers of enumeration member tables.
    public static let member: Set<String> = ["member", "элемент", "成员", "element"]
    /// Headers meaning "Value".
    public static let value: Set<String> = ["value", "значение", "值", "wert"]
    /// Headers meaning "Description".
    public static let description: Set<String> = ["description", "описание", "说明", "描述", "beschreibung"]
    /// Third-column headers of overview tables (`| Name | Type | Use case |`: the types of an API area,
    /// not the properties of one type).
    public static let overview: Set<String> = ["use case", "вариант использования", "用例", "anwendungsfall"]
    /// First-column headers of method tables.
    public static let method: Set<String> = ["method", "метод", "方法", "methode"]
    /// Second-column headers of method tables.
    public static let returnType: Set<String> = [
        "return type", "возвращаемый тип", "тип возвращаемых данных", "返回类型", "rückgabetyp",
    ]
    /// First-column headers of parameter tables.
    public static let parameter: Set<String> = ["parameter", "параметр", "参数", "name"]

    /// A header cell reduced for lookup: lowercased, `*`/`_` emphasis and surrounding space removed.
    public static func key(_ header: String) -> String {
        var s = header.lowercased()
        s.removeAll { $0 == "*" || $0 == "_" || $0 == "`" }
        return s.trimmed()
    }
}
