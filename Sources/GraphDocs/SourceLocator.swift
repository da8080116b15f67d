import Dispatch
import DocMarkdown
import Foundation

/// How the en-US text a page is compared with was found, from surest to least sure.
public enum SourceExactness: String, Sendable, Hashable {
    /// Its SHA-1 with CRLF line endings is the page's `ms.openlocfilehash`: the text the page was
    /// translated from (or the page's own text, for a page compared with itself).
    case exact
    /// The version at the page's `ms.sourcegitcommit`; no version matched the hash.
    case sourceCommit = "source-commit"
    /// The newest version (HEAD, or the plain folder's file); neither the hash nor the commit matched.
    case latest
}

/// The en-US text found for one page.
public struct LocatedSource: Sendable {
    /// The en-US path the text is at (differs from the page's when the file was renamed).
    public var path: String
    /// The commit (git) or snapshot folder the text is from; `nil` for a plain folder.
    public var revision: String?
    /// How it was found.
    public var exactness: SourceExactness
    /// The text.
    public var bytes: [UInt8]
    /// Where it is, for people: `REPO@COMMIT:PATH` for git (what `git show` takes), the file path otherwise.
    public var location: String

    /// A located source.
    public init(path: String, revision: String?, exactness: SourceExactness, bytes: [UInt8], location: String) {
        self.path = path
        self.revision = revision
        self.exactness = exactness
        self.bytes = bytes
        self.location = location
    }
}

/// What is known of a page when its source is looked for.
public struct SourceRequest: Sendable, Hashable {
    /// The page's path inside its locale tree, which is the en-US path (`api-reference/beta/resources/x.md`).
    public var path: String
    /// `ms.openlocfilehash`, lowercased.
    public var hash: String?
    /// `ms.sourcegitcommit`.
    public var commit: String?
    /// The hash of the page's own text: a page identical to an en-US version is its own exact source.
    public var ownHash: String?

    /// A request.
    public init(path: String, hash: String? = nil, commit: String? = nil, ownHash: String? = nil) {
        self.path = path
        self.hash = hash.map { $0.lowercased() }
        self.commit = commit
        self.ownHash = ownHash
    }

    /// The request for a page with contents `bytes` at `path` in its locale tree.
    public init(path: String, page bytes: [UInt8]) {
        let front = FrontMatterReading.values(bytes)
        let hash = front.hash.flatMap { OpenLocFileHash.isHash($0) ? $0 : nil }
        self.init(
            path: path, hash: hash, commit: front.commit,
            ownHash: hash == nil ? OpenLocFileHash.of(bytes) : nil)
    }

    /// Whether `hash` is one this request accepts as exact.
    func accepts(_ hash: String) -> Bool { hash == self.hash || hash == ownHash }
}

/// Finds the en-US text each page was translated from.
public protocol SourceLocator: Sendable {
    /// What is searched, for messages (`git repository '…'`, `folder '…'`).
    var description: String { get }
    /// The source of each request, in order; `nil` when there is no en-US text at all for its path.
    func locate(_ requests: [SourceRequest]) throws -> [LocatedSource?]
}

/// Opens `--source PATH`.
public enum SourceLocators {
    /// A git locator when `path` is the top of a git repository, a folder locator when it is a folder.
    public static func open(_ path: String) throws -> any SourceLocator {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GitError(message: "source '\(path)' is not a folder or a git repository")
        }
        if let repository = GitRepository(path: path) {
            return try GitSourceLocator(repository)
        }
        return FolderSourceLocator(source: FolderSource(), root: path)
    }
}

/// Looks for sources in every version of a git repository's history.
///
/// For each page: the versions of its path (and of the paths git saw it renamed from or to) whose
/// CRLF SHA-1 is the page's `ms.openlocfilehash`; then the versions of related paths (the same file
/// name in a sibling folder, a file renamed after the history ends); then the path at the page's
/// `ms.sourcegitcommit`; then at HEAD (or its newest version). All candidate blobs of all pages are
/// read in one `git cat-file --batch` process, and the history comes from one `git log`.
public final class GitSourceLocator: SourceLocator {
    /// The repository.
    public let repository: GitRepository
    /// Its history.
    public let history: GitHistory
    let reader: GitObjectReader
    /// HEAD, when the repository has a commit.
    let head: GitSource?

