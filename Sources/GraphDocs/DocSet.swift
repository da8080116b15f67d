/// The pages of one locale and API version (`…/ru-RU/api-reference/beta`), which link to one another.
public struct DocSet: Sendable {
    /// The folder the set's pages share (`docs-samples/ru-RU/api-reference/beta`), or a page's own folder.
    public var root: String
    /// The types the set's pages define.
    public var definitions: [TypeDefinition]
    /// The set's types by name and page (complete: nothing is read).
    public let index: TypeIndex

    /// A set of `definitions` under `root`.
    public init(root: String, definitions: [TypeDefinition]) {
        self.root = root
        self.definitions = definitions
        self.index = TypeIndex(definitions: definitions)
    }

    /// The set folder of a page: the path up to `api-reference/<version>`, else the page's folder.
    public static func root(of path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if let i = parts.firstIndex(of: "api-reference"), i + 1 < parts.count - 1 {
            return parts[...(i + 1)].joined(separator: "/")
        }
        return DocSet.directory(of: path)
    }

    /// Groups the definitions of many pages into their sets, sorted by root.
    public static func sets(_ definitions: [TypeDefinition]) -> [DocSet] {
        var grouped: [String: [TypeDefinition]] = [:]
        for d in definitions { grouped[root(of: d.path), default: []].append(d) }
        return grouped.keys.sorted().map { root in
            DocSet(root: root, definitions: grouped[root]!.sorted { ($0.name, $0.path) < ($1.name, $1.path) })
        }
    }

    /// The type a Type cell's link names (see `TypeIndex.linkedType(_:from:)`).
    public func resolveLink(from pagePath: String, link: TypeExpression.Link) -> String? {
        index.linkedType(link, from: pagePath)?.name
    }

    /// `target` resolved against the folder of `pagePath`, normalized; `nil` for absolute URLs.
    public static func resolve(_ target: String, from pagePath: String) -> String? {
        // Links and paths are ASCII: there every byte is a `Character` (a CR LF pair aside, which holds no
        // `/`, `.`, `#` or `?`), so they are cut by byte; other text by `Character`, as before.
        if target.isASCIIText && pagePath.isASCIIText { return resolveASCII(target, from: pagePath) }
        var t = Substring(target)
        if let hash = t.firstIndex(of: "#") { t = t[..<hash] }
        if let query = t.firstIndex(of: "?") { t = t[..<query] }
        guard !t.isEmpty, !t.hasPrefix("/"), !t.utf8.contains(UInt8(ascii: ":")) || !t.contains("://") else {
            return nil
        }
        var parts = directory(of: pagePath).split(separator: "/", omittingEmptySubsequences: false)
        if parts == [""] { parts = [] }
        for component in t.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty || parts.last == ".." { parts.append("..") } else { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    /// `resolve(_:from:)` for ASCII text, by byte.
    static func resolveASCII(_ target: String, from pagePath: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var t = Array(target.utf8)[...]
        if let hash = t.firstIndex(of: UInt8(ascii: "#")) { t = t[..<hash] }
        if let query = t.firstIndex(of: UInt8(ascii: "?")) { t = t[..<query] }
        guard !t.isEmpty, t.first != slash, !t.contains(UInt8(ascii: ":")) || !t.containsScheme else { return nil }
        let folder = Array(directory(of: pagePath).utf8)
        var parts = folder.split(separator: slash, omittingEmptySubsequences: false)
        if parts.count == 1 && parts[0].isEmpty { parts = [] }
        for component in t.split(separator: slash) {
            if component.count == 1 && component.first == dot { continue }
            if component.count == 2 && component.allSatisfy({ $0 == dot }) {
                if let last = parts.last, !(last.count == 2 && last.allSatisfy({ $0 == dot })) {
                    parts.removeLast()
                } else {
                    parts.append(component)
                }
            } else {
                parts.append(component)
            }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(folder.count + t.count + 1)
        for (i, part) in parts.enumerated() {
            if i > 0 { joined.append(slash) }
            joined.append(contentsOf: part)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The folder of a path: `.` for a bare file name (never the file system root).
    public static func directory(of path: String) -> String {
        // By byte: a `/` never occurs inside a multi-byte UTF-8 sequence.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension ArraySlice<UInt8> {
    /// Whether the bytes hold `://`.
    fileprivate var containsScheme: Bool {
        var i = startIndex
        while i + 3 <= endIndex {
            if self[i] == UInt8(ascii: ":") && self[i + 1] == UInt8(ascii: "/") && self[i + 2] == UInt8(ascii: "/") {
                return true
            }
            i += 1
        }
        return false
    }
}
