/// A JSON Schema dialect: which keywords exist and what they mean.
public enum Dialect: String, Sendable, CaseIterable, Comparable {
    /// Draft 4 (`id`, boolean `exclusiveMaximum`).
    case draft4 = "draft-04"
    /// Draft 6 (`$id`, `const`, `contains`, `propertyNames`).
    case draft6 = "draft-06"
    /// Draft 7 (`if`/`then`/`else`).
    case draft7 = "draft-07"
    /// 2019-09 (vocabularies, `$anchor`, `$recursiveRef`, `unevaluated*`).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The underscore keeps the draft's own name (2019-09) readable.
    case draft2019_09 = "2019-09"
    /// 2020-12 (`prefixItems`, `$dynamicRef`); the default.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case draft2020_12 = "2020-12"

    private var order: Int {
        switch self {
        case .draft4: 4
        case .draft6: 6
        case .draft7: 7
        case .draft2019_09: 2019
        case .draft2020_12: 2020
        }
    }

    /// Orders dialects by publication.
    public static func < (lhs: Dialect, rhs: Dialect) -> Bool { lhs.order < rhs.order }

    /// The canonical URI of the dialect's meta-schema (no fragment).
    public var metaSchemaURI: String {
        switch self {
        case .draft4: "http://json-schema.org/draft-04/schema"
        case .draft6: "http://json-schema.org/draft-06/schema"
        case .draft7: "http://json-schema.org/draft-07/schema"
        case .draft2019_09: "https://json-schema.org/draft/2019-09/schema"
        case .draft2020_12: "https://json-schema.org/draft/2020-12/schema"
        }
    }

    /// The dialect whose meta-schema is `uri` (`$schema` value; an empty fragment and `http`/`https` are ignored).
    public init?(metaSchemaURI uri: String) {
        var text = uri
        if text.hasSuffix("#") { text.removeLast() }
        if text.hasPrefix("https://json-schema.org/draft-0") { text = "http://" + text.dropFirst("https://".count) }
        guard let dialect = Dialect.allCases.first(where: { $0.metaSchemaURI == text }) else { return nil }
        self = dialect
    }

    /// The dialect named `name` (`2020-12`, `draft7`, `draft-07`, `4`, ...).
    public init?(name: String) {
        var key = name.lowercased().filter { $0 != "-" }
        if key.hasPrefix("draft") { key.removeFirst(5) }
        switch key {
        case "4", "04": self = .draft4
        case "6", "06": self = .draft6
        case "7", "07": self = .draft7
        case "201909", "2019": self = .draft2019_09
        case "202012", "2020": self = .draft2020_12
        default: return nil
        }
    }

    /// The identifier keyword (`id` in draft 4, `$id` after).
    var idKeyword: String { self == .draft4 ? "id" : "$id" }

    /// Whether `$ref` makes its sibling keywords ignored (draft 7 and earlier).
    var refOverridesSiblings: Bool { self <= .draft7 }

    /// The vocabularies a schema of this dialect has when its meta-schema is the official one.
    var defaultVocabularies: Vocabularies {
        switch self {
        case .draft4, .draft6, .draft7: .all
        case .draft2019_09, .draft2020_12: Vocabularies.all.subtracting(.formatAssertion)
        }
    }
}

/// The set of vocabularies a schema resource uses (2019-09 and later; earlier drafts use them all).
struct Vocabularies: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let core = Vocabularies(rawValue: 1 << 0)
    static let applicator = Vocabularies(rawValue: 1 << 1)
    static let unevaluated = Vocabularies(rawValue: 1 << 2)
    static let validation = Vocabularies(rawValue: 1 << 3)
    static let metaData = Vocabularies(rawValue: 1 << 4)
    static let formatAnnotation = Vocabularies(rawValue: 1 << 5)
    static let formatAssertion = Vocabularies(rawValue: 1 << 6)
    static let content = Vocabularies(rawValue: 1 << 7)
    static let all: Vocabularies = [
        .core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .formatAssertion, .content,
    ]

    /// The vocabulary named by `uri` in a `$vocabulary` object, if it is a known one.
    init?(uri: String) {
        let prefixes = ["https://json-schema.org/draft/2020-12/vocab/", "https://json-schema.org/draft/2019-09/vocab/"]
        guard let prefix = prefixes.first(where: { uri.hasPrefix($0) }) else { return nil }
        let is2019 = prefix.contains("2019-09")
        switch String(uri.dropFirst(prefix.count)) {
        case "core": self = .core
        case "applicator": self = is2019 ? [.applicator, .unevaluated] : .applicator
        case "unevaluated" where !is2019: self = .unevaluated
        case "validation": self = .validation
        case "meta-data": self = .metaData
        case "format" where is2019: self = .formatAnnotation
        case "format-annotation" where !is2019: self = .formatAnnotation
        case "format-assertion" where !is2019: self = .formatAssertion
        case "content": self = .content
        default: return nil
        }
    }
}
