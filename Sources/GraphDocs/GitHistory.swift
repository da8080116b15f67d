/// Every version of every Markdown file in a repository's history, read with one `git log`.
///
/// `git log --all -z --raw -M` lists, per commit, each file it added or changed with the blob id of
/// the new content, and the renames and copies git detects. That is all the exact-source search needs:
/// the candidate blobs of a path are then read in one `git cat-file --batch` (`GitObjectReader`).
public struct GitHistory: Sendable {
    /// One version of one file.
    public struct Version: Sendable, Hashable {
        /// The commit that wrote it (the newest one when several wrote the same content).
        public var commit: String
        /// The blob id of the content.
        public var blob: String
        /// The file's path in that commit.
        public var path: String

        /// A version.
        public init(commit: String, blob: String, path: String) {
            self.commit = commit
            self.blob = blob
            self.path = path
        }
    }

    /// The versions of each path, newest first, one per distinct content.
    public private(set) var versions: [String: [Version]] = [:]
    /// The paths git saw renamed or copied to or from each path.
    public private(set) var renames: [String: Set<String>] = [:]
    /// Each path by its lowercased spelling (a localized tree may spell a file name differently).
    private var pathsByLowercase: [String: String] = [:]
    /// Paths by their lowercased file name.
    private var pathsByFileName: [String: [String]] = [:]
    /// Paths by `folder name/first word/last word` of their file name (`resources/intune/devicetype`).
    private var pathsBySkeleton: [String: [String]] = [:]

    /// The arguments of the one `git log` the history is read from.
    static let logArguments = [
        "log", "--all", "-z", "--raw", "--no-abbrev", "-M", "--no-color", "--format=C %H",
    ]

    /// Reads the history of `repository`.
    public init(_ repository: GitRepository) throws {
        self.init(log: try repository.run(GitHistory.logArguments))
    }

    /// Reads the output of `git log -z --raw --no-abbrev --format='C %H'` (newest commit first).
    public init(log: [UInt8]) {
        var commit = ""
        var seen: Set<Version> = []
        var tokens = log.split(separator: 0, omittingEmptySubsequences: false).makeIterator()
        while let raw = tokens.next() {
            var token = raw[...]
            while token.first == 0x0A { token = token.dropFirst() }
            guard let first = token.first else { continue }
            if first == UInt8(ascii: "C") && token.dropFirst().first == UInt8(ascii: " ") {
                commit = String(decoding: token.dropFirst(2), as: UTF8.self)
                continue
            }
            guard first == UInt8(ascii: ":") else { continue }
            // ":<old mode> <new mode> <old blob> <new blob> <status>", then one path (two for R and C).
            let fields = token.split(separator: UInt8(ascii: " "))
            guard fields.count >= 5, let status = fields[4].first else { continue }
            let blob = String(decoding: fields[3], as: UTF8.self)
            guard let firstPath = tokens.next() else { break }
            var path = String(decoding: firstPath, as: UTF8.self)
            if status == UInt8(ascii: "R") || status == UInt8(ascii: "C") {
                guard let second = tokens.next() else { break }
                let destination = String(decoding: second, as: UTF8.self)
                renames[path, default: []].insert(destination)
                renames[destination, default: []].insert(path)
                path = destination
            }
            // A deletion writes no content.
            guard status != UInt8(ascii: "D"), blob.utf8.contains(where: { $0 != UInt8(ascii: "0") }) else { continue }
            let version = Version(commit: commit, blob: blob, path: path)
            let key = Version(commit: "", blob: blob, path: path)
            guard seen.insert(key).inserted else { continue }
            versions[path, default: []].append(version)
        }
        for path in versions.keys {
            pathsByLowercase[path.lowercased()] = path
            let (folder, name) = GitHistory.split(path)
            pathsByFileName[name.lowercased(), default: []].append(path)
            if let skeleton = GitHistory.skeleton(folder: folder, name: name) {
                pathsBySkeleton[skeleton, default: []].append(path)
            }
        }
    }

    /// The path as the history spells it (`path` itself, or a spelling differing only in case).
    public func storedPath(_ path: String) -> String? {
        versions[path] != nil ? path : pathsByLowercase[path.lowercased()]
    }

    /// Paths whose versions may hold a page's source when its own path's do not, nearest first: the
    /// paths git saw it renamed or copied from or to (transitively); then the same file name in a folder
    /// of the same name (`v1.0/resources/x.md` for `beta/resources/x.md`); then, in such folders, names
    /// with the same first and last words (`intune-deviceconfigv2-x.md` for `intune-shared-x.md`), which
    /// is how renames after the history's end look from inside it.
    public func relatedPaths(of path: String) -> [String] {
        let stored = storedPath(path) ?? path
        var result: [String] = []
        var seen: Set<String> = [stored]
        var queue = [stored]
        while let next = queue.popLast() {
            for other in renames[next] ?? [] where seen.insert(other).inserted {
                result.append(other)
                queue.append(other)
            }
        }
        let (folder, name) = GitHistory.split(stored)
        let folderName = folder.split(separator: "/").last.map(String.init) ?? ""
        for other in pathsByFileName[name.lowercased()] ?? [] where seen.insert(other).inserted {
            if GitHistory.split(other).folder.split(separator: "/").last.map(String.init) == folderName {
                result.append(other)
            }
        }
        if let skeleton = GitHistory.skeleton(folder: folder, name: name) {
            for other in (pathsBySkeleton[skeleton] ?? []).sorted() where seen.insert(other).inserted {
                result.append(other)
            }
        }
        return result
    }

    /// `(folder, file name)` of a `/`-separated path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// `folder name/first word/last word` of a hyphenated file name of three or more words.
    static func skeleton(folder: String, name: String) -> String? {
        var stem = name.lowercased()
        if stem.hasSuffix(".md") { stem.removeLast(3) }
        let words = stem.split(separator: "-")
        guard words.count >= 3, let first = words.first, let last = words.last else { return nil }
        let folderName = folder.split(separator: "/").last.map(String.init) ?? ""
        return "\(folderName.lowercased())/\(first)/\(last)"
    }
}
