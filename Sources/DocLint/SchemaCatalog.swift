import Foundation
import GraphDocs
import JSONCore
import JSONSchema

/// Compiles the schemas of the types samples name, finding them through the run's `TypeIndex`.
/// Safe to share between threads.
public final class SchemaCatalog: Sendable {
    /// Where types are found (and, through its store, where pages are read).
    public let index: TypeIndex
    // Each cache computes a key once, even when workers ask for it at the same time.
    private let typeSchemas = OnceMap<TypeKey, GeneratedSchema>()
    private let compiledTypes = OnceMap<TypeKey, CompiledType>()
    private let bases = OnceMap<DefinitionKey, TypeDefinition?>()
    private let propertyTypes = OnceMap<PropertyKey, TypeDefinition?>()
    private let ownerChains = OnceMap<DefinitionKey, [(TypeDefinition, GeneratedSchema)]>()

    /// A property's type look-up: the owner's name and page path as spelled, and the property's name.
    struct PropertyKey: Hashable, Sendable {
        var path: String
        var owner: String
        var property: String
    }

    /// A name and a page's path exactly as spelled: a definition by its name and its page, or a base
    /// type look-up by the name a type gives as its base and the page naming it (the definition found
    /// carries its own path, which findings quote).
    struct DefinitionKey: Hashable, Sendable {
        var path: String
        var name: String
    }

    /// A type's key in the caches: its name and its defining page's path in any letter case (a link
    /// may spell `meetingattendancereport.md` for `meetingAttendanceReport.md`). Hashes the name alone
    /// and lowercases paths only to tell apart two pages defining the same name, so a look-up builds no string.
    struct TypeKey: Hashable, Sendable {
        var path: String
        var name: String

        init(_ type: TypeDefinition) {
            path = type.path
            name = type.name
        }

        static func == (a: TypeKey, b: TypeKey) -> Bool {
            a.name == b.name && (a.path == b.path || a.path.lowercased() == b.path.lowercased())
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
        }
    }

    /// A type's schema generated on its own, the types it refers to, and its properties of named types.
    struct GeneratedSchema: Sendable {
        var schema: JSONValue
        var references: [String]
        var namedReferences: [String: SchemaGenerator.NamedReference]
        /// The enumerations with translated members whose values the schema's properties list themselves
        /// (what a finding's note names).
        var translatedEnumerations: [TypeDefinition] = []
    }

    /// A type's schema compiled on its own, or why it could not be compiled.
    enum CompiledType: Sendable {
        case schema(JSONSchema)
        case failed(String)
    }

    /// What validating samples as a type found.
    public enum SampleCheck: Sendable {
        /// The validation of each instance, and the types used (with their base types) by name.
        case checked([TypedValidation], types: [String: TypeDefinition])
        /// The type is not defined where doclint looked.
        case notFound
        /// A generated schema did not compile (a `baseType` cycle, an unsupported pattern): nothing was validated.
        case failed(String)
    }

    /// What validating values as types collects.
    public struct TypedValidation: Sendable {
        /// The failed keywords, located in the instance.
        public var errors: [ValidationError] = []
        /// The types used, with their base types, by name (the first definition of each name).
        public var types: [String: TypeDefinition] = [:]
        /// The type declaring the property at each location that holds a named type's instances.
        public var declarers: [[String]: TypeDefinition] = [:]

        /// Nothing yet.
        public init() {}
    }

    /// A type's schema that does not compile.
    public struct CompileFailure: Error, Sendable {
        /// The compiler's message.
        public var reason: String
    }

    /// A catalog finding types through `index`.
    public init(index: TypeIndex) {
        self.index = index
    }

    /// A catalog reading pages from `source` (whose folder listings find `meetingAttendanceReport.md`
    /// when a link or a type name spells it `meetingattendancereport.md`), each page with the words for
    /// types `vocabulary` gives for its path.
    public convenience init(
        source: any DocumentSource, vocabulary: @escaping @Sendable (String) -> TypeVocabulary = { _ in .standard }
    ) {
        self.init(index: TypeIndex(store: PageStore(source: source, vocabulary: vocabulary)))
    }

    /// The pages.
    public var store: PageStore { index.store }

    /// How many types' schemas have been compiled (each once per defining page).
    public var compiledCount: Int { compiledTypes.count }

    /// How many properties of named types have had their type looked up (each once per owner, page and property).
    public var resolvedPropertyCount: Int { propertyTypes.count }

    /// The types defined by the page at `path`.
    public func definitions(atPath path: String) -> [TypeDefinition] {
        index.definitions(atPath: path)
    }

