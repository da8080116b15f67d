import Foundation
import JSONCore

/// One file (or standard input) of instances to validate.
struct InstanceSource {
    /// The name to print (path, or `<stdin>`).
    var name: String
    /// The bytes read.
    var bytes: [UInt8]
    /// Whether each non-blank line is a separate instance (JSON Lines).
    var isJSONLines: Bool
}

/// Finds and reads the instances named on the command line.
enum ValidateInputs {
    /// Whether `path` names a JSON Lines file.
    static func isJSONLines(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonlines")
    }

    /// The instance files for `argument`: the file itself, a directory's `.json`/`.jsonl` files
    /// (sorted, recursively), or `-`. Throws a message for a missing path.
    static func expand(_ argument: String) throws(InputError) -> [String] {
        if argument == "-" { return ["-"] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw InputError("cannot read '\(argument)': no such file or directory")
        }
        guard isDirectory.boolValue else { return [argument] }
        let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
        let found = FileManager.default.enumerator(atPath: argument)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.lowercased().hasSuffix(".json") || isJSONLines($0) }.sorted().map { base + "/" + $0 }
    }

    /// Reads `path` (`-` is standard input).
    static func read(_ path: String) throws(InputError) -> InstanceSource {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let bytes = [UInt8](data)
            return InstanceSource(name: "<stdin>", bytes: bytes, isJSONLines: looksLikeJSONLines(bytes))
        }
        return InstanceSource(name: path, bytes: try ValidateCommand.readFile(path), isJSONLines: isJSONLines(path))
    }

    /// Whether standard input holds several top-level values, one per line.
    static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        var lines = 0
        var lineHasContent = false
        for b in bytes {
            if b == 0x0A {
                if lineHasContent { lines += 1 }
                lineHasContent = false
            } else if b != 0x20 && b != 0x09 && b != 0x0D {
                lineHasContent = true
            }
        }
        if lineHasContent { lines += 1 }
        guard lines > 1 else { return false }
        // A pretty-printed document spans lines too; it starts with '{' or '[' on a line that does not close it.
        return (try? JSONParser.parse(bytes)) == nil
    }

    /// The byte ranges of the non-blank lines of `bytes`.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var blank = true
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                if !blank { ranges.append(start..<i) }
                start = i + 1
                blank = true
            } else if bytes[i] != 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0D {
                blank = false
            }
        }
        return ranges
    }
}

/// A file that cannot be read or parsed.
struct InputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
