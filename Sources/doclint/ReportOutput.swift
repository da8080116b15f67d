import Foundation

/// Where a report goes: standard output as it is produced, or a file written atomically at the end.
struct ReportOutput {
    private let file: String?
    private let buffered: Bool
    private var pending: [UInt8] = []

    /// Output to `file` (standard output when `nil`); `buffered` holds standard output until `finish`.
    init(file: String?, buffered: Bool) {
        self.file = file
        self.buffered = buffered || file != nil
    }

    /// Writes (or holds) `text`.
    mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        if buffered {
            pending.append(contentsOf: text.utf8)
        } else {
            StandardOutput.write(Array(text.utf8))
        }
    }

    /// Writes what is held; a message when the file cannot be written.
    mutating func finish() -> String? {
        defer { pending = [] }
        guard let file else {
            StandardOutput.write(pending)
            return nil
        }
        return ReportOutput.writeAtomically(pending, to: file)
    }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so a reader
    /// never sees half a report; a message when it cannot.
    static func writeAtomically(_ text: String, to path: String) -> String? {
        writeAtomically(Array(text.utf8), to: path)
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "cannot write '\(path)': it is a folder"
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return "cannot write '\(path)': \(OutputFolder.reason(error))"
        }
    }
}
