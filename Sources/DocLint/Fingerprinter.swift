import SourceText

/// Gives each finding of one file a fingerprint that survives edits elsewhere in the file: it hashes
/// the rule, the file and an anchor (for a page, the finding's line with its white space normalized),
/// and the finding's occurrence among the findings with the same rule and anchor. Lines added above
/// a finding change its line number, not its fingerprint; of two equal findings on equal lines, the
/// first keeps occurrence 0.
///
/// Baselines match findings by fingerprint, SARIF carries it in `partialFingerprints` and the GitLab
/// Code Quality report in `fingerprint`. The hash is FNV-1a (64 bits), written as 16 hex digits: the
/// same on every platform and in every version, unlike Swift's `Hasher`.
public struct Fingerprinter: Sendable {
    /// The file the findings are in (as displayed: run from the same folder to compare runs).
    public let path: String
    private var occurrences: [Key: Int] = [:]

    private struct Key: Hashable {
        var rule: String
        var anchor: UInt64
    }

    /// A fingerprinter for the findings of `path`, to be asked in file order.
    public init(path: String) {
        self.path = path
    }

    /// The fingerprint of the next finding of `rule` at `anchor`.
    public mutating func next(rule: String, anchor: UInt64) -> String {
        let key = Key(rule: rule, anchor: anchor)
        let occurrence = occurrences[key, default: 0]
        occurrences[key] = occurrence + 1
        var hash = StableHash()
        hash.combine(rule)
        hash.combine(path)
        hash.combine(anchor)
        hash.combine(UInt64(occurrence))
        return hash.hex
    }

    /// The fingerprint of the next finding of `rule` whose anchor is `text` (used as is).
    public mutating func next(rule: String, anchorText text: String) -> String {
        var hash = StableHash()
        hash.combine(text)
        return next(rule: rule, anchor: hash.value)
    }

    /// The hash of the text of `bytes[range]` with leading and trailing white space dropped and every
    /// run of spaces and tabs inside counted as one space, so re-indenting a line keeps its findings.
    public static func hash(normalizedLine bytes: [UInt8], _ range: SourceRange) -> UInt64 {
        var hash = StableHash()
        var pendingSpace = false
        var started = false
        for i in range.start..<min(range.end, bytes.count) {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                pendingSpace = started
                continue
            }
            if pendingSpace { hash.combine(byte: 0x20) }
            pendingSpace = false
            started = true
            hash.combine(byte: b)
        }
        return hash.value
    }
}

/// 64-bit FNV-1a over bytes: stable across runs, platforms and versions.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func combine(_ text: String) {
        for b in text.utf8 { combine(byte: b) }
        combine(byte: 0)  // a separator, so ("ab", "c") and ("a", "bc") differ
    }

    mutating func combine(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            combine(byte: UInt8(truncatingIfNeeded: number >> UInt64(shift)))
        }
    }

    /// The value as 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
