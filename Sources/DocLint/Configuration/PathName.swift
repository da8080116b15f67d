/// Lexical path arithmetic for configuration lookups (`/`-separated; symbolic links are not resolved,
/// so a page is matched by the path it was given under).
enum PathName {
    /// `path` made absolute against `directory`, with `.` and `..` segments and repeated `/` removed.
    static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        // The common case, a clean path, needs no splitting (this runs for every page of a run).
        if isClean(joined) { return joined }
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is absolute, has no `.` or `..` segment, no repeated or trailing `/`.
    static func isClean(_ path: String) -> Bool {
        var previous: UInt8 = 0
        var segmentStart = true
        var dots = 0
        var first = true
        for b in path.utf8 {
            if first {
                guard b == UInt8(ascii: "/") else { return false }
                first = false
                previous = b
                continue
            }
            if b == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return false }
                if segmentStart && (dots == 1 || dots == 2) { return false }  // a `.` or `..` segment
                segmentStart = true
                dots = 0
            } else if b == UInt8(ascii: ".") && segmentStart {
                dots += 1
            } else {
                segmentStart = false
                dots = 0
            }
            previous = b
        }
        return !first
            && (path.utf8.count == 1 || (previous != UInt8(ascii: "/") && !(segmentStart && (dots == 1 || dots == 2))))
    }

    /// The folder holding `path` (an absolute path); `/` for a file at the root.
    static func folder(of path: String) -> String {
        // By byte: `lastIndex(of:)` on the characters walks grapheme clusters, and this runs several
        // times per page.
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// `path` relative to `folder` (both absolute), or `nil` when it is not below it.
    static func relative(_ path: String, to folder: String) -> String? {
        if folder == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(folder + "/") else { return nil }
        return String(path.dropFirst(folder.count + 1))
    }

    /// `path` as shown to the user: relative to `directory` when below it, absolute otherwise.
    static func display(_ path: String, from directory: String) -> String {
        relative(path, to: directory) ?? path
    }
}
