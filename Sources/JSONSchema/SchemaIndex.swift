import JSONCore

/// A place in one of the loaded schema documents.
struct SchemaLocation: Hashable {
    /// The document's index in `SchemaIndex.documents`.
    let document: Int
    /// The unescaped JSON Pointer tokens from the document root.
    let tokens: [String]
    /// The hash of `document` and `tokens`, computed once: the index and the compiler look a location
    /// up several times (memo, subschemas, resource roots), and hashing every token each time was most
    /// of a look-up's cost.
    private let digest: Int

    init(document: Int, tokens: [String]) {
        var digest = document
        for token in tokens { digest = SchemaLocation.step(digest, token) }
        self.init(document: document, tokens: tokens, digest: digest)
    }

    private init(document: Int, tokens: [String], digest: Int) {
        self.document = document
        self.tokens = tokens
        self.digest = digest
    }

    /// The location one token below this one, its hash extended rather than recomputed.
    func appending(_ token: String) -> SchemaLocation {
        appending(contentsOf: CollectionOfOne(token))
    }

    /// The location `extra` tokens below this one, its hash extended rather than recomputed.
    func appending(contentsOf extra: some Collection<String>) -> SchemaLocation {
        var next: [String] = []
        next.reserveCapacity(tokens.count + extra.count)
        next.append(contentsOf: tokens)
        var digest = digest
        for token in extra {
            next.append(token)
            digest = SchemaLocation.step(digest, token)
        }
        return SchemaLocation(document: document, tokens: next, digest: digest)
    }

    /// The hash of a location one token longer than one whose hash is `digest`.
    private static func step(_ digest: Int, _ token: String) -> Int {
        var hasher = Hasher()
        hasher.combine(digest)
        hasher.combine(token)
        return hasher.finalize()
    }

    static func == (a: SchemaLocation, b: SchemaLocation) -> Bool {
        a.digest == b.digest && a.document == b.document && a.tokens == b.tokens
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}

/// What the index knows about one schema resource.
struct ResourceInfo {
    /// The resource's canonical URI (no fragment).
    var uri: URIReference {
        didSet { uriText = uri.description }
    }
    /// `uri` as text.
    private(set) var uriText: String
    /// Where its root is.
    var location: SchemaLocation
    /// Its dialect.
    var dialect: Dialect
    /// Its vocabularies.
    var vocabularies: Vocabularies
    /// `$dynamicAnchor` names and where they are.
    var dynamicAnchors: [String: SchemaLocation] = [:]
    /// Whether the root has `$recursiveAnchor: true`.
    var recursiveAnchor = false

    init(uri: URIReference, location: SchemaLocation, dialect: Dialect, vocabularies: Vocabularies) {
        self.uri = uri
        self.uriText = uri.description
        self.location = location
        self.dialect = dialect
        self.vocabularies = vocabularies
    }
}

/// The loaded schema documents and every identifier in them: resources (`$id`), anchors
/// (`$anchor`, `$dynamicAnchor`, draft-07 `"$id": "#name"`) and their dialects.
struct SchemaIndex {
    let registry: SchemaRegistry
    private(set) var documents: [JSONValue] = []
    private(set) var resources: [ResourceInfo] = []
    private var resourceByURI: [String: Int] = [:]
    private var resourceAt: [SchemaLocation: Int] = [:]
    private var anchors: [String: SchemaLocation] = [:]
    /// Every subschema the scan reached: its value and the resource it belongs to, so the compiler
    /// never walks a JSON Pointer from the document root (that made compiling quadratic).
    private var subschemas: [SchemaLocation: Subschema] = [:]
    /// Look-ups of a location's value, plus the members and elements examined by the pointer walks
    /// for locations the scan did not reach: a measure of compile work that stays linear in the
    /// schema's size (tests read it).
    private(set) var lookupSteps = 0

    private struct Subschema {
        var value: JSONValue
        var resource: Int
    }

