/// An RFC 3986 URI reference split into its five components, with reference resolution.
///
/// Used at compile time only (for `$id`, `$ref`, `$schema`); validation never touches URIs.
public struct URIReference: Hashable, Sendable, CustomStringConvertible {
    /// The scheme without its `:` (`https`), if any.
    public var scheme: String?
    /// The authority without its `//` (`example.com:8080`), if any.
    public var authority: String?
    /// The path (possibly empty).
    public var path: String
    /// The query without its `?`, if any.
    public var query: String?
    /// The fragment without its `#`, if any.
    public var fragment: String?

    /// Splits `text` per RFC 3986 appendix B (every string is some URI reference).
    public init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if let colon = rest.firstIndex(of: ":"), URIReference.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon]).lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    private static func isScheme(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return s.unicodeScalars.allSatisfy { c in
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "+" || c == "-"
                || c == "."
        }
    }

    /// Whether the reference has a scheme (is an absolute URI, fragment allowed).
    public var isAbsolute: Bool { scheme != nil }

    /// The reference without its fragment.
    public var withoutFragment: URIReference {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// The reference text.
    public var description: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// `reference` resolved against `self` as the base URI (RFC 3986 §5.2.2).
    public func resolving(_ reference: URIReference) -> URIReference {
        let r = reference
        if r.scheme != nil {
            return URIReference(
                scheme: r.scheme, authority: r.authority, path: URIReference.removeDotSegments(r.path), query: r.query,
                fragment: r.fragment)
        }
        if r.authority != nil {
            return URIReference(
                scheme: scheme, authority: r.authority, path: URIReference.removeDotSegments(r.path), query: r.query,
                fragment: r.fragment)
        }
        if r.path.isEmpty {
            return URIReference(
                scheme: scheme, authority: authority, path: path, query: r.query ?? query, fragment: r.fragment)
        }
        let merged: String
        if r.path.hasPrefix("/") {
            merged = r.path
        } else if authority != nil && path.isEmpty {
            merged = "/" + r.path
        } else if let slash = path.lastIndex(of: "/") {
            merged = String(path[...slash]) + r.path
        } else {
            merged = r.path
        }
        return URIReference(
            scheme: scheme, authority: authority, path: URIReference.removeDotSegments(merged), query: r.query,
            fragment: r.fragment)
    }

    /// `text` resolved against `self`.
    public func resolving(_ text: String) -> URIReference {
        resolving(URIReference(text))
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        var trailingSlash = false
        let absolute = input.hasPrefix("/")
        if absolute { input = input.dropFirst() }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        for (i, segment) in segments.enumerated() {
            let last = i == segments.count - 1
            switch segment {
            case ".":
                trailingSlash = last
            case "..":
                if !output.isEmpty { output.removeLast() }
                trailingSlash = last
            default:
                output.append(segment)
                trailingSlash = false
            }
        }
        var result = (absolute ? "/" : "") + output.joined(separator: "/")
        if trailingSlash && !result.hasSuffix("/") { result += "/" }
        return result
    }
}
