import Foundation
import GraphDocs
import JSONCore
import JSONSchema

/// Finds the types samples name and compiles their schemas, reading only the pages it needs.
///
/// A page's own types come first; other types are found the way Graph docs lay them out — the page
/// a table links to, `<set>/resources/<name>.md`, or a file whose name suggests the type
/// (`callrecords-callrecord.md`) — and each page is read at most once, so a pre-commit run on one
/// page usually reads that page and the handful it links to. Only a type found none of these ways
/// makes the catalog read the resource annotations of the doc set's `resources/` folder, once.
/// Safe to share between threads.
public final class SchemaCatalog: Sendable {
    /// Where pages are read and folders listed.
    public let source: any DocumentSource
    // Each cache computes a key once, even when workers ask for it at the same time.
    private let pages = OnceMap<String, [TypeDefinition]>()
    private let folders = OnceMap<String, [String: String]>()
    private let setIndexes = OnceMap<String, [String: String]>()
    private let listings = OnceMap<String, [String]>()
    private let stemIndex = OnceMap<String, [Stem]>()
    private let lookups = OnceMap<String, String?>()
    private let typeSchemas = OnceMap<String, GeneratedSchema>()
    private let compiled = OnceMap<String, CompiledType>()

    /// A file name's lowercased stem (`callrecords-callrecord`) and the name as listed.
    struct Stem: Sendable {
        var stem: [UInt8]
        var file: String
    }

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

    /// A catalog reading pages from `source` (whose folder listings find `meetingAttendanceReport.md`
    /// when a link or a type name spells it `meetingattendancereport.md`).
    public init(source: any DocumentSource) {
        self.source = source
    }

    /// A catalog reading files with `read` and listing folders with `list`.
    public convenience init(
        read: @escaping @Sendable (String) -> [UInt8]?, list: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        self.init(source: ClosureSource(read: read, list: list))
    }

    /// The types defined by the page at `path` (read once; the file name is matched case-insensitively,
    /// so the answer never depends on which spelling was asked for first).
    public func definitions(atPath path: String) -> [TypeDefinition] {
        pages.value(path.lowercased(), cycle: []) {
            if let bytes = source.read(path) {
                return TypeDefinition.definitions(in: GraphPage(path: path, bytes: bytes))
            } else if let actual = locate(path), let bytes = source.read(actual) {
                // Findings and notes name the file as it is spelled on disk.
                return TypeDefinition.definitions(in: GraphPage(path: actual, bytes: bytes))
            }
            return []
        }
    }

    /// The type a Type cell's link names: the linked page's type when it is the type the link text
    /// names; otherwise (`[chatType](chat.md#chattype-values)`, a link into another type's page) the
    /// type named by the text.
    public func linkedType(_ link: TypeExpression.Link, from pagePath: String) -> TypeDefinition? {
        if let target = link.target, let path = DocSet.resolve(target, from: pagePath),
            let d = definitions(atPath: path).first,
            link.standsForPageType(d.name)
        {
            return d
        }
        guard GraphIdentifier.isTypeName(link.text) else { return nil }
        return definition(named: TypeDefinition.qualified(link.text), from: pagePath)
    }

    /// The `.md` files of `folder` whose names suggest they define `short` (a lowercased unqualified
    /// name): `<anything>-<short>.md`, or a name of four or more letters that `short` ends with
    /// (`range.md` for `workbookrange`). Compared as bytes against the folder's lowercased stems,
    /// computed once.
    func candidates(in folder: String, short: String) -> [String] {
        let stems = stemIndex.value(folder, cycle: []) {
            listing(folder).compactMap { file in
                let lower = Array(file.lowercased().utf8)
                guard lower.count > 3, lower.suffix(3).elementsEqual(".md".utf8) else { return nil }
                return Stem(stem: Array(lower.dropLast(3)), file: file)
            }
        }
        let name = Array(short.utf8)
        let dashed = [UInt8(ascii: "-")] + name
        return stems.filter { entry in
            entry.stem.count >= dashed.count && entry.stem.suffix(dashed.count).elementsEqual(dashed)
                || (entry.stem.count >= 4 && entry.stem != name && name.count > entry.stem.count
                    && name.suffix(entry.stem.count).elementsEqual(entry.stem))
        }.map(\.file)
    }