    init(registry: SchemaRegistry) {
        self.registry = registry
    }

    /// Loads `document` under `uri`, indexing its identifiers; returns its root resource.
    mutating func load(_ document: JSONValue, uri: URIReference, dialect: Dialect) throws(SchemaError) -> Int {
        let index = documents.count
        documents.append(document)
        try scan(SchemaLocation(document: index, tokens: []), base: uri.withoutFragment, dialect: dialect)
        let root = resourceAt[SchemaLocation(document: index, tokens: [])]!
        let key = uri.withoutFragment.description
        if resourceByURI[key] == nil { resourceByURI[key] = root }
        return root
    }

    /// The value at `location`, if there is one: a subschema from the scan, else (a `$ref` to some
    /// other place) found by walking the pointer.
    mutating func value(at location: SchemaLocation) -> JSONValue? {
        lookupSteps += 1
        if let known = subschemas[location] { return known.value }
        var current = documents[location.document]
        for token in location.tokens {
            switch current.kind {
            case .object(let object):
                // The last member of that name, as `JSONObject`'s subscript finds it.
                guard let i = object.members.lastIndex(where: { sameCodePoints($0.key, token) }) else {
                    lookupSteps += object.count
                    return nil
                }
                lookupSteps += object.count - i
                current = object.members[i].value
            case .array(let elements):
                lookupSteps += 1
                guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The resource enclosing `location` (the nearest resource root at or above it).
    func resource(enclosing location: SchemaLocation) -> Int {
        if let known = subschemas[location] { return known.resource }
        var tokens = location.tokens
        while true {
            if let r = resourceAt[SchemaLocation(document: location.document, tokens: tokens)] { return r }
            if tokens.isEmpty { return 0 }
            tokens.removeLast()
        }
    }

    /// The resource whose root is exactly `location`, if any.
    func resource(rootedAt location: SchemaLocation) -> Int? {
        resourceAt[location]
    }

    /// Where `location`, in resource `r` (`resource(enclosing:)`), is: the resource's URI and the
    /// pointer from the resource's root.
    func place(of location: SchemaLocation, in r: Int) -> SchemaPlace {
        let info = resources[r]
        return SchemaPlace(resourceURI: info.uriText, tokens: location.tokens.dropFirst(info.location.tokens.count))
    }

    /// The canonical URI of `location`: its resource URI with a JSON Pointer fragment.
    func canonicalURI(of location: SchemaLocation, appending extra: [String] = []) -> String {
        let r = resource(enclosing: location)
        let info = resources[r]
        let relative = Array(location.tokens.dropFirst(info.location.tokens.count)) + extra
        return info.uriText + "#" + JSONPointer(tokens: relative).description
    }

    /// Resolves a `$ref`-style reference against the URI of resource `from`.
    mutating func resolve(_ reference: String, from: Int) throws(SchemaError) -> SchemaLocation {
        let target = resources[from].uri.resolving(reference)
        let key = target.withoutFragment.description
        if resourceByURI[key] == nil {
            guard let document = registry.document(for: key) else {
                if target.scheme == "http" || target.scheme == "https" {
                    throw SchemaError(
                        "cannot resolve reference '\(reference)': '\(key)' is not in the schema registry (remote schemas are never fetched)"
                    )
                }
                throw SchemaError("cannot resolve reference '\(reference)': no schema has the URI '\(key)'")
            }
            _ = try load(document, uri: target.withoutFragment, dialect: resources[from].dialect)
        }
        guard let r = resourceByURI[key] else {
            throw SchemaError("cannot resolve reference '\(reference)': no schema has the URI '\(key)'")
        }
        let root = resources[r].location
        let fragment = target.fragment.map(percentDecoded) ?? ""
        if fragment.isEmpty { return root }
        if fragment.hasPrefix("/") {
            guard let pointer = JSONPointer(fragment) else {
                throw SchemaError("reference '\(reference)' has a malformed JSON Pointer fragment")
            }
            let location = root.appending(contentsOf: pointer.tokens)
            guard value(at: location) != nil else {
                throw SchemaError("cannot resolve reference '\(reference)': '\(fragment)' points to nothing")
            }
            return location
        }
        guard let anchored = anchors[key + "#" + fragment] else {
            throw SchemaError("cannot resolve reference '\(reference)': no anchor '\(fragment)' in '\(key)'")
        }
        return anchored
    }

    /// The dialect and vocabularies named by a `$schema` value.
    func dialect(forMetaSchema uri: String, fallback: Dialect) throws(SchemaError) -> (Dialect, Vocabularies) {
        if let dialect = Dialect(metaSchemaURI: uri) { return (dialect, dialect.defaultVocabularies) }
        guard let meta = registry.document(for: uri), let object = meta.objectValue else {
            throw SchemaError("unknown meta-schema '\(uri)' in '$schema'")
        }
        let dialect = object["$schema"]?.stringValue.flatMap { Dialect(metaSchemaURI: $0) } ?? fallback
        guard dialect >= .draft2019_09, let declared = object["$vocabulary"]?.objectValue else {
            return (dialect, dialect.defaultVocabularies)
        }
        var vocabularies: Vocabularies = [.core]
        for member in declared.members {
            if let known = Vocabularies(uri: member.key) {
                vocabularies.formUnion(known)
            } else if member.value.boolValue == true {
                throw SchemaError("meta-schema '\(uri)' requires the unsupported vocabulary '\(member.key)'")
            }
        }
        return (dialect, vocabularies)
    }

    // MARK: - Scanning

    private struct ScanItem {
        var location: SchemaLocation
        var value: JSONValue
        var resource: Int
        /// Whether a later member with the same key hides this subschema (a duplicate key: the last wins).
        var hidden = false
    }

    /// Walks the schema at `start` (a document root), recording resources and anchors. Only
    /// keywords whose values are schemas are entered, so `$id` inside `const` or under an
    /// unknown keyword is not an identifier.
    private mutating func scan(_ start: SchemaLocation, base: URIReference, dialect: Dialect) throws(SchemaError) {
        guard let root = value(at: start) else { return }
        var rootDialect = dialect
        var rootVocabularies = dialect.defaultVocabularies
        if let declared = root["$schema"]?.stringValue {
            (rootDialect, rootVocabularies) = try self.dialect(forMetaSchema: declared, fallback: dialect)
        }
        let rootResource = addResource(
            ResourceInfo(uri: base, location: start, dialect: rootDialect, vocabularies: rootVocabularies))
        var stack = [ScanItem(location: start, value: root, resource: rootResource)]
        while let item = stack.popLast() {
            // The stack yields the last of duplicate members first: a location already known is hidden.
            let hidden = item.hidden || subschemas[item.location] != nil
            guard let object = item.value.objectValue else {
                if !hidden { subschemas[item.location] = Subschema(value: item.value, resource: item.resource) }
                continue
            }
            let keywords = SchemaObject(object)
            var resource = item.resource
            var info = resources[resource]
            let isDocumentRoot = item.location.tokens.isEmpty
            let idKeyword = info.dialect.idKeyword
            let refIgnoresId = info.dialect.refOverridesSiblings && keywords["$ref"] != nil
            if !isDocumentRoot, !refIgnoresId, let id = keywords[idKeyword]?.stringValue {
                var dialect = info.dialect
                var vocabularies = info.vocabularies
                if let declared = keywords["$schema"]?.stringValue, dialect >= .draft2019_09 {
                    (dialect, vocabularies) = try self.dialect(forMetaSchema: declared, fallback: dialect)
                }
                let resolved = info.uri.resolving(id)
                if id.hasPrefix("#") && info.dialect <= .draft7 {
                    anchors[info.uri.description + "#" + (resolved.fragment ?? "")] = item.location
                } else {
                    let base = resolved.withoutFragment
                    resource = addResource(
                        ResourceInfo(uri: base, location: item.location, dialect: dialect, vocabularies: vocabularies))
                    info = resources[resource]
                    if info.dialect <= .draft7, let fragment = resolved.fragment, !fragment.isEmpty {
                        anchors[base.description + "#" + fragment] = item.location
                    }
                }
            } else if isDocumentRoot, !refIgnoresId, let id = keywords[idKeyword]?.stringValue {
                // The root's own `$id` names the root resource too.
                let resolved = info.uri.resolving(id)
                let base = resolved.withoutFragment
                if base.description != info.uri.description {
                    resources[resource].uri = base
                    resourceByURI[base.description] = resource
                    info = resources[resource]
                }
                if id.hasPrefix("#") || (info.dialect <= .draft7 && !(resolved.fragment ?? "").isEmpty) {
                    anchors[base.description + "#" + (resolved.fragment ?? "")] = item.location
                }
            }
            if !hidden { subschemas[item.location] = Subschema(value: item.value, resource: resource) }
            let uri = info.uriText
            if info.dialect >= .draft2019_09, let anchor = keywords["$anchor"]?.stringValue {
                anchors[uri + "#" + anchor] = item.location
            }
            if info.dialect >= .draft2020_12, let anchor = keywords["$dynamicAnchor"]?.stringValue {
                anchors[uri + "#" + anchor] = item.location
                resources[resource].dynamicAnchors[anchor] = item.location
            }
            if info.dialect == .draft2019_09, keywords["$recursiveAnchor"]?.boolValue == true,
                resources[resource].location == item.location
            {
                resources[resource].recursiveAnchor = true
            }
            for member in object.members {
                let shape = SchemaIndex.shape(of: member.key, dialect: info.dialect)
                if shape == .none { continue }
                let location = item.location.appending(member.key)
                switch shape {
                case .none:
                    break
                case .schema:
                    stack.append(
                        ScanItem(location: location, value: member.value, resource: resource, hidden: hidden))
                case .schemaOrArray:
                    if let elements = member.value.arrayValue {
                        for (i, element) in elements.enumerated() {
                            stack.append(
                                ScanItem(
                                    location: location.appending(String(i)), value: element, resource: resource,
                                    hidden: hidden))
                        }
                    } else {
                        stack.append(
                            ScanItem(location: location, value: member.value, resource: resource, hidden: hidden))
                    }
                case .map:
                    for entry in member.value.objectValue?.members ?? [] where entry.value.arrayValue == nil {
                        stack.append(
                            ScanItem(
                                location: location.appending(entry.key), value: entry.value, resource: resource,
                                hidden: hidden))
                    }
                }
            }
        }
    }

    private mutating func addResource(_ info: ResourceInfo) -> Int {
        let index = resources.count
        resources.append(info)
        resourceAt[info.location] = index
        let key = info.uriText
        if resourceByURI[key] == nil { resourceByURI[key] = index }
        return index
    }

    enum Shape {
        case none, schema, schemaOrArray, map
    }

    /// How a keyword holds subschemas in `dialect`.
    static func shape(of keyword: String, dialect: Dialect) -> Shape {
        switch keyword {
        case "additionalProperties", "not", "propertyNames", "contains", "if", "then", "else",
            "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems":
            return .schema
        case "items": return .schemaOrArray
        case "allOf", "anyOf", "oneOf", "prefixItems": return .schemaOrArray
        case "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies":
            return .map
        default: return .none
        }
    }
}

/// `text` with `%XX` escapes decoded (invalid escapes kept as written).
func percentDecoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var i = 0
    func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
    while i < bytes.count {
        if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
            out.append(h << 4 | l)
            i += 3
        } else {
            out.append(bytes[i])
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}