    /// A locator over `repository` (reads its history now).
    public init(_ repository: GitRepository) throws {
        self.repository = repository
        self.history = try GitHistory(repository)
        self.reader = GitObjectReader(repository)
        self.head = GitSource(repository, revision: "HEAD", reader: reader)
    }

    public var description: String { "git repository '\(repository.path)'" }

    public func locate(_ requests: [SourceRequest]) throws -> [LocatedSource?] {
        var results = [LocatedSource?](repeating: nil, count: requests.count)
        var hashed: [String: String] = [:]  // blob → CRLF SHA-1
        var kept: [String: [UInt8]] = [:]  // bytes of blobs some request accepts

        // Hashes every not yet hashed blob of `candidates` (one batch), keeping what is wanted.
        func hash(_ candidates: [GitHistory.Version], wanted: Set<String>) throws {
            var blobs: [String] = []
            var asked: Set<String> = []
            for version in candidates where hashed[version.blob] == nil && asked.insert(version.blob).inserted {
                blobs.append(version.blob)
            }
            guard !blobs.isEmpty else { return }
            let digests = try reader.read(blobs) { i, bytes -> String in
                guard let bytes else { return "" }
                let digest = OpenLocFileHash.of(bytes)
                if wanted.contains(digest) { kept[blobs[i]] = bytes }
                return digest
            }
            for (blob, digest) in zip(blobs, digests) { hashed[blob] = digest }
        }
        func match(_ i: Int, in versions: [GitHistory.Version]) {
            for version in versions {
                guard let digest = hashed[version.blob], requests[i].accepts(digest), let bytes = kept[version.blob]
                else { continue }
                results[i] = LocatedSource(
                    path: version.path, revision: version.commit, exactness: .exact, bytes: bytes,
                    location: location(version.commit, version.path))
                return
            }
        }

        // 1. The versions of the page's own path (and its git renames are in `relatedPaths`).
        let wanted = Set(requests.flatMap { [$0.hash, $0.ownHash].compactMap { $0 } })
        let own = requests.map { request in history.storedPath(request.path).flatMap { history.versions[$0] } ?? [] }
        try hash(own.flatMap { $0 }, wanted: wanted)
        for i in requests.indices { match(i, in: own[i]) }

        // 2. Related paths, for the pages with a hash that is still unmatched.
        var related: [Int: [GitHistory.Version]] = [:]
        for i in requests.indices where results[i] == nil && requests[i].hash != nil {
            related[i] = history.relatedPaths(of: requests[i].path).flatMap { history.versions[$0] ?? [] }
        }
        if !related.isEmpty {
            try hash(related.values.flatMap { $0 }, wanted: wanted)
            for (i, versions) in related { match(i, in: versions) }
        }

        // 3. `ms.sourcegitcommit`: for the commits the repository has (asked for in one batch), the
        // file at that commit.
        var commits: [String] = []
        for i in requests.indices where results[i] == nil {
            if let commit = requests[i].commit, commit.count >= 7, commit.utf8.allSatisfy(GitSourceLocator.isHexDigit),
                !commits.contains(commit)
            {
                commits.append(commit)
            }
        }
        let known = try reader.exists(commits.map { "\($0)^{commit}" })
        let existing = Set(zip(commits, known).filter(\.1).map(\.0))
        var names: [String] = []
        var askers: [(request: Int, commit: String, path: String)] = []
        for i in requests.indices where results[i] == nil {
            guard let commit = requests[i].commit, existing.contains(commit) else { continue }
            let path = history.storedPath(requests[i].path) ?? requests[i].path
            names.append("\(commit):\(path)")
            askers.append((i, commit, path))
        }
        for (asker, bytes) in zip(askers, try reader.read(names)) {
            guard let bytes else { continue }
            results[asker.request] = LocatedSource(
                path: asker.path, revision: asker.commit, exactness: .sourceCommit, bytes: bytes,
                location: location(asker.commit, asker.path))
        }
        // 4. HEAD, read by blob id from its one tree listing.
        if let head {
            let rest = requests.indices.filter { results[$0] == nil }
            let paths = rest.map { history.storedPath(requests[$0].path) ?? requests[$0].path }
            for ((i, path), bytes) in zip(zip(rest, paths), try head.read(paths)) {
                guard let bytes else { continue }
                results[i] = LocatedSource(
                    path: path, revision: head.commit, exactness: .latest, bytes: bytes,
                    location: location(head.commit, path))
            }
        }
        // 5. A path deleted before HEAD: its newest version.
        var newest: [(Int, GitHistory.Version)] = []
        for i in requests.indices where results[i] == nil {
            if let version = own[i].first { newest.append((i, version)) }
        }
        let newestContents = try reader.read(newest.map(\.1.blob))
        for ((i, version), bytes) in zip(newest, newestContents) {
            guard let bytes else { continue }
            results[i] = LocatedSource(
                path: version.path, revision: version.commit, exactness: .latest, bytes: bytes,
                location: location(version.commit, version.path))
        }
        return results
    }

