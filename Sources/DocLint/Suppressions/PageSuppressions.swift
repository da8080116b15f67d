import DocMarkdown
import Foundation
import GraphDocs
import JSONCore
import SourceText

/// Every suppression a page declares — inline `doclint-…` comments and the page annotation's
/// `suppressions` entries — and what they do to a list of findings.
///
/// Page annotation entries are of two kinds. An entry that starts with doclint rules
/// (`"DL302"`, `"DL205, DL207: the type is the product's name"`) suppresses those rules on the whole
/// page. An entry of the Graph docs tool (`"Error: /api-reference/…: message"`, `"Warning: …"`)
/// silences a check of that tool, worded in its terms; doclint never lets it hide a doclint finding,
/// but a finding about a name the entry mentions gets a note pointing at it, and the entries are
/// counted in `--statistics`. Any other entry is reported (DL112).
public struct PageSuppressions: Sendable {
    /// What one suppression covers.
    public enum Scope: Sendable, Hashable {
        /// The whole page.
        case page
        /// Findings starting in these bytes.
        case bytes(Range<Int>)
        /// Findings starting on this line (0-based).
        case line(Int)
    }

    /// One rule (or every rule) suppressed over one scope.
    public struct Entry: Sendable, Hashable {
        /// What it covers.
        public var scope: Scope
        /// The codes suppressed; `nil` for every rule.
        public var codes: Set<String>?
        /// Where it comes from: an index into `directives`, or into `annotationEntries`.
        public var origin: Origin
        /// The item of the directive it comes from (`nil` when the directive names no rule).
        public var item: Int?
    }

    /// Where a suppression is written.
    public enum Origin: Sendable, Hashable {
        /// An inline comment.
        case directive(Int)
        /// A page annotation entry.
        case annotation(Int)
    }

    /// A page annotation `suppressions` entry.
    public struct AnnotationEntry: Sendable, Hashable {
        /// What it says.
        public enum Kind: Sendable, Hashable {
            /// doclint rules, with the codes of each item (`nil` for an unknown one).
            case doclint([(text: String, codes: [String]?)])
            /// A message of the Graph docs tool, with the property names it mentions.
            case graphTool(subjects: [String])
            /// Neither.
            case unrecognized

            public static func == (a: Kind, b: Kind) -> Bool {
                switch (a, b) {
                case (.doclint(let x), .doclint(let y)):
                    x.map(\.text) == y.map(\.text) && x.map(\.codes) == y.map(\.codes)
                case (.graphTool(let x), .graphTool(let y)): x == y
                case (.unrecognized, .unrecognized): true
                default: false
                }
            }

            public func hash(into hasher: inout Hasher) {
                switch self {
                case .doclint(let items): hasher.combine(items.map(\.text))
                case .graphTool(let subjects): hasher.combine(subjects)
                case .unrecognized: hasher.combine(0)
                }
            }
        }

        /// The entry's text.
        public var text: String
        /// The JSON string's range.
        public var range: SourceRange
        /// What it says.
        public var kind: Kind
        /// The edit taking the entry out of the `suppressions` list (with the comma that separates it
        /// from a neighbour); an only entry leaves an empty list.
        public var removal: Edit
    }

    /// A comment that is not a usable directive.
    public struct Problem: Sendable, Hashable {
        /// What is wrong.
        public var message: String
        /// Where.
        public var range: SourceRange
        /// How to fix it, when there is a safe way.
        public var fix: Fix?
    }

    /// The inline directives, in order.
    public var directives: [SuppressionDirective]
    /// For each `doclint-disable` directive, the index of the `doclint-enable` that ends it (per item).
    public var enables: [Int: Int]
    /// The page annotation's entries, in order.
    public var annotationEntries: [AnnotationEntry]
    /// The suppressions.
    public var entries: [Entry]
    /// Unknown directives and `doclint-enable`s that end nothing.
    public var problems: [Problem]

