import JSONCore

/// The index of a compiled schema node in `Program.nodes`.
typealias NodeID = Int32

/// One compiled keyword: what it checks, and (through `site`) where it is in the schema for error reports.
///
/// The report strings live in `Program.sites`, so the hot loop copies no strings.
struct Keyword: Sendable {
    /// What the keyword checks, with its operands resolved.
    var kind: KeywordKind
    /// The index of the keyword's `KeywordSite` in `Program.sites`.
    var site: Int32
    /// Whether the keyword applies no subschema (the evaluator dispatches on it before reading `kind`).
    var isAssertion: Bool

    init(kind: KeywordKind, site: Int32) {
        self.kind = kind
        self.site = site
        switch kind {
        case .falseSchema, .type, .const, .enumeration, .multipleOf, .maximum, .minimum, .maxLength, .minLength,
            .pattern, .format, .content, .maxItems, .minItems, .uniqueItems, .maxProperties, .minProperties,
            .required, .dependentRequired:
            isAssertion = true
        default:
            isAssertion = false
        }
    }
}

/// Where a keyword is in the schema, for error reports.
struct KeywordSite: Sendable {
    /// The keyword's name (the last token of its keyword location); empty for the `false` schema.
    var name: String
    /// The node the keyword belongs to.
    var node: NodeID
}

/// Where a subschema is: its resource's URI and the JSON Pointer tokens from the resource's root.
/// Its canonical URI is only built when an error is reported (building one for every keyword of
/// every compiled schema was most of the cost of compiling).
struct SchemaPlace: Sendable {
    var resourceURI: String = ""
    var tokens: ArraySlice<String> = []

    /// The canonical URI, extended by the keyword `name` unless it is empty
    /// (`https://example.com/s#/properties/a/type`).
    func absoluteLocation(appending name: String = "") -> String {
        var pointer = JSONPointer(tokens: Array(tokens))
        if !name.isEmpty { pointer.tokens.append(name) }
        return resourceURI + "#" + pointer.description
    }
}

/// The JSON types `type` can name, as a bit set.
struct TypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1 << 0)
    static let boolean = TypeSet(rawValue: 1 << 1)
    static let object = TypeSet(rawValue: 1 << 2)
    static let array = TypeSet(rawValue: 1 << 3)
    static let number = TypeSet(rawValue: 1 << 4)
    static let string = TypeSet(rawValue: 1 << 5)
    static let integer = TypeSet(rawValue: 1 << 6)

    /// The set named `name`, or `nil` for an unknown type name.
    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "number": self = .number
        case "string": self = .string
        case "integer": self = .integer
        default: return nil
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The type names, in the order JSON Schema lists them.
    var names: [String] {
        var out: [String] = []
        let all: [(TypeSet, String)] = [
            (.null, "null"), (.boolean, "boolean"), (.object, "object"), (.array, "array"), (.number, "number"),
            (.string, "string"), (.integer, "integer"),
        ]
        for (t, name) in all where contains(t) { out.append(name) }
        return out
    }
}

/// The schema's `properties`, looked up by instance key (a class, so keywords share it without copying).
final class PropertyTable: Sendable {
    /// The property names, in schema order.
    let names: NameIndex
    /// The subschema of each name.
    let nodes: [NodeID]

    init(names: [String], nodes: [NodeID]) {
        self.names = NameIndex(names)
        self.nodes = nodes
    }

    /// The position of the property whose name's UTF-8 is `key`.
    @inline(__always) func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        names.position(of: key)
    }
}

/// The values of an `enum`, the strings also in a `NameIndex`.
final class EnumValues: Sendable {
    /// The allowed values, in schema order.
    let values: [JSONValue]
    /// The string values.
    let strings: NameIndex
    /// Whether every value is a string.
    let onlyStrings: Bool

    init(_ values: [JSONValue]) {
        self.values = values
        let strings = values.compactMap(\.stringValue)
        self.strings = NameIndex(strings)
        self.onlyStrings = strings.count == values.count
    }
}

