import GraphDocs
import JSONCore
import JSONSchema
import Synchronization

/// Finds the types samples name and compiles their schemas, reading only the pages it needs.
///
/// A page's own types come first; other types are found the way Graph docs lay them out — the page
/// a table links to, or `<set>/resources/<name>.md` for a type named by `@odata.type` — and each
/// page is read at most once. A pre-commit run on one page therefore reads that page and the
/// handful it links to, never the whole tree. Safe to share between threads.
public final class SchemaCatalog: Sendable {
    /// Reads a file's bytes (`nil` when it cannot be read).
    let read: @Sendable (String) -> [UInt8]?
    private let pages = Mutex<[String: [TypeDefinition]]>([:])
    private let compiled = Mutex<[String: CompiledType]>([:])

    /// A compiled type, or why it could not be compiled.
    public enum CompiledType: Sendable {
        /// The schema and the definitions it was generated from.
        case schema(JSONSchema, closure: [String: TypeDefinition])
        /// The type is not defined where doclint looked.
        case notFound
        /// The generated schema did not compile (a doclint bug or an unsupported pattern).
        case failed(String)
    }

    /// A catalog reading files with `read`.
    public init(read: @escaping @Sendable (String) -> [UInt8]?) {
        self.read = read
    }

    /// The types defined by the page at `path` (read once; case-insensitive fallback on the file name).
    public func definitions(atPath path: String) -> [TypeDefinition] {
        let key = path.lowercased()
        if let cached = pages.withLock({ $0[key] }) { return cached }
        var found: [TypeDefinition] = []
        if let bytes = read(path) ?? read(path.lowercased()) {
            found = TypeDefinition.definitions(in: GraphPage(path: path, bytes: bytes))
        }
        pages.withLock { $0[key] = found }
        return found
    }

    /// Records the types of a page already in memory (the page being linted).
    public func register(_ page: GraphPage) {
        let definitions = TypeDefinition.definitions(in: page)
        pages.withLock { $0[page.path.lowercased()] = definitions }
    }

    /// The definition of the qualified type `name`, looked up from `pagePath`.
    public func definition(named name: String, from pagePath: String) -> TypeDefinition? {
        let lower = name.lowercased()
        if let own = definitions(atPath: pagePath).first(where: { $0.name.lowercased() == lower }) { return own }
        let short = name.split(separator: ".").last.map { String($0).lowercased() } ?? lower
        let root = DocSet.root(of: pagePath)
        for candidate in ["\(root)/resources/\(short).md", DocSet.resolve("\(short).md", from: pagePath) ?? ""] where !candidate.isEmpty {
            if let d = definitions(atPath: candidate).first(where: { $0.name.lowercased() == lower }) { return d }
        }
        return nil
    }

    /// The compiled schema of type `name` as seen from `pagePath`, with the types a sample names by
    /// `@odata.type` (`also`) available as derived types (cached per doc set, type and those names).
    public func schema(for name: String, from pagePath: String, also: Set<String> = []) -> CompiledType {
        let key = DocSet.root(of: pagePath).lowercased() + "|" + name.lowercased() + "|" + also.sorted().joined(separator: ",").lowercased()
        if let cached = compiled.withLock({ $0[key] }) { return cached }
        let result = compile(name, from: pagePath, also: also)
        compiled.withLock { $0[key] = result }
        return result
    }

    private func compile(_ name: String, from pagePath: String, also: Set<String>) -> CompiledType {
        guard let root = definition(named: name, from: pagePath) else { return .notFound }
        var closure = self.closure(of: root)
        // Types a sample names by `@odata.type` are derived types the links do not reach.
        for extra in also.sorted() where closure[extra] == nil {
            guard let d = definition(named: extra, from: pagePath) else { continue }
            for (k, v) in self.closure(of: d) where closure[k] == nil { closure[k] = v }
        }
        let set = DocSet(root: DocSet.root(of: root.path), definitions: Array(closure.values))
        let base = SchemaFiles.baseURI + "catalog/"
        let generator = SchemaGenerator(
            baseURI: base, definitions: Array(closure.values), instanceTypes: also,
            resolveLink: { page, target in set.resolveLink(from: page, to: target) })
        var registry = SchemaRegistry()
        for (file, schema) in generator.generateAll() where file != "index.json" {
            registry.add(schema, uri: base + file)
        }
        do {
            let schema = try JSONSchema(
                compiling: generator.schema(for: root),
                options: JSONSchema.Options(assertFormats: true, registry: registry, baseURI: base + SchemaGenerator.fileName(root.name)))
            return .schema(schema, closure: closure)
        } catch {
            return .failed(error.description)
        }
    }

    /// `root` and every type its properties and base reach, by qualified name.
    func closure(of root: TypeDefinition) -> [String: TypeDefinition] {
        var result: [String: TypeDefinition] = [root.name: root]
        var queue = [root]
        while let type = queue.popLast(), result.count < 400 {
            var next: [TypeDefinition] = []
            if let base = type.baseType, let d = definition(named: base, from: type.path) { next.append(d) }
            for p in type.properties {
                if let target = p.row?.typeExpression?.link?.target, let path = DocSet.resolve(target, from: type.path) {
                    next += definitions(atPath: path)
                } else if let row = p.row, let expression = row.typeExpression, case .named(let n) = expression.base,
                    let d = definition(named: TypeDefinition.qualified(n), from: type.path)
                {
                    next.append(d)
                }
                if let sketch = p.sketch, let t = TableResourceAlignment.sketchQualifiedType(sketch.value),
                    let d = definition(named: t, from: type.path)
                {
                    next.append(d)
                }
            }
            for d in next where result[d.name] == nil {
                result[d.name] = d
                queue.append(d)
            }
        }
        return result
    }
}
