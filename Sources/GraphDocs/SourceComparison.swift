import DocMarkdown
import Foundation
import SourceText

/// One way a localized page differs from the en-US text it is compared with.
public struct DriftDifference: Sendable, Hashable {
    /// What differs.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A property or relationship name was translated, transliterated or otherwise changed.
        case propertyName = "translated-property-name"
        /// A property or relationship name differs only in letter case.
        case propertyNameCase = "property-name-case-changed"
        /// A Type cell was translated (primitive, collection wording, link text or target, qualifier).
        case type = "translated-type"
        /// A Type cell differs only in letter case.
        case typeCase = "type-case-changed"
        /// An enumeration member was translated or changed.
        case enumMember = "translated-enum-member"
        /// An enumeration member differs only in letter case.
        case enumMemberCase = "enum-member-case-changed"
        /// A value of a "Possible values" list in a description was translated or dropped.
        case possibleValue = "translated-enum-value"
        /// A row of the source table is not on the page.
        case rowDropped = "row-dropped"
        /// A row of the page is not in the source table.
        case rowAdded = "row-added"
        /// A property table of the source is not on the page.
        case tableDropped = "table-dropped"
        /// A property table of the page is not in the source.
        case tableAdded = "table-added"
        /// A fenced code block differs from the source's.
        case codeBlockChanged = "code-block-changed"
        /// A fenced code block of the source is not on the page.
        case codeBlockDropped = "code-block-dropped"
        /// A fenced code block of the page is not in the source.
        case codeBlockAdded = "code-block-added"
        /// An annotation comment differs from the source's.
        case annotationChanged = "annotation-changed"
        /// An annotation comment of the source is not on the page.
        case annotationDropped = "annotation-dropped"
        /// An annotation comment of the page is not in the source.
        case annotationAdded = "annotation-added"
        /// A bilingual cell's English text is not the source's text.
        case bilingualText = "bilingual-text-changed"
    }

    /// What differs.
    public var kind: Kind
    /// A finer description: for types `primitive`, `collection`, `link-text`, `link-target`, `qualifier` or `other`.
    public var detail: String?
    /// Whether the difference is not translation's doing but a difference of versions (the source is
    /// newer or older than the text the page was translated from).
    public var isVersionDrift: Bool
    /// Where it is on the page.
    public var range: SourceRange
    /// Where the source's counterpart is, if it has one.
    public var sourceRange: SourceRange?
    /// The page's text ("" when the page lacks what the source has).
    public var found: String
    /// The source's text ("" when the source lacks what the page has).
    public var expected: String
    /// The text that would restore the source's, in place of `range` (names, types, members), when
    /// the page's cell can take a plain replacement (not bilingual markup).
    public var replacement: String?
}

/// Everything that differs between a localized page and the en-US text it is compared with.
public struct SourceComparison: Sendable {
    /// The differences, in page order.
    public var differences: [DriftDifference]
    /// The tables, paired.
    public var tables: SourceTableAlignment

    /// Compares `page` with `source`. With an exact source every difference is translation's; with a
    /// version that is not the exact source, a difference that does not look like translation (an
    /// identifier renamed, a row or block added or dropped) is marked `isVersionDrift`. `json` is the
    /// page's own table/JSON alignment, when the caller has it.
    public init(page: GraphPage, source: GraphPage, exact: Bool, json: TableResourceAlignment? = nil) {
        let json = json ?? TableResourceAlignment(page)
        tables = SourceTableAlignment(page: page, source: source, json: json)
        var found: [DriftDifference] = []
        let jsonKeys = Set(page.resources.first?.properties.map(\.key) ?? [])
        for pair in tables.pairs {
            for row in pair.rows.pairs {
                SourceComparison.compare(
                    row, kind: pair.page.kind, exact: exact, jsonKeys: jsonKeys, page: page, sourcePage: source,
                    into: &found)
            }
            for row in pair.rows.dropped {
                found.append(
                    DriftDifference(
                        kind: .rowDropped, isVersionDrift: !exact,
                        range: SourceComparison.insertionPoint(of: row, in: pair), sourceRange: row.range,
                        found: "", expected: row.displayName))
            }
            for row in pair.rows.added {
                let looksTranslated = !GraphIdentifier.isPropertyName(row.displayName)
                found.append(
                    DriftDifference(
                        kind: .rowAdded, isVersionDrift: !exact && !looksTranslated, range: row.nameRange,
                        found: row.displayName, expected: ""))
            }
        }
        for table in tables.droppedTables {
            found.append(
                DriftDifference(
                    kind: .tableDropped, isVersionDrift: !exact,
                    range: SourceComparison.pageAnchor(for: table, page: page, source: source),
                    sourceRange: table.table.header.range, found: "",
                    expected: table.rows.map(\.displayName).joined(separator: ", ")))
        }
        for table in tables.addedTables {
            found.append(
                DriftDifference(
                    kind: .tableAdded, isVersionDrift: !exact, range: table.table.header.range,
                    found: table.rows.map(\.displayName).joined(separator: ", "), expected: ""))
        }
        found += BlockComparison.differences(page: page, source: source, exact: exact)
        differences = found.sorted { ($0.range.start, $0.kind.rawValue) < ($1.range.start, $1.kind.rawValue) }
    }

