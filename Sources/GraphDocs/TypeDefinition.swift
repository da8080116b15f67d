import DocMarkdown
import JSONCore
import SourceText

/// A type a page defines: a resource or complex type (from its JSON representation and property
/// tables) or an enumeration (from its member table).
public struct TypeDefinition: Sendable {
    /// What kind of type it is.
    public enum Kind: String, Sendable, Hashable {
        /// An entity or complex type, from a `resource` block.
        case object
        /// An enumeration, from a member table.
        case enumeration
    }

    /// One property, with everything the page says about it.
    public struct Property: Sendable {
        /// The property name (the JSON key, or the row's name when the JSON lacks it).
        public var name: String
        /// The table row that declares it, if any.
        public var row: PropertyTable.Row?
        /// Whether the row is in a relationship table (a navigation property).
        public var isRelationship: Bool
        /// The JSON representation's member for it, if any.
        public var sketch: JSONObject.Member?
        /// The 1-based line of the declaring row in its page, if it has one.
        public var line: Int?
        /// Whether this is a second name for a property: the row's own identifier when the row was
        /// paired with a JSON key spelled differently (the table is the schema too, so samples using
        /// either name are valid). Rules comparing rows with the JSON skip aliases.
        public var isAlias = false
    }

    /// The qualified name (`microsoft.graph.commsOperation`).
    public var name: String
    /// The kind.
    public var kind: Kind
    /// The page that defines it.
    public var path: String
    /// The base type's qualified name (`baseType`, or the page's "Inherits from [x](x.md)" when the
    /// annotation has none).
    public var baseType: String?
    /// The page's "Inherits from [x](x.md)" sentence when `baseType` comes from it rather than from the
    /// annotation (`nil` when the annotation names the base, or nothing does).
    public var inheritanceStatement: InheritanceStatement?
    /// Whether unknown properties are allowed (`openType`).
    public var isOpen: Bool
    /// The key property (`keyProperty`).
    public var keyProperty: String?
    /// Whether the page shows the type is an entity (a Methods or Relationships section), so that it has
    /// a key (`id` when `keyProperty` does not say otherwise) even without `keyProperty`.
    public var isEntity = false
    /// Properties that may be absent (`optionalProperties`).
    public var optionalProperties: [String]
    /// The properties in table order, then the JSON-only ones in JSON order.
    public var properties: [Property] {
        didSet { propertyPositions = TypeDefinition.positions(of: properties) }
    }
    /// Enumeration members, in table order (only identifiers: translated members are not allowed values).
    public var members: [String]
    /// Member rows translation renamed whose untranslated spelling the page does not give: while there
    /// are any, the allowed values are unknown and the enumeration accepts any string.
    public var translatedMembers: [String] = []
    /// The position in `properties` of the first property of each name.
    var propertyPositions: [String: Int] = [:]

    /// The key's name: `keyProperty`, or `id` for an entity; `nil` for a complex type.
    public var key: String? { keyProperty ?? (isEntity ? "id" : nil) }

    /// The property named `name` (the first, if several are), found by a name index.
    public func property(named name: String) -> Property? {
        propertyPositions[name].map { properties[$0] }
    }

    static func positions(of properties: [Property]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(properties.count)
        for (i, p) in properties.enumerated() where positions[p.name] == nil { positions[p.name] = i }
        return positions
    }

