import DocMarkdown
import SourceText

/// A table that declares properties, relationships or enumeration members.
public struct PropertyTable: Sendable {
    /// What the table declares.
    public enum Kind: String, Sendable, Hashable {
        /// `| Property | Type | Description |`.
        case properties
        /// `| Relationship | Type | Description |`.
        case relationships
        /// `| Member | Value | Description |` or `| Value | Description |`.
        case members
        /// `| Method | Return type | Description |`: the type column holds return types.
        case methods
        /// `| Parameter | Type | Description |` under a parameter or header section: types, not property names.
        case parameters
    }

    /// One declared name.
    public struct Row: Sendable {
        /// The name cell (visible text and, on bilingual pages, the English source).
        public var name: LocalizedText {
            didSet { displayName = PropertyTable.cleanName(name.visible) }
        }
        /// The name cell's range.
        public var nameRange: SourceRange
        /// The name as written, without the `*` / backtick decoration some pages use (cleaned once).
        public private(set) var displayName = ""
        /// The type cell, for properties and relationships.
        public var type: LocalizedText?
        /// The type cell's range.
        public var typeRange: SourceRange?
        /// The parsed type.
        public var typeExpression: TypeExpression?
        /// The description cell's visible text ("" when absent).
        public var description: String
        /// The description cell's range, when the row has one.
        public var descriptionRange: SourceRange? = nil
        /// The whole row's range.
        public var range: SourceRange
        /// Whether the row's text broke over several lines.
        public var isSplit: Bool

        /// The English name on bilingual pages, if it differs from the visible one.
        public var sourceName: String? { name.source.map(PropertyTable.cleanName) }
    }

    /// What the table declares.
    public var kind: Kind
    /// The rows, in order.
    public var rows: [Row]
    /// The Markdown table it was read from.
    public var table: Table
    /// The heading of the section the table is in, if any.
    public var section: Heading?

    /// Classifies `table` by its header cells and the heading of its section, reading Type cells with
    /// `vocabulary` (through `expressions` when given); `nil` if it declares nothing doclint checks.
    /// Under a request-header, parameter or permission heading a table with a Type column is a parameter
    /// table, whatever its first column says.
    public init?(
        _ table: Table, section: Heading? = nil, vocabulary: TypeVocabulary = .standard,
        expressions: TypeExpressionCache? = nil
    ) {
        self.init(
            table, section: section, isNonPropertySection: section.map(PropertyTable.isNonPropertySection) ?? false,
            vocabulary: vocabulary, expressions: expressions)
    }

