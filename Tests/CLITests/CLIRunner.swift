import Foundation

/// Runs the built `doclint` binary.
enum CLIRunner {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `doclint` executable built next to the test bundle.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("doclint"),
            Bundle.main.bundleURL.appendingPathComponent("doclint"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "doclint"),
            root.appendingPathComponent(".build/debug/doclint"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }

    /// What a run printed and how it ended.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `doclint arguments` (or `executable`, such as a shell) in the repository root, with `stdin` as
    /// standard input and `environment` added to (or, with a `nil` value, removed from) the test's environment.
    static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL = root, environment: [String: String?] = [:],
        executable: URL? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (key, value) in environment { merged[key] = value }
            process.environment = merged
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Compares `actual` with the committed snapshot `name`; `RECORD_SNAPSHOTS=1` rewrites it.
    static func snapshot(_ actual: String, named name: String) throws -> String? {
        let url = root.appendingPathComponent("Tests/CLITests/Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
