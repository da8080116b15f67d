import JSONCore

/// Turns schema documents into a `Program`: one `Node` per subschema, `$ref` targets resolved
/// to node indices. Works from a queue, so deep or cyclic schemas never deepen the stack.
struct Compiler {
    private(set) var index: SchemaIndex
    private let assertFormats: Bool
    private var nodes: [Node] = []
    private var sites: [KeywordSite] = []
    private var memo: [SchemaLocation: NodeID] = [:]
    private var queue: [(NodeID, SchemaLocation)] = []
    private var dynamicNames: Set<String> = []
    private var usesRecursiveRef = false

    init(registry: SchemaRegistry, assertFormats: Bool) {
        self.index = SchemaIndex(registry: registry)
        self.assertFormats = assertFormats
    }

    /// Compiles `schema` (its document URI `uri`, dialect `dialect` unless it declares `$schema`).
    mutating func compile(_ schema: JSONValue, uri: URIReference, dialect: Dialect) throws(SchemaError) -> Program {
        let rootResource = try index.load(schema, uri: uri, dialect: dialect)
        let root = node(at: index.resources[rootResource].location)
        try drain()
        // `$dynamicRef` and `$recursiveRef` may land on any resource's anchors: compile them all.
        while true {
            var added = false
            for r in index.resources.indices {
                let info = index.resources[r]
                for (name, location) in info.dynamicAnchors where dynamicNames.contains(name) && memo[location] == nil {
                    _ = node(at: location)
                    added = true
                }
                if usesRecursiveRef && info.recursiveAnchor && memo[info.location] == nil {
                    _ = node(at: info.location)
                    added = true
                }
            }
            if !added { break }
            try drain()
        }
        var resources: [Resource] = index.resources.map { Resource(uri: $0.uriText) }
        for r in index.resources.indices {
            let info = index.resources[r]
            resources[r].root = memo[info.location] ?? -1
            resources[r].recursiveAnchor = info.recursiveAnchor
            for (name, location) in info.dynamicAnchors {
                if let n = memo[location] { resources[r].dynamicAnchors[name] = n }
            }
        }
        try InPlaceCycleCheck.check(nodes)
        return Program(
            nodes: nodes, sites: sites, resources: resources, root: root,
            usesDynamicScope: !dynamicNames.isEmpty || usesRecursiveRef)
    }

    private mutating func drain() throws(SchemaError) {
        while let (id, location) = queue.popLast() {
            nodes[Int(id)] = try compileNode(id, at: location)
        }
    }

    /// The node for the schema at `location`, compiled later if it is new.
    private mutating func node(at location: SchemaLocation) -> NodeID {
        if let id = memo[location] { return id }
        let id = NodeID(nodes.count)
        nodes.append(Node())
        memo[location] = id
        queue.append((id, location))
        return id
    }

    private func error(_ message: String, _ location: SchemaLocation, _ keyword: String? = nil) -> SchemaError {
        SchemaError(message, at: index.canonicalURI(of: location, appending: keyword.map { [$0] } ?? []))
    }

    private mutating func compileNode(_ id: NodeID, at location: SchemaLocation) throws(SchemaError) -> Node {
        guard let value = index.value(at: location) else { throw error("schema location does not exist", location) }
        let r = index.resource(enclosing: location)
        var node = Node()
        node.resource = Int32(r)
        node.isResourceRoot = index.resource(rootedAt: location) == r
        node.location = index.place(of: location, in: r)
        switch value.kind {
        case .bool(true):
            return node
        case .bool(false):
            sites.append(KeywordSite(name: "", node: id))
            node.keywords = [Keyword(kind: .falseSchema, site: Int32(sites.count - 1))]
            return node
        case .object(let object):
            var builder = NodeBuilder(
                id: id, location: location, object: SchemaObject(object), info: index.resources[r])
            try compileKeywords(&builder)
            node.keywords = builder.keywords
            node.hasUnevaluated = builder.hasUnevaluated
            return node
        default:
            throw error("a schema must be an object or a boolean, not \(value.typeName)", location)
        }
    }

    /// Collects one node's keywords.
    struct NodeBuilder {
        let id: NodeID
        let location: SchemaLocation
        let object: SchemaObject
        let info: ResourceInfo
        var keywords: [Keyword] = []
        var hasUnevaluated = false

        var dialect: Dialect { info.dialect }
        func has(_ vocabulary: Vocabularies) -> Bool { info.vocabularies.contains(vocabulary) }
        func tokens(_ extra: String...) -> SchemaLocation {
            location.appending(contentsOf: extra)
        }
    }

    private mutating func add(_ b: inout NodeBuilder, _ name: String, _ kind: KeywordKind) {
        sites.append(KeywordSite(name: name, node: b.id))
        b.keywords.append(Keyword(kind: kind, site: Int32(sites.count - 1)))
    }

