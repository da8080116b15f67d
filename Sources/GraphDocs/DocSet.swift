/// The pages of one locale and API version (`…/ru-RU/api-reference/beta`), which link to one another.
public struct DocSet: Sendable {
    /// The folder the set's pages share (`docs-samples/ru-RU/api-reference/beta`), or a page's own folder.
    public var root: String
    /// The types the set's pages define.
    public var definitions: [TypeDefinition]
    /// Qualified type name by normalized (lowercased) page path.
    var typeByPath: [String: String]

    /// A set of `definitions` under `root`.
    public init(root: String, definitions: [TypeDefinition]) {
        self.root = root
        self.definitions = definitions
        var typeByPath: [String: String] = [:]
        for d in definitions where typeByPath[d.path.lowercased()] == nil { typeByPath[d.path.lowercased()] = d.name }
        self.typeByPath = typeByPath
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

    /// The type defined by the page a link in `pagePath` points to (`../resources/resultinfo.md#x`);
    /// paths compare case-insensitively, as the docs' links disagree with file names on case.
    public func resolveLink(from pagePath: String, to target: String) -> String? {
        guard let path = DocSet.resolve(target, from: pagePath) else { return nil }
        return typeByPath[path.lowercased()]
    }

    /// The type a Type cell's link names: the linked page's type when it is the one the link text
    /// names, else (a `#fragment` link, a link into another type's page) the type the text names.
    public func resolveLink(from pagePath: String, link: TypeExpression.Link) -> String? {
        if let target = link.target, let type = resolveLink(from: pagePath, to: target), link.standsForPageType(type) {
            return type
        }
        guard GraphIdentifier.isTypeName(link.text) else { return nil }
        let qualified = TypeDefinition.qualified(link.text).lowercased()
        return definitions.first { $0.name.lowercased() == qualified }?.name
    }

    /// `target` resolved against the folder of `pagePath`, normalized; `nil` for absolute URLs.
    public static func resolve(_ target: String, from pagePath: String) -> String? {
        var t = target
        if let hash = t.firstIndex(of: "#") { t = String(t[..<hash]) }
        if let query = t.firstIndex(of: "?") { t = String(t[..<query]) }
        guard !t.isEmpty, !t.contains("://"), !t.hasPrefix("/") else { return nil }
        var parts = directory(of: pagePath).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == [""] { parts = [] }
        for component in t.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty || parts.last == ".." { parts.append("..") } else { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The folder of a path: `.` for a bare file name (never the file system root).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