    /// The type a Type cell's link names (see `TypeIndex.linkedType(_:from:)`).
    public func linkedType(_ link: TypeExpression.Link, from pagePath: String) -> TypeDefinition? {
        index.linkedType(link, from: pagePath)
    }

    /// The definition of the qualified type `name`, looked up from `pagePath`.
    public func definition(named name: String, from pagePath: String) -> TypeDefinition? {
        index.definition(named: name, from: pagePath)
    }

    /// Validates `instances` as the type `name` looked up from `pagePath` (see `validate(_:as:from:into:)`).
    public func check(_ instances: [JSONValue], as name: String, from pagePath: String) -> SampleCheck {
        guard let root = definition(named: name, from: pagePath) else { return .notFound }
        // The type's own schema must compile even when there is no instance to validate.
        if case .failed(let reason) = compiled(root) { return .failed(reason) }
        var types: [String: TypeDefinition] = [:]
        var results: [TypedValidation] = []
        do {
            for instance in instances {
                var result = TypedValidation()
                try validate(instance, as: root, from: pagePath, into: &result)
                // The first instance's types are the whole closure so far: taken as they are, not merged.
                if types.isEmpty { types = result.types } else { types.merge(result.types) { first, _ in first } }
                results.append(result)
            }
        } catch {
            return .failed(error.reason)
        }
        include(root, into: &types)
        return .checked(results, types: types)
    }

    /// Validates `instance` as `type`: against `type`'s compiled schema, then each value of a property
    /// whose type is a named type against that type's, recursively — as the type the value's
    /// `@odata.type` names when it names another one (a derived type: OData lets the instance say).
    /// Errors are located in `instance`; `into.types` collects the types used, with their base types.
    public func validate(
        _ instance: JSONValue, as type: TypeDefinition, from pagePath: String, into result: inout TypedValidation
    ) throws(CompileFailure) {
        // One tape for the whole instance: each nested value is validated where it lies on it.
        let tape = JSONTape(instance)
        try validate(instance, entry: 0, of: tape, as: type, at: [], dispatch: false, from: pagePath, into: &result)
    }

    /// Validates `value`, which is entry `entry` of `tape`, as `declared` (see `validate(_:as:from:into:)`).
    private func validate(
        _ value: JSONValue, entry: Int, of tape: JSONTape, as declared: TypeDefinition, at location: [String],
        dispatch: Bool, from pagePath: String, into result: inout TypedValidation
    ) throws(CompileFailure) {
        // Samples deeper than this are not validated at all (`SampleValidation.maxDepth`).
        guard location.count <= 2 * SampleValidation.maxDepth else { return }
        var type = declared
        if dispatch, declared.kind == .object, let own = value["@odata.type"]?.stringValue,
            let d = definition(named: TypeDefinition.qualified(own), from: pagePath), d.kind == .object,
            d.name != declared.name, SchemaCatalog.names(own, d.name)
        {
            type = d
        }
        include(type, into: &result.types)
        switch compiled(type) {
        case .failed(let reason): throw CompileFailure(reason: reason)
        case .schema(let schema):
            let outcome = schema.validate(tape, at: entry, output: .basic)
            if !outcome.isValid {
                for var error in outcome.errors {
                    if !location.isEmpty {
                        error.instanceLocation = JSONPointer(tokens: location + error.instanceLocation.tokens)
                    }
                    result.errors.append(error)
                }
            }
        }
        guard let object = value.objectValue else { return }
        let chain = ownerChain(type)
        for (_, generated) in chain {
            for enumeration in generated.translatedEnumerations { include(enumeration, into: &result.types) }
        }
        // The tape holds an object's members in order, each a key entry followed by the value's entries.
        var key = entry + 1
        for member in object.members {
            let valueEntry = key + 1
            key = tape.entries[valueEntry].end
            if member.value.isNull { continue }
            var memberLocation: [String]?
            for (owner, generated) in chain {
                guard let reference = generated.namedReferences[member.key],
                    let target = propertyType(reference, named: member.key, of: owner)
                else { continue }
                include(target, into: &result.types)
                let here = memberLocation ?? location + [member.key]
                memberLocation = here
                if result.declarers[here] == nil {
                    result.declarers[here] = owner
                }
                try validate(
                    member.value, entry: valueEntry, of: tape, as: target, depth: reference.arrayDepth, at: here,
                    from: pagePath, into: &result)
            }
        }
    }

