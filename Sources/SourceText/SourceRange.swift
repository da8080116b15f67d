/// A half-open range of UTF-8 byte offsets into one source buffer.
///
/// Ranges are offsets, not line/column pairs: they are cheap to store on every node and
/// exact under CRLF, BOMs and multi-byte characters. Line and column are computed by a
/// `LineIndex` only when a finding is rendered.
public struct SourceRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The offset of the first byte.
    public var start: Int
    /// The offset one past the last byte.
    public var end: Int

    /// A range from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "SourceRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    /// The empty range at `offset`.
    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    /// A range covering `range`.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The range of a value that was not read from any source (built in code).
    public static let none = SourceRange(start: 0, end: 0)

    /// The number of bytes covered.
    public var count: Int { end - start }

    /// Whether the range covers no bytes.
    public var isEmpty: Bool { start == end }

    /// The range as a Swift `Range`.
    public var asRange: Range<Int> { start..<end }

    /// The same range moved by `delta` bytes.
    public func shifted(by delta: Int) -> SourceRange {
        SourceRange(start: start + delta, end: end + delta)
    }

    /// Whether `offset` falls inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