/// What a compiled keyword checks.
enum KeywordKind: Sendable {
    /// The `false` schema: nothing is valid.
    case falseSchema
    /// `type`.
    case type(TypeSet, draft4Integers: Bool)
    /// `const`.
    case const(JSONValue)
    /// `enum` (strings also kept in a set for a quick look-up).
    case enumeration(EnumValues)
    /// `multipleOf`.
    case multipleOf(JSONNumber)
    /// `maximum` (or draft-04 `maximum` with `exclusiveMaximum: true`).
    case maximum(JSONNumber, exclusive: Bool)
    /// `minimum` (or draft-04 `minimum` with `exclusiveMinimum: true`).
    case minimum(JSONNumber, exclusive: Bool)
    /// `maxLength` in Unicode scalars.
    case maxLength(Int)
    /// `minLength` in Unicode scalars.
    case minLength(Int)
    /// `pattern`.
    case pattern(Pattern)
    /// `format`, asserted.
    case format(FormatAssertion)
    /// Draft-07 `contentEncoding` / `contentMediaType`, asserted.
    case content(encoding: String?, mediaType: String?)
    /// `maxItems`.
    case maxItems(Int)
    /// `minItems`.
    case minItems(Int)
    /// `uniqueItems: true`.
    case uniqueItems
    /// `prefixItems` (or the array form of `items` before 2020-12).
    case prefixItems([NodeID])
    /// `items` (2020-12), the object form of `items`, or `additionalItems`: every element from `start` on.
    case items(NodeID, start: Int)
    /// `contains` with `minContains`/`maxContains`; `marks` when matches are annotations (2020-12).
    case contains(NodeID, min: Int, max: Int?, marks: Bool)
    /// `unevaluatedItems`.
    case unevaluatedItems(NodeID)
    /// `maxProperties`.
    case maxProperties(Int)
    /// `minProperties`.
    case minProperties(Int)
    /// `required`.
    case required(NameIndex)
    /// `properties`.
    case properties(PropertyTable)
    /// `patternProperties`.
    case patternProperties([(Pattern, NodeID)])
    /// `additionalProperties`, with the `properties` names and `patternProperties` it skips.
    case additionalProperties(NodeID, skipping: PropertyTable, patterns: [Pattern])
    /// `unevaluatedProperties`.
    case unevaluatedProperties(NodeID)
    /// `dependentRequired` (or the array form of `dependencies`): each trigger's required names.
    case dependentRequired(triggers: NameIndex, required: [NameIndex])
    /// `dependentSchemas` (or the schema form of `dependencies`): each trigger's subschema.
    case dependentSchemas(triggers: NameIndex, nodes: [NodeID])
    /// `propertyNames`.
    case propertyNames(NodeID)
    /// `allOf`.
    case allOf([NodeID])
    /// `anyOf`.
    case anyOf([NodeID])
    /// `oneOf`.
    case oneOf([NodeID])
    /// `not`.
    case not(NodeID)
    /// `if` with `then` and `else`.
    case conditional(if: NodeID, then: NodeID?, else: NodeID?)
    /// `$ref`.
    case ref(NodeID)
    /// `$dynamicRef`: the static target, and the anchor name when it is dynamic (bookended).
    case dynamicRef(NodeID, anchor: String?)
    /// `$recursiveRef`: the static target, dynamic when it has `$recursiveAnchor: true`.
    case recursiveRef(NodeID, dynamic: Bool)
}

extension KeywordKind {
    /// `dependentRequired` from (trigger, required names) pairs.
    static func requiredDependencies(_ pairs: [(String, [String])]) -> KeywordKind {
        .dependentRequired(triggers: NameIndex(pairs.map(\.0)), required: pairs.map { NameIndex($0.1) })
    }

    /// `dependentSchemas` from (trigger, subschema) pairs.
    static func schemaDependencies(_ pairs: [(String, NodeID)]) -> KeywordKind {
        .dependentSchemas(triggers: NameIndex(pairs.map(\.0)), nodes: pairs.map(\.1))
    }
}

/// One compiled schema (object or boolean).
struct Node: Sendable {
    /// The keywords in evaluation order (`unevaluated*` last).
    var keywords: [Keyword] = []
    /// The schema resource the node belongs to (for the dynamic scope).
    var resource: Int32 = 0
    /// Whether the node is the root of its resource (has `$id`, or is a document root).
    var isResourceRoot = false
    /// Whether the node has `unevaluatedProperties` or `unevaluatedItems`.
    var hasUnevaluated = false
    /// Where the schema is (for reports).
    var location = SchemaPlace()
}

/// A schema resource: the unit `$id` names and the dynamic scope is made of.
struct Resource: Sendable {
    /// The resource's absolute URI.
    var uri: String
    /// The compiled root, once compiled.
    var root: NodeID = -1
    /// `$dynamicAnchor` names → compiled nodes.
    var dynamicAnchors: [String: NodeID] = [:]
    /// `$recursiveAnchor: true` at the root.
    var recursiveAnchor = false
}
