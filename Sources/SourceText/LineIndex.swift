/// A 1-based line and column in a source text.
///
/// The column counts Unicode scalars from the start of the line, so a Cyrillic or Chinese
/// cell is reported where an editor shows it rather than at its UTF-8 byte offset.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// A position at `line`:`column` (both 1-based).
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The start offset of every line of a UTF-8 buffer, for turning byte offsets into positions.
///
/// A line ends at LF; a CR before the LF belongs to the line it ends (it is not a column).
/// In a text with LF line breaks a lone CR is not a line break, matching how Git counts lines; a
/// text with no LF at all but CRs has classic Mac line endings, and there each CR ends a line.
public struct LineIndex: Sendable {
    /// The bytes the index was built from.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Indexes `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            LineIndex.appendLineFeedEnds(of: buffer, to: &starts)
            if starts.count == 1 {
                // No LF: CR-only line endings, if there are any CRs.
                for i in 0..<buffer.count where buffer[i] == 0x0D {
                    starts.append(i + 1)
                }
            }
        }
        self.lineStarts = starts
    }

    /// Appends `i + 1` for every LF at offset `i` of `buffer`, in order. Words of eight bytes without an
    /// LF (most of a page: lines average some fifty bytes) are passed over with one test.
    static func appendLineFeedEnds(of buffer: UnsafeBufferPointer<UInt8>, to starts: inout [Int]) {
        let count = buffer.count
        var i = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= count {
                // The zero bytes of `word ^ LF…LF` are the LFs: `zeros` has the top bit of exactly those
                // bytes set (no carry crosses bytes), the first byte lowest.
                let loaded = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let word = UInt64(littleEndian: loaded) ^ 0x0A0A_0A0A_0A0A_0A0A
                var zeros = ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word | 0x7F7F_7F7F_7F7F_7F7F)
                while zeros != 0 {
                    starts.append(i + zeros.trailingZeroBitCount / 8 + 1)
                    zeros &= zeros &- 1
                }
                i += 8
            }
        }
        while i < count {
            if buffer[i] == 0x0A { starts.append(i + 1) }
            i += 1
        }
    }

    /// Indexes the UTF-8 of `text`.
    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// The number of lines (a final line without a newline counts; an empty text has one line).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line containing `offset`.
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and scalar column of `offset` (clamped to the buffer).
    public func position(of offset: Int) -> SourcePosition {
        let offset = Swift.max(0, Swift.min(offset, bytes.count))
        let line = lineIndex(containing: offset)
        var column = 1
        var i = lineStarts[line]
        while i < offset {
            // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The byte offset of a 1-based `line` and scalar `column` (clamped to the line's end).
    public func offset(of position: SourcePosition) -> Int {
        let line = Swift.max(1, Swift.min(position.line, lineStarts.count)) - 1
        var i = lineStarts[line]
        let end = contentRange(ofLine: line + 1).end
        var column = 1
        while i < end && column < position.column {
            i += 1
            while i < end && bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// The range of a 1-based `line`'s text, without its CR/LF terminator.
    public func contentRange(ofLine line: Int) -> SourceRange {
        let index = line - 1
        guard index >= 0 && index < lineStarts.count else { return SourceRange(at: bytes.count) }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start && end - 1 < bytes.count && bytes[end - 1] == 0x0D && index + 1 < lineStarts.count {
            end -= 1
        }
        return SourceRange(start: start, end: Swift.max(start, end))
    }

    /// The text of a 1-based `line`, without its terminator (invalid UTF-8 is repaired for display).
    public func text(ofLine line: Int) -> String {
        let range = contentRange(ofLine: line)
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// The text covered by `range` (invalid UTF-8 is repaired for display).
    public func text(in range: SourceRange) -> String {
        let start = Swift.max(0, Swift.min(range.start, bytes.count))
        let end = Swift.max(start, Swift.min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
