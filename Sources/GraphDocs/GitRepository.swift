import Dispatch
import Foundation
import Synchronization

/// Why a `git` command failed.
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, lowercase, with git's own message when it gave one.
    public var message: String
    public var description: String { message }
}

/// A git repository read through the `git` command line (never a process per file: see `GitObjectReader`).
public struct GitRepository: Sendable {
    /// The working tree or bare repository given.
    public let path: String

    /// The repository at `path`, or `nil` when `path` is not inside one (or `git` cannot run).
    public init?(path: String) {
        self.path = path
        guard let top = try? run(["rev-parse", "--is-inside-work-tree", "--is-bare-repository"]) else { return nil }
        // A plain folder inside some other repository is not that repository's en-US tree: the
        // folder itself must be the top level (or a bare repository).
        let answers = String(decoding: top, as: UTF8.self).split(separator: "\n")
        if answers.last == "true" { return }
        guard let root = try? run(["rev-parse", "--show-toplevel"]) else { return nil }
        let top2 = String(decoding: root, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let given = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        let found = URL(fileURLWithPath: top2).resolvingSymlinksInPath().standardizedFileURL.path
        guard given == found else { return nil }
    }

    /// The full id of the commit `revision` names, or `nil` when it names none.
    public func commit(_ revision: String) -> String? {
        guard !revision.hasPrefix("-"),
            let out = try? run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        else { return nil }
        let id = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }

    /// Runs `git -C path ARGS` with `input` on standard input and returns its standard output.
    public func run(_ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let process = GitRepository.process(path, arguments)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw GitError(message: "cannot run 'git': \(error.localizedDescription)")
        }
        let errors = Mutex<[UInt8]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            if !input.isEmpty { try? stdin.fileHandleForWriting.write(contentsOf: input) }
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            let data = stderr.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = [UInt8](data) }
        }
        let output = [UInt8](stdout.fileHandleForReading.readDataToEndOfFile())
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = errors.withLock { String(decoding: $0, as: UTF8.self) }
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(
                message: "'git \(arguments.first ?? "")' failed in '\(path)'"
                    + (text.isEmpty ? " (exit status \(process.terminationStatus))" : ": \(text)"))
        }
        return output
    }

    /// A `git` process for `repository` (not started). Paths are never quoted in its output, and no
    /// pager, prompt or user configuration changes what it prints.
    static func process(_ repository: String, _ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository, "-c", "core.quotepath=false", "--no-pager"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        return process
    }
}

/// One long-lived `git cat-file --batch` process that reads any number of objects (`<commit>:<path>`
/// or a blob id) in order, so a run starts one process for all the files it reads from git.
public final class GitObjectReader: @unchecked Sendable {
    // `session` is only touched with `lock` held.
    private var session: Session?
    private let lock = NSLock()
    private let repository: GitRepository

    /// A reader for `repository`; the process starts on the first read.
    public init(_ repository: GitRepository) {
        self.repository = repository
    }

    deinit {
        session?.close()
    }

    /// The contents of each named object, in order (`nil` for a missing one or one that is not a blob).
    /// Callers on several threads take turns; each call is one round trip for all its names.
    public func read(_ names: [String]) throws -> [[UInt8]?] {
        try read(names) { _, bytes in bytes }
    }

    /// Reads the named objects in order and hands each to `transform` as it arrives (`nil` when missing),
    /// so a caller that only needs a digest of each need not keep them all.
    public func read<T>(_ names: [String], transform: (Int, [UInt8]?) throws -> T) throws -> [T] {
        try objects(names) { i, type, bytes in try transform(i, type == "blob" ? bytes : nil) }
    }

    /// Whether each named object exists (of any type: `<commit>^{commit}` asks for a commit).
    public func exists(_ names: [String]) throws -> [Bool] {
        try objects(names) { _, type, _ in type != nil }
    }

    /// Reads the named objects in order and hands each to `transform` with its type (`nil` when missing).
    func objects<T>(_ names: [String], transform: (Int, String?, [UInt8]?) throws -> T) throws -> [T] {
        lock.lock()
        defer { lock.unlock() }
        let current = try session ?? Session(repository)
        session = current
        do {
            return try current.read(names, transform: transform)
        } catch {
            current.close()
            session = nil
            throw error
        }
    }

    /// The running process and a buffered reader of its output.
    final class Session {
        let process: Process
        let pipes: (input: Pipe, output: Pipe)
        var buffer: [UInt8] = []
        var position = 0
        var input: FileHandle { pipes.input.fileHandleForWriting }
        var output: Int32 { pipes.output.fileHandleForReading.fileDescriptor }

        init(_ repository: GitRepository) throws {
            process = GitRepository.process(repository.path, ["cat-file", "--batch"])
            let stdin = Pipe()
            let stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            pipes = (stdin, stdout)
            do {
                try process.run()
            } catch {
                throw GitError(message: "cannot run 'git cat-file': \(error.localizedDescription)")
            }
        }

        func close() {
            try? input.close()
            process.waitUntilExit()
        }

        func read<T>(_ names: [String], transform: (Int, String?, [UInt8]?) throws -> T) throws -> [T] {
            var request: [UInt8] = []
            for name in names {
                // A name with a line break cannot be asked for; ask for nothing in its place.
                let clean = name.contains("\n") ? "0000000000000000000000000000000000000000" : name
                request += Array(clean.utf8)
                request.append(0x0A)
            }
            let handle = input
            let writer = DispatchGroup()
            let payload = request
            DispatchQueue.global().async(group: writer) {
                try? handle.write(contentsOf: payload)
            }
            do {
                let results = try responses(names, transform: transform)
                writer.wait()
                return results
            } catch {
                // Stop the process first, or the writer could wait forever on a full pipe.
                process.terminate()
                writer.wait()
                throw error
            }
        }

        func responses<T>(_ names: [String], transform: (Int, String?, [UInt8]?) throws -> T) throws -> [T] {
            var results: [T] = []
            results.reserveCapacity(names.count)
            for i in names.indices {
                let header = try line()
                // "<oid> <type> <size>" or "<name> missing" / "<name> ambiguous".
                let fields = header.split(separator: UInt8(ascii: " "))
                guard fields.count == 3, let size = Int(String(decoding: fields[2], as: UTF8.self)) else {
                    results.append(try transform(i, nil, nil))
                    continue
                }
                let body = try bytes(size)
                _ = try bytes(1)  // the line feed after the contents
                results.append(try transform(i, String(decoding: fields[1], as: UTF8.self), body))
            }
            return results
        }

        func fill() throws {
            if position > 0 && position * 2 >= buffer.count {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(output, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw GitError(message: "'git cat-file' stopped unexpectedly") }
                buffer += chunk[0..<n]
                return
            }
        }

        func line() throws -> [UInt8] {
            while true {
                if let end = buffer[position...].firstIndex(of: 0x0A) {
                    let text = Array(buffer[position..<end])
                    position = end + 1
                    return text
                }
                try fill()
            }
        }

        func bytes(_ count: Int) throws -> [UInt8] {
            while buffer.count - position < count { try fill() }
            let out = Array(buffer[position..<(position + count)])
            position += count
            return out
        }
    }
}
