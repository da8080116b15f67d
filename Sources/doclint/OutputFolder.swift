import Foundation

/// Writes generated files under one output folder, and nowhere else.
enum OutputFolder {
    /// Creates `folder` when missing; a message when it cannot be used (it is a file, or cannot be made).
    static func prepare(_ folder: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : "'\(folder)' is a file, not a folder"
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return nil
        } catch {
            return "cannot create the folder '\(folder)': \(reason(error))"
        }
    }

    /// Writes `text` to `folder/relative` atomically (a temporary file in the same folder, then a
    /// rename); a message when it cannot. `relative` must be a plain relative path: one with `..`,
    /// `.` or an absolute start is refused, so nothing is ever written outside `folder`.
    static func write(_ text: String, to relative: String, in folder: String) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else {
            return "refusing to write '\(relative)': not a plain path inside '\(folder)'"
        }
        let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot write '\(url.path)': \(reason(error))"
        }
    }

    /// A short reason for a Foundation file error.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on device"
        case NSFileWriteFileExistsError: return "a file is in the way"
        default: return ns.localizedDescription
        }
    }
}