    /// Reads the suppressions of `page`.
    public init(page: GraphPage) {
        let bytes = page.document.bytes
        let lines = page.document.lines
        directives = []
        enables = [:]
        annotationEntries = []
        entries = []
        problems = []
        // Open `doclint-disable` regions: the directive, its item (nil for every rule) and start offset.
        var open: [(directive: Int, item: Int?, codes: Set<String>?, start: Int)] = []
        for comment in page.document.comments {
            let (found, unknown) = SuppressionDirective.read(comment, in: bytes)
            if let unknown {
                let nearest = SuppressionDirective.Kind.allCases.map(\.rawValue).min {
                    (editDistance($0, unknown), $0) < (editDistance($1, unknown), $1)
                }
                let hint = nearest.map { editDistance($0, unknown) <= 3 ? "; did you mean '\($0)'?" : "" } ?? ""
                problems.append(Problem(message: "unknown directive '\(unknown)'\(hint)", range: comment.range))
                continue
            }
            guard let directive = found else { continue }
            let index = directives.count
            directives.append(directive)
            let items: [(Int?, Set<String>?)] =
                directive.items.isEmpty
                ? [(nil, nil)] : directive.items.indices.map { ($0, Set(directive.items[$0].codes ?? [])) }
            switch directive.kind {
            case .disableFile:
                for (item, codes) in items {
                    entries.append(Entry(scope: .page, codes: codes, origin: .directive(index), item: item))
                }
            case .disableNextLine:
                let line = lines.lineIndex(containing: directive.range.end) + 1
                for (item, codes) in items {
                    entries.append(Entry(scope: .line(line), codes: codes, origin: .directive(index), item: item))
                }
            case .disable:
                for (item, codes) in items { open.append((index, item, codes, directive.range.end)) }
            case .enable:
                // A bare `doclint-enable` ends every open region; `doclint-enable X` the regions naming X.
                let names = Set(directive.items.flatMap { $0.codes ?? [] })
                var closed = false
                open.removeAll { region in
                    let ends = directive.items.isEmpty || (region.codes.map { !$0.isDisjoint(with: names) } ?? false)
                    if ends {
                        entries.append(
                            Entry(
                                scope: .bytes(region.start..<directive.range.start), codes: region.codes,
                                origin: .directive(region.directive), item: region.item))
                        enables[region.directive] = index
                        closed = true
                    }
                    return ends
                }
                if !closed {
                    problems.append(
                        Problem(
                            message: "'\(directive.summary(bytes))' ends no 'doclint-disable'", range: directive.range,
                            fix: Fix(
                                title: "remove the comment",
                                edits: [PageSuppressions.removal(of: directive.range, in: lines)],
                                isSafe: true)))
                }
            }
        }
        for region in open {
            entries.append(
                Entry(
                    scope: .bytes(region.start..<bytes.count), codes: region.codes,
                    origin: .directive(region.directive),
                    item: region.item))
        }
        readAnnotation(page)
    }

    /// The page annotation's `suppressions`.
    mutating func readAnnotation(_ page: GraphPage) {
        guard let list = page.pageAnnotation?.json["suppressions"] else { return }
        let values = list.arrayValue ?? [list]
        for (v, value) in values.enumerated() {
            guard let text = value.stringValue else { continue }
            let index = annotationEntries.count
            let kind = PageSuppressions.classify(text)
            annotationEntries.append(
                AnnotationEntry(
                    text: text, range: value.range, kind: kind,
                    removal: PageSuppressions.removal(ofElement: v, in: values, list: list.range)))
            if case .doclint(let items) = kind {
                for (i, item) in items.enumerated() {
                    entries.append(
                        Entry(scope: .page, codes: Set(item.codes ?? []), origin: .annotation(index), item: i))
                }
            }
        }
    }

    /// What a page annotation entry says: doclint rules before an optional `: reason`, a Graph docs tool
    /// message (`Error:` or `Warning:` first), or neither.
    static func classify(_ text: String) -> AnnotationEntry.Kind {
        let trimmed = PageSuppressions.trimmedEdges(text)
        let head = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        let lowerHead = (head ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if lowerHead == "error" || lowerHead == "warning" {
            return .graphTool(subjects: graphToolSubjects(trimmed))
        }
        let words = (head ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return .unrecognized }
        // The entry is doclint's when its first word is a rule, or written like a code (`DL999`, unknown).
        let looksLikeCode = first.uppercased().hasPrefix("DL") && first.dropFirst(2).allSatisfy(\.isNumber)
        guard RuleSelector.codes(first) != nil || looksLikeCode else { return .unrecognized }
        return .doclint(words.map { ($0, RuleSelector.codes($0)) })
    }

    /// `text` without white space at either end, looked for by scalar from each end (Foundation's
    /// trimming copies the whole text, and an entry can be kilobytes long). Like Foundation's
    /// `whitespacesAndNewlines`, it also drops a zero-width space or byte order mark at an end.
    static func trimmedEdges(_ text: String) -> String {
        let scalars = text.unicodeScalars
        @inline(__always) func blank(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s == "\u{200B}" || s == "\u{FEFF}"
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, blank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, blank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return start == scalars.startIndex && end == scalars.endIndex ? text : String(scalars[start..<end])
    }

    /// The markers a Graph docs tool message names a property after, as UTF-8.
    static let subjectMarkers = ["Property: ", "Property '", "property '"].map { Array($0.utf8) }

    /// The property names a Graph docs tool message is about: the last segment of its sample path
    /// (`list_b2xUserFlows/container/userFlowTypeVersion`), `Property: x` and `Property 'x'`.
    static func graphToolSubjects(_ text: String) -> [String] {
        var subjects: [String] = []
        // Only the second part (the sample path) is needed: the rest may be kilobytes of message.
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count > 1 {
            let path = parts[1].trimmingCharacters(in: .whitespacesAndNewlines)
            if !path.hasPrefix("/"), path.utf8.contains(UInt8(ascii: "/")), let last = path.split(separator: "/").last {
                subjects.append(String(last))
            }
        }
        // Searched as bytes: a `Substring.range(of:)` bridges the rest of the text to Foundation at
        // every occurrence, and suppression lists run to kilobytes.
        let bytes = Array(text.utf8)
        for marker in PageSuppressions.subjectMarkers {
            var from = 0
            while let found = CaseFolding.firstRange(of: marker, in: bytes, range: from..<bytes.count) {
                from = found.upperBound
                let rest = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: found.upperBound)...]
                let name = Substring(rest).prefix {
                    $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" || $0 == "."
                }
                if !name.isEmpty { subjects.append(String(name)) }
            }
        }
        var seen: Set<String> = []
        return subjects.filter { seen.insert($0).inserted }
    }

