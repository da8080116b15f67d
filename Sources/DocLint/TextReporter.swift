import SourceText

/// Renders findings like a compiler, so editors and terminals link them:
///
///     path:29:3: error: [DL201] property 'Контекст' is not in the JSON representation; did you mean 'clientContext'?
///         | Контекст      | String | ...
///           ^~~~~~~~
///     path:45:3: note: 'clientContext' is declared here
public struct TextReporter: Sendable {
    /// Whether to print the source line and caret under each finding.
    public var showSource: Bool

    /// A reporter.
    public init(showSource: Bool = true) {
        self.showSource = showSource
    }

    /// The rendered findings of one file (empty when it has none).
    public func render(_ report: FileReport) -> String {
        var out = ""
        for d in report.diagnostics {
            let position = report.lines.position(of: d.range.start)
            out +=
                "\(report.path):\(position.line):\(position.column): \(d.severity.rawValue): [\(d.rule.code)] \(d.message)\n"
            if showSource { out += snippet(report.lines, d.range) }
            for note in d.notes {
                if let external = note.external {
                    out +=
                        "\(external.file):\(external.position.line):\(external.position.column): note: \(note.message)\n"
                } else if let range = note.range {
                    let p = report.lines.position(of: range.start)
                    out += "\(report.path):\(p.line):\(p.column): note: \(note.message)\n"
                } else {
                    out += "note: \(note.message)\n"
                }
            }
            if let fix = d.fix {
                out += "fix (\(fix.isSafe ? "safe" : "unsafe")): \(fix.title)\n"
            }
        }
        return out
    }

    /// The summary line: "3 errors, 1 warning in 2 files (71 files checked)".
    public func summary(errors: Int, warnings: Int, notes: Int, filesWithFindings: Int, filesChecked: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if errors + warnings + notes == 0 { return "no problems found in \(plural(filesChecked, "file"))" }
        var parts = [plural(errors, "error"), plural(warnings, "warning")]
        if notes > 0 { parts.append(plural(notes, "note")) }
        return parts.joined(separator: ", ")
            + " in \(plural(filesWithFindings, "file")) (\(plural(filesChecked, "file")) checked)"
    }

    /// The widest source excerpt shown, in columns: a minified JSON sample is one long line, and
    /// printing all of it under every finding on it would grow the output quadratically.
    public static let excerptWidth = 120

    /// The source line of `range` and a caret line under it, both indented by four spaces; a long line
    /// is cut to a window around the range, with `…` where it was cut.
    func snippet(_ lines: LineIndex, _ range: SourceRange) -> String {
        let line = lines.lineIndex(containing: range.start) + 1
        let content = lines.contentRange(ofLine: line)
        let startOffset = Swift.max(content.start, Swift.min(range.start, content.end))
        let endOffset = Swift.max(startOffset, Swift.min(range.end, content.end))
        var before = Array(lines.text(in: SourceRange(start: content.start, end: startOffset)).unicodeScalars)
        var marked = Array(lines.text(in: SourceRange(start: startOffset, end: endOffset)).unicodeScalars)
        var after = Array(lines.text(in: SourceRange(start: endOffset, end: content.end)).unicodeScalars)
        var leftCut = false
        var rightCut = false
        let budget = TextReporter.excerptWidth
        if marked.count > budget {
            marked = Array(marked.prefix(budget))
            after = []
            rightCut = true
        }
        let context = Swift.max(0, (budget - marked.count) / 2)
        if before.count > context {
            before = Array(before.suffix(context))
            leftCut = true
        }
        if after.count > budget - marked.count - before.count {
            after = Array(after.prefix(Swift.max(0, budget - marked.count - before.count)))
            rightCut = true
        }
        var text = leftCut ? "…" : ""
        var caret = leftCut ? " " : ""
        for scalar in before {
            text.unicodeScalars.append(scalar)
            // Keep tabs so the caret lines up; wide (CJK) characters take two columns.
            caret += scalar == "\t" ? "\t" : String(repeating: " ", count: TextReporter.width(scalar))
        }
        for scalar in marked + after { text.unicodeScalars.append(scalar) }
        if rightCut { text += "…" }
        let markedWidth = marked.reduce(0) { $0 + TextReporter.width($1) }
        caret += "^" + String(repeating: "~", count: Swift.max(0, markedWidth - 1))
        return "    \(text)\n    \(caret)\n"
    }

    /// The terminal width of a scalar: 2 for East Asian wide and full-width characters, 0 for combining marks.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
