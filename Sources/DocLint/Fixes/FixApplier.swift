import SourceText

/// Applies findings' fixes to a page's bytes: every byte outside the edits stays as it was.
public enum FixApplier {
    /// What one application did.
    public struct Result: Sendable {
        /// The page with the fixes applied.
        public var bytes: [UInt8]
        /// How many findings' fixes were applied (a fix identical to an applied one counts as applied).
        public var applied: Int
        /// How many fixes were left for a later pass because they overlap one applied before them.
        public var deferred: Int
    }

    /// Applies the fixes of `diagnostics` to `bytes`: safe ones, and unsafe ones too with `unsafe`.
    /// Fixes are taken in order of their first edit; one whose edits overlap an edit already taken is
    /// left out (re-lint and apply again: it may still be needed, or its finding may be gone).
    public static func apply(_ diagnostics: [Diagnostic], to bytes: [UInt8], unsafe: Bool) -> Result {
        let fixes = diagnostics.compactMap(\.fix).filter { (unsafe || $0.isSafe) && !$0.edits.isEmpty }
            .sorted { a, b in
                let x = a.edits.map(\.range.start).min()!
                let y = b.edits.map(\.range.start).min()!
                return x < y
            }
        var taken: [Edit] = []
        var takenFixes: [[Edit]] = []
        var applied = 0
        var deferred = 0
        for fix in fixes {
            let edits = fix.edits.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
            if takenFixes.contains(edits) {
                applied += 1
                continue
            }
            let valid = edits.allSatisfy { $0.range.start >= 0 && $0.range.end <= bytes.count }
            let selfOverlapping = zip(edits, edits.dropFirst()).contains { overlaps($0.range, $1.range) }
            guard valid, !selfOverlapping,
                !edits.contains(where: { e in taken.contains { overlaps($0.range, e.range) } })
            else {
                deferred += 1
                continue
            }
            taken += edits
            takenFixes.append(edits)
            applied += 1
        }
        taken.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for edit in taken {
            out += bytes[position..<edit.range.start]
            out += Array(edit.replacement.utf8)
            position = edit.range.end
        }
        out += bytes[position...]
        return Result(bytes: out, applied: applied, deferred: deferred)
    }

    /// Whether two edits touch the same bytes (two insertions at one offset do: their order is undefined).
    static func overlaps(_ a: SourceRange, _ b: SourceRange) -> Bool {
        if a.isEmpty && b.isEmpty { return a.start == b.start }
        if a.isEmpty { return b.start < a.start && a.start < b.end }
        if b.isEmpty { return a.start < b.start && b.start < a.end }
        return a.start < b.end && b.start < a.end
    }
}