    /// Validates the instances `depth` arrays down in `value` (entry `entry` of `tape`) as `type` (a wrong
    /// shape is the owner's schema's business).
    private func validate(
        _ value: JSONValue, entry: Int, of tape: JSONTape, as type: TypeDefinition, depth: Int, at location: [String],
        from pagePath: String, into result: inout TypedValidation
    ) throws(CompileFailure) {
        guard depth > 0 else {
            try validate(
                value, entry: entry, of: tape, as: type, at: location, dispatch: true, from: pagePath, into: &result)
            return
        }
        guard let elements = value.arrayValue else { return }
        var element = entry + 1
        for (i, value) in elements.enumerated() {
            try validate(
                value, entry: element, of: tape, as: type, depth: depth - 1, at: location + [String(i)],
                from: pagePath, into: &result)
            element = tape.entries[element].end
        }
    }

    /// The type whose instances the values of `owner`'s property `name` (whose reference is `reference`)
    /// are, resolved once per owner, page as spelled and property.
    func propertyType(_ reference: SchemaGenerator.NamedReference, named name: String, of owner: TypeDefinition)
        -> TypeDefinition?
    {
        propertyTypes.value(PropertyKey(path: owner.path, owner: owner.name, property: name), cycle: nil) {
            resolve(reference.target, of: owner)
        }
    }

    /// The type a deferred reference of `owner`'s schema names: a cell's link alone when it has one (the
    /// type its page defines), else the name looked up from `owner`'s page.
    func resolve(_ target: SchemaGenerator.NamedReference.Target, of owner: TypeDefinition) -> TypeDefinition? {
        switch target {
        case .cell(let name, let link):
            if let link, let d = linkedType(link, from: owner.path) { return d }
            let qualified = TypeDefinition.qualified(name)
            if qualified.lowercased() == owner.name.lowercased() { return owner }
            return link == nil ? definition(named: qualified, from: owner.path) : nil
        case .sketch(let name):
            return name == owner.name ? owner : definition(named: name, from: owner.path)
        }
    }

    /// The ways an `@odata.type` may name `type` (`#microsoft.graph.x`, `microsoft.graph.x`, `#x`, `x`).
    static func spellings(of type: String) -> [String] {
        let short = type.split(separator: ".").last.map(String.init) ?? type
        return ["#" + type, type, "#" + short, short]
    }

    /// Whether the `@odata.type` value `own` names `type`, in any letter case: samples copied from
    /// services write `#Microsoft.Graph.OpenTypeExtension`.
    static func names(_ own: String, _ type: String) -> Bool {
        let lower = own.lowercased()
        return spellings(of: type).contains { $0.lowercased() == lower }
    }

    /// `baseChain(type)`, each type with its generated schema: found once per type and page as spelled
    /// (every object validated as `type` asks for it, and each step is a look-up of its own).
    func ownerChain(_ type: TypeDefinition) -> [(TypeDefinition, GeneratedSchema)] {
        ownerChains.value(DefinitionKey(path: type.path, name: type.name), cycle: []) {
            baseChain(type).map { ($0, cachedSchema($0)) }
        }
    }

    /// `type` and its base types, as its schema includes them (each found from the page of the type
    /// naming it; a cycle ends the chain).
    func baseChain(_ type: TypeDefinition) -> [TypeDefinition] {
        var chain = [type]
        var seen: Set<String> = [type.name]
        while chain.count < 32, let base = chain.last!.baseType, seen.insert(base).inserted,
            let d = baseDefinition(of: chain.last!)
        {
            chain.append(d)
        }
        return chain
    }

    /// Adds `type` and its base types (the first definition of each name is kept).
    func include(_ type: TypeDefinition, into closure: inout [String: TypeDefinition]) {
        // Most calls name a type already there: one look-up, no copy of the definition.
        guard closure[type.name] == nil else { return }
        var current: TypeDefinition? = type
        var steps = 0
        while let t = current, closure[t.name] == nil, steps < 32 {
            closure[t.name] = t
            current = baseDefinition(of: t)
            steps += 1
        }
    }

    /// The definition of `type`'s base type, looked up from `type`'s page once per type and page as spelled.
    func baseDefinition(of type: TypeDefinition) -> TypeDefinition? {
        guard let base = type.baseType else { return nil }
        return bases.value(DefinitionKey(path: type.path, name: base), cycle: nil) {
            definition(named: base, from: type.path)
        }
    }

    /// `type`'s schema compiled on its own, once per defining page: its properties and its base types'.
    func compiled(_ type: TypeDefinition) -> CompiledType {
        compiledTypes.value(TypeKey(type), cycle: .failed("a type refers to itself")) {
            compile(type)
        }
    }

