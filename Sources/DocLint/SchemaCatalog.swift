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
    private let typeSchemas = OnceMap<String, GeneratedSchema>()
    private let compiled = OnceMap<String, CompiledType>()

    /// A type's schema generated on its own, and the types it refers to.
    struct GeneratedSchema: Sendable {
        var schema: JSONValue
        var references: [String]
    }

    /// A compiled type, or why it could not be compiled.
    public enum CompiledType: Sendable {
        /// The schema and the definitions it was generated from.
        case schema(JSONSchema, closure: [String: TypeDefinition])
        /// The type is not defined where doclint looked.
        case notFound
        /// The generated schema did not compile (a doclint bug or an unsupported pattern).
        case failed(String)
    }

    /// A catalog finding types through `index`.
    public init(index: TypeIndex) {
        self.index = index
    }

    /// A catalog reading pages from `source` (whose folder listings find `meetingAttendanceReport.md`
    /// when a link or a type name spells it `meetingattendancereport.md`).
    public convenience init(source: any DocumentSource) {
        self.init(index: TypeIndex(store: PageStore(source: source)))
    }

    /// The pages.
    public var store: PageStore { index.store }

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

    /// The compiled schema of type `name` as seen from `pagePath`, for validating `instances`.
    ///
    /// Only the types the instances reach are generated — the types of the properties they carry, their
    /// base types, and the types named by `@odata.type` — so an entity linked to half of Graph compiles
    /// a handful of schemas. Properties an instance lacks are left unconstrained, which changes nothing
    /// for it. Compiled schemas are cached by doc set, type and the set of types reached.
    public func schema(for name: String, from pagePath: String, instances: [JSONValue] = []) -> CompiledType {
        guard let root = definition(named: name, from: pagePath) else { return .notFound }
        var closure: [String: TypeDefinition] = [:]
        var named: Set<String> = []
        for instance in instances { reach(root, instance, from: pagePath, into: &closure, named: &named) }
        if closure.isEmpty { include(root, into: &closure) }
        // Two pages may define the same name differently: the key names each definition's page.
        let key =
            DocSet.root(of: pagePath).lowercased() + "|" + root.name + "@" + root.path.lowercased() + "|"
            + closure.values.map { $0.name + "@" + $0.path.lowercased() }.sorted().joined(separator: ",") + "|"
            + named.sorted().joined(separator: ",")
        return compiled.value(key, cycle: .failed("a type refers to itself while it is compiled")) {
            compile(root, closure: closure, instanceTypes: named)
        }
    }

    /// Adds `type` and its base types.
    func include(_ type: TypeDefinition, into closure: inout [String: TypeDefinition]) {
        var current: TypeDefinition? = type
        var steps = 0
        while let t = current, closure[t.name] == nil, steps < 32 {
            closure[t.name] = t
            current = t.baseType.flatMap { definition(named: $0, from: t.path) }
            steps += 1
        }
    }

    /// Adds the types `value` (an instance of `type`) reaches.
    func reach(
        _ type: TypeDefinition, _ value: JSONValue, from pagePath: String, into closure: inout [String: TypeDefinition],
        named: inout Set<String>, depth: Int = 0
    ) {
        guard depth < 64 else { return }
        var type = type
        if let own = value["@odata.type"]?.stringValue.map(TypeDefinition.qualified), own != type.name,
            let d = definition(named: own, from: pagePath)
        {
            named.insert(d.name)
            type = d
        }
        include(type, into: &closure)
        guard let object = value.objectValue else { return }
        for member in object.members where !member.value.isNull {
            guard let property = propertyDefinition(member.key, of: type, in: closure),
                let target = propertyType(property.property, of: property.owner)
            else { continue }
            include(target, into: &closure)
            switch member.value.kind {
            case .object: reach(target, member.value, from: pagePath, into: &closure, named: &named, depth: depth + 1)
            case .array(let elements):
                for e in elements where e.objectValue != nil {
                    reach(target, e, from: pagePath, into: &closure, named: &named, depth: depth + 1)
                }
            default: break
            }
        }
    }

    /// The property `name` of `type` or of one of its base types in `closure`, with the type that declares it.
    func propertyDefinition(_ name: String, of type: TypeDefinition, in closure: [String: TypeDefinition]) -> (
        property: TypeDefinition.Property, owner: TypeDefinition
    )? {
        var current: TypeDefinition? = type
        var steps = 0
        while let t = current, steps < 32 {
            if let p = t.properties.first(where: { $0.name == name }) { return (p, t) }
            current = t.baseType.flatMap { closure[$0] }
            steps += 1
        }
        return nil
    }

    /// The named type a property holds (by its row's link, its row's type name, or its sketch's `@odata.type`).
    func propertyType(_ p: TypeDefinition.Property, of owner: TypeDefinition) -> TypeDefinition? {
        if let link = p.row?.typeExpression?.link, let d = linkedType(link, from: owner.path) {
            return d
        }
        if let row = p.row, let expression = row.typeExpression, case .named(let n) = expression.base {
            return expression.link == nil ? definition(named: TypeDefinition.qualified(n), from: owner.path) : nil
        }
        if let sketch = p.sketch, let t = TableResourceAlignment.sketchQualifiedType(sketch.value) {
            return definition(named: t, from: owner.path)
        }
        return nil
    }

    private func compile(_ root: TypeDefinition, closure: [String: TypeDefinition], instanceTypes also: Set<String>)
        -> CompiledType
    {
        let base = SchemaFiles.baseURI + "catalog/"
        var registry = SchemaRegistry()
        let rootSchema: JSONValue
        if also.isEmpty {
            // No derived types to dispatch on: every type's schema is the same whatever else the sample
            // reaches, so it is generated once per doc set; types outside the closure get permissive stubs.
            var referenced: Set<String> = []
            for type in closure.values {
                let generated = cachedSchema(type)
                registry.add(generated.schema, uri: base + SchemaGenerator.fileName(type.name))
                referenced.formUnion(generated.references)
            }
            for name in referenced.subtracting(closure.keys).sorted() {
                let uri = base + SchemaGenerator.fileName(name)
                registry.add(
                    .object([("$id", .string(uri)), ("$defs", .object([("properties", .bool(true))]))]), uri: uri)
            }
            rootSchema = cachedSchema(root).schema
        } else {
            let generator = SchemaGenerator(
                baseURI: base, definitions: Array(closure.values), instanceTypes: also,
                resolveLink: { page, target in
                    // The same rule as the closure: fragment links and links into another type's page
                    // resolve by the type the link text names.
                    guard let d = self.linkedType(target, from: page), closure[d.name] != nil else { return nil }
                    return d.name
                })
            for (file, schema) in generator.generateAll() where file != "index.json" {
                registry.add(schema, uri: base + file)
            }
            rootSchema = generator.schema(for: root)
        }
        do {
            let schema = try JSONSchema(
                compiling: rootSchema,
                options: JSONSchema.Options(
                    assertFormats: true, registry: registry, baseURI: base + SchemaGenerator.fileName(root.name)))
            return .schema(schema, closure: closure)
        } catch {
            return .failed(error.description)
        }
    }

    /// A type's schema generated on its own (references by name, no dispatch), with the types it refers to.
    func cachedSchema(_ type: TypeDefinition) -> GeneratedSchema {
        typeSchemas.value(
            type.path.lowercased() + "|" + type.name, cycle: GeneratedSchema(schema: .bool(true), references: [])
        ) { generateSchema(type) }
    }

    /// A type's schema generated on its own (references by name, no dispatch), with the types it refers to.
    func generateSchema(_ type: TypeDefinition) -> GeneratedSchema {
        let base = SchemaFiles.baseURI + "catalog/"
        var generator = SchemaGenerator(
            baseURI: base, definitions: [type],
            resolveLink: { page, link in self.linkedType(link, from: page)?.name })
        generator.resolveName = { name in self.definition(named: name, from: type.path)?.kind }
        let schema = generator.schema(for: type)
        var references: Set<String> = []
        SchemaCatalog.collectReferences(schema, into: &references)
        return GeneratedSchema(schema: schema, references: references.sorted())
    }

    /// The type names of every `$ref` to a `<type>.schema.json` file in `schema`.
    static func collectReferences(_ schema: JSONValue, into names: inout Set<String>) {
        switch schema.kind {
        case .object(let object):
            for m in object.members {
                if m.key == "$ref", let ref = m.value.stringValue {
                    let file = ref.split(separator: "#").first.map(String.init) ?? ref
                    if file.hasSuffix(".schema.json") { names.insert(String(file.dropLast(".schema.json".count))) }
                } else {
                    collectReferences(m.value, into: &names)
                }
            }
        case .array(let elements):
            for e in elements { collectReferences(e, into: &names) }
        default: break
        }
    }
}
