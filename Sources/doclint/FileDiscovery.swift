import Foundation
import GraphDocs

/// Turns command-line paths into the files to read.
enum FileDiscovery {
    /// The Markdown files under `paths`: a file is taken as given; a directory contributes every
    /// `*.md` below it (hidden folders skipped), sorted. Paths that do not exist are returned as errors.
    static func markdownFiles(in paths: [String]) -> (files: [String], errors: [String]) {
        var files: [String] = []
        var errors: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append("cannot read '\(path)': no such file or directory")
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            guard walk(path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found) else {
                errors.append("cannot read directory '\(path)'")
                continue
            }
            files += found.sorted()
        }
        return (files, errors)
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
        guard let bytes = FolderSource.readFile(path) else {
            throw ReadError(message: "cannot read '\(path)'")
        }
        return bytes
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
