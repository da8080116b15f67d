import Dispatch
import Foundation
import GraphDocs

/// Applies fixes to many pages until nothing changes: lint, apply the fixes that do not overlap,
/// lint the changed pages again (other pages read through the fixed versions), and so on, for at
/// most `maxPasses` passes. Nothing is written: the caller writes or prints a diff.
public enum FixRun {
    /// The passes a run makes at most unless told otherwise.
    public static let defaultPasses = 10

    /// What became of one page that fixes changed.
    public struct FileResult: Sendable {
        /// The path as given.
        public var path: String
        /// The bytes read.
        public var original: [UInt8]
        /// The bytes after every pass.
        public var fixed: [UInt8]
        /// How many findings' fixes were applied, over all passes.
        public var applied: Int
        /// Whether the last pass changed nothing (false: `maxPasses` ran out while fixes still applied).
        public var converged: Bool
    }

    /// Fixes `files`: read with `read`, linted by the linter `makeLinter` makes for each pass around a
    /// source of pages (the fixed pages over `base`). Safe fixes only unless `unsafe`; only the
    /// findings `fixable` accepts. The results come in the order of `files`: `nil` for a page with
    /// nothing to fix.
    public static func run(
        files: [String], read: @Sendable (String) throws -> [UInt8], base: any DocumentSource,
        makeLinter: (any DocumentSource) -> Linter, unsafe: Bool, maxPasses: Int = defaultPasses,
        fixable: @escaping @Sendable (Diagnostic) -> Bool = { _ in true }
    ) -> [Result<FileResult?, any Error>] {
        var results: [Result<FileResult?, any Error>] = []
        var current: [String: [UInt8]] = [:]
        var pending: [Int] = []
        // Pass 1 reads every page (keeping the bytes of the changed ones only); later passes lint only
        // the pages the previous pass changed.
        let first = makeLinter(base).lint(files: files, read: read) { report -> FileResult? in
            let original = report.lines.bytes
            let pass = FixApplier.apply(report.diagnostics.filter(fixable), to: original, unsafe: unsafe)
            guard pass.bytes != original else { return nil }
            return FileResult(
                path: report.path, original: original, fixed: pass.bytes, applied: pass.applied, converged: true)
        }
        for (i, outcome) in first.enumerated() {
            results.append(outcome)
            if case .success(let r?) = outcome {
                current[files[i]] = r.fixed
                pending.append(i)
            }
        }
        var passes = 1
        while !pending.isEmpty {
            guard passes < maxPasses else {
                for i in pending {
                    if case .success(var r?) = results[i] {
                        r.converged = false
                        results[i] = .success(r)
                    }
                }
                break
            }
            passes += 1
            let snapshot = current
            let linter = makeLinter(OverlaySource(base: base, files: snapshot))
            let batch = pending.map { files[$0] }
            let reports = linter.lint(files: batch, read: { snapshot[$0]! }, transform: { $0 })
            var next: [Int] = []
            for (k, i) in pending.enumerated() {
                guard case .success(let report) = reports[k], case .success(var r?) = results[i] else { continue }
                let pass = FixApplier.apply(report.diagnostics.filter(fixable), to: r.fixed, unsafe: unsafe)
                if pass.bytes != r.fixed {
                    r.fixed = pass.bytes
                    r.applied += pass.applied
                    current[files[i]] = pass.bytes
                    next.append(i)
                }
                results[i] = .success(r)
            }
            pending = next
        }
        return results
    }
}

/// Pages held in memory in front of another source: reading a path held here gives the held bytes
/// (paths compared after `.` and `..` are resolved), anything else comes from `base`.
public struct OverlaySource: DocumentSource {
    /// The source behind.
    public var base: any DocumentSource
    let files: [String: [UInt8]]

    /// `files` (by path as given) in front of `base`.
    public init(base: any DocumentSource, files: [String: [UInt8]]) {
        self.base = base
        var normalized: [String: [UInt8]] = [:]
        for (path, bytes) in files { normalized[OverlaySource.key(path)] = bytes }
        self.files = normalized
    }

    static func key(_ path: String) -> String {
        PathName.absolute(path, in: FileManager.default.currentDirectoryPath)
    }

    public func read(_ path: String) -> [UInt8]? {
        files[OverlaySource.key(path)] ?? base.read(path)
    }

    public func list(_ path: String) -> [String]? {
        base.list(path)
    }
}
