import SourceText

/// A GitHub-flavored pipe table.
public struct Table: Sendable, Hashable {
    /// The first row.
    public var header: TableRow
    /// One alignment per cell of the delimiter row.
    public var alignments: [TableAlignment]
    /// The delimiter row (`|---|:--:|`).
    public var delimiterRange: SourceRange
    /// The rows after the delimiter row, each possibly made of several physical lines.
    public var rows: [TableRow]
    /// From the start of the header line to the end of the last row, without the final line break.
    public var range: SourceRange

    /// A table with the given parts.
    public init(
        header: TableRow, alignments: [TableAlignment], delimiterRange: SourceRange, rows: [TableRow],
        range: SourceRange
    ) {
        self.header = header
        self.alignments = alignments
        self.delimiterRange = delimiterRange
        self.rows = rows
        self.range = range
    }

    /// The number of columns, as given by the header row.
    public var columnCount: Int { header.cells.count }
}

/// How a column is aligned, from the colons of its delimiter cell.
public enum TableAlignment: String, Sendable, Hashable, CaseIterable {
    /// `---`
    case none
    /// `:--`
    case left
    /// `:-:`
    case center
    /// `--:`
    case right
}

/// One logical table row.
///
/// Translation sometimes breaks a row's text onto the next physical line; such lines are joined
/// back into one logical row and the row is marked `isSplit`.
public struct TableRow: Sendable, Hashable {
    /// The cells, in order; leading and trailing pipes do not make empty cells.
    public var cells: [TableCell]
    /// All the physical lines of the row, without the final line break.
    public var range: SourceRange
    /// Whether the row spans more than one physical line.
    public var isSplit: Bool

    /// A row with the given parts.
    public init(cells: [TableCell], range: SourceRange, isSplit: Bool) {
        self.cells = cells
        self.range = range
        self.isSplit = isSplit
    }
}

/// One table cell.
public struct TableCell: Sendable, Hashable {
    /// The cell's trimmed text.
    public var text: LocalizedText
    /// Between the cell's pipes, untrimmed (empty at the position of a missing cell's pipe).
    public var range: SourceRange

    /// A cell with the given parts.
    public init(text: LocalizedText, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
