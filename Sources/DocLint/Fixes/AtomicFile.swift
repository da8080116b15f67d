import Foundation
import GraphDocs

/// Replaces a file's contents all at once: the new bytes go to a temporary file in the same folder,
/// which then takes the file's place by `rename`, so a reader sees the old file or the new one,
/// never a part. The file keeps its permission bits (and owner, where allowed); a symbolic link is
/// followed, so the link stays a link.
public enum AtomicFile {
    /// Why a file was not replaced.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What happened (lowercase, names quoted).
        public var message: String
        public var description: String { message }
    }

    /// Replaces the file at `path` with `bytes`, unless its contents are no longer `expected` (it
    /// changed since it was read: then nothing is written).
    public static func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]) throws(Failure) {
        guard let resolved = realpath(path, nil) else { throw failure("cannot resolve", path) }
        let target = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard stat(target, &info) == 0 else { throw failure("cannot read", path) }
        guard FolderSource.readFile(target) == expected else {
            throw Failure(message: "'\(path)' changed while doclint was fixing it; not written")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(folder)/.\(name).doclint-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure("cannot create a temporary file next to", path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The errno of the first step that failed, 0 while all goes well.
        var failed: Int32 = 0
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                written += n
            }
        }
        if failed == 0 {
            _ = fchown(fd, info.st_uid, info.st_gid)  // only allowed for some users; the mode matters more
            if fchmod(fd, info.st_mode & 0o7777) != 0 || fsync(fd) != 0 { failed = errno }
        }
        close(fd)
        if failed == 0 && rename(temporary, target) != 0 { failed = errno }
        if failed != 0 {
            unlink(temporary)
            throw Failure(message: "cannot write '\(path)': \(String(cString: strerror(failed)))")
        }
    }

    static func failure(_ what: String, _ path: String) -> Failure {
        Failure(message: "\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
