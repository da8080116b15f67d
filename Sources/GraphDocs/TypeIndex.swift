/// Where the types of doc sets are defined: type name → (page, kind), by link or by name.
///
/// `lint` and `schemas` find types through this one index. A link names the page it points to; a
/// name is looked up the way Graph docs lay pages out — the asking page itself,
/// `<set>/resources/<name>.md`, a file whose name suggests the type (`callrecords-callrecord.md`) —
/// and only then in an index of the resource annotations of the set's `resources/` folder, built once
/// per set on first need. Names that cannot have a page of their own never cause that scan: primitive
/// words (`Edm.String`, `microsoft.graph.Json`) and enumerations a page defines inline (a link to
/// `#agegroup-values` on the same page). A complete index (`init(definitions:)`, for `schemas`)
/// knows every page in advance and reads nothing. Safe to share between threads.
public final class TypeIndex: Sendable {
    /// The pages.
    public let store: PageStore
    // Each cache computes a key once, even when workers ask for it at the same time.
    private let lookups = OnceMap<String, String?>()
    private let setIndexes = OnceMap<String, [String: String]>()
    private let stemIndex = OnceMap<String, [Stem]>()
    /// Every definition by lowercased name, for a complete index.
    private let known: [String: TypeDefinition]?

    /// A file name's lowercased stem (`callrecords-callrecord`) and the name as listed.
    struct Stem: Sendable {
        var stem: [UInt8]
        var file: String
    }

    /// An index reading pages from `store` as look-ups need them.
    public init(store: PageStore) {
        self.store = store
        known = nil
    }

    /// A complete index of `definitions` (the pages of one doc set, all parsed): nothing is read, and a
    /// name or a page path resolves to the first definition in (name, path) order.
    public init(definitions: [TypeDefinition]) {
        store = PageStore(source: MemorySource([:]))
        var byPath: [String: [TypeDefinition]] = [:]
        var byName: [String: TypeDefinition] = [:]
        for d in definitions.sorted(by: { ($0.name, $0.path) < ($1.name, $1.path) }) {
            byPath[d.path, default: []].append(d)
            if byName[d.name.lowercased()] == nil { byName[d.name.lowercased()] = d }
        }
        for (path, list) in byPath { store.record(list, atPath: path) }
        known = byName
    }

    /// The types defined by the page at `path`.
    public func definitions(atPath path: String) -> [TypeDefinition] {
        store.definitions(atPath: path)
    }

    /// The type a Type cell's link names: the linked page's type when it is the type the link text
    /// names; otherwise (`[chatType](chat.md#chattype-values)`, a link into another type's page) the
    /// type named by the text, found without the folder index unless `scanning`.
    public func linkedType(_ link: TypeExpression.Link, from pagePath: String, scanning: Bool = true) -> TypeDefinition?
    {
        if let target = link.target, let path = DocSet.resolve(target, from: store.lookupPath(pagePath)),
            let d = definitions(atPath: path).first,
            link.standsForPageType(d.name)
        {
            return d
        }
        guard GraphIdentifier.isTypeName(link.text) else { return nil }
        // `[ageGroup](#agegroup-values)`: an enumeration the page itself lists, not a page of its own.
        let inline = link.target?.hasPrefix("#") == true
        return definition(named: TypeDefinition.qualified(link.text), from: pagePath, scanning: scanning && !inline)
    }

    /// The definition of the qualified type `name`, looked up from `pagePath`; the folder index is
    /// consulted only when `scanning` (and never for primitive words).
    public func definition(named name: String, from pagePath: String, scanning: Bool = true) -> TypeDefinition? {
        let lower = name.lowercased()
        if let known { return known[lower] }
        if let own = definitions(atPath: pagePath).first(where: { $0.name.lowercased() == lower }) { return own }
        // The rest depends only on the page's folder: remember where each name was found (or not).
        let from = store.lookupPath(pagePath)
        let key = DocSet.directory(of: from) + "|" + lower
        if let path = lookups.value(key, cycle: nil, compute: { search(lower, from: from)?.path }) {
            return definitions(atPath: path).first { $0.name.lowercased() == lower }
        }
        // A type doclint knows without a page (`entity`, which the beta extracts have no page for) is
        // not worth indexing the whole folder for.
        if let builtIn = TypeDefinition.builtIn(lower) { return builtIn }
        guard scanning, !TypeIndex.isPrimitiveWord(lower) else { return nil }
        // An enumeration the asking page lists under "<name> values" has no page of its own.
        let short = String(GraphIdentifier.shortName(lower))
        if store.inlineEnumerations(atPath: pagePath).contains(short) { return nil }
        if let path = setIndex(store.root(of: store.lookupPath(pagePath)))[lower] {
            return definitions(atPath: path).first { $0.name.lowercased() == lower }
        }
        return nil
    }

    /// `name` in `folder` (`resources`, not `./resources`, in the current folder).
    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether a lowercased qualified name is a primitive's (`edm.string`, `microsoft.graph.json`): no
    /// page defines it.
    static func isPrimitiveWord(_ lower: String) -> Bool {
        if lower.hasPrefix("edm.") { return true }
        let short = String(GraphIdentifier.shortName(lower))
        return TypeVocabulary.englishPrimitive(short) != nil
    }

    /// Where a type outside the asking page is, by the file names Graph docs use (no folder index).
    private func search(_ lower: String, from pagePath: String) -> TypeDefinition? {
        let short = String(GraphIdentifier.shortName(lower))
        let root = store.root(of: pagePath)
        let folder = TypeIndex.join(root, "resources")
        for candidate in [folder + "/\(short).md", DocSet.resolve("\(short).md", from: pagePath) ?? ""]
        where !candidate.isEmpty {
            if let d = definitions(atPath: candidate).first(where: { $0.name.lowercased() == lower }) { return d }
        }
        // Pages not named after their type: the files whose names suggest it, from the folder listing
        // alone (`callrecords-callrecord.md` for `callRecords.callRecord`, `range.md` for
        // `workbookRange`), reading only those.
        for file in candidates(in: folder, short: short) {
            if let d = definitions(atPath: folder + "/" + file).first(where: { $0.name.lowercased() == lower }) {
                return d
            }
        }
        return nil
    }

    /// The `.md` files of `folder` whose names suggest they define `short` (a lowercased unqualified
    /// name): `<anything>-<short>.md`, or a name of four or more letters that `short` ends with
    /// (`range.md` for `workbookrange`). Compared as bytes against the folder's lowercased stems,
    /// computed once.
    func candidates(in folder: String, short: String) -> [String] {
        let stems = stemIndex.value(folder, cycle: []) {
            store.listing(folder).compactMap { file in
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

    /// Qualified type name (lowercased) → page path, for every page in `<root>/resources/`: the resource
    /// annotations alone are read, once per set.
    func setIndex(_ root: String) -> [String: String] {
        setIndexes.value(root, cycle: [:]) {
            var index: [String: String] = [:]
            let folder = TypeIndex.join(root, "resources")
            for file in store.listing(folder) where file.lowercased().hasSuffix(".md") {
                guard let bytes = store.source.read(folder + "/" + file) else { continue }
                for name in GraphPage.resourceTypeNames(in: bytes) {
                    let key = TypeDefinition.qualified(name).lowercased()
                    if index[key] == nil { index[key] = folder + "/" + file }
                }
            }
            return index
        }
    }
}