    private func compile(_ type: TypeDefinition) -> CompiledType {
        let base = SchemaFiles.baseURI + "catalog/"
        var registry = SchemaRegistry()
        // The type's schema and those it refers to (its base types' `$defs/properties`); a name that is
        // not found gets a permissive stub.
        var pending = [type]
        var added: Set<String> = []
        while let t = pending.popLast() {
            guard added.insert(t.name).inserted else { continue }
            let generated = cachedSchema(t)
            registry.add(generated.schema, uri: base + SchemaGenerator.fileName(t.name))
            for name in generated.references where !added.contains(name) {
                if let d = definition(named: name, from: t.path) {
                    pending.append(d)
                } else {
                    added.insert(name)
                    let uri = base + SchemaGenerator.fileName(name)
                    registry.add(
                        .object([("$id", .string(uri)), ("$defs", .object([("properties", .bool(true))]))]), uri: uri)
                }
            }
        }
        do {
            let schema = try JSONSchema(
                compiling: cachedSchema(type).schema,
                options: JSONSchema.Options(
                    assertFormats: true, registry: registry, baseURI: base + SchemaGenerator.fileName(type.name)))
            return .schema(schema)
        } catch {
            return .failed(error.description)
        }
    }

    /// A type's schema generated on its own (named types deferred), generated once per defining page.
    func cachedSchema(_ type: TypeDefinition) -> GeneratedSchema {
        typeSchemas.value(
            TypeKey(type),
            cycle: GeneratedSchema(schema: .bool(true), references: [], namedReferences: [:])
        ) { generateSchema(type) }
    }

    /// A type's schema generated on its own, with the types it refers to (its base types) and the
    /// properties whose values are instances of named types, validated as those.
    func generateSchema(_ type: TypeDefinition) -> GeneratedSchema {
        let base = SchemaFiles.baseURI + "catalog/"
        var generator = SchemaGenerator(
            baseURI: base, definitions: [type],
            resolveLink: { page, link in self.linkedType(link, from: page)?.name })
        generator.resolveName = { name in self.definition(named: name, from: type.path)?.kind }
        generator.defersNamedTypes = true
        generator.hasTranslatedMembers = { name in
            self.index.definition(named: name, from: type.path, scanning: false)?.translatedMembers.isEmpty == false
        }
        generator.probeLink = { page, link in self.index.linkedType(link, from: page, scanning: false)?.name }
        let (schema, propertyReferences) = generator.schemaAndReferences(for: type)
        var references: Set<String> = []
        SchemaCatalog.collectReferences(schema, into: &references)
        var named: [String: SchemaGenerator.NamedReference] = [:]
        var translated: [TypeDefinition] = []
        if type.kind == .object {
            for (p, reference) in zip(type.properties, propertyReferences) where !p.name.isEmpty && named[p.name] == nil
            {
                if let reference {
                    named[p.name] = reference
                } else if let row = p.row, let expression = row.typeExpression,
                    case .named(let name) = expression.base,
                    generator.translatedEnumValues(expression, row: row, sketch: p.sketch, owner: type) != nil,
                    let enumeration = resolve(.cell(name: name, link: expression.link), of: type)
                {
                    translated.append(enumeration)
                }
            }
        }
        return GeneratedSchema(
            schema: schema, references: references.sorted(), namedReferences: named,
            translatedEnumerations: translated)
    }

    /// The type names of every `$ref` to a `<type>.schema.json` file in `schema`.
    static func collectReferences(_ schema: JSONValue, into names: inout Set<String>) {
        switch schema.kind {
        case .object(let object):
            for m in object.members {
                // Only `$ref` (four bytes) is read, and only objects and arrays are walked into: the
                // strings of `enum` lists and the like are passed over without a call.
                if m.key.utf8.count == 4, m.key == "$ref", let ref = m.value.stringValue {
                    let file = ref.split(separator: "#").first.map(String.init) ?? ref
                    if file.hasSuffix(".schema.json") { names.insert(String(file.dropLast(".schema.json".count))) }
                } else if m.value.isContainer {
                    collectReferences(m.value, into: &names)
                }
            }
        case .array(let elements):
            for e in elements where e.isContainer { collectReferences(e, into: &names) }
        default: break
        }
    }
}

extension JSONValue {
    /// Whether this is an object or an array.
    fileprivate var isContainer: Bool {
        switch kind {
        case .object, .array: true
        default: false
        }
    }
}
