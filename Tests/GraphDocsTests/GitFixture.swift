import Foundation

/// A git repository built by a test in a temporary folder (the tests never read a repository they
/// did not make), and a way to run `git` there.
final class GitFixture {
    /// The repository's folder.
    let path: String

    /// An empty repository with an initial branch `main`.
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `files` (path → contents; `nil` deletes), commits them with `message`, and returns the commit id.
    @discardableResult
    func commit(_ files: [String: String?], message: String = "change") throws -> String {
        for (file, contents) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(file)
            if let contents {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        try git(["add", "-A"])
        try git(["commit", "-q", "--allow-empty", "-m", message])
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `git ARGS` in the repository (`cwd` overrides the folder) and returns its output.
    @discardableResult
    func git(_ arguments: [String], input: String = "", cwd: String? = nil) throws -> String {
        try GitFixture.run(arguments, input: input, in: cwd ?? path)
    }

    /// Runs `git ARGS` in `folder` with a fixed identity and no user or system configuration.
    static func run(_ arguments: [String], input: String = "", in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "git", "-C", folder, "-c", "user.name=doclint", "-c", "user.email=doclint@example.com",
                "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false",
            ] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError(message: "git \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