    /// Compares one pair of rows: name, type, possible values.
    static func compare(
        _ pair: RowAlignment.Pair, kind: PropertyTable.Kind, exact: Bool, jsonKeys: Set<String>, page: GraphPage,
        sourcePage: GraphPage, into found: inout [DriftDifference]
    ) {
        let row = pair.page
        let source = pair.source
        let bilingual = row.name.source != nil
        // The name cell.
        let name = row.displayName
        let expectedName = source.displayName
        if let english = row.sourceName, english != expectedName {
            found.append(
                DriftDifference(
                    kind: .bilingualText, isVersionDrift: true, range: row.nameRange, sourceRange: source.nameRange,
                    found: english, expected: expectedName))
        }
        // Only names are compared, not prose: a group heading (`**On-boarding**`) or a misplaced permission
        // row in the source is text that translation may translate.
        // A row whose Type cell says something rather than naming a type is not a declaration either.
        // A Methods table's first column names an operation in prose (`[List](…)`, translated as prose).
        let declares =
            kind == .members
            || (kind != .methods && source.type.map { isTypeCell($0.visible, source.typeExpression) } ?? true)
        let isName =
            declares
            && (!expectedName.contains(where: { $0 == " " || $0 == "\u{00A0}" })
                || GraphIdentifier.isHTTPHeaderName(expectedName))
        if name != expectedName && isName {
            let caseOnly = name.lowercased() == expectedName.lowercased()
            let member = kind == .members
            let differenceKind: DriftDifference.Kind =
                member ? (caseOnly ? .enumMemberCase : .enumMember) : (caseOnly ? .propertyNameCase : .propertyName)
            var version = false
            if !exact && !caseOnly && GraphIdentifier.isPropertyName(name) && row.sourceName == nil {
                // An identifier in place of another: translation only if the page's own JSON (never
                // translated) still names the source's property, or the pairing was by spelling.
                version = !(jsonKeys.contains(expectedName) && !jsonKeys.contains(name)) && pair.reason != .spelling
            }
            found.append(
                DriftDifference(
                    kind: differenceKind, isVersionDrift: version, range: row.nameRange,
                    sourceRange: source.nameRange, found: name, expected: expectedName,
                    replacement: bilingual ? nil : source.name.raw))
        }
        // The type cell.
        if kind != .members, let type = row.type, let typeRange = row.typeRange, let sourceType = source.type,
            SourceComparison.isTypeCell(sourceType.visible, source.typeExpression),
            // A method that returns nothing says "None", which is prose a translation may translate.
            !(kind == .methods && SourceComparison.normalizedSpace(sourceType.visible).lowercased() == "none")
        {
            let text = SourceComparison.normalizedSpace(type.visible)
            let expected = SourceComparison.normalizedSpace(sourceType.visible)
            if text != expected {
                let caseOnly = text.lowercased() == expected.lowercased()
                let detail = caseOnly ? nil : SourceComparison.typeDetail(row.typeExpression, source.typeExpression)
                let looksTranslated =
                    caseOnly || !(row.typeExpression?.translations.isEmpty ?? true)
                    || text.unicodeScalars.contains { !$0.isASCII }
                    || type.source != nil
                found.append(
                    DriftDifference(
                        kind: caseOnly ? .typeCase : .type, detail: detail, isVersionDrift: !exact && !looksTranslated,
                        range: typeRange, sourceRange: source.typeRange, found: type.visible,
                        expected: sourceType.visible,
                        replacement: type.source != nil ? nil : sourceType.raw))
            }
        }
        // The values a description lists.
        let values = ValueList.items(source.description)
        if !values.isEmpty, let range = row.descriptionRange {
            let missing = values.filter { !ValueList.containsWord(row.description, $0) }
            if !missing.isEmpty {
                var version = false
                if !exact {
                    // Translation leaves its mark: a listed word that is not ASCII.
                    let marked = ValueList.markedSpans(row.description).map(\.text)
                    version = !marked.contains { span in span.unicodeScalars.contains { !$0.isASCII } }
                }
                // The page's marked words that are none of the source's values stand in for the missing
                // ones, in order, when there are as many: point at each.
                let foreign = ValueList.markedSpans(row.description).map { String($0.text) }.filter { span in
                    !span.isEmpty && !values.contains { ValueList.containsWord(span, $0) }
                }
                var searchFrom = range.start
                for (k, value) in missing.enumerated() {
                    var at = range
                    var text = row.description
                    if foreign.count == missing.count,
                        let hit = SourceComparison.find(
                            foreign[k], in: page.document.bytes, from: searchFrom, to: range.end)
                    {
                        at = hit
                        text = foreign[k]
                        searchFrom = hit.end
                    }
                    let sourceRange = source.descriptionRange.map { cell in
                        SourceComparison.find(value, in: sourcePage.document.bytes, from: cell.start, to: cell.end)
                            ?? cell
                    }
                    found.append(
                        DriftDifference(
                            kind: .possibleValue, isVersionDrift: version, range: at, sourceRange: sourceRange,
                            found: text, expected: value))
                }
            }
        }
    }