    /// Classifies `table`, whose section's kind the caller has already decided (once per heading).
    init?(
        _ table: Table, section: Heading?, isNonPropertySection: Bool, vocabulary: TypeVocabulary,
        expressions: TypeExpressionCache?
    ) {
        // Header keys on demand: most tables of a page are settled by their first two headers. Each key
        // is looked up once, for all the word lists at once.
        let cells = table.header.cells
        var keys = [(TableVocabulary.Lists, TableVocabulary.Lists?)?](repeating: nil, count: cells.count)
        func header(_ i: Int, in list: TableVocabulary.Lists) -> Bool {
            guard i < cells.count else { return false }
            if keys[i] == nil {
                let lists = { (text: String) in
                    TableVocabulary.lists(of: expressions?.headerKey(text) ?? TableVocabulary.key(text))
                }
                keys[i] = (lists(cells[i].text.visible), cells[i].text.source.map(lists))
            }
            let (visible, source) = keys[i]!
            return visible.contains(list) || source?.contains(list) == true
        }
        let kind: Kind
        if isNonPropertySection {
            guard header(1, in: .type) else { return nil }
            kind = .parameters
        } else if header(0, in: .method) && header(1, in: .returnType) {
            kind = .methods
        } else if header(0, in: .property) && header(1, in: .type) {
            // An overview of an API area's types (`| Name | Type | Use case |`) declares no properties.
            if header(2, in: .overview) { return nil }
            kind = .properties
        } else if header(0, in: .relationship) && header(1, in: .type) {
            kind = .relationships
        } else if header(0, in: .member) || (header(0, in: .value) && (cells.count == 1 || header(1, in: .description)))
        {
            kind = .members
        } else {
            return nil
        }
        self.kind = kind
        self.table = table
        self.section = section
        self.rows = table.rows.compactMap { row in
            guard let nameCell = row.cells.first else { return nil }
            // A group heading row (`|**Device management**|` with the other cells empty) declares nothing.
            var filled = 0
            for cell in row.cells where !cell.text.visible.isEmpty { filled += 1 }
            if filled == 1, nameCell.text.visible.hasPrefix("**") { return nil }
            var typeCell: TableCell?
            if kind != .members && row.cells.count > 1 { typeCell = row.cells[1] }
            let descriptionIndex = kind == .members ? row.cells.count - 1 : 2
            let descriptionCell =
                descriptionIndex > 0 && descriptionIndex < row.cells.count ? row.cells[descriptionIndex] : nil
            return Row(
                name: nameCell.text, nameRange: nameCell.text.range,
                displayName: PropertyTable.cleanName(nameCell.text.visible),
                type: typeCell?.text,
                typeRange: typeCell?.text.range,
                typeExpression: typeCell.map {
                    expressions?.expression($0.text.visible, vocabulary: vocabulary)
                        ?? TypeExpression(parsing: $0.text.visible, vocabulary: vocabulary)
                }, description: descriptionCell?.text.visible ?? "", descriptionRange: descriptionCell?.text.range,
                range: row.range, isSplit: row.isSplit)
        }
    }

    /// Words of section headings whose tables describe headers, parameters or permissions, in each
    /// supported locale (lowercased).
    static let nonPropertySectionWords = PhraseSet([
        "header", "parameter", "permission", "заголов", "параметр", "разрешени", "标头", "参数", "权限", "kopfzeile",
        "berechtigung", "ヘッダー", "パラメーター", "アクセス許可", "en-tête", "paramètre", "autorisation", "encabezado",
        "parámetro", "permiso", "cabeçalho", "parâmetro", "permiss",
    ])

    /// Whether a heading introduces a table that is not a property table (`## Request headers`, `### Path parameters`).
    static func isNonPropertySection(_ heading: Heading) -> Bool {
        nonPropertySectionWords.occurs(in: heading.text.visible)
            || heading.text.source.map(nonPropertySectionWords.occurs(in:)) == true
    }

    /// A name cell without emphasis, backticks or a trailing parenthetical remark
    /// (`**id**` → `id`, `name (deprecated)` → `name`, `Android (engl.)` → `Android`).
    static func cleanName(_ raw: String) -> String {
        // Most name cells are a bare identifier (`displayName`, `@odata.type`): nothing to clean.
        if !raw.isEmpty,
            raw.utf8.allSatisfy({ b in
                (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                    || b == UInt8(ascii: "@")
                    || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
            })
        {
            return raw
        }
        var s = raw.trimmed()
        // No mark can be a prefix unless the first byte is one (no decomposition holds `*`, `_` or a backtick).
        if let first = s.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") || first == 0x60 {
            for mark in ["**", "__", "`", "*", "_"]
            where s.hasPrefix(mark) && s.hasSuffix(mark) && s.count > 2 * mark.count {
                s = String(s.dropFirst(mark.count).dropLast(mark.count))
            }
        }
        s = s.trimmed()
        // A linked name: `[filesFolder](../api/channel-get-filesfolder.md)` names `filesFolder`.
        if s.hasPrefix("["), let close = s.firstIndex(ofASCII: UInt8(ascii: "]")),
            s[s.index(after: close)...].hasPrefix("("), s.hasSuffix(")")
        {
            s = String(s[s.index(after: s.startIndex)..<close]).trimmed()
        }
        if s.hasSuffix(")"), let open = s.lastIndex(ofASCII: UInt8(ascii: "(")), open > s.startIndex,
            s[s.index(before: open)] == " "
        {
            s = String(s[..<open]).trimmed()
        }
        return s
    }
}