    private func count(_ b: NodeBuilder, _ name: String) throws(SchemaError) -> Int? {
        guard let value = b.object[name] else { return nil }
        guard let n = value.numberValue, n.isInteger, !n.isNegative else {
            throw error("'\(name)' must be a non-negative integer", b.location, name)
        }
        return n.int64.map { Int(clamping: $0) } ?? Int.max
    }

    private func number(_ b: NodeBuilder, _ name: String) throws(SchemaError) -> JSONNumber? {
        guard let value = b.object[name] else { return nil }
        guard let n = value.numberValue else { throw error("'\(name)' must be a number", b.location, name) }
        return n
    }

    private func strings(_ b: NodeBuilder, _ name: String, _ value: JSONValue) throws(SchemaError) -> [String] {
        guard let elements = value.arrayValue else {
            throw error("'\(name)' must be an array of strings", b.location, name)
        }
        var out: [String] = []
        for element in elements {
            guard let s = element.stringValue else {
                throw error("'\(name)' must be an array of strings", b.location, name)
            }
            out.append(s)
        }
        return out
    }

    private func pattern(_ source: String, _ b: NodeBuilder, _ name: String) throws(SchemaError) -> Pattern {
        switch Pattern.compile(source) {
        case .success(let p): return p
        case .failure(let e):
            throw error("pattern \(Quote.text(source)) cannot be used: \(e.message)", b.location, name)
        }
    }

    private mutating func schemaArray(_ b: NodeBuilder, _ name: String) throws(SchemaError) -> [NodeID] {
        guard let elements = b.object[name]?.arrayValue else {
            throw error("'\(name)' must be an array of schemas", b.location, name)
        }
        return elements.indices.map { node(at: b.tokens(name, String($0))) }
    }

