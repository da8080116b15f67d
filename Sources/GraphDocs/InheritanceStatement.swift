import DocMarkdown
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
        // "A subclass of [educationResource](educationresource.md)."
        "subclass of", "subclass from", "подкласс", "unterklasse von",
    ]
    static let phraseBytes = phrases.map { Array($0.utf8) }
    /// The phrases as one set: a paragraph holding none of them (most) is passed over in one scan.
    static let phraseSet = PhraseSet(phrases)

    /// The first inheritance statement of `page`, in the text before its first table, whose link text is
    /// a type name. Searched in the page's bytes, so every offset is an offset of the file, whatever
    /// invalid bytes the paragraph holds.
    public static func find(in page: GraphPage) -> InheritanceStatement? {
        let bytes = page.document.bytes
        // The paragraphs before the first table are the paragraph blocks before the first table block.
        for block in page.document.blocks {
            if case .table = block { break }
            guard case .paragraph(let paragraph) = block else { continue }
            let range = paragraph.range.asRange
            let folded = CaseFolding.lowercased(bytes[range])
            guard phraseSet.firstMatch(inFolded: folded) != nil else { continue }
            for phrase in phraseBytes {
                guard let found = CaseFolding.firstRange(of: phrase, in: folded) else { continue }
                if let statement = link(in: bytes, from: range.lowerBound + found.upperBound, end: range.upperBound) {
                    return statement
                }
            }
        }
        return nil
    }

    /// The `[name](target)` link that starts at `start` (after spaces, `*` and `:`), when `name` is a type name.
    static func link(in bytes: [UInt8], from start: Int, end: Int) -> InheritanceStatement? {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: ":") { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "[") else { return nil }
        guard let close = bytes[(i + 1)..<end].firstIndex(of: UInt8(ascii: "]")), close + 1 < end,
            bytes[close + 1] == UInt8(ascii: "("),
            let paren = bytes[(close + 2)..<end].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self).trimmed()
        guard GraphIdentifier.isTypeName(name) else { return nil }
        let target = String(decoding: bytes[(close + 2)..<paren], as: UTF8.self)
        return InheritanceStatement(baseName: name, target: target, range: SourceRange(start: i, end: paren + 1))
    }
}
