import Synchronization

/// The pages of one run, read through one `DocumentSource`: each page is read and parsed at most
/// once for its definitions, and the linter and type look-ups share the result.
///
/// Type look-ups parse pages the linter will lint later (a sample's type is defined on a resource
/// page). Such a parse is kept ("parked") until the linter takes it, within a memory budget; every
/// other parse is dropped once its definitions are computed, so memory holds definitions, not pages.
/// Safe to share between threads; every cache computes a key once, even when workers race.
public final class PageStore: Sendable {
    /// Where pages are read and folders listed.
    public let source: any DocumentSource
    /// The words for types each page is read with, by path (a configuration may add some).
    public let vocabulary: @Sendable (String) -> TypeVocabulary
    private let facts = OnceMap<String, PageFacts>()
    /// Type cells read once per run, for every page the store parses.
    public let expressions = TypeExpressionCache()
    private let listings = OnceMap<String, [String]>()
    private let folderNames = OnceMap<String, [String: String]>()
    private let roots = OnceMap<String, String>()
    /// Linted pages that are symbolic links: the path as given → the real path their links resolve from.
    private let aliases = Mutex<[String: String]>([:])
    /// Whether `aliases` has any entry (read without the lock on every look-up).
    private let hasAliases = Atomic<Bool>(false)
    private let parking: Mutex<Parking>

    /// What is kept of a page once it is parsed.
    struct PageFacts: Sendable {
        /// The types it defines.
        var definitions: [TypeDefinition]
        /// The enumerations it lists inline (`GraphPage.inlineEnumerationNames`).
        var inlineEnumerations: Set<String>

        init(_ page: GraphPage) {
            definitions = TypeDefinition.definitions(in: page)
            inlineEnumerations = page.inlineEnumerationNames
        }

        init(definitions: [TypeDefinition]) {
            self.definitions = definitions
            inlineEnumerations = []
        }
    }

    /// Parsed pages waiting for the linter.
    struct Parking: ~Copyable {
        /// Paths the linter will ask for and has not yet.
        var pending: Set<String>
        /// Parsed pages by path.
        var pages: [String: GraphPage] = [:]
        /// The source bytes of the parked pages.
        var bytes = 0
        /// The most source bytes parked at once.
        let budget: Int
    }

    /// The default budget of parked pages, in source bytes (a parsed page takes several times its size).
    public static let defaultParkingBudget = 24 << 20

    /// A store reading from `source`; `linting` names the pages the linter will ask for with `page(_:reading:)`,
    /// whose parses made for type look-ups are kept for it (up to `parkingBudget` source bytes).
    public init(
        source: any DocumentSource, linting: [String] = [], parkingBudget: Int = PageStore.defaultParkingBudget,
        vocabulary: @escaping @Sendable (String) -> TypeVocabulary = { _ in .standard }
    ) {
        self.source = source
        self.vocabulary = vocabulary
        parking = Mutex(Parking(pending: Set(linting), budget: parkingBudget))
    }

    /// Adds pages the linter will ask for with `page(_:reading:)`.
    public func expect(_ paths: [String]) {
        parking.withLock { $0.pending.formUnion(paths) }
    }

    /// The page at `path` for the linter: the parse made earlier for a type look-up if it was kept, else
    /// one of the bytes `read` returns. Each path is handed out parsed from the store at most once.
    public func page(_ path: String, reading read: (String) throws -> [UInt8]) rethrows -> GraphPage {
        let parked = parking.withLock { parking -> GraphPage? in
            parking.pending.remove(path)
            guard let page = parking.pages.removeValue(forKey: path) else { return nil }
            parking.bytes -= page.document.bytes.count
            return page
        }
        if let parked { return parked }
        if source.isSymbolicLink(path), let real = source.realPath(path) {
            aliases.withLock { $0[path] = real }
            hasAliases.store(true, ordering: .releasing)
        }
        return GraphPage(path: path, bytes: try read(path), vocabulary: vocabulary(path), expressions: expressions)
    }

    /// Where links and type look-ups of the page at `path` start from: the path itself, or the real path
    /// of a linted page that is a symbolic link.
    public func lookupPath(_ path: String) -> String {
        guard hasAliases.load(ordering: .acquiring) else { return path }
        return aliases.withLock { $0[path] ?? path }
    }