    /// A folder's file names, sorted, listed once.
    func listing(_ folder: String) -> [String] {
        listings.value(folder, cycle: []) { (source.list(folder) ?? []).sorted() }
    }

    /// The existing file whose name matches `path`'s ignoring case, if any.
    func locate(_ path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        let name = String(path[path.index(after: slash)...]).lowercased()
        let names = folders.value(folder, cycle: [:]) {
            var index: [String: String] = [:]
            for entry in listing(folder) where index[entry.lowercased()] == nil {
                index[entry.lowercased()] = entry
            }
            return index
        }
        return names[name].map { folder + "/" + $0 }
    }

    /// Records the types of a page already in memory (the page being linted).
    public func register(_ page: GraphPage, definitions: [TypeDefinition]) {
        pages.offer(page.path.lowercased(), definitions)
    }

    /// The definition of the qualified type `name`, looked up from `pagePath`.
    public func definition(named name: String, from pagePath: String) -> TypeDefinition? {
        let lower = name.lowercased()
        if let own = definitions(atPath: pagePath).first(where: { $0.name.lowercased() == lower }) { return own }
        // The rest depends only on the page's folder: remember where each name was found (or not).
        let key = DocSet.directory(of: pagePath) + "|" + lower
        let path = lookups.value(key, cycle: nil) { search(name, lower: lower, from: pagePath)?.path }
        return path.flatMap { path in definitions(atPath: path).first { $0.name.lowercased() == lower } }
            ?? TypeDefinition.builtIn(lower)
    }

    /// The search behind `definition(named:from:)`, outside the asking page.
    private func search(_ name: String, lower: String, from pagePath: String) -> TypeDefinition? {
        let short = name.split(separator: ".").last.map { String($0).lowercased() } ?? lower
        let root = DocSet.root(of: pagePath)
        for candidate in ["\(root)/resources/\(short).md", DocSet.resolve("\(short).md", from: pagePath) ?? ""]
        where !candidate.isEmpty {
            if let d = definitions(atPath: candidate).first(where: { $0.name.lowercased() == lower }) { return d }
        }
        // Pages not named after their type: first the files whose names suggest it, from the folder
        // listing alone (`callrecords-callrecord.md` for `callRecords.callRecord`, `range.md` for
        // `workbookRange`), reading only those; as a last resort, an index of the folder's resource
        // annotations built once per doc set.
        let folder = root + "/resources"
        for file in candidates(in: folder, short: short) {
            if let d = definitions(atPath: folder + "/" + file).first(where: { $0.name.lowercased() == lower }) {
                return d
            }
        }
        // A type doclint knows without a page (`entity`, which beta has no page for) is not worth indexing
        // the whole folder for: `definition(named:from:)` falls back to it.
        if TypeDefinition.builtIn(lower) != nil { return nil }
        if let path = setIndex(root)[lower] {
            return definitions(atPath: path).first { $0.name.lowercased() == lower }
        }
        return nil
    }

    /// Qualified type name (lowercased) → page path, for every page in `<root>/resources/`.
    func setIndex(_ root: String) -> [String: String] {
        setIndexes.value(root, cycle: [:]) {
            var index: [String: String] = [:]
            let folder = root + "/resources"
            for file in listing(folder) where file.lowercased().hasSuffix(".md") {
                guard let bytes = source.read(folder + "/" + file) else { continue }
                for name in GraphPage.resourceTypeNames(in: bytes) {
                    let key = TypeDefinition.qualified(name).lowercased()
                    if index[key] == nil { index[key] = folder + "/" + file }
                }
            }
            return index
        }
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
        generator.hasTranslatedMembers = { name in
            self.definition(named: name, from: type.path)?.translatedMembers.isEmpty == false
        }
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
