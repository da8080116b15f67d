import DocMarkdown
import SourceText

/// Fenced code blocks and annotation comments are never translated: each must be byte for byte the
/// source's (line endings aside). Blocks are paired by content first (the longest common
/// subsequence), then the leftovers between the same pairs, in order.
enum BlockComparison {
    static func differences(page: GraphPage, source: GraphPage, exact: Bool) -> [DriftDifference] {
        let fences = Sequence(
            page: page.codeBlocks.map(\.fence.range), source: source.codeBlocks.map(\.fence.range), pageDocument: page,
            sourceDocument: source)
        let comments = Sequence(
            page: page.annotations.map(\.comment.range), source: source.annotations.map(\.comment.range),
            pageDocument: page, sourceDocument: source)
        // Where a dropped block would be: before the page block paired with the next source block of
        // either kind that has a pair (equal content), or at the end of the page.
        let anchors = (fences.anchors + comments.anchors).sorted { $0.source < $1.source }
        func insertionPoint(_ sourceOffset: Int) -> Int {
            anchors.first { $0.source > sourceOffset }?.page ?? page.document.bytes.count
        }
        func previousAnchor(_ sourceOffset: Int) -> Int {
            anchors.last { $0.source < sourceOffset }?.page ?? 0
        }
        return fences.differences(
            exact: exact, kinds: (.codeBlockChanged, .codeBlockDropped, .codeBlockAdded),
            insertionPoint: insertionPoint,
            previousAnchor: previousAnchor)
            + comments.differences(
                exact: exact, kinds: (.annotationChanged, .annotationDropped, .annotationAdded),
                insertionPoint: insertionPoint, previousAnchor: previousAnchor)
    }

    /// The blocks of one kind on both sides, paired.
    struct Sequence {
        let a: [SourceRange]
        let b: [SourceRange]
        let page: GraphPage
        let source: GraphPage
        let matched: [(Int, Int)]

        init(page a: [SourceRange], source b: [SourceRange], pageDocument: GraphPage, sourceDocument: GraphPage) {
            self.a = a
            self.b = b
            page = pageDocument
            source = sourceDocument
            let left = a.map { normalized(pageDocument.document.bytes[$0.start..<$0.end]) }
            let right = b.map { normalized(sourceDocument.document.bytes[$0.start..<$0.end]) }
            matched = commonSubsequence(left, right)
        }

        /// Source and page start offsets of the blocks paired by equal content.
        var anchors: [(source: Int, page: Int)] { matched.map { (b[$0.1].start, a[$0.0].start) } }

        func differences(
            exact: Bool,
            kinds: (changed: DriftDifference.Kind, dropped: DriftDifference.Kind, added: DriftDifference.Kind),
            insertionPoint: (Int) -> Int, previousAnchor: (Int) -> Int
        ) -> [DriftDifference] {
            var result: [DriftDifference] = []
            var previous = (-1, -1)
            for anchor in matched + [(a.count, b.count)] {
                let gapLeft = Array((previous.0 + 1)..<anchor.0)
                let gapRight = Array((previous.1 + 1)..<anchor.1)
                let paired = min(gapLeft.count, gapRight.count)
                for k in 0..<paired {
                    let (pageRange, sourceRange) = firstDifferingLine(
                        page.document, a[gapLeft[k]], source.document, b[gapRight[k]])
                    result.append(
                        DriftDifference(
                            kind: kinds.changed,
                            detail: whiteSpaceOnly(a[gapLeft[k]], b[gapRight[k]]) ? "white-space" : nil,
                            isVersionDrift: !exact, range: pageRange, sourceRange: sourceRange,
                            found: page.document.text(in: pageRange), expected: source.document.text(in: sourceRange)))
                }
                for k in gapLeft.dropFirst(paired) {
                    let line = firstLine(page.document, a[k])
                    result.append(
                        DriftDifference(
                            kind: kinds.added, isVersionDrift: !exact, range: line, found: page.document.text(in: line),
                            expected: ""))
                }
                for k in gapRight.dropFirst(paired) {
                    let at = insertionPoint(b[k].start)
                    let line = firstLine(source.document, b[k])
                    // Translation sometimes joins a line to the next: the block is there, but not on a line of
                    // its own, so it no longer counts as one.
                    let text = Array(source.document.bytes[b[k].start..<b[k].end])
                    let from = previousAnchor(b[k].start)
                    if let inline = CaseFolding.firstRange(
                        of: text, in: page.document.bytes,
                        range: from..<max(from, min(at + text.count, page.document.bytes.count)))
                    {
                        let range = SourceRange(start: inline.lowerBound, end: inline.upperBound)
                        result.append(
                            DriftDifference(
                                kind: kinds.changed, detail: "joined", isVersionDrift: !exact, range: range,
                                sourceRange: line, found: page.document.text(in: range),
                                expected: source.document.text(in: line)))
                        continue
                    }
                    result.append(
                        DriftDifference(
                            kind: kinds.dropped, isVersionDrift: !exact, range: SourceRange(start: at, end: at),
                            sourceRange: line, found: "", expected: source.document.text(in: line)))
                }
                previous = anchor
            }
            return result
        }

        /// Whether two blocks differ only in white space.
        func whiteSpaceOnly(_ x: SourceRange, _ y: SourceRange) -> Bool {
            func squeezed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
                bytes.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }
            }
            return squeezed(page.document.bytes[x.start..<x.end]) == squeezed(source.document.bytes[y.start..<y.end])
        }
    }

    /// The bytes with CRLF line endings read as LF.
    static func normalized(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0D && i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A {
                i += 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// Index pairs of a longest common subsequence of equal elements, in order.
    static func commonSubsequence(_ a: [[UInt8]], _ b: [[UInt8]]) -> [(Int, Int)] {
        let n = a.count
        let m = b.count
        guard n > 0 && m > 0 else { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// The first line where two blocks differ, in each (its content, without the line break).
    static func firstDifferingLine(
        _ page: MarkdownDocument, _ a: SourceRange, _ source: MarkdownDocument, _ b: SourceRange
    )
        -> (SourceRange, SourceRange)
    {
        let left = lines(page, a)
        let right = lines(source, b)
        for k in 0..<max(left.count, right.count) {
            let l = k < left.count ? left[k] : nil
            let r = k < right.count ? right[k] : nil
            let lt = l.map { normalized(page.bytes[$0.start..<$0.end]) }
            let rt = r.map { normalized(source.bytes[$0.start..<$0.end]) }
            if lt != rt {
                return (l ?? SourceRange(start: a.end, end: a.end), r ?? SourceRange(start: b.end, end: b.end))
            }
        }
        return (firstLine(page, a), firstLine(source, b))
    }

    /// The lines of `range` (content only, CR excluded).
    static func lines(_ document: MarkdownDocument, _ range: SourceRange) -> [SourceRange] {
        var result: [SourceRange] = []
        var start = range.start
        let bytes = document.bytes
        var i = range.start
        while i < range.end {
            if bytes[i] == 0x0A {
                let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
                result.append(SourceRange(start: start, end: end))
                start = i + 1
            }
            i += 1
        }
        if start < range.end {
            let end = bytes[range.end - 1] == 0x0D ? range.end - 1 : range.end
            result.append(SourceRange(start: start, end: max(start, end)))
        }
        return result
    }

    static func firstLine(_ document: MarkdownDocument, _ range: SourceRange) -> SourceRange {
        lines(document, range).first ?? range
    }
}
