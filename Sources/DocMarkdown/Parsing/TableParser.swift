import SourceText

/// Reads a GitHub-flavored pipe table: a header row, a delimiter row and body rows, up to a
/// blank line, a line without a pipe or the start of another block.
///
/// Machine translation sometimes breaks a row onto the next physical line. A row is *open* when
/// it may continue: in a table written with trailing pipes, a row not ending with one; in a
/// table without, a row with fewer cells than the header. An open row takes in the next line
/// when the joined row has no more cells than the header. Lines without a pipe are taken in only
/// by a table with trailing pipes and only if a later line closes the row. A logical row spans at
/// most `maxRowLines` physical lines.
struct TableParser {
    let text: ByteText
    let lines: SourceLines

    /// The most physical lines one logical row may span (real split rows span two or three).
    static let maxRowLines = 16

    func parse(at index: Int) -> (Table, next: Int, issue: MarkdownIssue?)? {
        guard index + 1 < lines.count, let alignments = delimiterRow(lines[index + 1]) else { return nil }
        let splitter = RowSplitter(text: text)
        let headerLine = lines[index]
        let headerSplit = splitter.split(headerLine.start, headerLine.contentEnd)
        guard headerSplit.hasPipe else { return nil }
        let header = row(
            headerSplit, range: SourceRange(start: headerLine.start, end: headerLine.contentEnd), split: false)
        let delimiterLine = lines[index + 1]
        let delimiterSplit = splitter.split(delimiterLine.start, delimiterLine.contentEnd)
        let columns = header.cells.count
        var issue: MarkdownIssue?
        if alignments.count != columns {
            issue = MarkdownIssue(
                kind: .tableDelimiterMismatch,
                message: "table delimiter row has \(alignments.count) cells but the header row has \(columns)",
                range: SourceRange(start: delimiterLine.start, end: delimiterLine.contentEnd))
        }
        let trailingPipes = headerSplit.trailingPipe || delimiterSplit.trailingPipe

        var rows: [TableRow] = []
        var i = index + 2
        while i < lines.count && !lines.isBlank(i) && !lines.startsBlock(i, text: text) {
            let line = lines[i]
            var split = splitter.split(line.start, line.contentEnd)
            guard split.hasPipe else { break }
            var last = i
            var lastWithPipe = i
            while last + 1 < lines.count && last - i + 1 < TableParser.maxRowLines {
                let isOpen = trailingPipes ? !split.trailingPipe : split.cellCount < columns
                guard isOpen else { break }
                let next = last + 1
                guard !lines.isBlank(next), !lines.startsBlock(next, text: text) else { break }
                let nextLine = lines[next]
                let nextSplit = splitter.split(nextLine.start, nextLine.contentEnd)
                if !trailingPipes && !nextSplit.hasPipe { break }
                let joined = splitter.split(line.start, nextLine.contentEnd)
                guard joined.cellCount <= columns else { break }
                split = joined
                last = next
                if nextSplit.hasPipe { lastWithPipe = next }
            }
            if last != lastWithPipe && !split.trailingPipe {
                // The row never closed: the lines without a pipe were not part of it.
                last = lastWithPipe
                split = splitter.split(line.start, lines[last].contentEnd)
            }
            let range = SourceRange(start: line.start, end: lines[last].contentEnd)
            rows.append(row(split, range: range, split: last > i))
            i = last + 1
        }
        let end = rows.last?.range.end ?? delimiterLine.contentEnd
        let table = Table(
            header: header, alignments: alignments,
            delimiterRange: SourceRange(start: delimiterLine.start, end: delimiterLine.contentEnd), rows: rows,
            range: SourceRange(start: headerLine.start, end: end))
        return (table, i, issue)
    }

    private func row(_ split: RowSplitter.Split, range: SourceRange, split isSplit: Bool) -> TableRow {
        let reader = MarkupReader(text: text)
        var cells: [TableCell] = []
        cells.reserveCapacity(split.cellCount)
        split.forEachCell { start, end in
            let (from, to) = text.trimmed(start, end)
            cells.append(TableCell(text: reader.read(from, to).text, range: SourceRange(start: start, end: end)))
        }
        return TableRow(cells: cells, range: range, isSplit: isSplit)
    }

    /// The alignments of a delimiter row (`| :--- | :-: | --: |`), or nil if `line` is not one.
    ///
    /// The row must hold a pipe or a colon, so a lone `---` stays a thematic break.
    private func delimiterRow(_ line: SourceLines.Line) -> [TableAlignment]? {
        var alignments: [TableAlignment] = []
        var sawSeparator = false
        var i = text.skipSpaces(line.start, line.contentEnd)
        let end = text.skipSpacesBackward(i, line.contentEnd)
        guard i < end else { return nil }
        if text[i] == UInt8(ascii: "|") {
            sawSeparator = true
            i += 1
        }
        while i < end {
            i = text.skipSpaces(i, end)
            guard i < end else { break }
            var left = false
            var right = false
            if text[i] == UInt8(ascii: ":") {
                left = true
                sawSeparator = true
                i += 1
            }
            let dashes = i
            while i < end && text[i] == UInt8(ascii: "-") { i += 1 }
            guard i > dashes else { return nil }
            if i < end && text[i] == UInt8(ascii: ":") {
                right = true
                sawSeparator = true
                i += 1
            }
            i = text.skipSpaces(i, end)
            alignments.append(left ? (right ? .center : .left) : (right ? .right : .none))
            if i < end {
                guard text[i] == UInt8(ascii: "|") else { return nil }
                sawSeparator = true
                i += 1
            }
        }
        return sawSeparator && !alignments.isEmpty ? alignments : nil
    }
}
