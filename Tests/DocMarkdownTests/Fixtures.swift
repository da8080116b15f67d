import Foundation

/// Access to the fixture files beside these tests.
enum Fixtures {
    /// The `Fixtures` folder next to this file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The bytes of `Fixtures/<path>`.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(path)))
    }

    /// The names of the Markdown pages in `Fixtures/pages`, sorted.
    static func pageNames() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("pages").path)
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Whether snapshot tests should rewrite their expected files.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
}
