import JSONCore
import SourceText

/// The kind of code block an annotation announces.
public enum BlockType: String, Sendable, Hashable, CaseIterable {
    /// The JSON representation of a resource (the schema sketch).
    case resource
    /// An HTTP request sample.
    case request
    /// An HTTP response sample.
    case response
    /// A JSON example of a resource.
    case example
    /// A block doclint and the docs tooling skip.
    case ignored
    /// Code samples in several languages.
    case samples
    /// A response the tooling simulates rather than checks.
    case simulatedResponse
    /// A permissions table block.
    case permissions
}

/// A `<!-- { "blockType": … } -->` comment: what the fenced block after it contains.
///
/// Known keys are exposed as typed properties; the whole object stays available in `json` so
/// schema validation of annotations (`Schemas/annotation.schema.json`) and rules can see every key.
public struct Annotation: Sendable {
    /// The parsed comment body.
    public var json: JSONValue {
        didSet { blockType = Annotation.blockType(of: json) }
    }
    /// The comment's range (from `<!--` to `-->`).
    public var range: SourceRange
    /// Departures from strict JSON the body needed (trailing commas, comments, `&quot;`, unquoted keys).
    public var leniencies: [JSONLeniency]
    /// Keys repeated in the body.
    public var duplicateKeys: [JSONDuplicateKey]

    /// An annotation read from `json`.
    public init(
        json: JSONValue, range: SourceRange, leniencies: [JSONLeniency] = [], duplicateKeys: [JSONDuplicateKey] = []
    ) {
        self.json = json
        self.range = range
        self.leniencies = leniencies
        self.duplicateKeys = duplicateKeys
        self.blockType = Annotation.blockType(of: json)
    }

    /// The raw `blockType` string.
    public var blockTypeName: String? { json["blockType"]?.stringValue }
    /// The block type, `nil` when missing or unknown (read with the body: pages ask for it per block).
    public private(set) var blockType: BlockType?

    static func blockType(of json: JSONValue) -> BlockType? {
        json["blockType"]?.stringValue.flatMap(BlockType.init(rawValue:))
    }
    /// Whether this is the closing `#page.annotation`.
    public var isPageAnnotation: Bool { json["type"]?.stringValue == "#page.annotation" }

    /// The resource type the block holds (`@odata.type`, or the older `@type`), without a leading `#`;
    /// for `Collection(microsoft.graph.x)` the element type.
    public var resourceType: String? {
        guard var raw = (json["@odata.type"] ?? json["@type"])?.stringValue, !raw.isEmpty else { return nil }
        if raw.hasPrefix("#") { raw.removeFirst() }
        if let inner = Annotation.collectionElement(raw) { return inner }
        return raw
    }

    /// Whether `@odata.type` is written `Collection(…)`: the block is a collection of that type.
    public var resourceTypeIsCollection: Bool {
        guard let raw = (json["@odata.type"] ?? json["@type"])?.stringValue else { return false }
        return Annotation.collectionElement(raw.hasPrefix("#") ? String(raw.dropFirst()) : raw) != nil
    }

    static func collectionElement(_ type: String) -> String? {
        guard type.lowercased().hasPrefix("collection("), type.hasSuffix(")") else { return nil }
        var inner = String(type.dropFirst("collection(".count).dropLast())
        if inner.hasPrefix("#") { inner.removeFirst() }
        return inner.isEmpty ? nil : inner
    }
    /// The sample's name (`name`); some pages give an array of names.
    public var names: [String] {
        switch json["name"]?.kind {
        case .string(let s): [s]
        case .array(let a): a.compactMap(\.stringValue)
        default: []
        }
    }
    /// Whether the response is a collection (`isCollection`): its items are in `value` or `collectionProperty`.
    public var isCollection: Bool { flag("isCollection") }
    /// The property holding a collection's items (default `value`).
    public var collectionProperty: String { json["collectionProperty"]?.stringValue ?? "value" }
    /// Whether the sample omits properties (`truncated`): missing ones are fine, present ones must be right.
    public var isTruncated: Bool { flag("truncated") }
    /// Whether the response is an error (`expectError`).
    public var expectsError: Bool { flag("expectError") }
    /// Whether the body is empty (`isEmpty`).
    public var isEmpty: Bool { flag("isEmpty") }
    /// Properties a resource may omit (`optionalProperties`).
    public var optionalProperties: [String] { strings("optionalProperties") }
    /// Properties that may be `null` (`nullableProperties`).
    public var nullableProperties: [String] { strings("nullableProperties") }
    /// The key property (`keyProperty`).
    public var keyProperty: String? { json["keyProperty"]?.stringValue }
    /// The base type (`baseType`), without a leading `#`.
    public var baseType: String? {
        guard let raw = json["baseType"]?.stringValue, !raw.isEmpty else { return nil }
        return raw.hasPrefix("#") ? String(raw.dropFirst()) : raw
    }
    /// Whether the type accepts properties it does not declare (`openType`).
    public var isOpenType: Bool { flag("openType") }
    /// Suppressed checks (`suppressions` of the page annotation).
    public var suppressions: [String] { strings("suppressions") }

    /// A boolean key; the strings `"true"` and `"false"` (which DL111 reports) read as what they mean.
    func flag(_ key: String) -> Bool {
        switch json[key]?.kind {
        case .bool(let b): b
        case .string(let s): s.lowercased() == "true"
        default: false
        }
    }

    func strings(_ key: String) -> [String] {
        switch json[key]?.kind {
        case .array(let a): a.compactMap(\.stringValue)
        case .string(let s): [s]
        default: []
        }
    }

    /// Every key a block annotation may carry (seen in the en-US and ru-RU corpora or used by the docs tooling).
    public static let knownBlockKeys: Set<String> = [
        "blockType", "@odata.type", "@type", "@type.aka", "@property.aka", "@odata.annotations", "name", "truncated",
        "keyProperty", "optionalProperties", "nullableProperties", "isCollection", "collectionProperty", "baseType",
        "openType", "sampleKeys", "sampleIds", "scopes", "scope", "isComposable", "tags", "target", "idempotent",
        "abstract", "isAbstract", "opaqueUrl", "isEmpty", "isMediaEntity", "expectError", "id", "displayName",
        "namespace", "isPageable", "disabled", "simulatedResponse", "tested", "requestUrl",
    ]

    /// Every key the closing `#page.annotation` may carry.
    public static let knownPageKeys: Set<String> = [
        "type", "description", "keywords", "section", "tocPath", "tocBookmarks", "tocIndex", "namespace",
        "suppressions",
    ]
}
