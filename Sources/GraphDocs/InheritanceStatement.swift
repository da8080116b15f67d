import DocMarkdown
import Foundation
import SourceText

/// A sentence that says what a type inherits from — "Inherits from [mailFolder](mailfolder.md)." —
/// in any supported locale. Many pages state inheritance only this way, without `baseType` in their
/// resource annotation.
public struct InheritanceStatement: Sendable {
    /// The linked base type's name as the link text gives it (`mailFolder`).
    public var baseName: String
    /// The link target (`mailfolder.md`).
    public var target: String
    /// The link's range (the paragraph's if the link cannot be located).
    public var range: SourceRange

    /// The phrases that introduce the link, lowercased.
    static let phrases = [
        "inherits from", "наследуется от", "наследует от", "наследует", "наследуется", "继承自", "erbt von",
    ]

    /// The first inheritance statement of `page`, in the text before its first table, whose link text is
    /// a type name.
    public static func find(in page: GraphPage) -> InheritanceStatement? {
        let firstTable = page.document.tables.first?.range.start ?? Int.max
        for paragraph in page.document.paragraphs where paragraph.range.start < firstTable {
            let text = page.document.text(in: paragraph.range)
            let lower = text.lowercased()
            for phrase in phrases {
                guard let found = lower.range(of: phrase) else { continue }
                // Offsets in `lower` and `text` agree for the phrases' scripts (Latin, Cyrillic, CJK).
                guard lower.utf8.count == text.utf8.count else { continue }
                let offset = lower.utf8.distance(from: lower.startIndex, to: found.upperBound)
                var rest = Substring(String(decoding: Array(text.utf8)[offset...], as: UTF8.self))
                while let f = rest.first, f == " " || f == "*" || f == ":" { rest = rest.dropFirst() }
                guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]") else { continue }
                let name = String(rest[rest.index(after: rest.startIndex)..<close]).trimmed()
                let after = rest[rest.index(after: close)...]
                guard after.hasPrefix("("), let end = after.firstIndex(of: ")"), GraphIdentifier.isTypeName(name) else {
                    continue
                }
                let target = String(after[after.index(after: after.startIndex)..<end])
                // Point at the link itself: the first `[name](target)` after the phrase.
                let link = Array("[\(rest[rest.startIndex..<close])](\(target))".utf8)
                let bytes = Array(text.utf8)
                var at = offset
                while at + link.count <= bytes.count && !bytes[at..<at + link.count].elementsEqual(link) { at += 1 }
                let start = paragraph.range.start + Swift.min(at, bytes.count)
                let range = SourceRange(start: start, end: Swift.min(start + link.count, paragraph.range.end))
                return InheritanceStatement(baseName: name, target: target, range: range)
            }
        }
        return nil
    }
}