    /// The doc set folder of the page at `path` (`…/ru-RU/api-reference/beta`), spelled like `path`: up to
    /// `api-reference/<version>` when the path shows it; else found in the real path of the page's
    /// folder, so `api/x.md` linted from inside `beta` belongs to the same set as its absolute path
    /// (the set is then `.`); else the page's folder.
    public func root(of path: String) -> String {
        let folder = DocSet.directory(of: path)
        return roots.value(folder, cycle: folder) {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if let i = parts.firstIndex(of: "api-reference"), i + 1 < parts.count - 1 { return DocSet.root(of: path) }
            guard let real = source.realPath(folder) else { return folder }
            let realParts = real.split(separator: "/")
            guard let i = realParts.firstIndex(of: "api-reference"), i + 1 < realParts.count else { return folder }
            return PageStore.folder(folder, up: realParts.count - (i + 2))
        }
    }

    /// `folder` followed by `levels` `..` steps, normalized (`api` up 1 is `.`, `.` up 1 is `..`).
    static func folder(_ folder: String, up levels: Int) -> String {
        var parts = folder == "." ? [] : folder.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<levels {
            if parts.isEmpty || parts.last == ".." {
                parts.append("..")
            } else if parts == [""] {
                break  // the file system root has no parent
            } else {
                parts.removeLast()
                if parts.isEmpty && folder.hasPrefix("/") { parts = [""] }
            }
        }
        if parts == [""] { return "/" }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Records the definitions of the page at `path` (a caller that parsed every page already).
    public func record(_ definitions: [TypeDefinition], atPath path: String) {
        facts.offer(path.lowercased(), PageFacts(definitions: definitions))
    }

    /// The types `page` defines, computed once per page path (the linter's page and a look-up of the
    /// same file share one value).
    public func definitions(of page: GraphPage) -> [TypeDefinition] {
        let stored = facts.value(page.path.lowercased(), cycle: PageFacts(definitions: [])) { PageFacts(page) }
        // A look-up may have read the file under another spelling of its name: definitions name the
        // page as the linter spells it.
        if let first = stored.definitions.first, first.path != page.path { return TypeDefinition.definitions(in: page) }
        return stored.definitions
    }

    /// The types defined by the page at `path` (read once; the file name is matched case-insensitively,
    /// so the answer never depends on which spelling was asked for first).
    public func definitions(atPath path: String) -> [TypeDefinition] {
        facts(atPath: path).definitions
    }

    /// The lowercased names of the enumerations the page at `path` lists inline.
    public func inlineEnumerations(atPath path: String) -> Set<String> {
        facts(atPath: path).inlineEnumerations
    }

    private func facts(atPath path: String) -> PageFacts {
        facts.value(path.lowercased(), cycle: PageFacts(definitions: [])) {
            if let bytes = source.read(path) {
                return facts(parsing: path, bytes)
            } else if let actual = locate(path), let bytes = source.read(actual) {
                // Findings and notes name the file as it is spelled on disk.
                return facts(parsing: actual, bytes)
            }
            return PageFacts(definitions: [])
        }
    }

    /// Parses a page for its facts, keeping the parse when the linter will want it.
    private func facts(parsing path: String, _ bytes: [UInt8]) -> PageFacts {
        let page = GraphPage(path: path, bytes: bytes, vocabulary: vocabulary(path), expressions: expressions)
        parking.withLock { parking in
            guard parking.pending.contains(path), parking.pages[path] == nil,
                parking.bytes + bytes.count <= parking.budget
            else { return }
            parking.pages[path] = page
            parking.bytes += bytes.count
        }
        return PageFacts(page)
    }

    /// A folder's file names, sorted, listed once.
    public func listing(_ folder: String) -> [String] {
        listings.value(folder, cycle: []) { (source.list(folder) ?? []).sorted() }
    }

    /// The existing file whose name matches `path`'s ignoring case, if any.
    public func locate(_ path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        let name = String(path[path.index(after: slash)...]).lowercased()
        let names = folderNames.value(folder, cycle: [:]) {
            var index: [String: String] = [:]
            for entry in listing(folder) where index[entry.lowercased()] == nil {
                index[entry.lowercased()] = entry
            }
            return index
        }
        return names[name].map { folder + "/" + $0 }
    }

    /// How many parsed pages wait for the linter (for tests).
    public var parkedCount: Int { parking.withLock { $0.pages.count } }
}
