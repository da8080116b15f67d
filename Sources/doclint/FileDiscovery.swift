import Foundation
import GraphDocs

/// Turns command-line paths into the files to read.
enum FileDiscovery {
    /// The Markdown files under `paths`: a file is taken as given; a directory contributes every
    /// `*.md` below it (hidden folders skipped), sorted. A file reached twice (named twice, or by two
    /// spellings of its path, or through a link) is listed once, where it first appears. Paths are
    /// shown without `./` and, when under the working directory, relative to it. A path that does not
    /// exist and a directory without Markdown files are errors: a run that checks nothing must say so.
    static func markdownFiles(in paths: [String]) -> (files: [String], errors: [String]) {
        var files: [String] = []
        var errors: [String] = []
        var seen: Set<String> = []
        let fm = FileManager.default
        func add(_ path: String) {
            let display = displayPath(path)
            if seen.insert(identity(display)).inserted { files.append(display) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append("cannot read '\(path)': no such file or directory")
                continue
            }
            guard isDirectory.boolValue else {
                add(path)
                continue
            }
            var found: [String] = []
            guard walk(path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found) else {
                errors.append("cannot read directory '\(path)'")
                continue
            }
            if found.isEmpty { errors.append("no Markdown (*.md) files in '\(path)'") }
            for file in found.sorted() { add(file) }
        }
        return (files, errors)
    }

    /// `path` as shown: `.` segments and repeated slashes dropped, and relative to the working
    /// directory when it is inside it (so findings and their fingerprints do not depend on how the
    /// folder was named on the command line).
    static func displayPath(_ path: String) -> String {
        // The common case (a path this run's folder walk built) is already clean: one pass over its
        // bytes instead of splitting it into characters, for every page of a run, before any work starts.
        if hasPlainSegments(path) { return relativeToWorkingDirectory(path) }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." { parts.append(part) }
        let shown = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        return shown.isEmpty ? "." : relativeToWorkingDirectory(shown)
    }

    /// Whether `path` is not empty and has no empty segment (a repeated or trailing `/`) and no `.`
    /// segment: what `displayPath` would drop.
    static func hasPlainSegments(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var segmentLength = 0
        var segmentIsDot = false
        var sawAny = false
        for (i, b) in path.utf8.enumerated() {
            sawAny = true
            if b == slash {
                // An empty segment is fine only as the root of an absolute path.
                if (segmentLength == 0 && i > 0) || segmentIsDot { return false }
                segmentLength = 0
                segmentIsDot = false
            } else {
                segmentIsDot = segmentLength == 0 && b == dot
                segmentLength += 1
                if segmentLength > 1 { segmentIsDot = false }
            }
        }
        return sawAny && segmentLength > 0 && !segmentIsDot
    }

    /// `path` (clean) relative to the working directory when it is an absolute path inside it.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        let cwd = workingDirectory.utf8
        let utf8 = path.utf8
        guard utf8.first == UInt8(ascii: "/"), cwd.count > 1, utf8.count > cwd.count + 1,
            utf8.starts(with: cwd), utf8[utf8.index(utf8.startIndex, offsetBy: cwd.count)] == UInt8(ascii: "/")
        else { return path }
        return String(path.utf8.dropFirst(cwd.count + 1))!
    }

    /// The working directory, read once.
    static let workingDirectory = FileManager.default.currentDirectoryPath

    /// What identifies a file however its path is spelled (or linked to): its device and inode, from
    /// one `stat` (the path itself when it cannot be read; reading it will then report why).
    static func identity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return path }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// Adds the `*.md` files below `folder` (recursively; hidden entries and symbolic links to
    /// folders are not walked into); `false` when `folder` cannot be opened.
    static func walk(_ folder: String, into found: inout [String]) -> Bool {
        guard let dir = opendir(folder.isEmpty ? "/" : folder) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
            }
            if type == Int32(DT_DIR) {
                _ = walk(path, into: &found)
            } else if name.utf8.count > 3, name.lowercased().hasSuffix(".md") {
                found.append(path)
            }
        }
        return true
    }

    /// The bytes of `path`.
    static func read(_ path: String) throws -> [UInt8] {
        switch FolderSource.readRegularFile(path) {
        case .success(let bytes): return bytes
        case .failure(let error): throw ReadError(message: "cannot read '\(path)': \(error)")
        }
    }

    /// A file that could not be read.
    struct ReadError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