    /// The unqualified name (`commsOperation`).
    public var shortName: String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }

    /// The types `page` defines: one per resource block; an enumeration when it has a member table and no resource.
    public static func definitions(in page: GraphPage) -> [TypeDefinition] {
        var result: [TypeDefinition] = []
        for (index, resource) in page.resources.enumerated() {
            guard let name = resource.annotation.resourceType.map(qualified) else { continue }
            // A page's tables describe its first resource; later blocks (rare) stand on their JSON alone.
            let tableRows = index == 0 ? page.propertyRows(describing: resource) : []
            let alignment = TableResourceAlignment(
                rows: tableRows, resource: resource, relationships: page.relationshipNames)
            // By the row's position: translation can give two rows one name (`状态` for `states` and `status`).
            var sketchByRow: [Int: JSONObject.Member] = [:]
            for pair in alignment.pairs { sketchByRow[pair.row.nameRange.start] = pair.key }
            var keys: [String: JSONObject.Member] = [:]
            for member in resource.properties where keys[member.key] == nil { keys[member.key] = member }
            var properties: [Property] = []
            var seen: Set<String> = []
            for row in tableRows {
                let sketch = keys[row.displayName] ?? sketchByRow[row.nameRange.start]
                let name = sketch?.key ?? row.displayName
                guard seen.insert(name).inserted else { continue }
                properties.append(Property(name: name, row: row, isRelationship: false, sketch: sketch))
                // The table is the schema too: a row whose case differs from the key's inside the name
                // (`subUnit` for the JSON's `subunit`) still names a property samples may use. A capital
                // first letter or all capitals (`Subcode`, `UPN`) is what translation does to a cell.
                if name != row.displayName, Self.isOwnSpelling(row.displayName, of: name),
                    seen.insert(row.displayName).inserted
                {
                    var alias = Property(name: row.displayName, row: row, isRelationship: false, sketch: sketch)
                    alias.isAlias = true
                    properties.append(alias)
                }
            }
            // The Relationships tables' rows, in order (walked in place, not gathered into an array).
            for table in index == 0 ? page.propertyTables : [] where table.kind == .relationships {
                for row in table.rows {
                    let sketch = keys[row.displayName] ?? Self.caseInsensitiveKey(row.displayName, in: resource)
                    // Navigation properties are lowerCamelCase; translation capitalises a cell's first letter
                    // (`Threads`).
                    let name = sketch?.key ?? Self.uncapitalized(row.displayName)
                    guard seen.insert(name).inserted else { continue }
                    properties.append(Property(name: name, row: row, isRelationship: true, sketch: sketch))
                }
            }
            for member in resource.properties where seen.insert(member.key).inserted {
                properties.append(Property(name: member.key, row: nil, isRelationship: false, sketch: member))
            }
            for i in properties.indices {
                properties[i].line = properties[i].row.map { page.document.position(of: $0.nameRange.start).line }
            }
            var definition = TypeDefinition(
                name: name, kind: .object, path: page.path, baseType: resource.annotation.baseType.map(qualified),
                isOpen: resource.annotation.isOpenType, keyProperty: resource.annotation.keyProperty,
                optionalProperties: resource.annotation.optionalProperties, properties: properties, members: [],
                propertyPositions: TypeDefinition.positions(of: properties))
            definition.isEntity = definition.keyProperty != nil || (index == 0 && EntityEvidence.pageShowsEntity(page))
            if definition.baseType == nil, index == 0, let statement = InheritanceStatement.find(in: page),
                qualified(statement.baseName).lowercased() != name.lowercased()
            {
                definition.baseType = qualified(statement.baseName)
                definition.inheritanceStatement = statement
            }
            result.append(definition)
        }
        // An enumeration page has a member table and neither a resource block nor properties.
        func hasResource() -> Bool {
            page.codeBlocks.contains { page.annotation(of: $0)?.blockType == .resource }
                || page.propertyTables.contains { $0.kind == .properties }
        }
        if result.isEmpty, !hasResource(), let members = page.propertyTables.first(where: { $0.kind == .members }),
            let name = enumName(page)
        {
            let read = TranslatedMembers.read(members.rows, locale: page.locale)
            var definition = TypeDefinition(
                name: qualified(name), kind: .enumeration, path: page.path, baseType: nil, isOpen: false,
                keyProperty: nil,
                optionalProperties: [], properties: [], members: read.members)
            definition.translatedMembers = read.translated
            result.append(definition)
        }
        return result
    }

    /// Whether `row`, a row name paired with the key `key`, is a spelling of its own rather than the key
    /// retouched by translation: the same letters, with a case difference translation does not make
    /// (it capitalises a cell's first letter, or writes an abbreviation in capitals).
    static func isOwnSpelling(_ row: String, of key: String) -> Bool {
        guard GraphIdentifier.isPropertyName(row) else { return false }
        // A key that is no identifier (`"remediationImpact "`, with a space) is the sketch's slip: the row is right.
        if !GraphIdentifier.isPropertyName(key) {
            return TableResourceAlignment.fold(row) == TableResourceAlignment.fold(key)
        }
        guard row.lowercased() == key.lowercased() else { return false }
        if row.dropFirst() == key.dropFirst() { return false }
        return row.contains { $0.isLowercase }
    }

    /// The JSON member whose key equals `name` but for letter case, if there is one.
    static func caseInsensitiveKey(_ name: String, in resource: ResourceSketch) -> JSONObject.Member? {
        // ASCII keys are compared with an ASCII name by byte, ignoring case; other keys lowered as before
        // (a non-ASCII key can lower to ASCII: the Kelvin sign).
        func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        let lower = name.lowercased()
        let ascii = name.isASCIIText
        return resource.properties.first { member in
            if ascii && member.key.isASCIIText {
                return member.key.utf8.elementsEqual(name.utf8) { lowerASCII($0) == lowerASCII($1) }
            }
            return member.key.lowercased() == lower
        }
    }

    /// `Threads` → `threads`: an identifier whose first letter alone was capitalised; anything else as it is.
    static func uncapitalized(_ name: String) -> String {
        guard GraphIdentifier.isPropertyName(name), let first = name.first, first.isUppercase,
            name.dropFirst().contains(where: \.isLowercase)
        else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// `commsOperation` → `microsoft.graph.commsOperation`; qualified names are kept.
    public static func qualified(_ name: String) -> String {
        var n = name.hasPrefix("#") ? String(name.dropFirst()) : name
        if !n.containsBytes(".") { n = "microsoft.graph." + n }
        return n
    }

    /// The enumeration's name: the identifier in the first heading that the heading's anchor or the
    /// file name also spells (`# <a name="dayofweek-enum-type"></a>Тип перечисления dayOfWeek` → `dayOfWeek`).
    static func enumName(_ page: GraphPage) -> String? {
        guard let heading = page.document.headings.first(where: { $0.level == 1 }) else { return nil }
        var stem = page.path
        if let slash = stem.lastIndex(of: "/") { stem = String(stem[stem.index(after: slash)...]) }
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        let hints = [heading.anchor?.lowercased() ?? "", stem.lowercased()]
        let texts = [heading.text.source, heading.text.visible].compactMap { $0 }
        for text in texts {
            let words = text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }).map(
                String.init)
            for word in words where GraphIdentifier.isPropertyName(word) && word.count > 1 {
                let lower = word.lowercased()
                if ["enum", "type", "resource", "enumeration"].contains(lower) { continue }
                if hints.contains(where: { $0.hasPrefix(lower + "-") || $0.hasSuffix("-" + lower) || $0 == lower }) {
                    return word
                }
            }
        }
        return nil
    }
}