    func location(_ revision: String, _ path: String) -> String {
        "\(repository.path)@\(revision.prefix(10)):\(path)"
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }
}

/// Looks for sources in a folder read through a `DocumentSource`: either one en-US tree (its file at the
/// page's path is the source, exact when the hash matches), or a folder of snapshots named by commit
/// (`en-US-sources/<commit>/api-reference/...`), searched like a history: the snapshot whose file has
/// the page's hash, then the snapshot named by the page's `ms.sourcegitcommit`.
public struct FolderSourceLocator: SourceLocator {
    /// Where files are read.
    public let source: any DocumentSource
    /// The folder.
    public let root: String
    /// The snapshot folders, sorted, when the folder holds only commit-named folders.
    public let snapshots: [String]?

    /// A locator over the folder `root` of `source`.
    public init(source: any DocumentSource, root: String) {
        self.source = source
        self.root = root
        let entries = source.list(root) ?? []
        let isSnapshotSet =
            !entries.isEmpty
            && entries.allSatisfy { name in
                name.utf8.count >= 7 && name.utf8.count <= 40 && name.utf8.allSatisfy(GitSourceLocator.isHexDigit)
            }
        self.snapshots = isSnapshotSet ? entries.sorted() : nil
    }

    public var description: String { "folder '\(root)'" }

    func file(_ snapshot: String?, _ path: String) -> String {
        var parts = [root]
        if let snapshot { parts.append(snapshot) }
        parts.append(path)
        return parts.joined(separator: "/").replacingAll("//", with: "/")
    }

    public func locate(_ requests: [SourceRequest]) throws -> [LocatedSource?] {
        requests.map(locate)
    }

    func locate(_ request: SourceRequest) -> LocatedSource? {
        guard let snapshots else {
            let path = file(nil, request.path)
            guard let bytes = source.read(path) else { return nil }
            let exact = request.accepts(OpenLocFileHash.of(bytes))
            return LocatedSource(
                path: request.path, revision: nil, exactness: exact ? .exact : .latest, bytes: bytes, location: path)
        }
        var byCommit: LocatedSource?
        for snapshot in snapshots {
            let path = file(snapshot, request.path)
            guard let bytes = source.read(path) else { continue }
            if request.accepts(OpenLocFileHash.of(bytes)) {
                return LocatedSource(
                    path: request.path, revision: snapshot, exactness: .exact, bytes: bytes, location: path)
            }
            if let commit = request.commit?.lowercased(), commit.hasPrefix(snapshot.lowercased()) {
                byCommit = LocatedSource(
                    path: request.path, revision: snapshot, exactness: .sourceCommit, bytes: bytes, location: path)
            }
        }
        return byCommit
    }
}

/// The front matter values the source search needs, read without parsing the page.
enum FrontMatterReading {
    static func values(_ bytes: [UInt8]) -> (hash: String?, commit: String?, locale: String?) {
        guard let front = FrontMatter.read(bytes) else { return (nil, nil, nil) }
        return (front["ms.openlocfilehash"], front["ms.sourcegitcommit"], front["ms.contentlocale"])
    }
}
