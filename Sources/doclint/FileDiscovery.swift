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
            guard let enumerator = fm.enumerator(atPath: path) else {
                errors.append("cannot read directory '\(path)'")
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if relative.split(separator: "/").last?.hasPrefix(".") == true {
                    // A hidden folder (`.git`) is not walked into at all.
                    enumerator.skipDescendants()
                    continue
                }
                if relative.lowercased().hasSuffix(".md") {
                    found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
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
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." { parts.append(part) }
        var shown = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        if shown.isEmpty { shown = "." }
        let cwd = FileManager.default.currentDirectoryPath
        if shown.hasPrefix("/"), cwd.count > 1, shown.hasPrefix(cwd + "/") {
            shown = String(shown.dropFirst(cwd.count + 1))
        }
        return shown
    }

    /// What identifies a file however its path is spelled: its resolved real path (or the path itself
    /// when it cannot be resolved).
    static func identity(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
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
