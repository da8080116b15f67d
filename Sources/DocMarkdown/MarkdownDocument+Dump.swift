import SourceText

extension MarkdownDocument {
    /// A readable tree of the document, one node per line, for tests and debugging.
    ///
    /// Each node shows its range as `@line:column-line:column` (end exclusive), e.g.
    /// `Heading @12:1-12:52 level: 2 anchor: "properties" text: "Свойства"`.
    public func dump() -> String {
        var out = "Document"
        if hasByteOrderMark { out += " bom" }
        out += "\n"
        if let frontMatter {
            out += "  FrontMatter \(at(frontMatter.range))\n"
            for entry in frontMatter.entries {
                let range = SourceRange(start: entry.keyRange.start, end: max(entry.keyRange.end, entry.valueRange.end))
                out += "    Entry \(at(range)) \(entry.key): \(Self.describe(entry.value))\n"
            }
        }
        for block in blocks {
            dump(block, into: &out)
        }
        if !issues.isEmpty {
            out += "Issues\n"
            for issue in issues {
                out += "  \(issue.kind.rawValue) \(at(issue.range)) \(issue.message)\n"
            }
        }
        return out
    }

    private func dump(_ block: MarkdownBlock, into out: inout String) {
        switch block {
        case .heading(let heading):
            out += "  Heading \(at(heading.range)) level: \(heading.level)"
            if let anchor = heading.anchor { out += " anchor: \(Self.quoted(anchor))" }
            if let tab = heading.tabID { out += " tab: \(Self.quoted(tab))" }
            out += " text: \(describe(heading.text))\n"
        case .table(let table):
            let alignments = table.alignments.map(\.rawValue).joined(separator: " ")
            out += "  Table \(at(table.range)) columns: \(table.columnCount) rows: \(table.rows.count)"
            out += " alignments: \(alignments)\n"
            dump(table.header, name: "Header", into: &out)
            for row in table.rows { dump(row, name: "Row", into: &out) }
        case .fence(let fence):
            out += "  Fence \(at(fence.range)) info: \(Self.quoted(fence.info)) content: \(at(fence.contentRange))"
            out += fence.isClosed ? "\n" : " unclosed\n"
        case .comment(let comment):
            out += "  Comment \(at(comment.range)) body: \(Self.quoted(comment.body))"
            out += comment.isClosed ? "\n" : " unclosed\n"
        case .include(let include):
            out +=
                "  Include \(at(include.range)) name: \(Self.quoted(include.name)) path: \(Self.quoted(include.path))\n"
        case .paragraph(let paragraph):
            out += "  Paragraph \(at(paragraph.range))\n"
        }
    }

    private func dump(_ row: TableRow, name: String, into out: inout String) {
        out += "    \(name) \(at(row.range)) cells: \(row.cells.count)\(row.isSplit ? " split" : "")\n"
        for cell in row.cells {
            out += "      Cell \(at(cell.text.range)) \(describe(cell.text))\n"
        }
    }

    private func describe(_ text: LocalizedText) -> String {
        var out = Self.quoted(text.visible)
        if let source = text.source { out += " source: \(Self.quoted(source))" }
        return out
    }

    private func at(_ range: SourceRange) -> String {
        "@\(lines.position(of: range.start))-\(lines.position(of: range.end))"
    }

    private static func describe(_ value: FrontMatterValue) -> String {
        switch value {
        case .scalar(let text): quoted(text)
        case .list(let items): "[" + items.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// `text` in double quotes, with `"`, `\` and control characters escaped.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
