/// A path pattern of a configuration file (`exclude`, `overrides[].files`), matched against paths
/// relative to the configuration's folder, `/`-separated.
///
/// `*` matches any run of characters within one path segment, `?` one character other than `/`,
/// `**` as a whole segment any number of segments (none included). A pattern without a `/` matches
/// a file or folder name at any depth (`*.draft.md`); one with a `/` is anchored at the folder (a
/// leading `/` or `./` is dropped). A pattern that matches a folder matches everything under it, and
/// a trailing `/` matches folders only.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let segments: [[UInt8]]
    private let anchored: Bool
    private let foldersOnly: Bool

    /// A glob; `nil` when the pattern is empty or has an empty segment (`a//b`).
    public init?(_ pattern: String) {
        self.pattern = pattern
        var body = Substring(pattern)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        if body.hasPrefix("/") { body = body.dropFirst() }
        foldersOnly = body.hasSuffix("/")
        if foldersOnly { body = body.dropLast() }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard !body.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        anchored = parts.count > 1 || pattern.hasPrefix("/") || pattern.hasPrefix("./")
        segments = parts.map { Array($0.utf8) }
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated, no `.` or `..` segments), or a folder above it, matches.
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/").map { Array($0.utf8) }
        guard !names.isEmpty else { return false }
        // The path itself (unless the glob wants folders only), then each folder above it.
        let lastCandidate = foldersOnly ? names.count - 1 : names.count
        guard lastCandidate >= 1 else { return false }
        for end in 1...lastCandidate {
            let prefix = names[..<end]
            if anchored {
                if Glob.match(segments[...], prefix) { return true }
            } else if Glob.matchSegment(segments[0][...], prefix.last![...]) {
                return true
            }
        }
        return false
    }

    /// Whether the pattern segments match the path names exactly (`**` spanning any number of names).
    static func match(_ pattern: ArraySlice<[UInt8]>, _ names: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        if first == Array("**".utf8) {
            let rest = pattern.dropFirst()
            var tail = names
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let name = names.first, matchSegment(first[...], name[...]) else { return false }
        return match(pattern.dropFirst(), names.dropFirst())
    }

    /// Whether one pattern segment (`*`, `?`, literal bytes) matches one name. `?` takes one UTF-8
    /// character, not one byte.
    static func matchSegment(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var star: (p: Int, n: Int)?
        while n < name.endIndex {
            if p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") {
                star = (p, n)
                p += 1
            } else if p < pattern.endIndex && pattern[p] == UInt8(ascii: "?") {
                p += 1
                n = nextCharacter(name, after: n)
            } else if p < pattern.endIndex && pattern[p] == name[n] {
                p += 1
                n += 1
            } else if let s = star {
                // Let the last `*` take one more character and retry.
                let next = nextCharacter(name, after: s.n)
                star = (s.p, next)
                p = s.p + 1
                n = next
            } else {
                return false
            }
        }
        while p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }

    /// The index after the UTF-8 character starting at `i`.
    static func nextCharacter(_ bytes: ArraySlice<UInt8>, after i: Int) -> Int {
        var j = i + 1
        while j < bytes.endIndex && bytes[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }
}