    private mutating func schemaMap(_ b: NodeBuilder, _ name: String) throws(SchemaError) -> [(String, NodeID)] {
        guard let object = b.object[name]?.objectValue else {
            throw error("'\(name)' must be an object whose values are schemas", b.location, name)
        }
        return object.uniqueMembers.map { ($0.key, node(at: b.tokens(name, $0.key))) }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private mutating func compileKeywords(_ b: inout NodeBuilder) throws(SchemaError) {
        let o = b.object
        let dialect = b.dialect
        if let ref = o["$ref"] {
            guard let text = ref.stringValue else { throw error("'$ref' must be a string", b.location, "$ref") }
            let target = try resolve(text, b, "$ref")
            add(&b, "$ref", .ref(node(at: target)))
            if dialect.refOverridesSiblings { return }
        }
        if dialect >= .draft2020_12, let ref = o["$dynamicRef"] {
            guard let text = ref.stringValue else {
                throw error("'$dynamicRef' must be a string", b.location, "$dynamicRef")
            }
            let target = try resolve(text, b, "$dynamicRef")
            var anchor: String?
            let fragment = URIReference(text).fragment ?? ""
            if !fragment.isEmpty && !fragment.hasPrefix("/"),
                index.value(at: target)?["$dynamicAnchor"]?.stringValue == fragment
            {
                anchor = fragment
                dynamicNames.insert(fragment)
            }
            add(&b, "$dynamicRef", .dynamicRef(node(at: target), anchor: anchor))
        }
        if dialect == .draft2019_09, let ref = o["$recursiveRef"] {
            guard let text = ref.stringValue else {
                throw error("'$recursiveRef' must be a string", b.location, "$recursiveRef")
            }
            let target = try resolve(text, b, "$recursiveRef")
            let dynamic = index.value(at: target)?["$recursiveAnchor"]?.boolValue == true
            if dynamic { usesRecursiveRef = true }
            add(&b, "$recursiveRef", .recursiveRef(node(at: target), dynamic: dynamic))
        }
        if b.has(.validation) { try compileValidation(&b) }
        if let format = o["format"]?.stringValue,
            assertFormats || (dialect >= .draft2019_09 && b.has(.formatAssertion))
        {
            add(&b, "format", .format(FormatAssertion(format)))
        }
        if dialect == .draft7, o["contentEncoding"] != nil || o["contentMediaType"] != nil {
            add(
                &b, o["contentMediaType"] != nil ? "contentMediaType" : "contentEncoding",
                .content(encoding: o["contentEncoding"]?.stringValue, mediaType: o["contentMediaType"]?.stringValue))
        }
        if b.has(.applicator) { try compileApplicators(&b) }
        if dialect >= .draft2019_09 && b.has(.unevaluated) {
            if o["unevaluatedItems"] != nil {
                add(&b, "unevaluatedItems", .unevaluatedItems(node(at: b.tokens("unevaluatedItems"))))
                b.hasUnevaluated = true
            }
            if o["unevaluatedProperties"] != nil {
                add(&b, "unevaluatedProperties", .unevaluatedProperties(node(at: b.tokens("unevaluatedProperties"))))
                b.hasUnevaluated = true
            }
        }
    }

    private mutating func resolve(_ reference: String, _ b: NodeBuilder, _ keyword: String) throws(SchemaError)
        -> SchemaLocation
    {
        do {
            return try index.resolve(reference, from: index.resource(enclosing: b.location))
        } catch {
            throw SchemaError(error.message, at: index.canonicalURI(of: b.location, appending: [keyword]))
        }
    }

    private mutating func compileValidation(_ b: inout NodeBuilder) throws(SchemaError) {
        let o = b.object
        let dialect = b.dialect
        if let type = o["type"] {
            var set: TypeSet = []
            let names: [JSONValue] = type.arrayValue ?? [type]
            for name in names {
                guard let s = name.stringValue, let t = TypeSet(name: s) else {
                    throw error("'type' must be a type name or an array of type names", b.location, "type")
                }
                set.insert(t)
            }
            add(&b, "type", .type(set, draft4Integers: dialect == .draft4))
        }
        if let values = o["enum"] {
            guard let elements = values.arrayValue else { throw error("'enum' must be an array", b.location, "enum") }
            add(&b, "enum", .enumeration(EnumValues(elements)))
        }
        if dialect >= .draft6, let value = o["const"] { add(&b, "const", .const(value)) }
        if let n = try number(b, "multipleOf") {
            guard n.compare(JSONNumber(0)) == .greater else {
                throw error("'multipleOf' must be greater than 0", b.location, "multipleOf")
            }
            add(&b, "multipleOf", .multipleOf(n))
        }
        if dialect == .draft4 {
            if let n = try number(b, "maximum") {
                add(&b, "maximum", .maximum(n, exclusive: o["exclusiveMaximum"]?.boolValue == true))
            }
            if let n = try number(b, "minimum") {
                add(&b, "minimum", .minimum(n, exclusive: o["exclusiveMinimum"]?.boolValue == true))
            }
        } else {
            if let n = try number(b, "maximum") { add(&b, "maximum", .maximum(n, exclusive: false)) }
            if let n = try number(b, "exclusiveMaximum") { add(&b, "exclusiveMaximum", .maximum(n, exclusive: true)) }
            if let n = try number(b, "minimum") { add(&b, "minimum", .minimum(n, exclusive: false)) }
            if let n = try number(b, "exclusiveMinimum") { add(&b, "exclusiveMinimum", .minimum(n, exclusive: true)) }
        }
        if let n = try count(b, "maxLength") { add(&b, "maxLength", .maxLength(n)) }
        if let n = try count(b, "minLength") { add(&b, "minLength", .minLength(n)) }
        if let value = o["pattern"] {
            guard let source = value.stringValue else {
                throw error("'pattern' must be a string", b.location, "pattern")
            }
            add(&b, "pattern", .pattern(try pattern(source, b, "pattern")))
        }
        if let n = try count(b, "maxItems") { add(&b, "maxItems", .maxItems(n)) }
        if let n = try count(b, "minItems") { add(&b, "minItems", .minItems(n)) }
        if o["uniqueItems"]?.boolValue == true { add(&b, "uniqueItems", .uniqueItems) }
        if let n = try count(b, "maxProperties") { add(&b, "maxProperties", .maxProperties(n)) }
        if let n = try count(b, "minProperties") { add(&b, "minProperties", .minProperties(n)) }
        if let value = o["required"] {
            let names = try strings(b, "required", value)
            if !names.isEmpty { add(&b, "required", .required(NameIndex(names))) }
        }
        if dialect >= .draft2019_09, let value = o["dependentRequired"] {
            guard let object = value.objectValue else {
                throw error("'dependentRequired' must be an object", b.location, "dependentRequired")
            }
            var pairs: [(String, [String])] = []
            for m in object.uniqueMembers { pairs.append((m.key, try strings(b, "dependentRequired", m.value))) }
            add(&b, "dependentRequired", .requiredDependencies(pairs))
        }
    }

    private mutating func compileApplicators(_ b: inout NodeBuilder) throws(SchemaError) {
        let o = b.object
        let dialect = b.dialect
        var table = PropertyTable(names: [], nodes: [])
        var patterns: [(Pattern, NodeID)] = []
        if o["properties"] != nil {
            let pairs = try schemaMap(b, "properties")
            table = PropertyTable(names: pairs.map(\.0), nodes: pairs.map(\.1))
            add(&b, "properties", .properties(table))
        }
        if o["patternProperties"] != nil {
            for (source, n) in try schemaMap(b, "patternProperties") {
                patterns.append((try pattern(source, b, "patternProperties"), n))
            }
            add(&b, "patternProperties", .patternProperties(patterns))
        }
        if o["additionalProperties"] != nil {
            let n = node(at: b.tokens("additionalProperties"))
            add(&b, "additionalProperties", .additionalProperties(n, skipping: table, patterns: patterns.map(\.0)))
        }
        if dialect >= .draft6, o["propertyNames"] != nil {
            add(&b, "propertyNames", .propertyNames(node(at: b.tokens("propertyNames"))))
        }
        // `dependencies` is draft-07's; later drafts split it, but still honour it for compatibility.
        if let dependencies = o["dependencies"]?.objectValue {
            var required: [(String, [String])] = []
            var schemas: [(String, NodeID)] = []
            for m in dependencies.uniqueMembers {
                if m.value.arrayValue != nil {
                    required.append((m.key, try strings(b, "dependencies", m.value)))
                } else {
                    schemas.append((m.key, node(at: b.tokens("dependencies", m.key))))
                }
            }
            if !required.isEmpty { add(&b, "dependencies", .requiredDependencies(required)) }
            if !schemas.isEmpty { add(&b, "dependencies", .schemaDependencies(schemas)) }
        }
        if dialect >= .draft2019_09, o["dependentSchemas"] != nil {
            add(&b, "dependentSchemas", .schemaDependencies(try schemaMap(b, "dependentSchemas")))
        }
        if dialect >= .draft2020_12 {
            var prefix = 0
            if o["prefixItems"] != nil {
                let nodes = try schemaArray(b, "prefixItems")
                prefix = nodes.count
                add(&b, "prefixItems", .prefixItems(nodes))
            }
            if let items = o["items"] {
                guard items.arrayValue == nil else {
                    throw error(
                        "'items' must be a schema in 2020-12 (use 'prefixItems' for a tuple)", b.location, "items")
                }
                add(&b, "items", .items(node(at: b.tokens("items")), start: prefix))
            }
        } else if let items = o["items"] {
            if items.arrayValue != nil {
                let nodes = try schemaArray(b, "items")
                add(&b, "items", .prefixItems(nodes))
                if o["additionalItems"] != nil {
                    add(&b, "additionalItems", .items(node(at: b.tokens("additionalItems")), start: nodes.count))
                }
            } else {
                add(&b, "items", .items(node(at: b.tokens("items")), start: 0))
            }
        }
        if dialect >= .draft6, o["contains"] != nil {
            var minimum = 1
            var maximum: Int?
            if dialect >= .draft2019_09 && b.has(.validation) {
                minimum = try count(b, "minContains") ?? 1
                maximum = try count(b, "maxContains")
            }
            let n = node(at: b.tokens("contains"))
            add(&b, "contains", .contains(n, min: minimum, max: maximum, marks: dialect >= .draft2020_12))
        }
        if o["allOf"] != nil { add(&b, "allOf", .allOf(try schemaArray(b, "allOf"))) }
        if o["anyOf"] != nil { add(&b, "anyOf", .anyOf(try schemaArray(b, "anyOf"))) }
        if o["oneOf"] != nil { add(&b, "oneOf", .oneOf(try schemaArray(b, "oneOf"))) }
        if o["not"] != nil { add(&b, "not", .not(node(at: b.tokens("not")))) }
        if dialect >= .draft7, o["if"] != nil {
            let condition = node(at: b.tokens("if"))
            let then = o["then"] != nil ? node(at: b.tokens("then")) : nil
            let otherwise = o["else"] != nil ? node(at: b.tokens("else")) : nil
            add(&b, "if", .conditional(if: condition, then: then, else: otherwise))
        }
    }
}

/// A schema object's members, found by keyword name: a length check and one `memcmp` per member,
/// as JSON compares names. A compiled node asks for some thirty keywords and has a handful: a mask of
/// its keys' lengths answers most questions (no key that long) without reading a member.
struct SchemaObject {
    let object: JSONObject
    /// Bit `n % 64` is set when some key is `n` UTF-8 bytes long.
    private let keyLengths: UInt64

    init(_ object: JSONObject) {
        self.object = object
        var keyLengths: UInt64 = 0
        for member in object.members { keyLengths |= SchemaObject.bit(member.key) }
        self.keyLengths = keyLengths
    }

    @inline(__always) private static func bit(_ key: String) -> UInt64 {
        1 &<< UInt64(truncatingIfNeeded: key.utf8.count & 63)
    }

    /// The value of the last member named `name`.
    subscript(name: String) -> JSONValue? {
        guard keyLengths & SchemaObject.bit(name) != 0 else { return nil }
        return object.members.withUnsafeBufferPointer { members in
            var i = members.count - 1
            while i >= 0 {
                if sameCodePoints(members[i].key, name) { return members[i].value }
                i -= 1
            }
            return nil
        }
    }

    /// The members with duplicates removed (the last occurrence of a key wins, at its first position).
    var uniqueMembers: [JSONObject.Member] { object.uniqueMembers }
}
