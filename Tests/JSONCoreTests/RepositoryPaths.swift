import Foundation

/// Paths the tests read: the repository root and the shared test suites beside it.
enum RepositoryPaths {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/JSONTestSuite` beside the repository, or `$JSON_TEST_SUITE`.
    static var jsonTestSuite: URL {
        if let path = ProcessInfo.processInfo.environment["JSON_TEST_SUITE"] { return URL(fileURLWithPath: path) }
        return root.deletingLastPathComponent().appendingPathComponent("shared/JSONTestSuite")
    }
}
