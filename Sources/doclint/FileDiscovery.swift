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
            files += found.sorted()
        }
        return (files, errors)
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
