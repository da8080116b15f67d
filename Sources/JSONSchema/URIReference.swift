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
    ///
    /// By byte, over the UTF-8 buffer: every delimiter is ASCII, so a slice between two of them starts
    /// and ends on scalar boundaries (and a combining mark after a `#` does not hide the `#` as it would
    /// in a `Character`).
    public init(_ text: String) {
        var text = text
        (scheme, authority, path, query, fragment) = text.withUTF8 { URIReference.split($0) }
    }

    private static func split(_ b: UnsafeBufferPointer<UInt8>) -> (
        scheme: String?, authority: String?, path: String, query: String?, fragment: String?
    ) {
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
        }
        var scheme: String?
        var authority: String?
        var query: String?
        var fragment: String?
        var end = b.count
        if let hash = b.firstIndex(of: UInt8(ascii: "#")) {
            fragment = text(hash + 1..<end)
            end = hash
        }
        var start = 0
        if let q = b[start..<end].firstIndex(of: UInt8(ascii: "?")) {
            query = text(q + 1..<end)
            end = q
        }
        if let colon = b[start..<end].firstIndex(of: UInt8(ascii: ":")), URIReference.isScheme(b[start..<colon]) {
            scheme = text(start..<colon).lowercased()
            start = colon + 1
        }
        if end - start >= 2, b[start] == UInt8(ascii: "/"), b[start + 1] == UInt8(ascii: "/") {
            let authorityStart = start + 2
            let slash = b[authorityStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
            authority = text(authorityStart..<slash)
            start = slash
        }
        return (scheme, authority, text(start..<end), query, fragment)
    }

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    private static func isScheme(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = s.first, isLetter(first) else { return false }
        return s.allSatisfy { c in
            isLetter(c) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: "+")
                || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
        }
    }

    private static func isLetter(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
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
        if r.path.utf8.first == UInt8(ascii: "/") {
            merged = r.path
        } else if authority != nil && path.isEmpty {
            merged = "/" + r.path
        } else if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
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
        guard hasDotSegment(path) else { return path }
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

    /// Whether a segment of `path` is `.` or `..` (without them, removing dot segments changes nothing).
    static func hasDotSegment(_ path: String) -> Bool {
        var dots = 0
        var inSegment = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if inSegment && (dots == 1 || dots == 2) { return true }
                dots = 0
                inSegment = true
            } else if byte == UInt8(ascii: ".") && inSegment {
                dots += 1
            } else {
                inSegment = false
            }
        }
        return inSegment && (dots == 1 || dots == 2)
    }
}
