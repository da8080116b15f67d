import Dispatch

/// A localized page's place in its locale tree: the tree, the locale and the path inside it, which is
/// the en-US path of its source (`de-DE/api-reference/v1.0/resources/user.md` → `de-DE`,
/// `api-reference/v1.0/resources/user.md`).
public struct LocalizedPath: Sendable, Hashable {
    /// The locale tree's folder (`docs/de-DE`), `""` when the path has no locale folder.
    public var root: String
    /// The locale the folder names (`de-DE`, `ru-RU`, `zh-CN`; `-sxs` dropped), `nil` when none does.
    public var locale: String?
    /// The path inside the tree.
    public var relative: String

    /// Splits `path` at its last folder named like a locale (`ru-RU`, `de-de`, `zh-CN-sxs`); without one,
    /// at its last `api-reference` folder (kept in the relative path).
    public init(_ path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var relative: String
        if let i = parts.dropLast().lastIndex(where: { LocalizedPath.localeName($0) != nil }) {
            relative = parts[(i + 1)...].joined(separator: "/")
            while relative.hasPrefix("./") { relative.removeFirst(2) }
            self.init(
                root: parts[...i].joined(separator: "/"), locale: LocalizedPath.localeName(parts[i]), relative: relative
            )
        } else if let i = parts.dropLast().lastIndex(of: "api-reference") {
            self.init(
                root: parts[..<i].joined(separator: "/"), locale: nil, relative: parts[i...].joined(separator: "/"))
        } else {
            self.init(root: "", locale: nil, relative: path)
        }
    }

    /// A page at `path` in the locale tree `root` (a folder given on the command line).
    public init(path: String, root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        let prefix = root + "/"
        guard path.hasPrefix(prefix) else {
            self.init(path)
            return
        }
        var relative = String(path.dropFirst(prefix.count))
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        self.init(
            root: root, locale: LocalizedPath.localeName(root.split(separator: "/").last.map(String.init) ?? ""),
            relative: relative)
    }

    /// A path with the given parts.
    public init(root: String, locale: String?, relative: String) {
        self.root = root
        self.locale = locale
        self.relative = relative
    }

    /// The canonical locale a folder name spells (`de-de` → `de-DE`, `zh-cn-sxs` → `zh-CN`), if it is one.
    public static func localeName(_ folder: String) -> String? {
        var name = folder
        if name.lowercased().hasSuffix("-sxs") { name.removeLast(4) }
        let parts = name.split(separator: "-")
        guard parts.count == 2, parts[0].count == 2, (2...4).contains(parts[1].count),
            parts[0].allSatisfy({ $0.isASCII && $0.isLetter }), parts[1].allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return parts[0].lowercased() + "-" + (parts[1].count == 2 ? parts[1].uppercased() : parts[1].capitalized)
    }
}

/// What the source search found for one page.
public enum SourceLookup: Sendable {
    /// The en-US text to compare with.
    case found(LocatedSource)
    /// No en-US text exists at the page's path (or any path it may have had).
    case missing(path: String)
}

/// The en-US sources of a run's pages, found in one batch before the pages are linted.
public final class SourcePairing: Sendable {
    /// Where the sources were looked for (`nil` when the lookups were given).
    public let locator: (any SourceLocator)?
    private let lookups: [String: SourceLookup]

    /// A pairing whose lookups are already known (a rule example and its source, a test).
    public init(known lookups: [String: SourceLookup]) {
        self.locator = nil
        self.lookups = lookups
    }

    /// Finds the sources of `pages` (each a page path and its path in its locale tree), reading each
    /// page's front matter with `read`.
    public convenience init(
        locator: any SourceLocator, pages: [(path: String, relative: String)], read: @Sendable (String) -> [UInt8]?
    ) throws {
        try self.init(locator: locator, pages: pages, requests: SourcePairing.requests(pages, read: read))
    }

    /// Finds the sources of `pages` in the locator `open` makes, opened while the pages' front matter is
    /// read (for a git repository, opening reads its whole history with one `git log`: half a second
    /// that need not wait for the pages, nor they for it).
    public convenience init(
        opening open: @escaping @Sendable () throws -> any SourceLocator, pages: [(path: String, relative: String)],
        read: @Sendable (String) -> [UInt8]?
    ) throws {
        let opened = Opened()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            opened.result = Result { try open() }
        }
        let requests = SourcePairing.requests(pages, read: read)
        group.wait()
        try self.init(locator: opened.result!.get(), pages: pages, requests: requests)
    }

    /// What `open` made, written by one thread before the group it runs in is waited for.
    private final class Opened: @unchecked Sendable {
        var result: Result<any SourceLocator, any Error>?
    }

    /// Each page's request (`nil` for a page that cannot be read), from its front matter.
    static func requests(_ pages: [(path: String, relative: String)], read: @Sendable (String) -> [UInt8]?)
        -> [SourceRequest?]
    {
        // Reading front matter (and hashing pages that have none) is independent per page.
        let slots = UnsafeMutableBufferPointer<SourceRequest?>.allocate(capacity: pages.count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let shared = SharedSlots(slots)
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            shared.slots[i] = read(pages[i].path).map { SourceRequest(path: pages[i].relative, page: $0) }
        }
        return Array(slots)
    }

    init(locator: any SourceLocator, pages: [(path: String, relative: String)], requests: [SourceRequest?]) throws {
        self.locator = locator
        let asked = requests.compactMap { $0 }
        let found = try locator.locate(asked)
        var lookups: [String: SourceLookup] = [:]
        var k = 0
        for (page, request) in zip(pages, requests) {
            guard request != nil else { continue }
            lookups[page.path] = found[k].map(SourceLookup.found) ?? .missing(path: page.relative)
            k += 1
        }
        self.lookups = lookups
    }

    /// What was found for the page at `path` (`nil` when the page was not part of the search).
    public func lookup(_ path: String) -> SourceLookup? {
        lookups[path]
    }
}

/// A buffer shared by the iterations of a parallel loop, each writing only its own element.
private struct SharedSlots<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T>
    init(_ slots: UnsafeMutableBufferPointer<T>) { self.slots = slots }
}
