import Synchronization

/// The files of one revision of a git repository, read through one `git cat-file --batch` process.
///
/// Paths are relative to the repository root (`api-reference/v1.0/resources/user.md`). Reads from
/// several threads share the process and take turns; `read(_:)` with many paths is one round trip.
public final class GitSource: DocumentSource {
    /// The repository.
    public let repository: GitRepository
    /// The commit id the revision resolved to.
    public let commit: String
    /// The reader shared with other sources of the same repository.
    public let reader: GitObjectReader
    /// Every file of the revision with its blob id, listed on first need (`git ls-tree -r`, once):
    /// reading `<commit>:<path>` would make git walk the trees again for every file.
    private let tree = Mutex<[String: String]?>(nil)

    /// The revision `revision` (a commit, branch or tag) of `repository`; `nil` if it names no commit.
    public init?(_ repository: GitRepository, revision: String = "HEAD", reader: GitObjectReader? = nil) {
        guard let commit = repository.commit(revision) else { return nil }
        self.repository = repository
        self.commit = commit
        self.reader = reader ?? GitObjectReader(repository)
    }

    public func read(_ path: String) -> [UInt8]? {
        (try? read([path]))?.first ?? nil
    }

    /// The contents of each of `paths` at this revision, in order, in one round trip (`nil` for a
    /// path the revision does not have).
    public func read(_ paths: [String]) throws -> [[UInt8]?] {
        let files = try self.files()
        let blobs = paths.map { files[MemorySource.normalized($0)] }
        let found = try reader.read(blobs.compactMap { $0 })
        var next = found.makeIterator()
        return blobs.map { $0 == nil ? nil : next.next() ?? nil }
    }

    /// The blob id of the file at `path`, if the revision has one.
    public func blob(_ path: String) throws -> String? {
        try files()[MemorySource.normalized(path)]
    }

    /// Every file path of the revision, with its blob id.
    public func files() throws -> [String: String] {
        try tree.withLock { cached in
            if let cached { return cached }
            // "<mode> <type> <blob>\t<path>\0" for every file, submodules ("commit") aside.
            let output = try repository.run(["ls-tree", "-r", "-z", "--full-tree", commit])
            var listed: [String: String] = [:]
            for entry in output.split(separator: 0) {
                guard let tab = entry.firstIndex(of: 0x09) else { continue }
                let fields = entry[..<tab].split(separator: UInt8(ascii: " "))
                guard fields.count == 3, fields[1].elementsEqual("blob".utf8) else { continue }
                listed[String(decoding: entry[(tab + 1)...], as: UTF8.self)] = String(
                    decoding: fields[2], as: UTF8.self)
            }
            cached = listed
            return listed
        }
    }

    public func list(_ path: String) -> [String]? {
        guard let files = try? self.files() else { return nil }
        let folder = MemorySource.normalized(path)
        let prefix = folder == "." || folder.isEmpty ? "" : folder + "/"
        var names: Set<String> = []
        for file in files.keys where file.hasPrefix(prefix) {
            names.insert(String(file.dropFirst(prefix.count).prefix { $0 != "/" }))
        }
        return names.isEmpty ? nil : Array(names)
    }
}
