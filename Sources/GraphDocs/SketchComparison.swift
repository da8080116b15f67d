import JSONCore

/// Where a property's table row and its JSON representation placeholder disagree.
public struct SketchDisagreement: Sendable {
    /// What they disagree on.
    public enum Kind: Sendable, Hashable {
        /// The row's type and the placeholder are different kinds of JSON value.
        case type(row: String, sketch: String)
        /// One says collection, the other a single value.
        case collection(rowIsCollection: Bool)
        /// Both list allowed values, and the lists differ.
        case enumeration(onlyInTable: [String], onlyInJSON: [String])
    }

    /// The disagreement.
    public var kind: Kind
    /// The row.
    public var row: PropertyTable.Row
    /// The JSON member.
    public var sketch: JSONObject.Member

    /// The disagreements of every property of `type` that has both a row and a JSON member.
    public static func find(in type: TypeDefinition) -> [SketchDisagreement] {
        var result: [SketchDisagreement] = []
        for p in type.properties where !p.isAlias {
            guard let row = p.row, let sketch = p.sketch, let expression = row.typeExpression,
                expression.typeName != nil
            else { continue }
            var value = sketch.value
            let sketchIsCollection = value.arrayValue != nil || isCollectionPlaceholder(value)
            if sketchIsCollection != expression.isCollection {
                // An empty array or `null` placeholder says nothing about the element.
                if !(value.isNull || value.arrayValue?.isEmpty == true) {
                    result.append(
                        SketchDisagreement(
                            kind: .collection(rowIsCollection: expression.isCollection), row: row, sketch: sketch))
                }
                continue
            }
            if let first = value.arrayValue?.first { value = first }
            let rowKind = Category(expression)
            let sketchKind = Category(value)
            if !rowKind.isCompatible(with: sketchKind) {
                result.append(
                    SketchDisagreement(
                        kind: .type(row: expression.canonical, sketch: sketchKind.name), row: row, sketch: sketch))
                continue
            }
            if case .string(let placeholder) = value.kind, let tableValues = PossibleValues.parse(row.description) {
                guard let parts = SketchDisagreement.placeholderValues(placeholder) else { continue }
                let onlyTable = tableValues.filter { !parts.contains($0) }
                let onlyJSON = parts.filter { !tableValues.contains($0) }
                if !onlyTable.isEmpty || !onlyJSON.isEmpty {
                    result.append(
                        SketchDisagreement(
                            kind: .enumeration(onlyInTable: onlyTable, onlyInJSON: onlyJSON), row: row, sketch: sketch))
                }
            }
        }
        return result
    }

    /// The values a placeholder lists (`"sunday | monday"`), when it lists two or more identifiers.
    static func placeholderValues(_ placeholder: String) -> [String]? {
        let parts = placeholder.split(separator: "|").map { String($0).trimmed() }
        return parts.count > 1 && parts.allSatisfy(GraphIdentifier.isPropertyName) ? parts : nil
    }

    /// Whether a placeholder is a string standing for a collection (`"[String]"`,
    /// `"collection(microsoft.graph.x)"`, as some pages write one).
    static func isCollectionPlaceholder(_ value: JSONValue) -> Bool {
        guard let s = value.stringValue?.trimmed(), s.count > 2 else { return false }
        if s.hasPrefix("[") && s.hasSuffix("]") { return !s.containsBytes("](") }
        return s.lowercased().hasPrefix("collection(") && s.hasSuffix(")")
    }

    /// The kind of JSON value a type or placeholder stands for.
    enum Category: Equatable {
        case string, integer, number, boolean
        case object(String?)
        case any

        init(_ expression: TypeExpression) {
            switch expression.base {
            case .primitive(let p):
                switch p {
                case .boolean: self = .boolean
                case .byte, .sbyte, .int16, .int32, .int64: self = .integer
                case .single, .double, .decimal: self = .number
                case .untypedJSON: self = .any
                default: self = .string
                }
            case .named(let name): self = .object(GraphIdentifier.shortName(name).lowercased())
            case .unknown: self = .any
            }
        }

        init(_ value: JSONValue) {
            switch value.kind {
            case .null, .array: self = .any
            case .bool: self = .boolean
            case .number(let n): self = n.isInteger ? .integer : .number
            case .object:
                // `{"@odata.type": "Edm.Stream"}` is a primitive written as a sketch object.
                if let raw = value["@odata.type"]?.stringValue,
                    let p = TypeVocabulary.englishPrimitive(raw.hasPrefix("#") ? String(raw.dropFirst()) : raw),
                    raw.lowercased().containsBytes("edm.")
                {
                    self = Category(TypeExpression(parsing: p.canonicalName))
                    return
                }
                let name = TableResourceAlignment.sketchQualifiedType(value).map {
                    GraphIdentifier.shortName($0).lowercased()
                }
                self = .object(name)
            case .string(let s):
                let word = s.split(separator: " ").first.map(String.init) ?? s
                if s.containsBytes("|") {
                    self = .string
                } else if let p = TypeVocabulary.englishPrimitive(word) {
                    self = Category(TypeExpression(parsing: p.canonicalName))
                } else {
                    self = .any
                }
            }
        }

        var name: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .number: "number"
            case .boolean: "boolean"
            case .object(let n): n.map { "object '\($0)'" } ?? "object"
            case .any: "any"
            }
        }

        func isCompatible(with other: Category) -> Bool {
            switch (self, other) {
            case (.any, _), (_, .any): return true
            case (.integer, .number), (.number, .integer): return true
            // A named type may be an enum (a string) or a complex type (an object).
            case (.object, .string), (.string, .object(nil)): return true
            case (.string, .object): return false
            // Different type names are not a contradiction: sketches often show a derived type
            // (`allLicensedUsersAssignmentTarget` for `deviceAndAppManagementAssignmentTarget`).
            case (.object, .object): return true
            default: return self == other
            }
        }
    }
}