    /// Whether `entry` covers a finding of `code` that starts at `offset`.
    func covers(_ entry: Entry, code: String, offset: Int, lines: LineIndex) -> Bool {
        guard entry.codes.map({ $0.contains(code) }) ?? true else { return false }
        switch entry.scope {
        case .page: return true
        case .bytes(let range): return range.contains(offset)
        case .line(let line): return lines.lineIndex(containing: offset) == line
        }
    }

    /// `diagnostics` without the suppressed ones, and the indices of the entries that suppressed something.
    /// Suppressions that cover every rule never hide DL112 findings (they would hide their own report).
    public func apply(to diagnostics: [Diagnostic], lines: LineIndex) -> (kept: [Diagnostic], used: Set<Int>) {
        guard !entries.isEmpty else { return (diagnostics, []) }
        var used: Set<Int> = []
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            var suppressed = false
            for (i, entry) in entries.enumerated()
            where covers(entry, code: diagnostic.rule.code, offset: diagnostic.range.start, lines: lines) {
                if entry.codes == nil && diagnostic.rule.code == UnusedSuppression.descriptor.id.code { continue }
                used.insert(i)
                suppressed = true
            }
            if !suppressed { kept.append(diagnostic) }
        }
        return (kept, used)
    }

    /// `diagnostics` with a note on each finding about a name a Graph docs tool entry mentions.
    public func annotatingGraphToolEntries(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let tool = annotationEntries.compactMap { entry -> (AnnotationEntry, Set<String>)? in
            guard case .graphTool(let subjects) = entry.kind, !subjects.isEmpty else { return nil }
            return (entry, Set(subjects))
        }
        guard !tool.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            let names = PageSuppressions.quotedNames(diagnostic.message)
            guard let (entry, subjects) = tool.first(where: { !$0.1.isDisjoint(with: names) }) else {
                return diagnostic
            }
            var noted = diagnostic
            let name = subjects.intersection(names).sorted().first ?? ""
            noted.notes.append(
                Note(
                    "the page annotation suppresses a Graph docs tool finding about '\(name)', which doclint does not apply; add '\(diagnostic.rule.code)' to 'suppressions' to suppress this finding",
                    range: entry.range))
            return noted
        }
    }

    /// The names quoted in a message (`'resultInfo/code'` gives `resultInfo/code` and `code`).
    static func quotedNames(_ message: String) -> Set<String> {
        var names: Set<String> = []
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        var i = 1
        while i < parts.count {
            let quoted = String(parts[i])
            names.insert(quoted)
            if let last = quoted.split(separator: "/").last { names.insert(String(last)) }
            i += 2
        }
        return names
    }

    /// The edit removing element `i` of the JSON list `elements` (read from `list`, or the one value
    /// written without brackets): up to the next element (its comma and the space after it), or for the
    /// last one from the end of the one before; an only element leaves `[]`. Two neighbours' removals
    /// share the comma between them, so `--fix` applies the second on its next pass, from a fresh read.
    static func removal(ofElement i: Int, in elements: [JSONValue], list: SourceRange) -> Edit {
        if elements.count == 1 { return Edit(range: list, replacement: "[]") }
        if i + 1 < elements.count {
            return Edit(
                range: SourceRange(start: elements[i].range.start, end: elements[i + 1].range.start), replacement: "")
        }
        return Edit(range: SourceRange(start: elements[i - 1].range.end, end: elements[i].range.end), replacement: "")
    }

    /// The edit removing `range`, with its whole line(s) when nothing else is on them.
    static func removal(of range: SourceRange, in lines: LineIndex) -> Edit {
        let bytes = lines.bytes
        var start = range.start
        var end = range.end
        while start > 0 && (bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09) { start -= 1 }
        while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D) { end += 1 }
        let atLineStart = start == 0 || bytes[start - 1] == 0x0A
        let atLineEnd = end == bytes.count || bytes[end] == 0x0A
        if atLineStart && atLineEnd {
            return Edit(range: SourceRange(start: start, end: min(end + 1, bytes.count)), replacement: "")
        }
        return Edit(range: range, replacement: "")
    }
}
