import SourceText

/// Finds the cell-separating pipes of one logical table row.
///
/// `\|` does not separate, nor does a pipe inside a backtick code span (a run of backticks closed
/// by a run of the same length). Line breaks inside the row are ordinary whitespace, so a row
/// continued on the next line splits as if it had been written on one.
struct RowSplitter {
    let text: ByteText

    /// The separators of one row.
    struct Split {
        /// Offsets of the separating pipes.
        var pipes: [Int]
        /// The first byte that is not whitespace.
        var first: Int
        /// One past the last byte that is not whitespace.
        var last: Int
        /// Whether the row starts with a pipe.
        var leadingPipe: Bool
        /// Whether the row ends with a pipe (other than its leading one).
        var trailingPipe: Bool

        /// Whether the row has any separating pipe.
        var hasPipe: Bool { !pipes.isEmpty }

        /// The number of cells: leading and trailing pipes do not open empty cells.
        var cellCount: Int { pipes.count + 1 - (leadingPipe ? 1 : 0) - (trailingPipe ? 1 : 0) }

        /// Calls `body` with the `(start, end)` of each cell in order, between pipes and untrimmed.
        func forEachCell(_ body: (_ start: Int, _ end: Int) -> Void) {
            var cellStart = leadingPipe ? first + 1 : first
            let firstSeparator = leadingPipe ? 1 : 0
            for k in firstSeparator..<Swift.max(firstSeparator, pipes.count - (trailingPipe ? 1 : 0)) {
                body(cellStart, pipes[k])
                cellStart = pipes[k] + 1
            }
            body(cellStart, trailingPipe ? last - 1 : last)
        }
    }

    func split(_ start: Int, _ end: Int) -> Split {
        var first = start
        while first < end && ByteText.isWhitespace(text[first]) { first += 1 }
        var last = end
        while last > first && ByteText.isWhitespace(text[last - 1]) { last -= 1 }
        var pipes: [Int] = []
        // After the first backtick run without a closing run, the last start of every run length
        // further on: later runs then know at once whether they can close (keeps the scan linear).
        var lastRunStarts: [Int: Int]?
        var i = first
        let base = UnsafeRawPointer(text.bytes.baseAddress)
        while i < last {
            // Cell text between the marks that matter is passed over eight bytes at a time.
            if let base, i + 8 <= last {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !ByteWord.has(0x7C, in: word) && !ByteWord.has(0x60, in: word) && !ByteWord.has(0x5C, in: word) {
                    i += 8
                    continue
                }
            }
            let byte = text[i]
            if byte == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if byte == UInt8(ascii: "`") {
                var runEnd = i
                while runEnd < last && text[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
                let length = runEnd - i
                if let starts = lastRunStarts {
                    if let lastStart = starts[length], lastStart >= runEnd,
                        let close = closingTicks(length, runEnd, last)
                    {
                        i = close
                    } else {
                        i = runEnd
                    }
                } else if let close = closingTicks(length, runEnd, last) {
                    i = close
                } else {
                    lastRunStarts = runStarts(runEnd, last)
                    i = runEnd
                }
                continue
            }
            if byte == UInt8(ascii: "|") { pipes.append(i) }
            i += 1
        }
        let leading = first < last && text[first] == UInt8(ascii: "|")
        let trailing =
            last > first && text[last - 1] == UInt8(ascii: "|") && pipes.last == last - 1
            && !(leading && pipes.count == 1)
        return Split(pipes: pipes, first: first, last: last, leadingPipe: leading, trailingPipe: trailing)
    }

    /// The last start offset of each backtick run length in `from..<end`.
    private func runStarts(_ from: Int, _ end: Int) -> [Int: Int] {
        var starts: [Int: Int] = [:]
        var i = from
        while i < end {
            if text[i] == UInt8(ascii: "`") {
                var runEnd = i
                while runEnd < end && text[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
                starts[runEnd - i] = i
                i = runEnd
            } else {
                i += 1
            }
        }
        return starts
    }

    /// The offset after a run of exactly `length` backticks in `from..<end`.
    private func closingTicks(_ length: Int, _ from: Int, _ end: Int) -> Int? {
        var i = from
        while i < end {
            if text[i] == UInt8(ascii: "`") {
                var runEnd = i
                while runEnd < end && text[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
                if runEnd - i == length { return runEnd }
                i = runEnd
            } else {
                i += 1
            }
        }
        return nil
    }
}
