import Foundation

/// The files of a git working tree that differ from a revision, asked of the `git` command line.
enum ChangedFiles {
    /// The absolute paths of the files that differ from `revision` in the repository holding the
    /// working directory: changed in commits since it, staged or not, and new files git does not
    /// ignore. Deleted files are left out. A message when git cannot answer.
    static func since(_ revision: String) -> Result<Set<String>, ChangeError> {
        let root: String
        switch git(["rev-parse", "--show-toplevel"]) {
        case .failure(let error): return .failure(error)
        case .success(let output): root = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        if case .failure = git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]) {
            return .failure(ChangeError(message: "'\(revision)' is not a git revision of '\(root)'"))
        }
        var files: Set<String> = []
        for arguments in [
            ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", revision, "--"],
            ["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"],
        ] {
            switch git(arguments) {
            case .failure(let error): return .failure(error)
            case .success(let output):
                for name in output.split(separator: 0) where !name.isEmpty {
                    files.insert(root + "/" + String(decoding: name, as: UTF8.self))
                }
            }
        }
        return .success(files)
    }

    /// Why the changed files are not known.
    struct ChangeError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The standard output of `git arguments` run in the working directory.
    static func git(_ arguments: [String]) -> Result<[UInt8], ChangeError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(ChangeError(message: "cannot run git: \(error.localizedDescription)"))
        }
        // git writes little to stderr: reading stdout to its end first cannot block on it.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(
                ChangeError(
                    message:
                        "git \(arguments[0]) failed: \(message.isEmpty ? "exit status \(process.terminationStatus)" : message)"
                ))
        }
        return .success(Array(output))
    }
}
