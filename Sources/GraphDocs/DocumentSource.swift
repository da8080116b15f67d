import Foundation

/// Where pages come from: a folder on disk today, a git revision for drift, memory in tests.
///
/// Every reader of pages in a run goes through one source, so a page is never read by a second,
/// different mechanism. Paths are `/`-separated; a source decides what they are relative to.
public protocol DocumentSource: Sendable {
    /// The bytes of the file at `path`, or `nil` when there is none (or it cannot be read).
    func read(_ path: String) -> [UInt8]?
    /// The names of the entries of the folder at `path` (not sorted), or `nil` when it is not a folder.
    func list(_ path: String) -> [String]?
    /// The absolute path of `path` with every symbolic link resolved, or `nil` when the source has no
    /// such notion (memory, a git revision) or the path does not exist.
    func realPath(_ path: String) -> String?
    /// Whether `path` itself is a symbolic link (its links then resolve from where it points).
    func isSymbolicLink(_ path: String) -> Bool
}

extension DocumentSource {
    /// Paths are what they say: no symbolic links.
    public func realPath(_ path: String) -> String? { nil }
    /// Paths are what they say: no symbolic links.
    public func isSymbolicLink(_ path: String) -> Bool { false }
}

/// Files on disk.
public struct FolderSource: DocumentSource {
    /// A source reading the file system.
    public init() {}

    public func read(_ path: String) -> [UInt8]? {
        FolderSource.readFile(path)
    }

    public func list(_ path: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: path)
    }

    public func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The bytes of a regular file, read with one `open` and `read`s into one buffer; `nil` for a
    /// missing file, a folder, a FIFO or a device (reading those could block or never end).
    public static func readFile(_ path: String) -> [UInt8]? {
        try? readRegularFile(path).get()
    }

    /// The bytes of a regular file, or why they cannot be read (`readFile` with the reason).
    public static func readRegularFile(_ path: String) -> Result<[UInt8], FileReadError> {
        let fd: Int32
        switch openRegularFile(path) {
        case .success(let opened): fd = opened
        case .failure(let error): return .failure(error)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileReadError(errno: errno)) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        // Fill the buffer `fstat` sized, then probe for more through a small chunk: the file may have
        // grown since, and only a read of 0 bytes says it ended (no buffer growth in the usual case).
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n: Int
            if filled < bytes.count {
                n = bytes.withUnsafeMutableBytes { buffer in
                    Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                }
                if n > 0 { filled += n }
            } else {
                n = chunk.withUnsafeMutableBytes { buffer in Foundation.read(fd, buffer.baseAddress!, buffer.count) }
                if n > 0 {
                    bytes.append(contentsOf: chunk[0..<n])
                    filled += n
                }
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileReadError(errno: errno))
            }
            if n == 0 { break }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// A descriptor open for reading on the regular file at `path`, or why there is none. Opening never
    /// blocks: a FIFO with no writer, a device or a folder is refused, not waited on.
    public static func openRegularFile(_ path: String) -> Result<Int32, FileReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileReadError(errno: errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = FileReadError(errno: errno)
            close(fd)
            return .failure(error)
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            let kind =
                switch type {
                case S_IFDIR: "a directory"
                case S_IFIFO: "a FIFO"
                case S_IFCHR, S_IFBLK: "a device"
                case S_IFSOCK: "a socket"
                default: "not a regular file"
                }
            return .failure(FileReadError(reason: kind == "not a regular file" ? kind : "not a regular file (\(kind))"))
        }
        return .success(fd)
    }
}

/// Why a file could not be read: lowercase, no trailing period ("no such file or directory").
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var reason: String

    /// An error saying `reason`.
    public init(reason: String) {
        self.reason = reason
    }

    /// The system's description of `errno`, lowercased.
    public init(errno code: Int32) {
        let text = String(cString: strerror(code))
        self.reason = text.prefix(1).lowercased() + text.dropFirst()
    }

    public var description: String { reason }
}

/// Files held in memory, by path (tests, a page given on standard input, revisions read ahead).
public struct MemorySource: DocumentSource {
    /// Contents by path.
    public var files: [String: [UInt8]]

    /// A source holding `files`.
    public init(_ files: [String: [UInt8]]) {
        self.files = files
    }

    public func read(_ path: String) -> [UInt8]? {
        files[MemorySource.normalized(path)] ?? files[path]
    }

    public func list(_ path: String) -> [String]? {
        let prefix = MemorySource.normalized(path) + "/"
        var names: Set<String> = []
        for key in files.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            names.insert(String(rest.prefix { $0 != "/" }))
        }
        return names.isEmpty ? nil : Array(names)
    }

    static func normalized(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }
}

/// A source made of two functions (for callers that already have a reader).
public struct ClosureSource: DocumentSource {
    let readFunction: @Sendable (String) -> [UInt8]?
    let listFunction: @Sendable (String) -> [String]?

    /// A source calling `read` and `list`.
    public init(
        read: @escaping @Sendable (String) -> [UInt8]?, list: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        readFunction = read
        listFunction = list
    }

    public func read(_ path: String) -> [UInt8]? { readFunction(path) }
    public func list(_ path: String) -> [String]? { listFunction(path) }
}