    /// The range of the first occurrence of `text` in `bytes[from..<to]`.
    /// Only whole words count: `Principal` is not found inside `AllPrincipals`.
    static func find(_ text: String, in bytes: [UInt8], from: Int, to: Int) -> SourceRange? {
        let needle = Array(text.utf8)
        let firstIsWord = needle.first.map(ValueList.isWordByte) ?? false
        let lastIsWord = needle.last.map(ValueList.isWordByte) ?? false
        var start = from
        while start < to, let hit = CaseFolding.firstRange(of: needle, in: bytes, range: start..<to) {
            let before = hit.lowerBound > from ? bytes[hit.lowerBound - 1] : 0x20
            let after = hit.upperBound < to ? bytes[hit.upperBound] : 0x20
            if !(firstIsWord && ValueList.isWordByte(before)) && !(lastIsWord && ValueList.isWordByte(after)) {
                return SourceRange(start: hit.lowerBound, end: hit.upperBound)
            }
            start = hit.lowerBound + 1
        }
        return nil
    }

    /// Whether a source Type cell names a type rather than saying something (`Not supported.`, a sentence
    /// in the wrong column), which translation may translate.
    static func isTypeCell(_ text: String, _ type: TypeExpression?) -> Bool {
        if type?.typeName != nil { return true }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.hasSuffix(".") && trimmed.split(separator: " ").count <= 4
    }

    /// What kind of type difference it is, from the page's type expression and the source's.
    static func typeDetail(_ page: TypeExpression?, _ source: TypeExpression?) -> String {
        if let first = page?.translations.first { return first.kind.rawValue }
        if let link = page?.link, let sourceLink = source?.link {
            if link.target != sourceLink.target { return "link-target" }
            if link.text != sourceLink.text { return "link-text" }
        }
        if page?.isCollection != source?.isCollection { return "collection" }
        if page?.maxLength != source?.maxLength || page?.qualifiers != source?.qualifiers { return "qualifier" }
        return "other"
    }

    /// `text` with runs of white space folded into one space, trimmed.
    static func normalizedSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// Where on the page a dropped source row would be: the page row paired with the next source row,
    /// or the end of the page's table.
    static func insertionPoint(of row: PropertyTable.Row, in pair: SourceTableAlignment.TablePair) -> SourceRange {
        let later = pair.rows.pairs.filter { $0.source.range.start > row.range.start }
        if let next = later.min(by: { $0.source.range.start < $1.source.range.start }) {
            return SourceRange(start: next.page.range.start, end: next.page.range.start)
        }
        let end = pair.page.table.range.end
        return SourceRange(start: end, end: end)
    }

    /// Where on the page a dropped source table would be: the page heading with the section's anchor,
    /// or the start of the page body.
    static func pageAnchor(for table: PropertyTable, page: GraphPage, source: GraphPage) -> SourceRange {
        let section = SourceTableAlignment.sectioned(source).first { $0.table.table.range == table.table.range }?
            .section
        if let section, let heading = page.document.headings.first(where: { $0.anchor == section }) {
            return heading.range
        }
        let start = page.document.frontMatter.map { $0.range.end } ?? 0
        return SourceRange(start: start, end: start)
    }
}
